import { describe, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Session 39's classes from blind rounds 84 (infrastructure as code), 85 (Google Cloud and Azure),
 * 86 (backup, storage and media servers), 87 (B2B SaaS integrations), 88 (Linux hosts) and 89 (web
 * frameworks): what those tools print with a secret in it, beside the references, masks and ids
 * they print where there is none. Values come from a sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120539);
const pw = `${s.alnum(6)}!${s.alnum(5)}7`;
const uuid = s.uuid();
const hex32 = s.hex(32);
const token24 = s.alnum(24);
const b2Key = `K005${s.alnum(27)}`;
const tunnel = Buffer.from(JSON.stringify({ a: s.hex(32), t: s.uuid(), s: s.base64(44) })).toString('base64');
const youtube = Array.from({ length: 5 }, () => s.from('abcdefghijklmnopqrstuvwxyz0123456789', 4)).join('-');
const mysqlOld = `*${s.from('0123456789ABCDEF', 40)}`;
const mysqlNew = `*${s.from('0123456789ABCDEF', 40)}`;
const ceph = `AQB${s.base64(35)}==`;
const azureKey = `${s.base64(43)}=`;

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('hypervisors, tunnels, swarms and object stores (rounds 84, 86, 88)', () => {
  it.each([
    [`2024-01-20T23:04:17Z [DEBUG] provider.terraform-provider-proxmox: GET /api2/json/nodes HTTP/1.1 Authorization: PVEAPIToken=terraform@pve!tf=${uuid}`, uuid],
    [`curl -H 'Authorization: PBSAPIToken=root@pam!monitoring:${uuid}' https://pbs:8007/api2/json/status`, uuid],
    [`Running command ['/bin/sh', '-c', 'cloudflared service install ${tunnel}']`, tunnel],
    [`docker swarm unlock-key: SWMKEY-1-${token24}${s.alnum(19)}`, `SWMKEY-1-${token24}`],
    [`"Env": ["RCLONE_CONFIG_B2_ACCOUNT=005${s.hex(9)}0000000201", "RCLONE_CONFIG_B2_KEY=${b2Key}"]`, b2Key],
    [`  201  b2 account authorize 005${s.hex(9)}0000000984 ${b2Key}`, b2Key],
    [`  userKey: ${ceph}`, ceph],
    [`MC_HOST_backup=https://${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}:${pw}@s3.lan:9000`, pw],
  ])('%s', (line, secret) => goes(line, secret));
});

describe('stream keys, media servers and their clients (round 86)', () => {
  it.each([
    [`Output #0, flv, to 'rtmp://a.rtmp.youtube.com/live2/${youtube}':`, youtube],
    [`rtmp://ingest.example.net/live/app2/${s.alnum(12)}Q7x${s.alnum(8)}`, 'rtmp-last'],
    [`GET /rest/ping?u=alice&p=${pw}&v=1.16.1&c=feishin`, pw],
    [`[restreamer] starting egress to rtmps://live-api-s.facebook.com:443/rtmp/FB-${s.from('0123456789', 16)}-0-${s.alnum(40)} (profile=720p30)`, 'FB-'],
    [`[obs-websocket] [WebSocketServer::Start] Connect info: obsws://192.168.1.10:4455/${token24}`, token24],
    [`msg="HTTP: GET http://music.lan/rest/stream.view?u=alice&t=${hex32}&s=pdl7ow&v=1.16.1&c=DSub&id=al-81"`, hex32],
    [`"GET /rest/ping.view?u=bob&p=enc:${Buffer.from(pw).toString('hex')}&v=1.13.0&c=Ultrasonic HTTP/1.1" 200 78`, Buffer.from(pw).toString('hex')],
    [`<User>backup</User><Pass encoding="base64">${Buffer.from(pw).toString('base64')}</Pass><Logontype>1</Logontype>`, Buffer.from(pw).toString('base64')],
    [`<Property><Name>secureTokenSharedSecret</Name><Value>${s.hex(16)}</Value><Type>String</Type></Property>`, '</Value>'],
    [`    <setting id="services.webserverpassword">${pw}</setting>`, pw],
    [`SONARR_API_KEY=${hex32}`, hex32],
  ])('%s', (line, secret) => {
    if (secret === 'rtmp-last') goes(line, line.slice(line.lastIndexOf('/') + 1));
    else if (secret === '</Value>') goes(line, line.slice(line.indexOf('<Value>') + 7, line.indexOf('</Value>')));
    else if (secret === 'FB-') goes(line, line.slice(line.indexOf('FB-'), line.indexOf(' (profile')));
    else goes(line, secret);
  });
});

