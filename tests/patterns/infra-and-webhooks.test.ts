/**
 * Rounds 45, 47 and 48 (cloud tooling; databases and caches; mobile backends and webhooks), and
 * the shapes of rounds 50 to 53 beside them (JVM services, the web's edge, identity, a polyglot fleet):
 * webhook deliveries' signatures, chat hooks' and Slack's response URLs, OAuth device codes,
 * Stripe's client secrets, NATS seeds, Rancher tokens, Secret Manager payloads and the keys that
 * name a credential without a secret word.
 * What stays: ids beside them, public halves, masks and look-alike prose.
 */
import RE2 from 're2';
import { describe, expect, it } from 'vitest';
import { catalog, createScrubber, defaultVocabulary } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4548);
const keeps = keepsEach(scrubber);
const goes = goesEach(scrubber);
const base64Hmac = (): string => Buffer.from(sample.hex(64), 'hex').toString('base64');

describe("a webhook delivery's signature", () => {
  goes(
    [
      (s) => `Started POST "/webhooks/orders/create" for 18.103.177.196 | X-Shopify-Hmac-Sha256: ${s} | X-Shopify-Webhook-Id: ${sample.uuid()}`,
      (s) => `"POST /sms/inbound HTTP/1.1" 200 118 "-" "TwilioProxy/1.1" x_twilio_signature="${s}"`,
      (s) => `[19-Oct-2025 00:37:23 UTC] WC Webhook #19 delivery: X-WC-Webhook-Signature: ${s}`,
      (s) => `{"headers":{"x-plivo-signature-v3":"${s}","x-plivo-signature-v3-nonce":"76842015323521041770"}}`,
      (s) => `svix: signature header svix-signature="v1,${s}" svix-id=msg_cZ1i4lTY9i6IGqRXxmVgBinwuHD`,
      (s) => `{"NotificationRequestItem":{"additionalData":{"hmacSignature":"${s}"},"amount":{"currency":"EUR","value":1499}}}`,
    ],
    base64Hmac,
  );
  goes([(s) => `X-GitHub-Event: push, X-GitHub-Delivery: ${sample.uuid()}, X-Hub-Signature: sha1=${s}`], () => sample.hex(40));
  keeps(['X-Hub-Signature-256: missing', 'webhook_signature_verification=enabled', `X-GitHub-Delivery: ${sample.uuid()}`]);
});

describe("a chat hook's secret URL", () => {
  goes(
    [
      (s) => `140.140.34.109 - - [21/May/2024:04:39:55 +0000] "POST /hooks/${s} HTTP/1.1" 200 2 "-" "Alertmanager/0.26.0"`,
      (s) => `{"receiver": "mattermost", "url": "https://mm.example.com/hooks/${s}", "channel": "alerts"}`,
    ],
    () => sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 26),
  );
  goes(
    [
      (s) => `body="payload=%7B%22response_url%22%3A%22https%3A%2F%2Fhooks.slack.com%2Factions%2FT2U3RIPRO%2F1234567890123%2F${s}%22%7D"`,
      (s) => `response_url=https://hooks.slack.com/commands/T90HMGN77/7654321098765/${s}`,
    ],
    () => sample.alnum(24),
  );
  goes([(s) => `POST /api/v10/interactions/${sample.digits(19)}/${s}/callback 204`], () => Buffer.from(`interaction:${sample.digits(19)}:${sample.alnum(60)}`).toString('base64url'));
  keeps(['POST /hooks/pre-receive 200', 'GET /api/v10/interactions/123/callback 404']);
});

describe("an OAuth device flow's device code", () => {
  goes(
    [
      (s) => `POST https://github.com/login/device/code -> {"device_code": "${s}", "user_code": "HLVD-TNZG", "verification_uri": "https://github.com/login/device"}`,
      (s) => `{"resp":{"device_code":"${s}","user_code":"RSBX-SHKP","expires_in":1800}}`,
    ],
    () => sample.hex(40),
  );
  keeps(['{"user_code": "HLVD-TNZG", "verification_uri": "https://github.com/login/device"}', 'device_code=SM-G991B model=Galaxy']);
});

