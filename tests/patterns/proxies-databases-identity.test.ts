import { describe, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Session 38's classes (blind rounds 75 to 79: serverless, observability, databases, identity,
 * proxies and CDNs): tokens a message names in words, a vendor's prefix before a key, headers a
 * proxy sets, passwords in database tools' own syntax, and what templates, vaults and protocols
 * print where no secret is, each beside the look-alikes that must stay. Values come from a
 * sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120438);
const pw = `${s.alnum(6)}#${s.alnum(4)}`;
const token = s.alnum(32);
const hex20 = s.hex(20);
const b64Key = s.base64(64);
const uuid = s.uuid();
const couchKey = s.hex(40);

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('tokens a message names in words', () => {
  it.each([
    [`401 Unauthorized calling https://api.pagerduty.com/incidents with token ${token.slice(0, 20)}`, token.slice(0, 20)],
    [`Server returned 401 for token ${hex20} at https://app.example.io/api/v1/pic/`, hex20],
    [`Connecting to ingress-orange-saas.example.io:443 with agent key ${token.slice(0, 22)}`, token.slice(0, 22)],
    [`INFO AgentConfiguration - Controller Access Key [${uuid}] Account Name [acme-prod]`, uuid],
    [`[lumigo] DEBUG Tracer token: t_${hex20} edge=https://edge.example.com`, hex20],
    [`sink{component_id=axiom}: request failed token=xaat-${uuid} status=403`, uuid],
    [`INFO ses_smtp_password.py: SMTP password for region eu-west-1: ${b64Key.slice(0, 44)}`, b64Key.slice(0, 44)],
  ])('redacts %s', (line, secret) => goes(line, secret));

  it.each([
    [`token ${hex20}`],
    ['error: token expired for user 42'],
    ['transfer token 0x6b175474e89094c44da98b954eedeac495271d0f done'],
    ['registering runner with token (hidden)'],
    [`pod api-7d9f8c6b5-x2k4m token=api-7d9f8c6b5-x2k4m`],
  ])('leaves %s', (line) => keeps(line));
});

describe('headers and credentials a proxy or a web server sets', () => {
  it.each([
    [`snippet="proxy_set_header X-Internal-Key \\"ik_${token}\\";" ingress="shop/storefront"`, token],
    [`  set bereq.http.X-Origin-Auth = "${token}";`, token],
    [`add_request_headers: {x-upstream-key: {value: "${uuid}", append: false}}`, uuid],
    [`    tcp-check send AUTH\\ ${pw}\\r\\n`, pw],
    [`$ redis-cli -h cache-01 AUTH ${pw}`, pw],
    [`auth_param basic program /usr/lib/squid/basic_ldap_auth -b "dc=corp,dc=local" -D "cn=squid,ou=svc,dc=corp,dc=local" -w ${pw} -f uid=%s`, pw],
    [`(TVlsdNqAmU9oDaA=) Method request query string: {auth=${token}, room=support-7}`, token],
    [`  auth: ${Buffer.from(`admin:$apr1$${s.alnum(8)}$${s.alnum(22)}\n`).toString('base64')}`, 'YWRtaW4'],
    [`    secure_link_md5 "$secure_link_expires$uri$remote_addr ${token}";`, token],
    [`"Items": [{"HeaderName": "X-Origin-Verify", "HeaderValue": "${token}"}]`, token],
    [`24/04/18 INFO AzureSink: setting fs.azure.account.key.acme.dfs.core.windows.net -> ${b64Key.slice(0, 86)}==`, b64Key.slice(0, 86)],
  ])('redacts %s', (line, secret) => goes(line, secret));

  it.each([
    ['proxy_set_header X-Cache-Key $scheme$host$request_uri;'],
    ['set req.http.X-Cache-Key = req.url;'],
    ['    stats auth admin:"${HAPROXY_STATS_PASSWORD}"'],
    ['AuthLDAPBindPassword "exec:/usr/local/bin/get-ldap-bind-pw.sh"'],
    ['pg_password = {vault://aws/kong/pg-password}'],
    ['graph.webhook validation request received validationToken=Validation:%20Testing%20client%20application%20reachability'],
    ['  auth: basic'],
    ['IKE SA established {auth=PRESHARED_KEY cipher=AES_GCM_16_256}'],
    ['redis-cli -h cache-01 AUTH failed: WRONGPASS invalid username-password pair'],
  ])('leaves %s', (line) => keeps(line));
});

