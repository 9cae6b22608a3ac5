/**
 * Rounds 54 (Node and TypeScript backends) and 55 (mail, messaging and telephony), written blind
 * and scored before any of this: the classes they showed, each as a class (more shapes than the
 * rounds' lines), and the look-alikes beside them that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5455);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);

const oneCase = (n: number): string => sample.from('abcdefghijklmnopqrstuvwxyz0123456789', n);

describe('a one-case key in groups under a secret name (Viber: <16>-<16>-<16> of a-z0-9)', () => {
  goes(
    [
      (s) => `X-Viber-Auth-Token: ${s}`,
      (s) => `{"auth_token":"${s}","event":"send_message"}`,
      (s) => `token=${s}`,
    ],
    () => `${oneCase(14)}q7-${oneCase(14)}x3-${oneCase(14)}k9`,
  );
  keeps([
    'token=20231105-1234-5678-release',
    'build_token=api-7d9f8c6b5-x2k4m',
    'session_token=my-feature-branch-name',
    'Set-Cookie: __stripe_mid=4e1e0e96-d7e7-415e-9f8f-834783fd5ca2c1f05b; Path=/; Max-Age=31536000; SameSite=Strict',
  ]);
});

describe('a cookie whose value is a URL: where a login returns to, named like an auth cookie', () => {
  keeps([
    '{"cookie":"theme=dark; locale=en; next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fdashboard"}',
    'Cookie: next-auth.callback-url=https://app.example.com/settings; locale=en',
    'Set-Cookie: auth_return_to=https%3A%2F%2Fshop.example.com%2Fcart; Path=/; HttpOnly',
  ]);
  goes(
    [
      (s) => `Cookie: next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2F; next-auth.session-token=${s}`,
    ],
    () => sample.base64url(48),
  );
});
