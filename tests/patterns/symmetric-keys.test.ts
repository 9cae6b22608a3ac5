/**
 * Keys of symmetric keys whose names end in none of the vocabulary's words (a red-team review,
 * L14): Airflow's Fernet key in every env dump of a scheduler, AES and cipher keys, and the key
 * shares `vault operator init` prints. Only the secret goes; settings about the keys stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x5e16);
const fernet = (): string => `${sample.base64url(43)}=`;
const share = (): string => sample.base64(44);

describe('Fernet, AES and cipher keys under their names', () => {
  it.each(
    planted(
      [
        (s) => `AIRFLOW__CORE__FERNET_KEY=${s}`,
        (s) => `      - AIRFLOW__CORE__FERNET_KEY=${s}`,
        (s) => `fernet_key = ${s}`,
        (s) => `FERNET_KEYS=${s}`,
        (s) => JSON.stringify({ name: 'AIRFLOW__CORE__FERNET_KEY', fernetKey: s }),
        (s) => `  "Env": ["AIRFLOW__CORE__FERNET_KEY=${s}", "AIRFLOW__CORE__EXECUTOR=CeleryExecutor"],`,
        (s) => `AES_KEY: "${s}"`,
        (s) => `cipher_key=${s}`,
        (s) => `DECRYPTION_KEY=${s}`,
        (s) => `export CRYPTO_KEY='${s}'`,
      ],
      fernet,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(['fernet_key_rotation=enabled', 'aes_key_size=256', 'cipher_key_length: 32', 'AIRFLOW__CORE__FERNET_KEY=', 'FERNET_KEY=${FERNET_KEY}', 'aes key: not set'])(
    'keeps %s',
    (line) => expect(scrubber.redactLine(line)).toBe(line),
  );
});

describe("Vault's unseal and recovery key shares", () => {
  it.each(
    planted(
      [
        (s) => `Unseal Key 1: ${s}`,
        (s) => `Unseal Key 5: ${s}`,
        (s) => `Recovery Key 2: ${s}`,
        (s) => JSON.stringify({ log: `Unseal Key 3: ${s}\n`, stream: 'stdout' }),
        (s) => `VAULT_UNSEAL_KEY=${s}`,
        (s) => `unseal_key: ${s}`,
      ],
      share,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each([
    'Unseal Key 1: (see the share sent to alice@example.com)',
    'Vault initialized with 5 key shares and a key threshold of 3. Please securely',
    'Unseal Progress    1/3',
    'unseal_keys_b64: []',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});

describe('keys that unlock a service, under names of their own', () => {
  // Algolia's and Azure AI Search's admin key, IBM Cloud's IAM key (round 7), Azure's SAS and
  // shared keys, Django's session key, a webhook's signing key, New Relic's ingest key.
  const token = (): string => sample.alnum(32);
  it.each(
    planted(
      [
        (s) => `I1202 09:15:30.845       1 main.go:97] FLAG: --azure-search-admin-key="${s}"`,
        (s) => `ALGOLIA_ADMIN_KEY=${s}`,
        (s) => `ibm_cloud_iam_key = "${s}"`,
        (s) => `sas_key: ${s}`,
        (s) => JSON.stringify({ sharedKey: s, account: 'logs' }),
        (s) => `Session.objects.get(session_key='${s}')`,
        (s) => `webhook_key=${s} endpoint=/hooks/github`,
        (s) => `NEW_RELIC_INGEST_KEY=${s}`,
        (s) => `enc_key: "${s}"`,
        (s) => `mac_key=${s}`,
      ],
      token,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each(['session_key=None', 'webhook_key: github-push', 'admin_key_id=42', 'sas_key_name: RootManageSharedAccessKey', 'session_key_prefix: sess'])(
    'keeps %s',
    (line) => expect(scrubber.redactLine(line)).toBe(line),
  );
});
