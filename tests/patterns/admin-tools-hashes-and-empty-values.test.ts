import { describe, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Session 37's classes (blind rounds 63 to 74): passwords that admin tools of mail, chat and
 * appliance servers take as arguments, protocol traces, salted hashes, app and SDK secrets, and
 * what dumps print where a value is empty or kept elsewhere, each beside the look-alikes that must
 * stay. Values come from a sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120437);
const pw = `${s.alnum(6)}!${s.alnum(4)}`;
const token = s.alnum(32);
const hex = (n: number): string => s.hex(n);

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('passwords admin tools take as arguments', () => {
  it.each([
    [`root@imap01:~# doveadm pw -s SHA512-CRYPT -p '${pw}'`],
    [`root@mx01:~# rspamadm pw -p '${pw}'`],
    [`$ rspamc -h mx01:11334 -P '${pw}' learn_spam /tmp/spam/*.eml`],
    [`88  /usr/lib/mailman/bin/change_pw -l announce -p '${pw}'`],
    [`zimbra@mail:~$ zmprov ca newuser@example.com '${pw}' displayName "New User"`],
    [`ejabberdctl change_password bob xmpp.example.com '${pw}'`],
    [`prosodyctl register bob chat.example.com ${pw}`],
    [`/home/vpopmail/bin/vadduser sales@example.com '${pw}'`],
    [`# authtest bob@example.com '${pw}'`],
    [`77  smtpctl encrypt '${pw}'`],
    [`2207  sudo pihole -a -p ${pw}`],
    [`mcrcon -H 127.0.0.1 -P 25575 -p ${pw} "say restart" stop`],
    [`HISTORY: PID=23311 UID=0 synouser --setpw backup ${pw}`],
    [`COMMAND=/usr/bin/midclt call auth.login root ${pw}`],
    [`postconf -e 'smtp_sasl_password_maps = static:mailer@example.com:${pw}'`],
    [`./securityadmin.sh -cd ../config -ks kirk.jks -kspass ${pw} -ts truststore.jks -tspass ${pw}x -nhnv`],
    [`hdbsql -i 00 -n hana:30015 -u SYSTEM -p @${pw} "select 1 from dummy"`],
    [`xcrun altool --upload-app -f App.ipa -u dev@example.com -p ${s.from('abcdefghijklmnopqrstuvwxyz', 4)}-${s.from('abcdefghijklmnopqrstuvwxyz', 4)}-${s.from('abcdefghijklmnopqrstuvwxyz', 4)}-${s.from('abcdefghijklmnopqrstuvwxyz', 4)}`],
    [`oracle@db01$ expdp system/${pw}@x1@ORCL schemas=HR directory=DATA_PUMP_DIR`],
    [`databricks secrets put-secret prod snowflake-pass --string-value '${pw}'`],
    [`gcloud secrets versions add db-pass --data-file=- <<< '${pw}'`],
    [`aws ssm put-parameter --name /prod/db/password --type SecureString --value '${pw}' --overwrite`],
    [`aws ssm put-parameter --name /prod/db/password --value '${pw}' --type SecureString`],
    [`tabcmd login -s https://tableau.example.com --token-name etl --token-value ${token}`],
    [`nomad operator gossip keyring install -address=https://nomad:4646 "${s.base64(43)}="`],
    [`consul keyring -install=${s.base64(22)}==`],
    [`snmp-server user netops network-admin auth sha ${pw} priv aes-128 ${pw}x localizedkey`],
  ])('%s', (line) => goes(line, pw.slice(0, 6)));

  it.each([
    ['doveadm pw -s SHA512-CRYPT'],
    ['pihole -a -p'],
    ['zmprov ga user@example.com zimbraMailQuota'],
    ['smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd'],
    ['aws ssm put-parameter --name /app/region --type String --value eu-west-1'],
    ['hdbsql -u SYSTEM -p @conf/hana.pw -n db:30015'],
    ['curl -d @body.json -u admin: https://api.example.com'],
  ])('leaves %s', (line) => keeps(line));
});