describe('Linux hosts: passwords piped, typed as a user, set by installers and Samba (round 88)', () => {
  it.each([
    [`(echo '${pw}'; echo '${pw}') | smbpasswd -s -a alice`],
    [`echo '${pw}' | openconnect --user=jdoe --passwd-on-stdin vpn.example.com`],
    [`echo -n '${pw}' | cryptsetup luksOpen /dev/sdb1 data -d -`],
    [`echo ${pw} | sudo passwd --stdin svc_app`],
    [`Dec  4 03:12:44 bastion01 sshd[21877]: Failed password for invalid user ${pw} from 10.20.4.17 port 51234 ssh2`],
    [`2023-12-04T08:41:02.118842+00:00 web-07 sshd[1193]: Invalid user ${pw} from 192.168.10.55 port 40022`],
    [`Dec  4 09:15:30 jump2 sshd[3302]: input_userauth_request: invalid user ${pw} [preauth]`],
    [JSON.stringify({ msg: `sshd[1]: Invalid user ${pw}` })],
    [JSON.stringify({ msg: `d-i passwd/root-password password ${pw}` })],
    [`d-i partman-crypto/passphrase password ${pw}`],
    [JSON.stringify({ cmd: `echo "${pw}" | smbpasswd -s -a alice` })],
    [`echo -n "${pw}" | cryptsetup -q luksFormat /dev/sdb1 -`],
    [`echo '${pw}' | sudo -u root /usr/bin/smbpasswd -sa alice`],
    [`samba-tool user create bob '${pw}' --given-name=Bob`],
    [`d-i passwd/root-password-again password ${pw}`],
    [`rootpw --plaintext ${pw}`],
    [`net rpc user password bob '${pw}' -S dc01`],
    [`smbpasswd -w ${pw}`],
    [`node.session.auth.password_in = ${pw}`],
    [`iscsiadm -m node -T iqn.2023-12.com.example:lun1 --op update -n node.session.auth.password -v ${pw}`],
  ])('%s', (line) => goes(line, pw));

  it.each([
    [`: 1701709272:0;sudo pro attach ${token24}`, token24],
    [`Running command ['/bin/sh', '-c', 'pro attach ${token24} --no-auto-enable']`, token24],
    [`canonical-livepatch enable ${hex32}`, hex32],
    [`SUSEConnect -r ${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 14)} -e it-ops@example.com`, 'SUSEConnect -r '],
  ])('%s', (line, secret) => goes(line, secret === 'SUSEConnect -r ' ? line.slice(15, 29) : secret));

  it.each([
    'Dec  4 03:12:44 bastion01 sshd[21877]: Failed password for invalid user admin from 10.20.4.17 port 51234 ssh2',
    'Dec  4 03:12:44 bastion01 sshd[21877]: Invalid user ada.lovelace from 10.20.4.17 port 51234',
    'Dec  4 03:12:44 bastion01 sshd[21877]: Invalid user JSmith from 10.20.4.17 port 51234',
    'Dec  4 03:12:44 bastion01 sshd[21877]: Invalid user ADMIN1 from 10.20.4.17 port 51234',
    'Dec  4 03:12:44 bastion01 sshd[21877]: Invalid user Admin123 from 10.20.4.17 port 51234',
    'Dec  4 03:12:44 bastion01 sshd[21877]: Invalid user svc_Backup01 from 10.20.4.17 port 51234',
    '#d-i passwd/user-password-crypted password [crypt(3) hash]',
    '/etc/pam.d/common-password:password\t[success=1 default=ignore]\tpam_unix.so obscure yescrypt',
    '\tpsk=ext:wifi_office_psk',
    "[2024/11/18 10:00:01.000000,  3] ../../source3/auth/auth.c:344(auth_check_ntlm_password) check_ntlm_password:  Authentication for user [svc_backup] -> [svc_backup] FAILED with error NT_STATUS_WRONG_PASSWORD",
    'echo "$PW" | passwd --stdin app',
    'net rpc user password bob -U admin',
  ])('keeps %s', (line) => keeps(line));
});

