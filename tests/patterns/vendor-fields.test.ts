/**
 * Vendor fields that hold the usable credential under a name no key rule knows (red-team N12):
 * WireGuard's PresharedKey, the `encoded` id:key of an Elasticsearch API key beside its api_key,
 * the `result` of a Terraform `random_password`. Only the secret goes; the look-alikes stay byte
 * for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, expectSecretsGone, keepsEach, planted } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4e12);

const keeps = keepsEach(scrubber);

/** A WireGuard key: 32 random bytes in base64. */
const wgKey = (): string => Buffer.from(sample.hex(64), 'hex').toString('base64');

describe("WireGuard's PresharedKey", () => {
  it.each(
    planted(
      [
        (s) => `PresharedKey = ${s}`,
        (s) => `PresharedKey=${s}`,
        (s) => `    PresharedKey = ${s}`,
        (s) => `preshared_key: ${s}`,
        (s) => `  preshared-key: "${s}"`,
        (s) => JSON.stringify({ peer: { publicKey: 'x', presharedKey: s } }).replace('"x"', '"peer-1"'),
        (s) => JSON.stringify({ preSharedKey: s, address: '10.8.0.2/32' }),
        (s) => JSON.stringify({ msg: `[Peer]\nPublicKey = peer-1\nPresharedKey = ${s}\nAllowedIPs = 10.8.0.2/32` }),
      ],
      wgKey,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'PresharedKey = ${WG_PSK}',
    'PresharedKey =',
    '  preshared key: (hidden)',
    `PublicKey = ${wgKey()}`,
    'wg set wg0 peer ABC preshared-key /etc/wireguard/psk',
    'PresharedKey: not set for peer 10.8.0.2',
  ]);
});

describe("an Elasticsearch API key's encoded id:key", () => {
  const id = (): string => sample.base64url(20);
  const key = (): string => sample.base64url(22);
  const encoded = (i: string, k: string): string => Buffer.from(`${i}:${k}`).toString('base64');

  it.each([
    (i: string, k: string, e: string) => JSON.stringify({ id: i, name: 'ingest', api_key: k, encoded: e }),
    (i: string, k: string, e: string) => JSON.stringify({ id: i, name: 'ingest', expiration: 1764633600000, api_key: k, encoded: e }),
    (i: string, k: string, e: string) => `{'id': '${i}', 'name': 'ingest', 'api_key': '${k}', 'encoded': '${e}'}`,
    (i: string, k: string, e: string) => JSON.stringify({ msg: `created key ${JSON.stringify({ id: i, name: 'ingest', api_key: k, encoded: e })}` }),
    (i: string, k: string, e: string) => `{"id" : "${i}", "name" : "ingest", "api_key" : "${k}", "encoded" : "${e}"}`,
  ])('takes the api_key and the encoded key: %#', (make) => {
    const [i, k] = [id(), key()];
    const e = encoded(i, k);
    expectSecretsGone(scrubber, make(i, k, e), [k, e]);
  });

  keeps([
    '{"encoded":"false"}',
    '{"encoding":"gzip","encoded":true}',
    '{"encoded":"aGVsbG8gd29ybGQ="}',
    '  "encoded" : "VGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IGVuY29kaW5nIGZvciBsb2dzIG9rYXk="',
    '{"id":"V16guimtdO166uVCV5gW","name":"ingest","invalidated":false}',
  ]);
});

describe("a Terraform random_password's result", () => {
  it.each(
    planted(
      [
        (s) => JSON.stringify({ type: 'random_password', name: 'db', instances: [{ attributes: { id: 'none', length: 24, result: s, special: true } }] }),
        (s) =>
          JSON.stringify({
            address: 'random_password.db',
            mode: 'managed',
            type: 'random_password',
            name: 'db',
            values: { id: 'none', keepers: null, length: 24, lower: true, result: s, special: true },
            sensitive_values: {},
          }),
        (s) => `{"mode": "managed", "type": "random_password", "name": "admin", "instances": [{"schema_version": 3, "attributes": {"id": "none", "result": "${s}"}}]}`,
      ],
      () => `${sample.alnum(6)}!${sample.alnum(8)}`,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    'random_password.db: Creation complete after 0s [id=none]',
    '{"type":"random_password","name":"db","instances":[]}',
    '{"type":"aws_lambda_invocation","name":"x","instances":[{"attributes":{"result":"{\\"ok\\":true}"}}]}',
    '{"type":"random_id","name":"suffix","instances":[{"attributes":{"hex":"9f86d081","id":"n4bQgQ"}}]}',
    '{"type":"random_password","name":"db","instances":[{"attributes":{"result":"(sensitive value)"}}]}',
  ]);
});