describe('protocol traces and logins', () => {
  it.each([
    [`1710312345.123456 a1 LOGIN "ada@example.com" "${pw}"`],
    [`<1710398712<A01 LOGIN grace ${pw}`],
    [`DEBUG: auth_rimap: sending [0 LOGIN "bob" "${pw}"] to imap.example.com`],
    [`2025-03-04 10:15:02,118 DEBUG [mf] o.a.c.net.PrintCommandListener - PASS ${pw}`],
    [`DEBUG:notify.smtp:login args=('alerts@example.com', '${pw}') host='smtp.example.com'`],
    [`uid = common.authenticate('prod', 'admin', '${pw}', {})`],
    [`models.execute_kw('prod', 2, '${pw}', 'res.partner', 'search', [[]])`],
    [`conn.simple_bind_s('cn=admin,dc=example,dc=org', '${pw}')`],
    [`curl -sk -H'Authorization: whm root:${token}' 'https://host:2087/json-api/listaccts'`],
    [`curl https://data.mixpanel.com/api/2.0/export -u ${hex(32)}:`],
  ])('%s', (line) => goes(line, pw.slice(0, 6), token));

  it.each([
    ['ROOT LOGIN ON tty1'],
    ['FAILED LOGIN 1 FROM tty1 FOR root, Authentication failure'],
    ['ci - PASS src/app.test.ts (5.2 s)'],
    ['a1 LOGIN {5}'],
    ['curl -u admin: https://localhost:9200'],
    ['    server.login(user, password)'],
  ])('leaves %s', (line) => keeps(line));
});