describe('infrastructure as code (round 84)', () => {
  it.each([
    [`Notice: /Stage[main]/Mysql::Server::Root_password/Mysql_user[root@localhost]/password_hash: password_hash changed '${mysqlOld}' to '${mysqlNew}'`, [mysqlOld, mysqlNew]],
    [`Notice: /Stage[main]/Profile::Users/User[deploy]/password: changed '${pw}' to '${pw}x'`, [pw]],
    [`GOVC_URL='https://administrator@vsphere.local:${pw}@vcsa.acme.internal/sdk'`, [pw]],
    [`smtp://me@example.com:${pw}@smtp.example.com:587`, [pw]],
    [`  Initial credentials are admin / ${pw}`, [pw]],
    [`  Initial credentials are "admin" / "${pw}"`, [pw]],
    [`Smtp:Password -> ${pw}`, [pw]],
    [`curl -k -H "X-Authentication: ${s.base64url(43)}" https://pe-console:4433/rbac-api/v1/users/current`, ['X-Authentication: ']],
    [`    +requirepass ${token24}`, [token24]],
  ])('%s', (line, secrets) => {
    if (secrets[0] === 'X-Authentication: ') goes(line, line.slice(line.indexOf(': ') + 2, line.indexOf('" https')));
    else goes(line, ...secrets);
  });

  it.each([
    '{"credential_type": 1, "inputs": {"username": "deploy", "password": "$encrypted$", "ssh_key_data": "$encrypted$"}}',
    `{"passwd":{"users":[{"name":"core","sshAuthorizedKeys":["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${s.base64(43)} core@fcos"]}]},"ignition":{"version":"3.4.0"}}`,
    'GET https://ops@example.com:8443/path/x@y 200',
    'Credentials / System / Global credentials (unrestricted)',
    'Credentials are invalid / 401 returned',
  ])('keeps %s', (line) => keeps(line));
});

describe('VPN and remote access (round 90)', () => {
  const cookie = `${s.from('0123456789ABCDEF', 6)}@${s.from('0123456789', 5)}@${s.from('0123456789ABCDEF', 4)}@${s.from('0123456789ABCDEF', 40)}`;
  it.each([
    [`root  4471  0.0  0.1  24520  9812 ?  Ss  13:12  0:00 openconnect --cookie=${cookie} --servercert pin-sha256:x vpn.corp.example`, cookie],
    [`pre-shared-key address 52.1.2.3 key ${token24}`, token24],
    [`  pre-shared-key local ${pw}`, pw],
    [`curl -s -H "X-ZT1-Auth: ${token24}" http://localhost:9993/status`, token24],
    [`POST https://gw1.corp.example/ssl-vpn/getconfig.esp client-type=1&protocol-version=p1&authcookie=${hex32}&portal=GP-Gateway&user=alice`, hex32],
  ])('%s', (line, secret) => goes(line, secret));

  it.each(['openconnect --cookie-on-stdin vpn.corp.example', 'crypto ikev2 profile P1 authentication local pre-shared-key'])('keeps %s', (line) => keeps(line));
});

