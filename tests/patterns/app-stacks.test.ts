/**
 * Application stacks other than Node (round 40): Laravel Sanctum's `<id>|<token>` in an
 * Authorization header, Spring's request parameters (`password:[…]`), the Elasticsearch clients'
 * `http_auth=('user', '…')`, and a Django key whose `&` or `)` ended the value a key's rule read.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3040);
const keeps = keepsEach(scrubber);

describe("Laravel Sanctum's token, its id and all", () => {
  it.each(
    planted(
      [
        (s) => `[2024-10-25 19:53:53] production.INFO: request {"method":"GET","uri":"/api/user","headers":{"authorization":["Bearer ${s}"],"accept":["application/json"]}}`,
        (s) => `Authorization: Bearer ${s}`,
        (s) => `curl -H "Authorization: Bearer ${s}" https://api.example.com/user`,
        (s) => `retrying with Bearer ${s} after 401`,
      ],
      () => `${sample.digits(3)}|${sample.alnum(40)}`,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps(['Authorization: Bearer 200|ok', 'status=401 reason="Bearer token expired"']);
});

describe("Spring's request parameters, each value in brackets", () => {
  it.each(
    planted(
      [
        (s) => `DEBUG 1 --- [nio-8080-exec-1] o.s.web.servlet.DispatcherServlet : POST "/oauth/token", parameters={grant_type:[password], username:[wchen], password:[${s}], client_id:[web]}`,
      ],
      () => sample.password(),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps(['POST "/login", parameters={masked}', 'parameters={grant_type:[password], username:[wchen]}']);
});

describe("the Elasticsearch clients' http_auth and basic_auth", () => {
  it.each(
    planted(
      [
        (s) => `INFO search.client: connecting Elasticsearch([{'host': 'es-prod.internal', 'port': 9200}], http_auth=('elastic', '${s}'), verify_certs=True)`,
        (s) => `es = Elasticsearch("https://es:9200", basic_auth=("elastic", "${s}"))`,
      ],
      () => sample.password(),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));
});

describe("a Django key read to its end, past the `&` and `)` it holds", () => {
  const key = 'django-insecure-d5&bta4bh2xt3+z)1^b=$v-os($x(jzu^%cuw*f1dk2tc6fn^y';
  it.each([
    `[DEBUG]   raw_env: ['DATABASE_MODE=replica', 'SECRET_KEY=${key}']`,
    `SECRET_KEY=${key}`,
    `settings: SECRET_KEY = '${key}'`,
  ])('%s', (line) => expectOnlySecretGone(scrubber, line, key));

  it('keeps the parenthesis that closes around a key', () => {
    const inner = 'django-insecure-q9w8e7r6t5y4u3i2o1p0a9s8d7f6g5h4j3k2l1z0x9c8v7b6n5m4';
    expect(scrubber.redactLine(`settings loaded (${inner})`)).toBe('settings loaded ([REDACTED:framework-secret-key])');
  });
});

describe("services' secret keys under names of their own (round 41)", () => {
  it.each(
    planted(
      [
        (s) => `[duo] ikey = DIR2HYHFDAGEMEJW0335 ; skey = ${s} ; host = api-f3a5988e.duosecurity.com`,
        (s) => `DEBUG anet: request {"createTransactionRequest":{"merchantAuthentication":{"name":"U2soAs9v7","transactionKey":"${s}"},"refId":"9774082"}}`,
      ],
      () => sample.alnum(40),
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps(['skey=mobile', '{"transaction":"9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0"}', '[duo] ikey = DIR2HYHFDAGEMEJW0335']);
});
