import { describe, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Session 42's classes (blind rounds 101 to 103: device management, scanner formats, media and
 * communications): SCEP challenges, passwords run into one word with their service's name, and
 * prose and command lines that hold a password. Each beside the look-alikes that must stay.
 * Values come from a sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120542);
const pw = `${s.alnum(5)}!${s.alnum(5)}2`;
const token = s.alnum(24);

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('a SCEP challenge on a line about SCEP or NDES', () => {
  it.each([
    [`2024-03-12 10:41:50,006 [INFO ] [PKIProviderService] - Saved external CA settings: url=https://ndes.corp.local/certsrv/mscep/mscep.dll challengeType=STATIC challenge=${token} keysize=2048`],
    [`root@ca01:~# step ca provisioner add scep-mdm --type SCEP --challenge "${token}" --force-cn`],
    [`2024-03-12 10:52:17.447 NDESPlugin Information: VerifyRequest: TransactionId=733B5C4F6B3FE989AA06225D870A054E challenge=${token}`],
    [`{"msg":"scep profile","challenge_password":"${token}"}`],
  ])('%s', (line) => goes(line, token));

  it.each([
    ['SCEP challenge failed for device 1234: challenge expired'],
    ['SCEP enrollment: challenge password is required'],
    ['2024 NDES: The challenge password cache is full'],
    ['scep: challenge=${SCEP_CHALLENGE} saved'],
    ['SCEP profile saved: challengeType=DYNAMIC challenge=******** url=https://ndes.corp.local/certsrv/mscep/mscep.dll'],
    // PKCE's challenge is public, whatever the line holds.
    ['GET /authorize?code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256 scep=1'],
    ['webauthn: challenge=Zx81kLmq0P2nR7tY issued for login'],
  ])('keeps %s', (line) => keeps(line));
});

describe("a password run into one word with its service's name", () => {
  it.each([
    [`SMBPass => ${pw}`],
    [`"C:\\Temp\\Agent_Install.exe" /s SERVERADDRESS=https://automate.acme.com SERVERPASS=${pw} LOCATION=1`],
    [`smbpass = ${pw}`],
    [`DBPASS=${pw} ./deploy.sh`],
  ])('%s', (line) => goes(line, pw));

  it.each([['cache bypass=true'], ['compass=NE'], ['BYPASS_CACHE=1'], ['HTTPServer=nginx']])('keeps %s', (line) => keeps(line));
});

describe('a password in prose or on a command line', () => {
  it.each([
    [`2024-03-12 13:20:22,145 [12] DEBUG PDQDeploy.Credentials - Testing credentials CORP\\pdq-svc password ${pw} against WS-0412 ... success`],
    [`Keystore "certificates.p12" opened with password "${pw}" (type PKCS12, 14 entries)`],
    [`Service File Name: %COMSPEC% /c net use \\\\fs01\\shared /user:CORP\\svc_map ${pw} Service Type: user mode service`],
  ])('%s', (line) => goes(line, pw));

  it.each([
    ['Invalid credentials admin password expired'],
    ['credentials for bob password reset requested'],
    ['login with password "%s"'],
    ['connect with password "${DB_PASSWORD}" failed'],
    ['net use \\\\srv\\share /user:bob was run by the admin at 10:00'],
  ])('keeps %s', (line) => keeps(line));
});