describe("a service's credential by its shape or its name", () => {
  goes([(s) => `{"paymentIntent":"${s}","customer":"cus_bWi9UBkFeV6oaC","publishableKey":"pk_live_${sample.alnum(32)}"}`], () => `pi_${sample.alnum(24)}_secret_${sample.alnum(25)}`);
  goes([(s) => `NATS_NKEY_SEED=${s}`, (s) => `{"msg":"loaded nkey","public":"U${sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 55)}","seed":"${s}"}`], () => `SU${sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 56)}`);
  goes([(s) => `+ rancher login https://rancher.example.net --token ${s} --context c-m-gt8dm2gw:p-uvea1`, (s) => `    token: ${s}`], () => `token-${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 5)}:${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 54)}`);
  goes([(s) => `{"name":"projects/266095097937/secrets/db-password/versions/2","payload":{"data":"${s}","dataCrc32c":"662054306"}}`], () => sample.base64(24));
  goes(
    [
      (s) => `"POST /v1/graphql HTTP/1.1" 200 812 x-hasura-admin-secret="${s}"`,
      (s) => `RABBITMQ_DEFAULT_USER=admin RABBITMQ_ERLANG_COOKIE=${s}`,
      (s) => `authString: ${s}`,
      (s) => `pass_phrase=${s}`,
      (s) => `ETCDCTL_API=3 etcdctl --endpoints=https://10.208.175.145:2379 --user root:'${s}' get /registry/secrets/argocd/worker-db`,
    ],
    () => sample.password(),
  );
  keeps([
    `atlas config describe default: private_api_key = ********-****-****-****-********c9bb  project_id = ${sample.hex(24)}`,
    `{"user":"billing_svc","dbname":"orders","session_id":"5fa08363.da4","line_num":5}`,
    `INFO iot: attached certificate arn:aws:iot:us-east-1:361076067610:cert/${sample.hex(64)} to thing sensor-12`,
    `{"type":"service_account","private_key_id":"${sample.hex(40)}","client_email":"svc@demo.iam.gserviceaccount.com"}`,
    `Branch SDK initialized with key key_live_${sample.alnum(32)}; isReferrable=1`,
    `teams: posting card to https://acme.webhook.office.com/webhookb2/${sample.uuid()}@${sample.uuid()}/IncomingWebhook/***/***`,
  ]);
});

describe('what an incident bundle holds beside its secrets (round 49)', () => {
  keeps([
    `GET https://accounts.google.com/o/oauth2/v2/auth?client_id=114503680986-vbx9gjuyg.apps.googleusercontent.com&response_type=code&state=${sample.alnum(32)}&nonce=${sample.hex(32)}`,
    `< WWW-Authenticate: Digest realm="api@example.com", qop="auth", algorithm=SHA-256, nonce="${sample.hex(32)}", opaque="${sample.hex(32)}"`,
    'vault kv put secret/prod/api DB_PASSWORD=@db_password.txt',
    `MAPBOX_PUBLIC_TOKEN=pk.eyJ1IjoiYWNtZSIsImEiOiJ${sample.alnum(20)}In0.${sample.base64url(22)}`,
    'config: &{Addr:master.prod-cache.use1.cache.amazonaws.com:6379 Username:default Password: DB:0 MaxRetries:3 PoolSize:20}',
    `2024-03-14 11:22:36,661 botocore.auth [DEBUG] StringToSign:\\nAWS4-HMAC-SHA256\\n20240314T112236Z\\n20240314/us-west-2/sqs/aws4_request\\n${sample.hex(64)}`,
    `{"userIdentity":{"type":"WebIdentityUser","principalId":"repo:acme/api:ref:refs/heads/main"},"responseElements":{"subjectFromWebIdentityToken":"repo:acme/api:ref:refs/heads/main"}}`,
  ]);
  goes([(s) => `password=${s}`, (s) => `{"password":"${s}"}`], () => `@${sample.alnum(4)}.${sample.digits(4)}`);
});

