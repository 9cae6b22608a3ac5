import { describe, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Session 44's classes (blind rounds 103, 112 and 113): keys services issue as hex groups longer
 * than a UUID, ids and public halves beside a credential that must stay, and code that names
 * where a secret is kept. Values come from a sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120544);
const uuid = (): string => [8, 4, 4, 4, 12].map((n) => s.hex(n)).join('-');
const twoUuids = `${uuid()}${uuid()}`;
const uuidAndMore = `${uuid()}-${s.hex(4)}-${s.hex(4)}`;
const kid = s.base64url(43);
const pw = `${s.alnum(9)}7!`;
const digest = s.hex(64);

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('hex groups longer than a UUID under a key (Bunny; round 103)', () => {
  it.each([
    [`headers={'AccessKey': '${twoUuids}', 'accept': 'application/json'}`, twoUuids],
    [`curl --header 'AccessKey: ${uuidAndMore}' https://storage.bunnycdn.com/zone/a.mp4`, uuidAndMore],
    [`api_token=${twoUuids}`, twoUuids],
  ])('%s', (line, secret) => goes(line, secret));
  it.each([
    ['build_token: 2023-11-05-1234-5678-9012-345678901234'],
    ['session_token: 20231105-1234-5678-release'],
    ['trace=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    // Stripe's device id: a UUID with hex run on, five groups.
    [`Set-Cookie: __stripe_mid=${uuid()}${s.hex(6)}; Path=/`],
  ])('keeps %s', (line) => keeps(line));
});

describe("ids beside credentials: a key's id, a form's flow (round 112)", () => {
  it.each([
    [`{"credentials":{"signing":{"kid":"${kid}"},"userNameTemplate":{"template":"\${source.login}"}}}`],
    [`GET /self-service/recovery?flow=${uuid()} 200 8ms`],
    [`{"keys":[{"use":"sig","kty":"EC","kid":"${s.hex(40)}","crv":"P-256","alg":"ES256"}]}`],
  ])('keeps %s', (line) => keeps(line));
  it.each([
    [`{"credentials":{"signing":{"kid":"${kid}"},"password":"${pw}"}}`, pw],
    // A password's digest stays a secret: a safe key names no member of the password's own value.
    [`{"password":{"digest":"${digest}","algorithm":"sha-256"}}`, digest],
  ])('%s', (line, secret) => goes(line, secret));
});

describe('code that names where a secret is kept, not the secret (round 112)', () => {
  it.each([
    ['  config.secret_key = Rails.application.credentials.devise_secret_key'],
    ['JWT_SECRET = process.env.JWT_SECRET'],
    ['secret_key_base: Rails.application.secrets.secret_key_base'],
  ])('keeps %s', (line) => keeps(line));
  it.each([[`SECRET_KEY = correct.horse.battery.${pw}`, `correct.horse.battery.${pw}`]])('%s', (line, secret) => goes(line, secret));
});

describe('identity servers: bind credentials, recovery codes, SAML artifacts (round 112)', () => {
  const bindPassword = `${s.alnum(8)}.${s.alnum(4)}`;
  const artifact = `AAQAA${s.base64(40).replace(/[+/=]/g, 'x')}`;
  it.each([
    [`idp.authn.LDAP.bindDNCredential              = ${bindPassword}`, bindPassword],
    [`{"bindCredential":["${bindPassword}"],"bindDn":["cn=admin,dc=example,dc=org"]}`, bindPassword],
    ['{"expires_at":"2024-11-25T07:49:10.854Z","recovery_code":"94255431"}', '94255431'],
    [`"GET /Shibboleth.sso/SAML2/Artifact?SAMLart=${artifact}&RelayState=cookie%3Ad2ce HTTP/1.1" 302 -`, artifact],
  ])('%s', (line, secret) => goes(line, secret));
  it.each([['idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}'], ['{"recovery_codes_left":3}']])('keeps %s', (line) => keeps(line));
});

describe('a safe id inside a credential object stays, nothing else there (a review of session 44)', () => {
  const digest = s.hex(64);
  const clientToken = `s.${s.alnum(24)}`;
  it.each([
    [`{"user":{"credentials":{"password":{"sha256":"${digest}","salt":"${s.alnum(8)}"}}}}`, digest],
    [`{"credentials":{"vault":{"client_token":"${clientToken}"}}}`, clientToken],
  ])('%s', (line, secret) => goes(line, secret));
});

describe('JAAS options in every quoting (round 113 and a review of it)', () => {
  const withApostrophe = `${s.alnum(3)}'${s.alnum(9)}7`;
  it.each([
    [`org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password=${withApostrophe};`, withApostrophe],
    [`PlainLoginModule required username='svc' password='${pw}' user_bob=${withApostrophe};`, withApostrophe],
    [`PlainLoginModule required username="svc" password='${pw}`, pw],
  ])('%s', (line, secret) => goes(line, secret));
});

describe('a Kaltura session wherever a URL carries it (round 103 and a review of it)', () => {
  const ks = `djJ8NDYzMzUxOXx${s.base64url(60)}`;
  it.each([
    [`GET /p/4633519/sp/463351900/playManifest/entryId/0_abc123/format/url/protocol/https/ks/${ks}/a.mp4 200`, ks],
    [`{"ks":"${ks}","partnerId":4633519}`, ks],
  ])('%s', (line, secret) => goes(line, secret));
});

describe("another secret in a match's context, before the match's own (round 114)", () => {
  const keyId = `AKIA${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  const secretKey = s.base64(40).replace(/[+/=]/g, 'k');
  it.each([[`  23 |   26 | val awsCreds = BasicAWSCredentials("${keyId}", "${secretKey}")`]])('%s', (line) => goes(line, keyId, secretKey));
});

describe('what a shell or a tool writes where a value would be (round 115)', () => {
  it.each([
    ["+ PGPASSWORD= psql -h db -U postgres -c 'select 1'"],
    ['+ MYSQL_PWD= /usr/bin/mysql -u root -e status'],
    ['$env:ARM_CLIENT_SECRET = (Get-Secret -Name arm-sp -AsPlainText)'],
    ["-   postgres-password: '-------- # (9 bytes)'"],
  ])('keeps %s', (line) => keeps(line));
  it.each([
    [`DB_PASSWORD= ${pw} user=x`, pw],
    [`PGPASSWORD=${pw} psql -h db`, pw],
    [`+ PGPASSWORD= ${pw} -h db`, pw],
    [`$env:ARM_CLIENT_SECRET = "${pw}"`, pw],
  ])('%s', (line, secret) => goes(line, secret));
});

describe('tokens that tools set on their command line or send as a header (rounds 113 and 114)', () => {
  const oauth = s.hex(40);
  const signature = `${s.base64(30).replace(/[+/=]/g, 'q')}%2B${s.base64(10).replace(/[+/=]/g, 'z')}%3D`;
  it.each([
    [`composer config --global --auth github-oauth.github.com ${oauth}`, oauth],
    [`EventPublisher: publishing batch with aeg-sas-token: r=https%3A%2F%2Ftopic1.westus2-1.eventgrid.azure.net%2Fapi%2Fevents&e=05%2F26%2F2025%2011%3A10%3A23%20PM&s=${signature}`, signature],
  ])('%s', (line, secret) => goes(line, secret));
  it.each([['composer config --global --auth --unset github-oauth.github.com'], ['aeg-sas-token: r=x&e=y&s=']])('keeps %s', (line) => keeps(line));
});