describe('media and communications: stream keys, SIP digests, connection tokens', () => {
  const uuid = [8, 4, 4, 4, 12].map((n) => s.hex(n)).join('-');
  const digest = s.hex(32);
  const kid = s.hex(32);
  const contentKey = s.hex(32);
  it.each([
    [`mux.live_streams.create -> {"data":{"stream_key":"${uuid}","status":"idle"}}`, uuid],
    [`notify: on_publish 'http://127.0.0.1:9090/rtmp/auth?call=publish&app=live&name=cam20&streamkey=${token}&tcurl=rtmp://ingest.example.org/live'`, token],
    [`md5_cred=${digest}`, digest],
    [`POST /participant/message HTTP/1.1\\r\\nX-Amz-Bearer: ${token}${token}\\r\\n`, `${token}${token}`],
    [`<PlayReady><KeySeed>${token}${token}</KeySeed></PlayReady>`, `${token}${token}`],
    [`register => 341070_trunk:P@${pw}#@sip.flowroute.com:5060/6248`, `P@${pw}#`],
    // A DRM content key beside its public key id.
    [`mp4decrypt --show-progress --key ${kid}:${contentKey} init.mp4 clear.mp4`, contentKey],
    [`packager in=a.mp4,stream=video,output=v.mp4 --enable_raw_key_encryption --keys label=HD:key_id=${kid}:key=${contentKey}`, contentKey],
  ])('%s', (line, secret) => goes(line, secret));

  it.each([
    ['password=@@TRUNK_PASSWORD@@   ; substituted by provisioning'],
    ['smtp_password = @SMTP_PASSWORD@'],
    ['htpasswd: Adding password for user encoder'],
    ['htpasswd: updating password for user vmix in /etc/nginx/.rtmp-htpasswd'],
    ['register => 341070_trunk@sip.flowroute.com:5060/6248'],
    ['{"stream_key":"********","status":"idle"}'],
    [`mp4info --key-id ${s.hex(32)} enc.mp4`],
  ])('keeps %s', (line) => keeps(line));
});

describe('a secret beside what its rule reads past it, and tokens in dotted parts', () => {
  const squareToken = `EAAA${s.alnum(60)}`;
  const uuid = [8, 4, 4, 4, 12].map((n) => s.hex(n)).join('-');
  const serviceToken = `st.${uuid}.${s.hex(32)}.${s.hex(32)}`;
  // A WireGuard key: 32 bytes in base64, its last character before `=` one of 16.
  const wgKey = Buffer.from(s.hex(64), 'hex').toString('base64');
  it.each([
    // secret-change reads `-> access_token=…` as the client secret's new value, judges it a field,
    // and the token there is the other rules' to find.
    [`POST https://connect.squareup.com/oauth2/token client_id=sq0idp-${s.alnum(22)} client_secret=sq0csp-${s.alnum(43)} -> access_token=${squareToken} expires_at=2025-04-03T00:00:00Z`, squareToken],
    [`+ infisical export --env=prod --format=dotenv --token=${serviceToken} > .env`, serviceToken],
    [`Jan 15 05:42:59 bastion wg-quick[42912]: [#] wg set wg0 private-key <(echo ${wgKey}) listen-port 51820`, wgKey],
  ])('%s', (line, secret) => goes(line, secret));

  it.each([['token=a2c8130c6d52.cloudfront.net'], ['token=ip-10-0-0-1.ec2.internal'], ['session_token=v1.2.3']])('keeps %s', (line) => keeps(line));
});