describe('what stays beside the secrets of rounds 45 to 49 (their false positives)', () => {
  const fcmInstance = (): string => `${sample.base64url(11)}:APA91b${sample.base64url(134)}`;
  keeps([
    // Push notification addresses: a device token sends nothing without the app's own key.
    `{"level":40,"status":400,"reason":"Unregistered","device_token":"${sample.hex(64)}","apns_unique_id":"${sample.uuid()}","msg":"apns rejected"}`,
    `apn Sent 1 notification(s): { sent: [], failed: [ { device: '${sample.hex(64)}', status: '410', response: { reason: 'Unregistered' } } ] }`,
    `{"apns-id":"738B76F8-0692-40AE-BF17-110900A27DD3","status":200,"device":"${sample.hex(64)}","topic":"app.fooddash.courier"}`,
    `2025-01-30 01:43:58.161480+0000 Umbrella[5386:283859] [AppDelegate] didRegisterForRemoteNotificationsWithDeviceToken: ${sample.hex(64)}`,
    `08-17 23:31:31.064  19653  23828 D MyFirebaseMsgService: Refreshed token: ${fcmInstance()}`,
    `{"error":{"code":404,"status":"NOT_FOUND"},"registration_token":"${fcmInstance()}","msg":"fcm send failed"}`,
    `{"message":"\\"ExponentPushToken[${sample.base64url(22)}]\\" is not a registered push notification recipient","details":{"error":"DeviceNotRegistered","expoPushToken":"ExponentPushToken[${sample.base64url(22)}]"}}`,
    // Ids: a weak ETag's digest, a number under a session's id, a token's id, a key's id.
    `x-github-request-id: 11DE:D31F:7192094:6EDBAF4:D16AB7B8 x-ratelimit-remaining: 2590 etag: W/"${sample.hex(64)}"`,
    `{"api_key":"x","events":[{"event_type":"Session Start","device_id":"${sample.uuid()}","session_id":1717795022173}]}`,
    `{"data": {"sessionId": 20417283096180, "serverVersion": "8.26.0", "validityInSeconds": 3600}, "success": true}`,
    `{"token_id": "${sample.hex(64)}", "creation_time": 1716874978000, "comment": "airflow-ci"}`,
    // Descriptions of secrets: Microsoft Graph's application credentials, a JSON Schema's field.
    `{"appId":"${sample.uuid()}","keyCredentials":[{"customKeyIdentifier":"${sample.hex(40).toUpperCase()}","endDateTime":"2025-06-07T12:57:44Z","keyId":"${sample.uuid()}","type":"AsymmetricX509Cert","usage":"Verify"}],"passwordCredentials":[{"displayName":"rbac","endDateTime":"2025-01-09T04:21:45Z","hint":"X0Y","keyId":"${sample.uuid()}","secretText":null}]}`,
    '{"properties":{"password":{"type":"string","minLength":12,"writeOnly":true},"api_key":{"type":"string","readOnly":true,"pattern":"^pw_live_[A-Za-z0-9]{32}$"}}}',
    // Code and references where a value would be.
    '  secretKeys: {adminPasswordKey: postgres-password, userPasswordKey: password}',
    '  client_secret = sensitive(jsondecode(data.aws_secretsmanager_secret_version.sp.secret_string)["client_secret"])',
    '    pg_password = dbutils.secrets.get(scope="etl", key="pg-password")',
    '{"method":"/pulumirpc.ResourceProvider/Create","request":{"urn":"urn:pulumi:prod::infra::random:index/randomPassword:RandomPassword::db","properties":{"length":32}}}',
    'x-api-key: AQE…(redacted)',
    'snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: xy12345.us-east-1.snowflakecomputing.com:443. Incorrect username or password was specified.',
  ]);
  goes(
    [
      (s) => `{"passwordCredentials":[{"displayName":"rbac","endDateTime":"2025-01-09T04:21:45Z","hint":"${s.slice(0, 3)}","keyId":"${sample.uuid()}","secretText":"${s}"}]}`,
      (s) => `{"apiKeys":[{"name":"ci","key":"${s}"}]}`,
    ],
    () => `${sample.alnum(3)}8Q~${sample.base64url(34)}`,
  );
  goes([(s) => `Authorization: key=${s}`], () => `AAAA${sample.base64url(7)}:APA91b${sample.base64url(134)}`);
  goes([(s) => `K3S_TOKEN=${s}`], () => `K10${sample.hex(64)}::server:${sample.hex(32)}`);
  goes([(s) => `username admin password 0 ${s}`], () => sample.password());
});

