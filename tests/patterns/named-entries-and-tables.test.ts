import { describe, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Session 43's classes (blind rounds 102 to 110): entries that name a secret in one field and
 * give it in another, and credentials tables whose columns say nothing. Each beside the
 * look-alikes that must stay. Values come from a sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120543);
const pw = `${s.alnum(5)}+${s.alnum(5)}?=7`;
const token = s.alnum(32);

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('a JSON name/value pair with a display name, or a secret flag between (round 107)', () => {
  it.each([
    [`{"displayName":"backend-password","secret":true,"value":"${pw}","tags":["prod"]}`],
    [`{"name":"db_password","sensitive":true,"value":"${pw}"}`],
    [`{"display_name":"smtp-password","value":"${pw}"}`],
  ])('%s', (line) => goes(line, pw));
  it.each([
    ['{"displayName":"backend-password","secret":true,"value":null,"tags":["prod"]}'],
    ['{"displayName":"backend-url","secret":false,"value":"https://api.example.com"}'],
    ['{"displayName":"backend-password","secret":true,"keyVault":{"secretIdentifier":"https://kv.vault.azure.net/secrets/pw"}}'],
  ])('keeps %s', (line) => keeps(line));
});

describe('an XML entry that names its secret in an element of its own (round 107)', () => {
  it.each([
    [`<Entry><Key><Parameter>sap.password</Parameter></Key><Value>${pw}</Value></Entry>`],
    [`<entry><key>db.password</key><value>${pw}</value></entry>`],
    [`<entry> <name>client_secret</name> <value><![CDATA[${pw}]]></value> </entry>`],
  ])('%s', (line) => goes(line, pw));
  it.each([
    ['<Entry><Key><Parameter>sap.user</Parameter></Key><Value>RFC_USER</Value></Entry>'],
    ['<entry><key>password.expiry.days</key><value>90</value></entry>'],
    ['<entry><key>db.password</key><value></value></entry>'],
  ])('keeps %s', (line) => keeps(line));
});

describe("a credentials table's key column, named by nothing but its table (round 107)", () => {
  it.each([
    [`LOG:  statement: INSERT INTO "keyauth_credentials" ("id", "consumer_id", "key", "created_at") VALUES ('52b86abd-492d-4118-bffd-4c4fff93433d', '376f97cb-71e8-4e5c-a8ea-38b56c98efb2', '${token}', TO_TIMESTAMP(1716997812))`],
    [`INSERT INTO app_secrets (name, value) VALUES ('stripe', '${token}')`],
  ])('%s', (line) => goes(line, token));
  it.each([
    [`INSERT INTO "keyauth_credentials" ("id", "consumer_id", "created_at") VALUES ('52b86abd-492d-4118-bffd-4c4fff93433d', '376f97cb-71e8-4e5c-a8ea-38b56c98efb2', TO_TIMESTAMP(1716997812))`],
    [`INSERT INTO settings (name, value) VALUES ('theme', 'dark')`],
  ])('keeps %s', (line) => keeps(line));
});

describe('a password named in another language by markup (round 106)', () => {
  it.each([
    [`SOAP request: <soapenv:Body><auth:Login><auth:użytkownik>tanaka.h</auth:użytkownik><auth:hasło_użytkownika>${pw}</auth:hasło_użytkownika></auth:Login></soapenv:Body>`],
    [`SOAP request: <auth:Login><auth:账号>ana.souza</auth:账号><auth:密码>${pw}</auth:密码></auth:Login>`],
    [`<add key="Wachtwoord" value="${pw}" /> <!-- web.config appSettings -->`],
    [`<passwort>${pw}</passwort>`],
  ])('%s', (line) => goes(line, pw));
  it.each([
    ['<hasło>********</hasło>'],
    ['<label>Hasło</label>'],
    ['<add key="PasswortMinLaenge" value="12" />'],
    ['<senha_expira>2024-01-01</senha_expira>'],
    ['<add key="Theme" value="Ajax_58123" />'],
  ])('keeps %s', (line) => keeps(line));
});

