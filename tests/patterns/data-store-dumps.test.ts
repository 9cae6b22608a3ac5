/**
 * Records dumped while debugging data stores (round 25): a Redis hash's fields and values as
 * MONITOR and redis-cli print them, one quoted argument after another. A sensitive field's value
 * goes; the command, the key, the other fields and their values stay.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xd5d);
const keeps = keepsEach(scrubber);

const token = (): string => sample.base64url(43);
const password = (): string => `${sample.alnum(8)}?${sample.alnum(7)}`;
const user = sample.uuid();

describe("a Redis hash's sensitive field and its value, one argument after the other", () => {
  it.each(
    planted(
      [
        (s) => `1786819292.901113 [0 10.0.51.86:48931] "HSET" "user:${user}" "userId" "${user}" "access_token" "${s}" "expires" "3600"`,
        (s) => `1786819292.901113 [0 lua] "HMSET" "oauth:${user}" "refresh_token" "${s}"`,
        (s) => `127.0.0.1:6379> HGETALL oauth:${user} -> 1) "user_id" 2) "${user}" 3) "access_token" 4) "${s}" 5) "expires_at" 6) "1805543741"`,
        (s) => `"HSET" "user:${user}" "csrfSecret" "${s}"`,
      ],
      token,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  it.each(planted([(s) => `1786819292.901113 [0 10.0.5.14:22046] "HSET" "smtp:settings" "host" "smtp.acme.io" "password" "${s}"`], password))(
    '%s',
    (line, s) => expectOnlySecretGone(scrubber, line, s),
  );
});

describe('Redis commands and replies that hold no secret value', () => {
  keeps([
    `"HSET" "user:${user}" "password_changed_at" "1796216393"`,
    '1) "token" 2) "expired"',
    `"HGET" "oauth:${user}" "access_token"`,
    `1786819292.901113 [0 10.0.51.86:48931] "HSET" "user:${user}" "name" "Ada Lovelace" "plan" "pro"`,
    '127.0.0.1:6379> HGETALL settings -> 1) "token_ttl" 2) "3600"',
    // Fields named alone, by HMGET and in HKEYS's reply (a review): a name is no value.
    '"HMGET" "sess:1" "token" "expires_at"',
    '127.0.0.1:6379> HKEYS user:42 -> 1) "password" 2) "last_login_ip"',
  ]);
});

describe("a JSON column's sensitive key set by SQL, the key in the path and the value the next argument (round 25)", () => {
  it.each(
    planted(
      [
        (s) => `LOG:  statement: UPDATE tenants SET settings = jsonb_set(settings, '{verification_token}', '"${s}"') WHERE id = 78941;`,
        (s) => `UPDATE tenants SET settings = jsonb_set(settings, '{integrations,slack,client_secret}', '"${s}"', true) WHERE id = 12878;`,
        (s) => `UPDATE docs SET doc = JSON_SET(doc, '$.auth.api_key', '${s}') WHERE id = 4;`,
        (s) => `UPDATE tenants SET settings = jsonb_set(settings, '{api_key}', to_jsonb('${s}'::text))`,
      ],
      token,
    ),
  )('%s', (line, s) => expectOnlySecretGone(scrubber, line, s));

  keeps([
    "UPDATE docs SET doc = JSON_SET(doc, '$.theme', 'dark') WHERE id = 4;",
    "UPDATE tenants SET settings = jsonb_set(settings, '{token_ttl}', '3600')",
  ]);
});