describe('Google Cloud and Azure (round 85)', () => {
  it.each([
    [`PrimaryKey    ${azureKey}`, azureKey],
    [`Key1    ${hex32}`, hex32],
    [`Key1 : ${hex32}`, hex32],
    [`{ FUNCTIONS_WORKER_RUNTIME: 'node', COSMOS_KEY: '${s.base64(86)}==', WEBSITE_SITE_NAME: 'func-cart' }`, 'COSMOS_KEY'],
  ])('%s', (line, secret) => goes(line, secret === 'COSMOS_KEY' ? line.slice(line.indexOf("KEY: '") + 6, line.indexOf("==', ") + 2) : secret));

  it.each([
    'gcloud run deploy checkout-api --image=europe-docker.pkg.dev/shop/apps/checkout:1.14.2 --set-secrets=DB_PASSWORD=db-password:latest,STRIPE_KEY=stripe-key:7 --region=us-west1',
    "gcloud functions deploy sendMail --gen2 --set-secrets 'SENDGRID_API_KEY=projects/517954241973/secrets/sendgrid-api-key/versions/2'",
    'Step #3 - "migrate": + flyway -url=jdbc:postgresql://10.2.1.4:5432/app -user=flyway -password=$$FLYWAY_PASSWORD migrate',
    '  "permissions": { "certificates": [], "keys": [], "secrets": ["get", "list"], "storage": null }',
    'az containerapp secret set -n ca-mailer -g rg-apps --secrets smtp-pass=keyvaultref:https://kv-apps.vault.azure.net/secrets/smtp-pass,identityref:/subscriptions/x',
    '2025-04-19T03:48:05.062Z ca-api-gw Jwt__SigningKey=secretref:jwt-signing-key',
    '      <network host="smtp.office365.com" port="587" userName="noreply@contoso.com" password="__SMTP_PASSWORD__" enableSsl="true" />',
    "GPG_PW='_GPG_PASSWORD_'",
    `docker run -d --name web-shop_0 -e WEBSITE_SITE_NAME=web-shop -e WEBSITE_INSTANCE_ID=${s.hex(64)} crprod.azurecr.io/shop:2.8.1`,
    'Key1    Enabled',
    'PrimaryKey    PK_Orders_2024',
    "from 'rtmp://192.168.1.50:1935/live/livestream_720p'",
    'rtmp://media.lan/vod/mp4:sample_1280x720.mp4',
    'GET /list.view?p=page2of10&t=dark-mode',
  ])('keeps %s', (line) => keeps(line));

  // Placeholders are judged in capitals only: a password of the same shape in mixed case goes.
  it.each([
    [`DB_PASSWORD=_${s.alnum(4)}_${s.alnum(5)}x_`],
    [`password=$$${s.alnum(4)}a${s.alnum(5)}`],
    [`{"token":"OAuth2AccessToken(tokenValue=${s.alnum(24)}, issuedAt=2024-01-01)"}`],
  ])('%s', (line) => goes(line, line.includes('tokenValue') ? line.slice(10, -2) : line.slice(line.indexOf('=') + 1)));
});