describe('a keyed token in dotted parts with a random part (round 106)', () => {
  const vk = `vk1.a.${s.base64url(180)}`;
  it.each([[`vk_api.exceptions.ApiError: [5] User authorization failed: access_token=${vk} has expired.`], [`access_token=${vk}`]])('%s', (line) => goes(line, vk));
  it.each([['token_class=com.example.auth.AbstractSingletonProxyFactoryBean'], ['token=android.os.BinderProxy@2bd79ce']])('keeps %s', (line) => keeps(line));
});

describe('one-off key shapes (rounds 105 to 107)', () => {
  it('a Redis MONITOR AUTH with a comment after it', () => goes(`1709112966.671 [0 10.199.25.254:31070] "AUTH" "${token}"  -- redis MONITOR`, token));
  it("fastlane match's Authorization header in a variable", () => {
    const basic = Buffer.from(`release-bot:${token}`).toString('base64');
    goes(`MATCH_GIT_BASIC_AUTHORIZATION=${basic} MATCH_PASSWORD=${pw} bundle exec fastlane ios beta`, basic);
  });
  it("a payment gateway's merchant key", () => goes(`PayTR token merchant_id=156442 merchant_key=${token} merchant_oid=A1`, token));
  it.each([['"AUTH" "default" "more" "args"'], ['REQUIRE_AUTHORIZATION=true'], ['merchant_key_id=12']])('keeps %s', (line) => keeps(line));
});

describe("a credential's constructor given its secret as a literal (round 103)", () => {
  it.each([
    [`apiclient = PureCloudPlatformClientV2.api_client.ApiClient().get_client_credentials_token("7bb8ffee-0827-4c65-82c4-fa20e46b2721", "${token}")`],
    [`AwsCredentialsProvider p = StaticCredentialsProvider.create(AwsBasicCredentials.create("svc-reader", "${token}"));`],
  ])('%s', (line) => goes(line, token));
  it.each([['loadCredentials("prod", "eu-west-1")'], ['get_client_credentials_token(client_id, client_secret)']])('keeps %s', (line) => keeps(line));
});

describe('look-alikes of rounds 108 and 109: names, modes, markers and ciphertext', () => {
  it.each([
    ['Postman-Token: 59285e48-16c0-4639-94ea-d62f3cde7985'],
    ['X-Goog-Credential=uploader%40soylent-prod.iam.gserviceaccount.com%2F20240531%2Fauto%2Fstorage%2Fgoog4_request'],
    ['curl ^"https://app.example.dev/v1/search^" -H ^"x-api-key: %API_KEY%^"'],
    ['username=jdoe&password=§pass§&submit=Login'],
    ['fetch("https://example.com/api", { "mode": "cors", "credentials": "omit" });'],
    [`{"function":"login","vars":{"password":"'[Filtered]'","username":"'svc_etl'"}}`],
    ['info: UserManager[0] User 2bdd82ae-2997-43d2-9f80-9b7bddae16bd password changed; security stamp rotated'],
    ['CREATE USER superset PASSWORD DISABLE;'],
    ['query: UPDATE t SET api_key = @api_key WHERE vendor = @vendor'],
    ['spring.datasource.password={cipher}${ENCRYPTED_DB_PASSWORD}'],
    ['password = "op://Production/Postgres inventory/password"'],
  ])('keeps %s', (line) => keeps(line));
  it('takes a password that starts with an @ and holds a digit', () => goes(`password=@${pw}`, `@${pw}`));
});

describe('HTTP clients that echo a password (round 108)', () => {
  it.each([
    [`Setting --http-password (httppassword) to ${pw}`],
    [`Setting --proxy-password (proxypassword) to ${pw}`],
    [`curl -x http://proxy.corp:8080 --proxy-user 'jdoe:${pw}' -sSL https://get.helm.sh/helm.tgz -o helm.tgz`],
  ])('%s', (line) => goes(line, pw));
  it.each([['Setting --ask-password (askpassword) to 1'], ['Setting --http-user (httpuser) to ada'], ['curl --proxy-user "$PROXY_USER:$PROXY_PASS" https://x']])('keeps %s', (line) => keeps(line));
});
