import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Session 38's classes from blind rounds 80 (the Windows and Microsoft stack) and 81 (developer
 * machines, build tools and CI): what PowerShell, the registry, MDT, log4net, SQL Server setup
 * and pipelines print with a secret in it, beside the placeholders and references those tools
 * print where there is none. Values come from a sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120480);
const pw = `${s.alnum(6)}!${s.alnum(5)}`;
const hex32 = s.hex(32);

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('the Windows stack', () => {
  it.each([
    [`ScriptBlockText="$wc.Credentials = [System.Net.NetworkCredential]::new('svc_ftp', '${pw}'); $wc.UploadFile('ftp://x/in.csv', 'C:\\\\out.csv')"`],
    [`HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon    DefaultPassword    REG_SZ    ${pw}`],
    [`PS C:\\> New-NpsRadiusClient -Address 10.10.0.1 -Name 'FW01-Outside' -SharedSecret '${pw}' -VendorName 'RADIUS Standard'`],
    [`Add-VpnConnection -Name 'Contoso Branch' -ServerAddress vpn2.contoso.com -TunnelType L2tp -L2tpPsk '${pw}' -Force`],
    [`log4net: Setting Property [Password] to String value [${pw}]`],
    [`<![LOG[Property DomainAdminPassword is now = ${pw}]LOG]!><time="08:14:22.000+000" date="03-11-2024" component="ZTIGather">`],
    [`CommandLine="msiexec.exe /i \\"C:\\Temp\\SQLEXPR_x64_ENU.msi\\" /qn SAPWD=\\"${pw}\\" SECURITYMODE=SQL"`],
    [`SAPWD="${pw}"`],
    [`<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>${pw}</keyMaterial></sharedKey>`],
    [`{"key1": "${hex32}", "key2": "${s.hex(32)}"}`],
  ])('redacts %s', (line) => goes(line, pw, hex32));

  it.each([
    ['    DefaultPassword    REG_SZ    '],
    ['    DefaultUserName    REG_SZ    kiosk'],
    ['Set-VpnAuthProtocol -SharedSecret "$env:RRAS_PSK" -PassThru'],
    ['log4net: Setting Property [SmtpHost] to String value [smtp.contoso.com]'],
    ['<![LOG[Property OSDComputerName is now = WS-0042]LOG]!>'],
    ['    "ClientSecret": "#{AzureAdClientSecret}#",'],
    ['octo.exe create-release --project Web --server https://octopus.corp.contoso.com --apiKey %octopus.apikey% --deployTo Staging'],
    ['        PSDscAllowPlainTextPassword = $false'],
    ['instance of MSFT_Credential as $MSFT_Credential1ref { Password = "[encrypted to certificate FF897C69BDF39524BD78385CB13DF226BC73A479]"; UserName = "CORP\\\\svc_dsc"; };'],
    ['$cred = New-Object System.Net.NetworkCredential($user, $pass)'],
    ['<keyMaterial></keyMaterial>'],
  ])('leaves %s', (line) => keeps(line));
});

describe('developer machines, build tools and pipelines', () => {
  it.each([
    [`credentials += Credentials("Sonatype Nexus Repository Manager", "s01.oss.sonatype.org", "acme-release", "${pw}")`, pw],
    [`[2024-03-12 10:22:33,456]   INFO -   jetbrains.buildServer.SERVER - Super user authentication token: 5530763227377310850 (use empty username with the token as the password)`, '5530763227377310850'],
    [`##vso[task.setvariable variable=dbAdminPassword]${pw}`, pw],
    [`: 1715002233:0;oathtool --totp -b ${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32)}`, 'oathtool --totp -b [REDACTED'],
    [`type=EXECVE msg=audit(1715509353.123:4421): argc=5 a0="curl" a1="-s" a2="-u" a3="admin:${pw}" a4="http://127.0.0.1:8080/api/json"`, pw],
  ])('redacts %s', (line, secret) => (secret.includes('[REDACTED') ? expect(scrubber.redactLine(line)).toContain(secret) : goes(line, secret)));

  it.each([
    ['git config --global user.signingkey 924FA1F776D4CDD6'],
    ['  checksum: 10c0/1e828f555e8f2a9765f14891826f769626f321e12ed390b815f4a55381b89039f4b96bdb1c1cfc67'],
    ['    <param name="env.DEPLOY_PASSWORD" value="credentialsJSON:8823492c-b4d8-44eb-9f73-5b12297bea65" spec="password display=\'hidden\'" />'],
    [`    "fields": {"username": "ci-robot", "password": "!${s.alnum(40)}", "is_superuser": false},`],
    ['##vso[task.setvariable variable=buildNumber]20240312.4'],
    ['##vso[task.setvariable variable=dbAdminPassword;issecret=true]***'],
    ['type=EXECVE msg=audit(1715509353.127:4424): argc=4 a0="ssh" a1="-p" a2="2222" a3="bastion"'],
    ['credentials += Credentials(Path.userHome / ".sbt" / ".credentials")'],
    ['type=EXECVE msg=audit(1715509353.125:4422): argc=5 a0="mysql" a1="-u" a2="root" a3="--password" a4="shop"'],
    ['##vso[task.setvariable variable=cacheKey]v1-linux-npm-3f2a9c1d'],
    ['echo "##vso[task.setvariable variable=dbAdminPassword]$(DbPw)"'],
    ["PS C:\\> Get-S3Object -BucketName logs -ContinuationToken '1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM='"],
    ['<![LOG[Property DomainAdminPassword is now = ]LOG]!><time="08:14:22.000+000" date="03-11-2024" component="ZTIGather">'],
    ['<![LOG[Property BDERecoveryKey is now = AD]LOG]!>'],
    ['log4net: Setting Property [PartitionKeyType] to String value [LoggerName]'],
  ])('leaves %s', (line) => keeps(line));
});

