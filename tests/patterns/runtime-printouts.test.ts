/**
 * What runtimes and tools print where a secret would be (rounds 38 to 41), kept as it is:
 * util.inspect's accessors, Rust's secrecy wrappers and their masks, a field's name in capitals
 * or in braces, a dashboard's first characters of a key, AUTH LOGIN's user name, a public key
 * under a vendor's name, Shibboleth's relay state key. And the secret a generic wrapper holds,
 * which goes.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3138);
const keeps = keepsEach(scrubber);

describe('printouts that hold no secret', () => {
  keeps([
    "OpenAI { config: { apiKey: [Getter/Setter], baseURL: 'https://api.openai.com/v1' } }",
    "jwt: { secret: [Getter], sign: [Function: sign], self: [Circular *1] }",
    'DEBUG app::config: api_key=SecretBox<str>([REDACTED]) db=primary',
    'DEBUG app::config: api_key=Secret([REDACTED alloc::string::String]) db=primary',
    'variable DATABASE_URL is missing. For example: ecto://USER:PASS@HOST/DATABASE',
    'reset_url_template="https://app.example.com/reset?token={token}"',
    'Authorization: Bearer SG.cFjI…',
    "send: 'AUTH LOGIN bGFycy5zY2htaWR0QGFjbWUuaW8=\\r\\n'",
    'DISCORD_APPLICATION_ID=878094890852497337 DISCORD_PUBLIC_KEY=5d6d7d77b98b3215c846345ca74c23a63679be99eb1f3f7a169b8a8419f2a798 DISCORD_GUILD=1',
    'STRIPE_PUBLISHABLE_KEY=pk_live_51HqZk8Qw2LmP4vR7sT9yB3nC6dF1gH5jK0a',
    'INFO Shibboleth.SSO: redirecting to https://idp.example.org/idp/shibboleth with RelayState (ss:mem:65476c891f517efbe11dbd1240f90247852eded73a0055126e3035652c8c9b0f)',
  ]);
});

describe('the secret inside a generic wrapper', () => {
  it.each(
    planted(
      [(s) => `DEBUG app::config: api_key=SecretBox<str>("${s}") db=primary`, (s) => `token: Secret<String>("${s}")`, (s) => `DISCORD_BOT_TOKEN=${s}`],
      () => sample.alnum(32),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));
});