describe('hashes, keys and sessions under names of their own', () => {
  const digest = hex(32);
  const session = s.from('abcdefghijklmnopqrstuvwxyz0123456789', 26);
  const code = s.digits(6);
  const uuid = s.uuid();
  it.each([
    [`Mage_Customer_Model_Customer::validatePassword hash=${digest}:${s.alnum(32)} email=a@example.com`, digest],
    [`customer_entity password_hash=${hex(64)}:${digest}:1`, digest],
    [`checkPassword: stored hash '${digest}:${s.alnum(9)}' mismatch`, digest],
    [`{"localId":"KM2I6J9k","passwordHash":"${token}${token}","salt":"${s.base64(12)}"}`, token],
    [`hash_config { algorithm: SCRYPT, base64_signer_key: ${token}${token}==, rounds: 8 }`, token],
    [`[client.admin]\tkey = AQ${token}ABCD==`, token],
    [`wlan0: WPA: PMK - hexdump(len=16): ${digest.match(/../g)?.join(' ')}`, digest.slice(0, 2)],
    [`$settings['hash_salt'] = '${token}';`, token],
    [`'cookie_key' => '${token}', 'cookie_iv' => '0vWz2yb0'`, token],
    [`Array ( [PHPSESSID] => ${session} [lang] => de )`, session],
    [`{"PHPSESSID":"${session}"}`, session],
    [`<NSHTTPCookie version:0 name:"sessionid" value:"${session}" expiresDate:'2024-05-03'`, session],
    [`"GET /+CSCOE+/portal.html HTTP/1.1" 200 4412 cookie="webvpn=265497@20986@2608@${digest.toUpperCase()}; webvpnlogin=1"`, digest.toUpperCase()],
    [`PlayFab login OK, SessionTicket=${token}`, token],
    [`update_check?deployment_key=${token}&app_version=3.4.0`, token],
    [`X-CleverTap-Account-Id: 4R9-ovF-xcUe X-CleverTap-Passcode: ${pw}`, pw],
    [`APOLLO_KEY=service:shop-graph:${token.slice(0, 22)} rover subgraph publish`, token.slice(0, 22)],
    [`{"user":{"otp_attempt":"${code}"}}`, code],
    [`| Client ID ....... ${s.uuid()} | Client secret ... ${token}`, token],
    [`o.a.n.s.l.SingleUserLoginIdentityProvider Generated Password [${token}]`, token],
    [`[11:21:55]: Password (for dev@example.com): ${pw}`, pw],
    [`    amazon-ebs.win2022: Password (since you asked): ${token}`, token],
    [`skopeo copy --dest-creds 'robot$mirror+pusher':${token} docker://a docker://b`, token],
    [`headers={'X-Auth-PSK': '${pw}', 'Content-Type': 'application/json'}`, pw],
    [`notification from 777000: Login code: ${code}. Do not give this code to anyone`, code],
    [`verify-svc sent SMS code ${code} to +1******0142`, code],
    [`saml2aws login --idp-account=prod --mfa=TOTP --mfa-token=${code} --skip-prompt`, code],
    [`aws sts get-session-token --serial-number arn:aws:iam::123456789012:mfa/ada --token-code ${code}`, code],
    [`$config['des_key'] = '${token.slice(0, 24)}';`, token.slice(0, 24)],
    [`mirth.properties keystore.storepass = ${pw}, keystore.keypass = ${token}`, pw],
    [`$ php artisan env:decrypt --env=production --key=base64:${token}${s.alnum(11)}= --force`, token],
    [`720  lftp -u deploy,'${pw}' sftp://files.example.com -e 'mirror -R dist/ www; bye'`, pw],
    [`http_client.DEBUG: Request: "GET https://erp/api" {"options":{"auth_basic":["shop-sync","${pw}"],"timeout":10}}`, pw],
    [`Using Basic auth for user 'erp' with application password "${token.slice(0, 4)} ${token.slice(4, 8)} ${token.slice(8, 12)} ${token.slice(12, 16)} ${token.slice(16, 20)} ${token.slice(20, 24)}" against https://shop/`, token.slice(8, 12)],
    [`POST https://endpoint4.collection.sumologic.com/receiver/v1/http/${token}${token} 503`, token],
    [`url='https://logs-01.loggly.com/bulk/${s.uuid()}/tag/bulk/', status_code='403'`.replace(/bulk\/[^/]+/, `bulk/${uuid}`), uuid],
    [`curl -fsS -m 10 --retry 5 https://hc-ping.com/${uuid} > /dev/null`, uuid],
    [`alertmanager webhook -> https://alert.victorops.com/integrations/generic/20131114/alert/${uuid}/prod-db returned 200`, uuid],
    [`echo "${pw}" | sudo -E /usr/share/logstash/bin/logstash-keystore --path.settings /etc/logstash add ES_PWD --stdin`, pw],
    [`/opt/splunkforwarder/bin/splunk add forward-server idx1:9997 -auth admin:${pw}`, pw],
    [`/opt/splunkforwarder/etc/system/local/server.conf      pass4SymmKey = ${pw}`, pw],
    [`icinga2 node setup --ticket ${digest}${digest.slice(0, 8)} --cn agent-14 --endpoint master`, digest],
    [`[out_s3] s3 client config: region=us-east-1 aws_sec_key=${token} path=logs/`, token],
    [`{"triggerSource":"VerifyAuthChallengeResponse_Authentication","request":{"challengeAnswer":"${code}"}}`, code],
    [`{"SecretCode":"${s.base32(52)}","Session":null}`.replace(/"SecretCode":"[^"]+"/, `"SecretCode":"${token.toUpperCase()}"`), token.toUpperCase()],
    [`+ export DATA_KEY_PLAINTEXT=${token}=`, token],
    [`sns.publish params { Message: 'Your Acme verification code is 898888. It expires in 10 minutes.' }`, '898888'],
    [`{"id":"u6fvrnmug8","value":"${token}","name":"partner-acme","enabled":true,"stageKeys":[]}`, token],
    [`SMTP password (derived for eu-west-1): ${token}`, token],
  ])('%s', (line, secret) => goes(line, secret));

  it.each([
    [`password check: file hash=${hex(64)} ok`],
    [`pass sha=${hex(40)}:src/app.js`],
    ['{"user":"x","passwordHash":null}'],
    ['{"passwordHashAlgorithm":"SCRYPT"}'],
    ['key = AQ=='],
    ['partition key = AQUA-12'],
    ['service:api:ready'],
    ['service:kube-system:metrics-server-v0-7-1-abc'],
    ['EAPOL-Key - hexdump(len=99): 02 03 00'],
    ['  auth.password_timeout ...... 10800'],
    ['Twilio error: SMS code 21211 invalid To number'],
    ['auth=PSK proto=rsn pairwise=CCMP'],
    ['psk: true'],
    ['keytool -importkeystore -srcstorepass:env SRC_P12_PW -deststorepass:file /run/secrets/jks_pw'],
    ['application password revoked for user admin (uuid 1234)'],
    ['sinks.es_out.auth.password = "SECRET[vault.es_password]"'],
    ['target=postgresql://postgres_exporter:PASSWORD_REMOVED@pg-primary.internal:5432/postgres?sslmode=require'],
    ['aws secretsmanager put-secret-value --secret-id prod/smtp --secret-string file://smtp.json'],
    ['resolve variable at "provider.environment.STRIPE_SECRET_KEY": Value not found at "ssm" source'],
    ['DefineAuthChallenge {"request":{"session":[{"challengeName":"CUSTOM_CHALLENGE","challengeResult":false,"challengeMetadata":"CODE-EMAIL"}]}}'],
    ['your verification code is 000000'],
    ['{"id":"u6fvrnmug8","name":"partner-acme","enabled":true,"stageKeys":[]}'],
    ['aws sts get-session-token --serial-number arn:aws:iam::123456789012:mfa/ada --token-code $MFA_CODE'],
  ])('leaves %s', (line) => keeps(line));
});

describe('what stands where a value is empty, hidden or kept elsewhere', () => {
  it.each([
    // Go's %+v with an empty secret: the next field is no value.
    ['2024/04/11 08:15:36 db: &{User:root Passwd: Net:unix Addr:/var/run/mysqld/mysqld.sock DBName:inventory}'],
    ['pg config: &{Host:pg Port:5432 User:readonly Password: TLSConfig:0xc0001a2300 ConnectTimeout:5s}'],
    // Dumps of other languages.
    ["$VAR1 = { 'dbpass' => undef, 'dbuser' => 'nagios' };"],
    ['Config { user: Some("ingest"), password: Some(_), dbname: Some("events") }'],
    ['headers: {"x-api-key": Sensitive, "anthropic-version": "2023-06-01"}'],
    ['"encrypted-password" : "/* SECRET-DATA */"'],
    // Placeholders and references.
    ['snmpv3 securityname:"zbxmon" authpassphrase:"{$SNMPV3_AUTH}" privpassphrase:"{$SNMPV3_PRIV}"'],
    ["PS> $body = @{client_id='x'; client_secret=$env:EXO_CLIENT_SECRET; scope='y'}"],
    ['<password>${VAULT::ds_PatientDS::password::1}</password>'],
    ['{"AccountName":"acmelogs","Credential":"DefaultAzureCredential"}'],
    ["$CONF['setup_password'] = 'changeme';"],
    ['CM_KEYSTORE_PASSWORD: Encrypted(Z0FBQUFBQmw...) # decrypted at build time'],
    ['"env": {"RNMAPBOX_MAPS_DOWNLOAD_TOKEN": "@mapbox-downloads-token"}'],
    ['{"name": "__Secure-next-auth.callback-url", "value": "https%3A%2F%2Fapp.example.com%2Ftrips", "path": "/"}'],
    ['admin_password = $__file{/etc/secrets/admin_password}'],
    ['set imap_pass = `pass show mail/jane`'],
    // The next field after an empty value.
    ['auth: invalid user name or password: name="admin" remote_ip=203.0.113.61'],
    ['Invalid encryption key: received_name=porch-sensor'],
    ['IKE SA established {auth=PRESHARED_KEY cipher=AES_GCM_16_256 integ=n/a}'],
    ['Command Line: TheIsland?listen?SessionName=Dino?ServerPassword=?ServerAdminPassword=******** -server'],
    ['GET /json.htm?type=command&username=&password= HTTP/1.1" 401 -'],
    ['GET /api/v3/queue?page=1&apikey=(removed): 200.OK (12 ms)'],
    ['FLW_PUBLIC_KEY= FLW_SECRET_KEY= FLW_ENCRYPTION_KEY= (Flutterwave disabled in this environment)'],
    ['[RustAdmin] rcon.password set via server.cfg (value not shown)'],
  ])('leaves %s', (line) => keeps(line));

  it.each([
    [`Passwd: ${pw} Net:unix`],
    [`password: ${pw}`],
    [`client_secret=${token};`],
    [`password: Admin:${pw}`],
  ])('still redacts %s', (line) => goes(line, pw.slice(0, 6), token));
});
