/**
 * One-time tokens as a link's query parameter (round 41): the reset, recovery and e-mail login
 * links whose token is `?t=`, `?ticket=` or any other name, and Discourse's e-mail login path.
 * What stays: the same links' other parameters, and a URN's colons, which are no `user:password`.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3041);
const keeps = keepsEach(scrubber);

describe("a reset, recovery or e-mail login link's token", () => {
  it.each(
    planted(
      [
        (s) => `203.149.13.250 - - [05/Apr/2024:20:48:02 +0000] "GET /account/recover?t=${s} HTTP/1.1" 302 26805 "-" "Mozilla/5.0"`,
        (s) => `INFO onboarding: password change ticket created: https://acme.eu.auth0.com/lo/reset?ticket=${s}#`,
        (s) => `DEBUG mail.outbox: body=Hi Ines,\\n\\nClick the link below to reset your password:\\nhttps://example.org/password/new?t=${s}\\n\\nThis link expires in 60 minutes.`,
        (s) => `"GET /session/email-login/${s} HTTP/1.1" 302 11375 "-" "curl/8.5.0"`,
        (s) => JSON.stringify({ level: 30, url: `https://app.example.com/verify-email?lang=en&k=${s}`, msg: 'link sent' }),
      ],
      () => sample.alnum(32),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    'GET /verify?email=ada%40example.com&lang=en 200',
    'GET /reset?next=%2Fdashboard 302',
    'GET /password/reset?utm_source=newsletter_2024_spring&utm_campaign=reset_flow 200',
    'GET /invitations?page=2&per_page=50&sort=created_at 200',
  ]);
});

describe("a URN's colons", () => {
  it("are no user:password under a name that ends in auth", () => {
    const code = sample.base64url(40);
    const line = `DEBUG oauth.device: polling grant_type=urn:ietf:params:oauth:grant-type:device_code device_code=${code} client_id=2cfaee89`;
    const out = scrubber.redactLine(line);
    expect(out).toContain('grant-type:device_code device_code=');
    expect(out).not.toContain(code);
  });
});