describe('SaaS integrations and web frameworks (rounds 87, 89, 82, 80, 79, 73)', () => {
  it.each([
    '{"parameters":{"authentication":"predefinedCredentialType"},"credentials":{"slackApi":{"id":"8","name":"Slack account"}}}',
    '  "headers": { "X-API-KEY": "={{ $credentials.apiKey }}" },',
    `(X-DocuSign-TraceToken: ${uuid})`,
    `PUSHER_APP_ID=1722311 PUSHER_APP_KEY=${s.hex(20)} PUSHER_APP_CLUSTER=eu`,
    "SECRET_KEY\t'********************'",
    '{"token":{"Symfony\\\\Component\\\\Security\\\\Http\\\\Authenticator\\\\Token\\\\PostAuthenticationToken":"PostAuthenticationToken(user=\\"lena@example.com\\", authenticated=true)"}}',
    '[20:35.026] DEBUG (app/23637): resolved config app { appKey: [Secret: [redacted]], http: { generateRequestId: true } }',
    '<![LOG[Using from [Default]: AdminPassword = (hidden)]LOG]!><time="08:14:21.000+000" date="03-11-2024" component="ZTIGather">',
    `validationToken=Validation:%20Testing%20client%20application%20reachability%20for%20subscription%20Request-Id:%20${uuid}`,
  ])('keeps %s', (line) => keeps(line));

  it.each([
    [`{"credentials":{"db":{"name":"prod","password":"${pw}"}}}`, pw],
    [`│ DB_PASSWORD                │ ${pw}                       │`, pw],
  ])('%s', (line, secret) => goes(line, secret));
});

/**
 * Session 40's classes, from rounds 86 (storage and media), 88 (Linux hosts), 91 (monitoring) and
 * 92 (healthcare and government): a store's access key id under its name, a Plex claim, an IVS
 * stream key, SNMP communities as settings, lists of recovery codes, disks' recovery keys.
 */
