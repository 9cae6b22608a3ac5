/**
 * Values under a secret's key that hold `/` (s17, review2): base64 has one in every 64 characters
 * on average, so a long key (kubeconfig's client-key-data, a WireGuard or SES SMTP key, an
 * AWS-style secret) often holds three or more, which had made it a path and let it through
 * whole. A path is names between its slashes; base64 is random runs. And keys with a number
 * glued on (`DB_PASSWORD2`).
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x51a5);
const keeps = keepsEach(scrubber);

/** A base64 run of `length` with `slashes` of `/` at random places in it. */
const slashed = (length: number, slashes: number): string => {
  const chars = [...sample.base64(length).replaceAll('/', '+')];
  for (let i = 0; i < slashes; i++) chars[1 + Math.floor((i + 0.5) * ((length - 2) / slashes))] = '/';
  return chars.join('');
};

describe('a base64 value with three or more `/` under a secret key goes', () => {
  const makers: readonly ((s: string) => string)[] = [
    (s) => `    client-key-data: ${s}`,
    (s) => `{"ses_smtp_password_v4":"${s}","status":"Active"}`,
    (s) => `PrivateKey = ${s}`,
    (s) => `private_key=${s}`,
    (s) => `aws_secret_access_key = ${s}`,
    (s) => JSON.stringify({ level: 30, config: { apiKey: s } }),
    (s) => `SESSION_SECRET=${s}`,
  ];
  for (const [length, slashes] of [[44, 3], [64, 4], [120, 6], [344, 9]] as const) {
    it.each(makers.map((make) => [length, slashes, make] as const))('%i characters, %i slashes: %s', (_length, _slashes, make) => {
      const s = slashed(length, slashes);
      expectOnlySecretGone(scrubber, make(s), s);
    });
  }
});

describe('a path under such a key stays', () => {
  keeps([
    'private_key=/etc/ssl/private/app-server.key',
    'client_key: /home/ada/Projects/App2/certs/client.key',
    'private_key_path=./config/keys/Deploy/id_ed25519',
    'SECRET_FILE=/run/secrets/prod/DbPassword',
    'token_cache: ~/Library/Caches/Tokens/v2/store.json',
    'client-key: /var/lib/kubelet/pki/kubelet-client-current.pem',
  ]);
});

describe('a connection string under its key loses its key only, however many `/` it holds', () => {
  it.each([
    (k: string) => `      + primary_connection_string = "Endpoint=sb://sb-24wfnj.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}"`,
    (k: string) => `AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${k};EndpointSuffix=core.windows.net`,
  ])('%s', (make) => {
    const key = slashed(88, 4).slice(0, 86) + '==';
    expectOnlySecretGone(scrubber, make(key), key);
  });
});

describe('a number glued to a secret key', () => {
  const password = (): string => `${sample.alnum(6)}#${sample.alnum(4)}7`;
  it.each([(s: string) => `DB_PASSWORD2=${s}`, (s: string) => `{"apiKey2":"${s}"}`, (s: string) => `smtp_password1: ${s}`, (s: string) => `ADMIN_TOKEN3="${s}"`])('%s', (make) => {
    const s = password();
    expectOnlySecretGone(scrubber, make(s), s);
  });
  keeps(['password2_hint=favourite colour', 'token2=expired', 'md5=9e107d9d372bb6826bd81d3542a419d6', 'oauth2=enabled', 'PASSWORD2_MIN_LENGTH=12']);
});
