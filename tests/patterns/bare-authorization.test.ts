/**
 * A Basic credential logged without its header's name (review3, L1): nginx's `"$http_authorization"`
 * as a bare field of the access log, its `\x0D\x0A`-escaped header dumps, a message. Bearer had its
 * rule; Basic went through whole. Only the base64 goes; the scheme stays.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0xba51c);
const keeps = keepsEach(scrubber);

describe('a Basic credential without its header name', () => {
  const credential = (): string => Buffer.from(`${sample.from('abcdefghijklmnopqrstuvwxyz', 6)}:${sample.password()}`).toString('base64');
  it.each([
    (c: string) => `10.1.2.3 - ada [18/Nov/2026:18:21:53 +0000] "GET /admin/ HTTP/1.1" 200 7910 "-" "curl/8.4.0" "Basic ${c}"`,
    (c: string) => `req_headers="Host: api\\x0D\\x0AAuthorization: Basic ${c}\\x0D\\x0AAccept: */*"`,
    (c: string) => JSON.stringify({ level: 'debug', msg: 'upstream auth', auth: `Basic ${c}` }),
    (c: string) => `proxying with basic ${c} to http://backend:8080`,
  ])('%s', (make) => {
    const c = credential();
    expectOnlySecretGone(scrubber, make(c), c);
  });
  keeps(['WWW-Authenticate: Basic realm="api", charset="UTF-8"', 'basic authentication failed for user ada', 'auth_basic_user_file /etc/nginx/.htpasswd;', 'Basic Auth enabled', 'using basic HealthCheck']);
});