describe('what a review found (session 38)', () => {
  it.each([
    [`$cred = New-Object -TypeName System.Net.NetworkCredential -ArgumentList 'svc_ftp', '${pw}'`],
    [`    "credential-reference" => {"clear-text" => "${pw}"},`],
    [`   <credential-reference clear-text='${pw}'/>`],
    [`log4net: Setting Property [Password] to String value [${pw}]x]`],
    [`<keyMaterial>${pw}&amp;x</keyMaterial>`],
    [`20240115 10:00:00,db-2,app,10.0.0.5,820,9608,QUERY,shop,'UPDATE users SET password=\\'${pw}\\' WHERE id=1',0`],
  ])('redacts %s', (line) => goes(line, pw));

  it.each([
    ['{"credentials":{"password":{},"recovery_question":{"question":"First pet?","answer":"Annie Oakley"},"provider":{"type":"OKTA","name":"OKTA"}}}', 'Annie Oakley'],
    ['https://app.example.com/login?user=jdoe&password=correct%20horse%20battery%20staple', 'correct%20horse'],
    ['DB_PASSWORD=%Winter2024%', 'Winter2024'],
    ["passwords: [('jdoe', 'Summer2024!'), ('asmith', 'Winter2024!')]", 'Winter2024!'],
  ])('still redacts %s', (line, secret) => goes(line, secret));

  it.each([
    ['level=info msg="mounted" secret=build-3f2a9c1d8e7b6a5f'],
    ['correlation_token=corr-550e8400-e29b-41d4-a716-446655440000'],
    ['2024-01-15 10:00:00 INFO Encrypting data key using master key 1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['Error: redis-cli -h cache-01 returned: auth failed'],
  ])('leaves %s', (line) => keeps(line));
});

describe('pino apps and LLM apps (rounds 82 and 83)', () => {
  it.each([
    ['{"user":{"id":8,"twoFactorRecoveryCodes":["xugon-f4u1d","j5ybv-awafc"]},"msg":"user loaded"}', 'xugon-f4u1d'],
    [`127.0.0.1:6379> CONFIG GET requirepass 1) "requirepass" 2) "${hex32}"`, hex32],
    [`["init param"] [key=common.security.defaultRootPassword] [value=${pw}]`, pw],
    [`Password for the [elastic] user successfully reset. New value: ${pw}`, pw],
    [`> Helicone-Auth: Bearer sk-helicone-${s.from('abcdefghijklmnopqrstuvwxyz0123456789', 7)}-zvogu4w-4afu7sl-6pzofa2`, 'zvogu4w-4afu7sl'],
  ])('redacts %s', (line, secret) => goes(line, secret));

  it.each([
    ['general_settings: {master_key: os.environ/LITELLM_MASTER_KEY, database_url: os.environ/DATABASE_URL}'],
    [`{"id":"lhkuma3ztcytw5s5kazenxky6y","version":"${s.hex(64)}","status":"succeeded"}`],
    ['"CONFIG" "GET" "requirepass"'],
    ['["init param"] [key=common.security.authorizationEnabled] [value=true]'],
  ])('leaves %s', (line) => keeps(line));
});