describe('passwords the tools of round 47 take as arguments', () => {
  goes(
    [
      (s) => `ALTER LOGIN [app_reader] WITH PASSWORD = N'${s}'`,
      (s) => `[ioredis] -> hello([ '3', 'AUTH', 'default', '${s}' ])`,
      (s) => `client.username_pw_set("gateway", "${s}")`,
      (s) => `cbq -e couchbase://cb1 -u Administrator -p ${s} -s "SELECT 1"`,
      (s) => `rpk security user create app -p '${s}' --mechanism SCRAM-SHA-256`,
      (s) => `mkstore -wrl /u01/wallet -createCredential orcl_prod app_user ${s}`,
      (s) => `emqx ctl admins passwd admin ${s}`,
    ],
    () => sample.password(),
  );
});

describe('what the JVM stack of round 50 says about its secrets', () => {
  goes(
    [
      (s) => `Failed to bind properties under 'app.jwt.secret' to byte[]:     Property: app.jwt.secret     Value: "${s}"     Origin: System Environment Property "APP_JWT_SECRET"`,
      (s) => `DEBUG [io.quarkus.config] (Quarkus Main Thread) Configuration property 'quarkus.redis.password' has value '${s}' from source 'EnvConfigSource'`,
      (s) => `DEBUG io.micronaut.context.env.DefaultEnvironment - Resolved property [micronaut.security.token.jwt.signatures.secret.generator.secret] to value [${s}]`,
      (s) => `WARNING [main] org.apache.tomcat.util.digester.SetPropertiesRule.begin Match [Server/Service/Connector] failed to set property [certificateKeystorePassword] to [${s}]`,
      (s) => `SLF4JQueryLoggingListener : Name:dataSource, Connection:8, Time:1, Success:True, Type:Prepared, Batch:False, QuerySize:1, BatchSize:0, Query:["update app_user set password=?, password_changed_at=? where id=?"], Params:[(${s},2024-06-26 11:37:11.091,67792)]`,
    ],
    () => sample.password(),
  );
  goes(
    [
      (s) => `o.s.s.o.j.NimbusJwtDecoder : Creating HS512 decoder withSecretKey(SecretKeySpec[algorithm=HmacSHA512, key=${s}])`,
      (s) => `203.0.113.9 - - [19/Nov/2024:17:41:46 +0100] "GET /portal/home HTTP/1.1" 200 3420 "theme=dark; remember-me=${s}; _ga=GA1.2.729553514.1724546283"`,
    ],
    () => sample.base64(88),
  );
  goes(
    [
      (s) => `org.acme.github.WebhookVerifier : Computing HmacSHA256 over payload with key '${s}'`,
      (s) => `o.s.web.client.RestTemplate : HTTP GET https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=${s}`,
    ],
    () => sample.hex(32),
  );
  goes([(s) => `  <master>{${s}}</master>`], () => `${sample.base64(43)}=`);
  // datasource-proxy prints its values bare: a comma in the password splits it, and all of it goes.
  goes(
    [(s) => `SLF4JQueryLoggingListener : Query:["update app_user set password=?, password_changed_at=? where id=?"], Params:[(${s},2024-06-26 11:37:11.091,67792)]`],
    () => `${sample.alnum(6)},${sample.alnum(6)}!${sample.digits(2)}`,
  );
  keeps([
    `      <sha256 value="${sample.hex(64)}" origin="Generated by Gradle"/>`,
    "DEBUG io.micronaut.context.env.DefaultEnvironment - Resolved property [datasources.default.password] to value [*****]",
    'SLF4JQueryLoggingListener : Query:["update app_user set last_login_at=? where id=?"], Params:[(2024-06-26 11:37:11.091,67792)]',
  ]);
});