describe('access key ids, claims, communities and recovery keys (session 40)', () => {
  const s40 = createSampler(2026120540);
  const upper20 = `${s40.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5)}4${s40.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 14)}`;
  const b2Id = `005${s40.hex(12)}0000000217`;
  const garage = `GK${s40.hex(24)}`;
  const community = `${s40.alnum(4)}-r0-${s40.from('0123456789', 4)}`;
  const group = (n: number, alphabet: string): string => s40.from(alphabet, n);
  const bitlocker = Array.from({ length: 8 }, () => String(Number(s40.from('0123456789', 4)) * 11 + 11).padStart(6, '0')).join('-');
  const modhex = Array.from({ length: 8 }, () => group(8, 'cbdefghijklnrtuv')).join('-');
  const codes = Array.from({ length: 3 }, () => `${group(4, 'abcdefghijklmnopqrstuvwxyz')}7-${group(5, 'abcdefghijklmnopqrstuvwxyz')}`);

  it.each([
    [`[wasabi] aws_access_key_id = ${upper20} region = eu-central-2`, upper20],
    [`{"log":"{\\"msg\\":\\"AssumeRole ok\\",\\"AccessKeyId\\":\\"${upper20}\\"}\\n","stream":"stderr"}`, upper20],
    [`restic-cron[3321]: env: B2_ACCOUNT_ID=${b2Id} RESTIC_REPOSITORY=b2:nas-backups:/nas01`, b2Id],
    [`"Env": ["RCLONE_CONFIG_B2_TYPE=b2", "RCLONE_CONFIG_B2_ACCOUNT=${b2Id}", "PATH=/usr/bin"]`, b2Id],
    [`DEBUG garage_api::admin::api_server: response: {"name":"backup-nas","accessKeyId":"${garage}","permissions":{}}`, garage],
    [`  plexClaim: claim-${s40.alnum(20)}`, 'claim-'],
    [`[egress kick] url=rtmps://global-contribute.live-video.net:443/app/ key=sk_us-west-2_${s40.alnum(12)} state=connecting`, 'sk_us-west-2_'],
    [`snmp-server host inside 10.1.1.20 community ${community} version 2c`, community],
    [`snmp-server host 10.0.0.5 version 2c ${community}`, community],
    [`snmptrapd[5066]: Loaded config line: authCommunity log,execute,net ${community} 10.20.0.0/16`, community],
    [`level=debug module=if_mib target=core-sw-01.dc1 community=${community} msg="Walking subtree"`, community],
    [`/files/etc/collectd/collectd.conf/Plugin[7]/Host[2]/Community = "${community}"`, community],
    [`$config['snmp']['community'][] = "${community}";`, community],
    [`[admin-2fa] recovery codes issued for treasury-ops: ${group(5, '0123456789')}-${group(5, 'abcdef')} ${codes.join(' ')}`, ...codes],
    [`[cmk.web.two_factor 16785] backup codes displayed to user 'cmkadmin': ${codes.map((c) => c.replace('-', '')).join(', ')}`, ...codes.map((c) => c.replace('-', ''))],
    [`$ heroku auth:2fa:generate-recovery-codes  Recovery codes:  ${s40.hex(16)}  ${s40.hex(16)}`, 'Recovery codes:  '],
    [`DEBUG generated backup codes for user_id=88213: C7GC-S0Z2-ENVT, FQ1W-46W7-2EVM`, 'C7GC-S0Z2-ENVT', 'FQ1W-46W7-2EVM'],
    [`KeyProtectorType : RecoveryPassword   RecoveryPassword : ${bitlocker}`, bitlocker],
    [`msFVE-RecoveryPassword: ${bitlocker}`, bitlocker],
    [`    \u{1F510} ${modhex}`, modhex],
  ])('%s', (line, ...secrets) => {
    if (secrets[0] === 'claim-') goes(line, line.slice(line.indexOf('claim-')));
    else if (secrets[0] === 'Recovery codes:  ') goes(line, ...line.slice(line.indexOf(secrets[0]) + secrets[0].length).split('  '));
    else if (secrets[0] === 'sk_us-west-2_') goes(line, line.slice(line.indexOf('sk_'), line.indexOf(' state')));
    else goes(line, ...secrets);
  });

  it.each([
    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
    'access_key_id=backup-user',
    `kid=${s40.hex(32)} alg=RS256`,
    'claim-check-processor-deployment scaled to 3',
    'set community 65000:100 additive',
    'community=65000:100',
    'snmp-server host 10.0.0.5 version 3 priv monitor',
    'snmp-server community <secret hidden> RO SNMP-ACL',
    'Community: SecurityLevel:authPriv Username:promv3',
    `order ${s40.from('0123456789', 6)}-${s40.from('0123456789', 6)} shipped`,
    'recovery codes: none left for user 42',
    'backup code used: 93330196 user-agent=curl/8.0'.replace('93330196 ', ''),
    'level=info msg=recovery_codes action=regenerate user=alice host=web01.example.com:8443 duration=12ms',
    "audit: recovery codes viewed user='alice' src=10.0.0.5:51234 result=ok",
    'forum post created community=rust-lang user=alice',
    'bgp: neighbor 10.0.0.1 community=no-export',
    '{"community": "kubernetes", "repo": "kubernetes/kubernetes"}',
    'Community: SecurityLevel:authPriv Username:promv3 snmp',
    'A secret recovery key has been generated for this volume:',
  ])('keeps %s', keeps);
});

