/**
 * An object under a sensitive key that describes a secret rather than holding secrets (review3,
 * FP1): an OAuth token response's `expires_in` and `token_type`, CloudTrail's STS `credentials`
 * with their `expiration`, a Secrets Manager secret's `name`, `version` and `arn`. Its metadata
 * stays byte for byte, numbers stay numbers; its secrets go, by their own names or their shape.
 * An object without a member that names metadata is a map of secrets: every member goes.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectSecretsGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x3e7a);
const keeps = keepsEach(scrubber);
const nest = (record: unknown): string => JSON.stringify({ msg: 'event', body: JSON.stringify(record) });

describe('metadata under a sensitive key stays', () => {
  const lines = [
    { token: { expires_in: 3600, token_type: 'Bearer', scope: 'read write' } },
    { secret: { name: 'prod/db', version: 3, arn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf' } },
    { apiKey: { name: 'ci-deploy', created_at: '2026-11-30T10:00:00Z', last_used: null, status: 'active' } },
    { credentials: { type: 'service_account', expiration: 'Dec 2, 2026, 3:00:00 PM' } },
  ];
  keeps([...lines.map((r) => JSON.stringify(r)), ...lines.map(nest)]);
});

describe('secrets inside such an object go, the rest stays', () => {
  const cases: (() => [unknown, string[]])[] = [
    () => {
      const [id, key, session] = [`ASIA${sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, sample.base64(40).replaceAll('/', '+'), sample.base64(300)];
      return [{ credentials: { accessKeyId: id, secretAccessKey: key, sessionToken: session, expiration: 'Nov 2, 2026, 3:00:00 PM' } }, [id, key, session]];
    },
    () => {
      const value = sample.base64url(43);
      return [{ token: { value, expires_in: 3600, token_type: 'Bearer' } }, [value]];
    },
    () => {
      const access = sample.base64url(43);
      return [{ token: { access_token: access, expires_in: 3600, scope: 'read' } }, [access]];
    },
    () => {
      const data = sample.alnum(32);
      return [{ apiKey: { name: 'ci', data, created_at: '2026-11-30' } }, [data]];
    },
  ];
  it.each(cases.map((make) => make()))('%j', (record, secrets) => {
    for (const line of [JSON.stringify(record), nest(record)]) {
      expectSecretsGone(scrubber, line, secrets);
      expect(() => JSON.parse(scrubber.redactLine(line))).not.toThrow();
      expect(scrubber.redactLine(line)).toContain(line.includes('expires_in') ? (line.startsWith('{"msg"') ? '\\"expires_in\\":3600' : '"expires_in":3600') : '');
    }
  });
});

describe('a map of secrets under a sensitive key loses every member', () => {
  it.each([
    () => ({ secrets: { DB_URL: `postgres://app:${sample.password()}@db/app`, API_URL: sample.alnum(24), SIGNING: sample.base64(44) } }),
    () => ({ password: { value: sample.password() } }),
    () => ({ credentials: { user: 'svc', pass: sample.password() } }),
  ])('%s', (make) => {
    const record = make();
    const values = Object.values(Object.values(record)[0] as Record<string, string>);
    expectSecretsGone(scrubber, JSON.stringify(record), values);
  });
});