describe("passwords in database tools' own syntax", () => {
  it.each([
    [`ALTER\\040USER\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'${pw}';`, pw],
    [`20240306 18:12:44,mariadb-0,shop,10.0.2.31,57,1203,QUERY,shop,'UPDATE users SET remember_token=\\'${token}\\' WHERE id=8812',0`, token],
    [`UPDATE users SET login_otp='482915', login_otp_expires=NOW() + INTERVAL 10 MINUTE WHERE id=7;`, '482915'],
    [`| app_rw | % | mysql_native_password | *${s.hex(40).toUpperCase()} |`, '| *'],
    [`ok: [db03] => (item=pg-replica-2.internal:5432:*:replicator:${pw})`, pw],
    [`echo "${pw}" | saslpasswd2 -a memcached -c -f /etc/sasl2/memcached-sasldb2 cacheuser`, pw],
    [`  hmacauth_credentials: [{username: svc-billing, secret: ${token}}]`, token],
    [`$ confluent api-key store ${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16)} ${b64Key} --resource lkc-t49bp`, b64Key],
    [`params: {amqp_params_network,<<"shovel">>,<<"${pw}">>,<<"/">>,"mq-dr.example.net",5671,2047,0,10,infinity,none,[],[],[]}`, pw],
    [`tokenSecretKey=data:;base64,${b64Key.slice(0, 44)}`, b64Key.slice(0, 44)],
    [`{"SCRAM-SHA-512":"salt=${b64Key.slice(0, 28)},stored_key=${b64Key},server_key=${b64Key},iterations=4096"}`, b64Key],
    [`admin = -pbkdf2-${couchKey},${s.hex(32)},10`, couchKey],
    [`| ${uuid} | password | {"value":"${b64Key}","salt":"${b64Key.slice(0, 24)}","additionalParameters":{}} |`, b64Key],
  ])('redacts %s', (line, secret) => goes(line, secret));

  it.each([
    ['db.createUser({user: "reporting", pwd: passwordPrompt(), roles: ["read"]})'],
    [`{"invalidated_api_keys":["${s.alnum(20)}"],"previously_invalidated_api_keys":[],"error_count":0}`],
    ['Use the $HOME/.erlang.cookie file or the --erlang-cookie switch instead.'],
    ['| app_rw | % | caching_sha2_password | 0x24412430303524 |'],
    ['UPDATE users SET max_otp_attempts=5 WHERE id=7'],
    ["-    'secretsalt' => 'defaultsecretsalt',"],
    ['tokenPublicKey=data:;base64,MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE='],
    ['server_key=redis-primary'],
    ['"Items": [{"HeaderName": "X-Forwarded-Host", "HeaderValue": "www.example.com"}]'],
  ])('leaves %s', (line) => keeps(line));
});

describe('identity systems: logins, settings and what holds no secret', () => {
  it.each([
    [`net ads join -U Administrator%'${pw}' createcomputer="Servers/Linux"`, pw],
    [`<Data Name="CommandLine">net  user svc_backup ${pw} /add /domain</Data>`, pw],
    [`SiteSetting smtp_password changed from "" to "${pw}" by admin`, pw],
    [`pam_yubico(sshd:auth): OTP: cccccc${s.from('cbdefghijklnrtuv', 38)} ID: ccccccbcgujh`, 'OTP: cccccc'],
    ['Parameters: {"user"=>{"email"=>"dana@example.io", "password"=>"[FILTERED]", "otp_attempt"=>"191299"}, "commit"=>"Log in"}', '191299'],
    ['Credentials(username: "ios_app", password: "[REDACTED]", otp: Optional("144906"))', '144906'],
    [`Braintree\\Configuration::privateKey('${hex20}${hex20.slice(0, 12)}');`, hex20],
    [`standalone-full.xml:212:   <credential-reference clear-text="${pw}"/>`, pw],
  ])('redacts %s', (line, secret) => goes(line, secret));

  it.each([
    ['{"credentials":{"password":{},"recovery_question":{"question":"What is the food you least liked?"},"provider":{"type":"OKTA","name":"OKTA"}}}'],
    ['info: Processing client "Acme Portal" (client_secret: ##PORTAL_CLIENT_SECRET##)'],
    ['AzureAd__ClientSecret=@Microsoft.KeyVault(SecretUri=https://kv-acme.vault.azure.net/secrets/AzureAdClientSecret/)'],
    ['bind as CN=svc-ldap,OU=Service,DC=corp,DC=acme,DC=io (authType=SIMPLE, password=(encrypted))'],
    ['idp.sealer.password = %{idp.sealer.password.env}'],
    ['userPassword: {SASL}jdoe@ACME.IO'],
    ['http-outgoing-7 >> Authorization: NTLM TlRMTVNTUAABAAAAt4II4gAAAAAAAAAAAAAAAAAAAAAKAPRlAAAADw=='],
    [`GET /portal HTTP/1.1 Mozilla/5.0 ARRAffinity=${s.hex(64)};+ARRAffinitySameSite=${s.hex(64)} - portal`],
    ['WHAT: Supplied credentials: [UsernamePasswordCredential(username=jdoe, source=null, customFields={})] ACTION: AUTHENTICATION_FAILED'],
    ['<credential-reference store="vault" alias="ds-password"/>'],
    ['otp_attempts_remaining: 3'],
    ["Braintree\\Configuration::privateKey(getenv('BRAINTREE_PRIVATE_KEY'));"],
  ])('leaves %s', (line) => keeps(line));
});