describe("code as secret scanners' reports and CI logs quote it", () => {
  it.each([
    [`WARN: core/src/main/java/org/example/Mailer.java:294 [java:S2068] Review this potentially hard-coded credential: Connection conn = DriverManager.getConnection("jdbc:postgresql://db.staging.acme.io/shop", "alice", "${pw}");`],
    [`[generic-secret] app/Services/SmsService.php:477 $pdo = new PDO('mysql:host=db.prod.local;dbname=shop', 'ana.silva', '${pw}');`],
    [`{"file": "firmware/main/app_main.c", "snippet": "if (!mysql_real_connect(conn, \\"db.local\\", \\"grafana\\", \\"${pw}\\", \\"app\\", 3306, NULL, 0)) {"}`],
    [`::warning file=drivers/mqtt_client.c,line=381,title=Hardcoded secret::#define WIFI_PASSWORD "${pw}"  // SSID HomeNet-5G`],
    [`terraform/variables.tf:467: variable "rds_master_password" { type = string  default = "${pw}" }`],
    [`functions/api/index.js:440:2: module.exports = { secretOrKey: "${pw}" };`],
  ])('%s', (line) => goes(line, pw));

  it.each([
    ['snippet="let password = try keychain.get(\\"password\\")"'],
    ["Finding:     credentials { username = project.findProperty('nexusUser'); password = project.findProperty('nexusPassword') }"],
    ['internal/config/config.go:271: cfg.Password = strings.TrimSpace(string(b))'],
    ['snippet="const jwtSecret = requireEnv(\\"JWT_SECRET\\");"'],
    ['"text": "OpenaiApiKey: import.meta.env.VITE_OPENAI_API_KEY,"'],
    ['build/Publish-Package.ps1:90:13: $apiKey = [Environment]::GetEnvironmentVariable("NUGET_API_KEY", "User")'],
    ['Tests/AppTests/Fixtures.swift:306:let apiKey = Bundle.main.object(forInfoDictionaryKey: "API_KEY") as? String'],
    ['snippet="api_key: \\"TODO\\","'],
    [`{"type": "Hex High Entropy String", "filename": "app/settings.py", "hashed_secret": "${s.hex(40)}", "is_verified": false, "line_number": 181}`],
    ['{"name": "DOCKER_PASS", "value": "xxxxdf72"}'],
    ['    DB_PASSWORD: prod/app/db:password'],
    ['apksigner sign --ks release.jks --ks-pass env:KS_PASS --key-pass file:/run/secrets/key_pass app-release-unsigned.apk'],
    ['      password: encrypted:s3!r:us-east-1!b:hooli-halyard-secrets!f:jenkins.yml!k:password'],
    ['variable "db_password" { type = string  default = "" }'],
    ['$pdo = new PDO($dsn, $user, $pass);'],
  ])('keeps %s', (line) => keeps(line));

  // macOS's security tool in an iOS build's log, each subcommand's password flag.
  it.each([
    [`[08:58:19]: $ security unlock-keychain -p '${pw}' ~/Library/Keychains/ci.keychain-db`],
    [`+ security create-keychain -p "${pw}" build.keychain`],
    [`+ security import dist.p12 -k build.keychain -P '${pw}' -T /usr/bin/codesign`],
    [`security set-key-partition-list -S apple-tool:,apple: -s -k ${pw} build.keychain`],
    [`security -v unlock-keychain -p ${pw} build.keychain`],
    [`security unlock-keychain -p${pw} build.keychain`],
  ])('%s', (line) => goes(line, pw));
  // A secret echoed into a command whose last flag reads it from its input.
  it.each([[`echo ${pw} | hal config ci jenkins master add jenkins-main --address https://jenkins.initech.net --username spinnaker --password`]])('%s', (line) => goes(line, pw));
  it.each([['echo "$JENKINS_TOKEN" | hal config ci jenkins master add main --password'], ['echo yes | apt-get install --pass']])('keeps %s', (line) => keeps(line));

  it.each([['security unlock-keychain -p "$KEYCHAIN_PASSWORD" build.keychain'], ['security import dist.p12 -k build.keychain -T /usr/bin/codesign']])('keeps %s', (line) => keeps(line));

  // A wrapper's quoted argument is still the value when its quotes are escaped.
  it.each([[`snippet="password = Secret(\\"${pw}\\")"`]])('%s', (line) => goes(line, pw));
});

