/**
 * JSON's escaped slash, as PHP's `json_encode` writes every `/` (round 21): a URL's password in a
 * DSN that Monolog or Doctrine logs inside JSON, and a value holding `\/`, stay found whole.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x2f2f);
const keeps = keepsEach(scrubber);

describe("a URL's password with its slashes escaped", () => {
  it.each([
    (s: string) => `doctrine.ERROR: Connection refused {"dsn":"mysql:\\/\\/shop:${s}@db.local\\/wordpress","charset":"utf8mb4"}`,
    (s: string) => `app.INFO: cache {"redis":"redis:\\/\\/:${s}@cache:6379\\/0"}`,
    (s: string) => `{"message":"retry","context":{"url":"amqp:\\/\\/guest:${s}@mq.internal:5672\\/%2f"}}`,
  ])('goes: %s', (make) => {
    // A password may hold a `/`, escaped with the rest (`ab\/cd`).
    for (const s of [`${sample.alnum(10)}.${sample.alnum(4)}`, `${sample.alnum(8)}\\/${sample.alnum(5)}`]) expectOnlySecretGone(scrubber, make(s), s);
  });
  keeps([
    '{"url":"https:\\/\\/registry.example.com:8443\\/npm\\/@scope\\/pkg"}',
    '{"link":"https:\\/\\/host\\/cb?email=ada@example.com"}',
    '{"dsn":"mysql:\\/\\/shop@db.local\\/wordpress"}',
  ]);
});
