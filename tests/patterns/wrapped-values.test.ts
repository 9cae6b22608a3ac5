/**
 * A secret inside a call after its key (review3, L2): the OpenTelemetry collector's debug exporter
 * (`-> key: Slice(["…"])`, `Str(…)`), Rust's and Go's Debug output (`String("…")`), SQL's
 * `crypt('…', gen_salt('bf'))`. The value had been the call's name, and the argument stayed: a
 * line that looked redacted and was not. A call that names where the secret is stays whole.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0xc411);
const keeps = keepsEach(scrubber);

describe('the argument of a call under a secret key goes', () => {
  it.each([
    (s: string) => `     -> http.request.header.x-api-key: Slice(["${s}"])`,
    (s: string) => `     -> db.password: Str(${s})`,
    (s: string) => `{"password": String("${s}"), "user": String("ada")}`,
    (s: string) => `UPDATE users SET pw = crypt('${s}', gen_salt('bf'))`,
    (s: string) => `Config { api_key: Some("${s}"), retries: 3 }`,
    (s: string) => `client_secret=Secret('${s}')`,
    (s: string) => `token: Sensitive("${s}")`,
  ])('%s', (make) => {
    const s = `${sample.alnum(12)}7${sample.alnum(11)}`;
    const out = scrubber.redactLine(make(s));
    expect(out).not.toContain(s);
    expect(out).toContain('[REDACTED:');
  });
});

describe('a call that names where the secret is stays whole', () => {
  keeps([
    'password = os.environ.get("DB_PASSWORD")',
    'api_key = get_secret("prod/api-key")',
    "token = config('services.github.token')",
    'password: SecretStr("**********")',
    'api_key: Some("[REDACTED]")',
    'secret = vault.read("secret/data/app")',
  ]);
});
