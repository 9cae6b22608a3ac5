/**
 * A secret quoted after its name and a space, with no `=` or `:` (s17, review2): Go's `%q`
 * (`fmt.Errorf("auth failed for token %q", t)`), Python's `%r` and `!r`, Rust's `{:?}`, in errors
 * and warnings. Only a token-shaped value goes; parser errors and words stay.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x9a0);
const keeps = keepsEach(scrubber);

describe('a token quoted after a secret name', () => {
  const makers: readonly ((s: string) => string)[] = [
    (s) => `panic: auth failed for token "${s}" goroutine 21 [running]:`,
    (s) => `level=error msg="rejecting request" err="invalid api key \\"${s}\\""`,
    (s) => JSON.stringify({ level: 'error', error: `refresh token "${s}" was revoked` }),
    (s) => `WARNING:root:unknown access token '${s}' from 10.0.0.4`,
    (s) => `Error: could not verify client secret "${s}" for client web`,
    (s) => `thread 'main' panicked at 'bad session token "${s}"', src/main.rs:12:5`,
  ];
  for (const [kind, secret] of [
    ['base64url', () => sample.base64url(43)],
    ['40 letters and digits', () => sample.alnum(40)],
    ['a UUID', () => sample.uuid()],
  ] as const) {
    it.each(makers)(`${kind}: %s`, (make) => {
      const s = secret();
      expectOnlySecretGone(scrubber, make(s), s);
    });
  }
});

describe('what such a name quotes that is no secret stays', () => {
  keeps([
    'SyntaxError: unexpected token "}" in JSON at position 12',
    'parse error: unexpected token "EOF" at line 3',
    'invalid password "hunter2" for user ada',
    'lookup secret "prod-db-credentials" failed: not found',
    'creating secret "app-tls-certificate-2026" in namespace "default"',
    'token "Bearer" is not a supported scheme',
    'secret "my-app-secret-v2-backup" synced',
    `session "${'a'.repeat(20)}" closed`,
  ]);
});
