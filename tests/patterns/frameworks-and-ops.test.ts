/**
 * Rounds 58 to 60 (web frameworks; CI and infrastructure tools; data stores and clients; blind):
 * the classes they showed, each with the look-alikes beside it that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5860);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);
const bytes = (n: number): string => Array.from({ length: n }, () => Number.parseInt(sample.hex(2), 16)).join(', ');

describe('what web frameworks sign, store and print under their own names', () => {
  goes([(s) => ` * Debugger PIN: ${s}`, (s) => `web-1  | INFO werkzeug:  * Debugger PIN: ${s}`], () => `${sample.digits(3)}-${sample.digits(3)}-${sample.digits(3)}`);
  goes(
    [(s) => `[debug] Issued user socket token ${s} for user_id=91`, (s) => `req_headers: [{"cookie", "_shop_key=${s}"}]`],
    () => `SFMyNTY.${sample.base64url(80)}.${sample.base64url(43)}`,
  );
  goes([(s) => `BadSignature: Signature does not match while loading session cookie '${s}'`, (s) => `Set-Cookie session=${s}; HttpOnly`], () => `eyJ${sample.base64url(40)}.${sample.base64url(6)}.${sample.base64url(27)}`);
  goes([(s) => `session_start(): Failed to read session data: files (path: /var/lib/php/sessions) sess_${s} in x.php`, (s) => `unlink(/var/lib/php/sessions/sess_${s}): No such file`], () => sample.from('abcdefghijklmnopqrstuv0123456789', 26));
  goes(
    [(s) => `<28 get :1:django.contrib.sessions.cache${s}`, (s) => `<31 set memc.sess.key.${s} 0 1440 218`],
    () => sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 32),
  );
  goes([(s) => `[Parameters=[@p3='jane@example.com' (Size = 256), @p4='${s}' (Size = 4000)]`], () => `AQAAAAEAACcQAAAAE${sample.base64(67)}==`);
  goes(
    [
      (s) => `o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${s}]  (api_token)`,
      (s) => `org.hibernate.orm.jdbc.bind : binding parameter (3:VARCHAR) <- [${s}] for column users.plain_password`,
    ],
    () => sample.alnum(20),
  );
  goes([(s) => `<masterKey p4:requiresEncryption="true"><!-- Warning: the key below is in an unencrypted form. --><value>${s}</value></masterKey>`], () => `${sample.base64(86)}==`);
  goes([(s) => `INSERT INTO "users_tokens" ("context","token") VALUES ($1,$2) ["session", <<${s}>>]`], () => bytes(32));
  
  goes([(s) => `TokenBasedRememberMeServices  : Remember-me cookie detected: ${s}`], () => sample.base64(120));
  goes([(s) => `[GIN-debug] cookie session-name=${s}`, (s) => `{"message":"session cookie _app_sess=${s}"}`], () => `MTcx${sample.base64url(120)}`);
  goes(
    [(s) => `mail Sending password reset email context={'uid': 'Mjk', 'token': '${s}', 'protocol': 'https'}`, (s) => `"GET /accounts/password/reset/key/3-${s}/ HTTP/1.1" 200 4120`],
    () => `${sample.from('0123456789abcdefghijklmnopqrstuvwxyz', 6)}-${sample.hex(20)}`,
  );
  goes([(s) => `Sent login link for tom@example.com: https://shop.example.com/users/log_in/${s}`, (s) => `"GET /users/log-in/${s} HTTP/1.1" 200`], () => sample.alnum(32));
  goes([(s) => `request.DEBUG: Session started {"name":"PHPSESSID","id":"${s}"} []`, (s) => `{\\"name\\":\\"ASP.NET_SessionId\\",\\"id\\":\\"${s}\\"}`], () => sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 32));
  goes(
    [(s) => `[debug]   Parameters: %{"code" => "${s}", "provider" => "auth0", "state" => "zA1EXHCUtpzf"}`, (s) => `Parameters: {"code"=>"${s}", "state"=>"x1"}`],
    () => sample.base64url(43),
  );
  goes(
    [(s) => `django.core.exceptions.ImproperlyConfigured: SECRET_KEY must be 50 characters when SECRET_KEY_FALLBACKS=['${s}'] is in use`, (s) => `{"key":"[REDACTED]","previous_keys":["${s}"]}`, (s) => `APP_PREVIOUS_KEYS=${s}`],
    () => `base64:${sample.base64(43)}=`,
  );
  keeps(['SECRET_KEY_FALLBACKS = []', '{"previous_keys":[]}', '[cache_key] => base64:BbFqhA6TvZcpIaTPfTIHlq5RvLde3iAq6o1camY0ct0=']);
  keeps([
    'GET /login/ 200',
    'GET /users/log_in/new 200',
    '{"name":"PHPSESSID","id":""}',
    'Parameters: {"code"=>"USD", "amount"=>"10"}',
    ' * Debugger is active!',
    'sess_gc_maxlifetime = 1440',
    '"GET" "sess:count"',
    '[<<20, 50, 82, 11, 99, 1, 72, 3, 181, 22, 4, 7, 0, 9, 210, 8>>]',
    'binding parameter [1] as [VARCHAR] - [jane@example.com]  (email)',
    'src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"',
    'session=closed',
    'password: [set]  api_key: [not set]  smtp_password: [set]',
    'DEBUG django_auth_ldap binding as cn=readonly,dc=example,dc=org password= (anonymous bind)',
    `Stored blob ${sample.hex(64)} (size 20481 bytes) in cache`,
    `DEBUG redis: "DEL" "session:2::${sample.hex(64)}"`,
    `rack-session: session id stored as 2::${sample.hex(64)} (hashed)`,
    '<masterKey p4:requiresEncryption="true"><encryptedSecret/></masterKey>',
  ]);
});

describe('what infrastructure tools and clients print under names of their own', () => {
  goes([(s) => `{"storage_primary_key":{"sensitive":true,"type":"string","value":"${s}"}}`], () => sample.base64(64));
  goes([(s) => `+ echo '${s}' > .vault_pass && ansible-playbook --vault-password-file .vault_pass deploy.yml`, (s) => `printf '%s' ${s} | sudo tee /run/secrets/db_password`], () => sample.alnum(28));
  goes([(s) => `+ crictl pull --creds puller:${s} registry.acme.io/base/ubuntu:22.04`, (s) => `skopeo copy --src-creds ci:${s} docker://a docker://b`], () => sample.alnum(18));
  goes([(s) => `+ vault operator unseal ${s}`, (s) => `{"unseal_keys_b64":["${s}"],"unseal_shares":1}`], () => sample.base64(44));
  goes([(s) => `encrypt = "${s}"`, (s) => `+ nomad agent -server -encrypt=${s} -config=/etc/nomad.d`, (s) => `{"encrypt": "${s}"}`], () => `${sample.base64(43)}=`);
  goes([(s) => `{"msg":"redis command","cmd":"auth default ${s}: OK"}`], () => sample.alnum(26));
  goes([(s) => `c.c.c.Cluster : Cluster.connect("couchbases://cb.acme.internal", "app_rw", "${s}")`], () => `${sample.alnum(8)}.${sample.alnum(6)}`);
  goes([(s) => `nats-server[1]: starting with args -js -sd /data --auth ${s}`], () => sample.alnum(40));
  goes([(s) => `[init] rendered redis.conf -> masterauth "${s}" ; replica-announce-ip 10.0.7.4`], () => sample.alnum(22));
  goes([(s) => `pg-backup[88]: writing /root/.pgpass entry db-backup.internal:5432:*:backup:${s}`], () => `${sample.alnum(10)}..${sample.alnum(8)}`);
  goes([(s) => `  network_key: [${s}]`, (s) => `secret_key = bytes([${s}])`, (s) => `secretKey: Uint8Array(16) [ ${s} ]`], () => bytes(16));
  goes([(s) => `sessionKey: <Buffer ${s}>`], () => Array.from({ length: 16 }, () => sample.hex(2)).join(' '));
  keeps([
    '{"bucket":{"sensitive":false,"type":"string","value":"logs-eu-1"}}',
    '+ echo "$VAULT_PASS" > .vault_pass',
    'echo done > /tmp/token.log',
    'skopeo copy --src-creds "$SRC_USER:$SRC_PASS" docker://a docker://b',
    '{"unseal_keys_b64":[],"unseal_shares":1}',
    'encrypt = true',
    'auth default user disabled',
    'kubectl config set-credentials --auth-provider=oidc',
    'retry_key: [1, 2]',
    'publicKey: [154, 22, 7, 201, 88, 3, 190, 45, 61, 240, 17, 92, 133, 9, 250, 76]',
    '{"level":20,"session":{"id":"offline_acme-store.myshopify.com","shop":"acme-store.myshopify.com"}}',
  ]);
});

describe('a Vault table row, an age key in base64', () => {
  goes([(s) => `admin_pw            ${s}`, (s) => `db_pw    ${s}`], () => sample.alnum(20));
  goes([(s) => `  age.agekey: ${s}`], () => Buffer.from(`AGE-SECRET-KEY-1${sample.from('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}\n`).toString('base64'));
  keeps(['show_pw false', 'set_pw 12 chars']);
});

describe('what app stores, build pipelines and mobile SDKs hand out (round 61)', () => {
  goes(
    [(s) => `GET https://androidpublisher.googleapis.com/androidpublisher/v3/applications/io.acme.app/purchases/subscriptionsv2/tokens/${s}`, (s) => `{"purchaseToken":"${s}"}`],
    () => `${sample.from('abcdefghijklmnopqrstuvwxyz', 24)}.AO-J1O${sample.base64url(120)}`,
  );
  goes([(s) => `env: ANDROID_KEYSTORE_BASE64=${s} ANDROID_KEY_ALIAS=upload`, (s) => `  SIGNING_KEY_B64: "${s}"`], () => `MIIK${sample.base64(120)}`);
  goes([(s) => `PKCE generated verifier=${s} challenge=Z0CMhpuwHCIuk433Ouja4zrY7xq-8lCvN1-6JbZxUHs method=S256`], () => sample.base64url(43));
  goes([(s) => `flutter: Appwrite client headers: {X-Appwrite-Project: rg5r9766pei3g2j7k9i4, X-Appwrite-Key: ${s}}`], () => `standard_${sample.hex(256)}`);
  goes([(s) => `{"body":"Your Northwind code is ${s}. It expires in 10 minutes."}`, (s) => `sms: Your Acme Bank code is ${s}`], () => sample.digits(6));
  goes(
    [(s) => `[graphql] operation=VerifyPhone variables={"phone":"+14156980568","code":"${s}"} duration_ms=31`, (s) => `local.INFO: OTP generated {"user_id":331,"code":"${s}","channel":"mail"}`],
    () => sample.digits(6),
  );
  goes([(s) => `[DeepLink] kitecoffee://team/join?invite=${s}&org=334`], () => sample.base64url(32));
  goes([(s) => `D MMKV: initialize id=auth-storage mode=MULTI_PROCESS cryptKey=${s}`], () => sample.hex(32));
  keeps([
    'Your order code is 4411 for pickup',
    '{"error":{"code":"500123","message":"verify failed"}}',
    'IOS_CERTIFICATE_BASE64=MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ',
    'PKCE challenge=Z0CMhpuwHCIuk433Ouja4zrY7xq-8lCvN1-6JbZxUHs method=S256',
    'GET /join?invite=&org=334',
  ]);
});