describe('hosting platforms and payment integrations (rounds 93 and 95)', () => {
  const s41 = createSampler(2026120541);
  const lower = `${s41.from('abcdefghijklmnopqrstuvwxyz', 6)}7${s41.from('abcdefghijklmnopqrstuvwxyz0123456789', 33)}`;
  const mixed = `${s41.alnum(30)}7Qa`;
  it.each([
    [`request headers Authorization=sk_${s41.uuid()} Cko-Idempotency-Key=${s41.uuid()}`, 'sk_'],
    [`"GET /gateway/transact.dll?x_login=GBUmOXFvrf&x_tran_key=${mixed.slice(0, 16)}&x_type=AUTH_CAPTURE HTTP/1.0" 200`, mixed.slice(0, 16)],
    [`POST https://api.bill.com/api/v2/Login.json userName=ap@acme.com&orgId=00801vkpMNzGT9T&devKey=${mixed}`, mixed],
    [`{"username":"mifos","userId":1,"base64EncodedAuthenticationKey":"${Buffer.from(`mifos:${mixed.slice(0, 12)}`).toString('base64')}","authenticated":true}`, Buffer.from(`mifos:${mixed.slice(0, 12)}`).toString('base64')],
    [`[CONVEX A(payments:refund)] [LOG] 'paypal token' 'A21AA${s41.base64url(90)}'`, 'A21AA'],
    [`fly[app:acme-dash] [info] STACK_PROJECT_ID=${s41.uuid()} STACK_SECRET_SERVER_KEY=ssk_${lower}`, lower],
    [`$ npx trigger.dev@latest deploy --env prod  (TRIGGER_ACCESS_TOKEN=tr_pat_${lower})`, lower],
  ])('%s', (line, secret) => {
    if (secret === 'sk_') goes(line, line.slice(line.indexOf('sk_'), line.indexOf(' Cko')));
    else if (secret === 'A21AA') goes(line, line.slice(line.indexOf('A21AA'), line.lastIndexOf("'")));
    else goes(line, secret);
  });

  it.each([
    `cko event type=payment_captured id=evt_${s41.from('abcdefghijklmnopqrstuvwxyz0123456789', 26)} signature_ok=true`,
    'job_name=nightly_invoice_reconciliation_batch status=ok',
  ])('keeps %s', keeps);
});

describe("application backends' query and session logs (round 96)", () => {
  const s42 = createSampler(2026120542);
  const refresh = s42.base64url(64);
  const typed = `${s42.alnum(8)}!7x`;
  it.each([
    [`{"level":"info","module":"pgx","pid":5996,"sql":"insert into refresh_tokens (user_id, token, expires_at) values ($1, $2, $3)","args":[516,"${refresh}","2024-03-24T08:12:29Z"],"time":"1.204ms"}`, refresh],
    [`{"msg":"query","text":"update users set password = $1 where id = $2","values":["${typed}",42]}`, typed],
    [`HGETALL spring:session:sessions:${s42.uuid()}`, 'spring:session:sessions:'],
  ])('%s', (line, secret) => {
    if (secret === 'spring:session:sessions:') goes(line, line.slice(line.indexOf(secret) + secret.length));
    else goes(line, secret);
  });

  it.each([
    '{"sql":"select id, email from users where id = $1","args":[42]}',
    `"SET" "sess:${s42.base64url(32)}" "{\\"cookie\\":{}}" "EX" "86400"`,
  ])('keeps %s', keeps);
});

describe("Kubernetes Secrets' data (round 97)", () => {
  const s43 = createSampler(2026120543);
  const pgPw = `${s43.alnum(18)}7Q`;
  const url = (scheme: string): string => Buffer.from(`${scheme}://app:${pgPw}@db.prod.svc:5432/app?sslmode=require`).toString('base64');
  const ed25519 = Buffer.from(`-----BEGIN ED25519 PRIVATE KEY-----\n${s43.base64(64)}\n-----END ED25519 PRIVATE KEY-----\n`).toString('base64');
  it.each([
    [`        "DATABASE_URL": "${url('postgres')}",`, url('postgres')],
    [`  uri: ${url('postgresql')}`, url('postgresql')],
    [`      connectionString.standardSrv: ${url('mongodb+srv')}`, url('mongodb+srv')],
    [`  REDIS_URL: ${url('rediss')}`, url('rediss')],
    [`      key: ${ed25519}`, ed25519],
    [`INFO\tcontrollers.RedisFailover\treconcile spec\t{"spec": {"redis": {"replicas": 3, "customConfig": ["requirepass ${pgPw}", "maxmemory-policy allkeys-lru"]}}}`, pgPw],
  ])('%s', (line, secret) => goes(line, secret));

  it.each([
    `  REDIS_URL: ${Buffer.from('redis://cache.default.svc:6379/0').toString('base64')}`,
    `  DATABASE_HOST: ${Buffer.from('postgres://db.prod.svc:5432/app').toString('base64')}`,
  ])('keeps %s', keeps);
});