describe('real secrets that look like what a look-alike shape describes (review of s42)', () => {
  it.each([
    ['password: "CorrectHorse:BatteryStaple"', 'CorrectHorse:BatteryStaple'],
    ['{"credentials": "DeployBot:S3cr3tPassw0rd!"}', 'DeployBot:S3cr3tPassw0rd!'],
    ['password=Pass.Word(2024)', 'Pass.Word(2024)'],
    ['"password": "Buffer.from(\\"Xk9pQ2mLv7Zq\\")"', 'Xk9pQ2mLv7Zq'],
    ['password=XxXx2024', 'XxXx2024'],
    ['client_secret=XXXXa1b2c3d4e5f6g7h8', 'XXXXa1b2c3d4e5f6g7h8'],
    ['password=file:x7Gp2LqZ9v', 'file:x7Gp2LqZ9v'],
    ['password = String("correctHorseBatteryStaple")', 'correctHorseBatteryStaple'],
    ['register => 1234567:Xk9pQ2mLv7@sip.provider.com,', 'Xk9pQ2mLv7'],
    ['register => 1234567:Xk9pQ2mLv7@[2001:db8::1]:5060', 'Xk9pQ2mLv7'],
    ['{"payload":"<key>Challenge</key>\\n<string>Zx81kLmq0P2nR7tYabcd</string>","type":"scep"}', 'Zx81kLmq0P2nR7tYabcd'],
  ])('%s', (line, secret) => goes(line, secret));

  it.each([
    ['cert-manager: Order for host hernandes-web.example.com, challenge: tls-alpn-01 pending'],
    ['user=joao.fernandes webauthn challenge=Y2hhbGxlbmdlLTIwMjQtMDE= issued'],
    ['SCEP: challenge: 32-bytes'],
    ['SCEP renewal: challenge=v1.2.3-rc4'],
    ['variable "kms_key_alias_for_secrets" { default = "alias/prod-secrets-2024" }'],
    ['variable "tokens" { default = "read:write" }'],
  ])('keeps %s', (line) => keeps(line));
});

describe('a password named in another language, with a word of its own after the name (round 106)', () => {
  it.each([
    [`MOT_DE_PASSE_SMTP=${pw} PORT_SMTP=587 HOTE_SMTP=smtp.laposte.example`],
    [`ePUAP: ładowanie certyfikatu /opt/epuap/podpis.p12 hasło_certyfikatu="${pw}"`],
    [`[Дія.Підпис] Ключ: Key-6.dat, пароль_ключа=${pw}, ЄДРПОУ=01581779`],
    [`bd: {host: worker-kbp23, port: 5432, пользователь: d.cohen, пароль_бд: "${pw}"}`],
    [`printenv: LANG=tr_TR.UTF-8 VERITABANI_SIFRESI=${pw} TZ=Europe/Istanbul`],
  ])('%s', (line) => goes(line, pw));

  it.each([['haslo_wygaslo=2024-01-01T00:00'], ['senha_expirada=true'], ['password_expires_at=2024-01-01'], ['senha_minima=8']])('keeps %s', (line) => keeps(line));
});

describe("API Management's own signatures (round 107)", () => {
  const sig = `${s.base64(86)}==`;
  it.each([
    [`Authorization: SharedAccessSignature uid=integration&ex=2024-10-28T21:29:31.0000000Z&sn=${sig}`],
    [`config.service.auth=GatewayKey gw-west&202410100029&${sig}`],
  ])('%s', (line) => goes(line, sig));
});

describe('French quotes with their spaces (round 106)', () => {
  it.each([[`INFO [mail] Envoi du mot de passe temporaire « ${pw} » à rahul.sharma@orange.example`]])('%s', (line) => goes(line, pw));
  it.each([['Envoi du mot de passe temporaire « oublié » à rahul.sharma@orange.example']])('keeps %s', (line) => keeps(line));
});

describe("Spanish's clave and Indonesian's sandi (round 106)", () => {
  it.each([
    [`Error de autenticación nombre_usuario=zhangwei clave=${pw} ip=100.211.183.84`],
    [`Parameters: {"sesion"=>{"correo"=>"svc@example.mx", "clave"=>"${pw}"}}`],
    [`LOG:  statement: UPDATE users SET "sandi" = '${pw}' WHERE "pengguna" = 'jgarcia';`],
  ])('%s', (line) => goes(line, pw));
  it.each([['autoclave=on cycle=3'], ['clave: ********'], ['Sandi Toksvig hosted the show']])('keeps %s', (line) => keeps(line));
});