describe('what identity and edge services of rounds 51 and 52 print of their secrets', () => {
  goes(
    [
      (s) => `Sep 13 23:11:01 slapd[5684]: config: olcRootPW: ${s} (olcDatabase={1}mdb,cn=config)`,
      (s) => `/etc/nslcd.conf:22:bindpw ${s}`,
      (s) => `DEBUG [LdapContextFactory] Creating InitialDirContext with env {java.naming.provider.url=ldaps://ad.example.com:636, java.naming.security.credentials=${s}, java.naming.referral=follow}`,
      (s) => `DEBUG:ldap3:PROTOCOL:BIND request <{'version': 3, 'name': 'cn=svc,dc=example,dc=io', 'authentication': {'simple': '${s}', 'sasl': None}}>`,
      (s) => `INFO scim: PATCH /Users/42 {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"password","value":"${s}"}]}`,
    ],
    () => sample.password(),
  );
  goes(
    [
      (s) => `time="2025-05-03T08:18:45.457Z" level=debug msg="Configuration key jwt_secret set from file" value="${s}"`,
      (s) => `level=debug msg="Configuration key identity_providers.oidc.hmac_secret set from file" value="${s}"`,
      (s) => `10.0.0.7 - - [25/May/2024:02:34:30 +0000] "GET /api/user HTTP/1.1" 200 - hdr_authorization="${s}"`,
      (s) => `curl -sS -H 'x-vercel-protection-bypass: ${s}' https://app-git-main-acme.vercel.app/api/health`,
      (s) => `✘ [ERROR] A request to the Cloudflare API (/memberships) failed. Authentication error [code: 10000] (token used: ${s})`,
      (s) => `zitadel: created personal access token for machine user terraform: ${s} (expires 2024-08-06)`,
      (s) => `loader request.headers.get("Cookie") => "_gcl_au=1.1.2891562021.1733979334; .AspNetCore.Cookies=${s}"`,
      (s) => `"cookies": [{"name":"wordpress_logged_in_${'6b613d36c4ec38ef718547378f19af5e'}","value":"${s}","path":"/"}]`,
      (s) => `"theme=dark; SimpleSAMLAuthToken=${s}"`,
      (s) => `[scraper] reusing cf_clearance=${s}`,
    ],
    () => sample.base64url(40).replace(/^[-_]/, 'a'),
  );
  goes([(s) => `   9 05/10/2025 09:01:49 HTTP/web.example.com@EXAMPLE.COM (aes256-cts-hmac-sha1-96)  (${s})`], () => `0x${sample.hex(64)}`);
  goes([(s) => `Started GET "/users/password/edit?reset_password_token=${s}" for 203.0.113.29`], () => sample.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-', 20));
  goes([(s) => `INSERT INTO credential (id, salt, type, user_id, secret_data, credential_data, priority) VALUES (1, NULL, 'otp', '42', '${s}', '{"subType":"totp"}', 20);`], () => `{"value":"${sample.alnum(20)}"}`);
});

describe('what stays beside the secrets of round 53 (its false positives)', () => {
  keeps([
    `${sample.hex(64)}: Pull complete Digest: sha256:${sample.hex(64)} Status: Downloaded newer image for orders:latest`,
    `${sample.hex(64)}: Already exists`,
    'config :my_app, MyAppWeb.Endpoint, secret_key_base: System.fetch_env!("SECRET_KEY_BASE")',
  ]);
  goes([(s) => `secret_key_base: "${s}"`], () => sample.base64(64));
  goes([(s) => `  key ........................................................ ${s}`], () => `base64:${sample.base64(43)}=`);
  keeps(['  cipher ..................................................... AES-256-CBC']);
});

describe('what stays beside the secrets of rounds 51 and 52 (their false positives)', () => {
  keeps([
    // A dashboard's masked key, an Argo CD reference to argocd-secret, a Helm chart's Secret's key.
    '[env] CLERK_SECRET_KEY=sk_test_••••••••••••••••',
    '  oidc.config: | name: Okta | issuer: https://acme.okta.com | clientID: 0oaHwTQJO0RjzUvxMsMI | clientSecret: $oidc.okta.clientSecret',
    'auth: { adminUser: admin, existingSecret: keycloak-admin, passwordSecretKey: admin-password }',
  ]);
  goes([(s) => `CLERK_SECRET_KEY=${s}`], () => `sk_test_${sample.alnum(40)}`);
});

describe('a session cookie whose name opens with a dot (round 51)', () => {
  it('is read after a space, and no bare `=` is read as one when no name in the vocabulary has a dot', () => {
    const sessionCookie = (names: readonly string[]) => {
      const rule = catalog({ ...defaultVocabulary, sessionCookieNames: names }).find((r) => r.id === 'session-cookie');
      return new RE2(rule?.regex ?? '^$');
    };
    const value = sample.base64url(32);
    expect(sessionCookie(defaultVocabulary.sessionCookieNames).test(`x => "_ga=1; .AspNetCore.Cookies=${value}"`)).toBe(true);
    expect(sessionCookie(['sid']).test(`x =${value}`)).toBe(false);
    expect(sessionCookie(['sid']).test(`sid=${value}`)).toBe(true);
  });
});
