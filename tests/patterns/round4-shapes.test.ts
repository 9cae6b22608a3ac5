/**
 * A fourth blind red-team review (CI logs, IaC output, app runtimes, mobile, vendor formats):
 * a password's symbols under a vendor's key, logfmt fields after a key left empty, ciphertext and
 * workflow expressions where a value stands, and `Bearer` before a field that is not a token.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4a18);
const keeps = keepsEach(scrubber);

describe("a password's symbols under a vendor's key", () => {
  it.each(['%', '!', '^', '#', '@', '*', '$'])('go with the rest of the value after %s', (symbol) => {
    const s = `${sample.alnum(8)}7${symbol}${sample.alnum(8)}`;
    for (const line of [`MINIO_ROOT_PASSWORD=${s}`, `SONAR_TOKEN=${s} sonar.host.url=https://sonar`, `KEYCLOAK_ADMIN_PASSWORD: "${s}"`]) expectOnlySecretGone(scrubber, line, s);
  });
  keeps(['TWITCH_TOKEN=$TOKEN_2', 'MINIO_ROOT_PASSWORD=%s']);
});

describe('a key left empty before the next field', () => {
  it('takes nothing of the next field, and still finds the value of a key that has one', () => {
    const s = `squ_${sample.hex(40)}`;
    expectOnlySecretGone(scrubber, `diff --git a/.env b/.env: -SONAR_TOKEN= +SONAR_TOKEN=${s}`, s);
    const p = `${sample.alnum(10)}4`;
    expectOnlySecretGone(scrubber, `level=info smtp_password= smtp_host=mail.example.com db_password=${p} port=587`, p);
  });
  it('still reads a value that holds an =, after = with blanks around it or a YAML colon', () => {
    const s = `B=${sample.alnum(12)}`;
    expectOnlySecretGone(scrubber, `ssl.truststore.password = ${s}`, s);
    expectOnlySecretGone(scrubber, `password: ${s}`, s);
  });
  keeps([
    'level=info smtp_user= smtp_password= smtp_host=mail.example.com port=587',
    'AWS_SESSION_TOKEN= AWS_REGION=us-east-1 AWS_DEFAULT_OUTPUT=json',
    'level=info api_key= region=us-east-1',
  ]);
});

describe('ciphertext and expressions where a value stands', () => {
  keeps([
    'spring.datasource.password=ENC(nLZQ0JTBn9m+hw2Ko+Roxw3O9/wnpstxI4eCcE992B0=)',
    '      <password>{ghPhOtkDC+Sma0D+x/j1l+i+yMkNgUWcFJJH8SWRnrU=}</password>',
    '##[group]Run echo "${{ secrets.GHCR_TOKEN }}" | docker login ghcr.io -u app_rw --password-stdin',
    'api_key: ${{ secrets.API_KEY }}',
  ]);
  it('a password in braces is still one', () => {
    const s = `{${sample.alnum(6)}!}`;
    expectOnlySecretGone(scrubber, `password=${s}`, s);
  });
});

describe('Bearer before a field that is not a token', () => {
  keeps(['token_type=Bearer expires_at=2026-11-12T07:31:44.823Z', 'token_type=Bearer expires_in=3600 scope=openid']);
  it('a token with base64 padding still goes', () => {
    const s = `${sample.alnum(30)}==`;
    expectOnlySecretGone(scrubber, `sending Bearer ${s} to upstream`, s);
  });
});

describe('a personal access token under a key that ends in PAT', () => {
  it.each(['AZURE_DEVOPS_EXT_PAT=%s', 'GH_PAT: %s', 'export GITLAB_PAT="%s"', '  pat: %s', '{"ado_pat":"%s","org":"contoso"}'])('%s', (shape) => {
    const s = sample.from('abcdefghijklmnopqrstuvwxyz234567', 52);
    expectOnlySecretGone(scrubber, shape.replace('%s', s), s);
  });
  keeps(['path=/var/lib/app/data/cache', 'compat: true', 'GH_PAT: ${{ secrets.GH_PAT }}', 'spatial: 3d', 'pattern=^[a-z0-9]{20,}$']);
});

describe('a bare UUID under secret_id or SecretID', () => {
  it('goes, as Vault AppRole and Consul ACL print it', () => {
    const s = sample.uuid();
    expectOnlySecretGone(scrubber, `$ vault write auth/approle/login role_id=${sample.uuid()} secret_id=${s}`, s);
    expectOnlySecretGone(scrubber, `SecretID:         ${s}`, s);
  });
  keeps(['{"secretId":"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"}', 'secret_id_ttl=10m secret_id_num_uses=40']);
});

describe('a name/value pair written as text', () => {
  it.each([
    (s: string) => `argo: parameters="[{name: db-password, value: ${s}}]"`,
    (s: string) => `env=[{Name:DB_PASSWORD Value:${s} ValueFrom:nil}]`,
    (s: string) => `{'name': 'MYSQL_ROOT_PASSWORD', 'value': '${s}'}`,
    (s: string) => `V/Prefs: putString(key=auth_token, value=${s})`,
  ])('%s', (make) => {
    const s = `${sample.alnum(9)}${sample.hex(12)}`;
    expectOnlySecretGone(scrubber, make(s), s);
  });
  keeps(['{name: LOG_LEVEL, value: debug}', '{name: db-password, value: ${DB_PASSWORD}}', 'putString(key=token_ttl, value=3600)']);
});

describe('what kubectl and Ansible print beside a secret key, not the secret', () => {
  keeps([
    'password:  37 bytes',
    'api-key:   40 bytes',
    '{"module_args": {"name": "alice", "update_password": "always", "state": "present"}}',
    '{"update_password": "on_create"}',
  ]);
  it('a number before a longer word is still a value', () => {
    expectOnlySecretGone(scrubber, 'password: 1234 bytesize', '1234');
  });
});

describe('a long token after the word token in a message', () => {
  it.each(['Starting buildkite-agent v3.60.0 with token %s', 'registering runner using token %s.', 'token %s rejected by upstream'])('%s', (shape) => {
    const s = `${sample.hex(24)}${sample.alnum(16)}`;
    expectOnlySecretGone(scrubber, shape.replace('%s', s), s);
  });
  keeps(['token expired for user 42', 'transfer token 0x6b175474e89094c44da98b954eedeac495271d0f done', 'token bucket refilled: 64 of 64']);
});

describe("Terraform's provider package hashes", () => {
  keeps([`      "h1:RmrocMqPWUyZsiRVojd/rdBNJtUrdTM9icmwDhCHb70=", "zh:${sample.hex(64)}",`]);
  it('a 64-hex token under a key still goes', () => {
    const s = sample.hex(64);
    expectOnlySecretGone(scrubber, `token=${s}`, s);
  });
});

describe("a SealedSecret's sealed value", () => {
  it('stays, and a password under the same key still goes', () => {
    const sealed = `AgB${sample.base64(600).replace(/=+$/, '')}`;
    expect(scrubber.redactText(`    encryptedData: DB_PASSWORD: ${sealed}`)).toBe(`    encryptedData: DB_PASSWORD: ${sealed}`);
    const s = `${sample.alnum(8)}3`;
    expectOnlySecretGone(scrubber, `DB_PASSWORD: ${s}`, s);
  });
});
