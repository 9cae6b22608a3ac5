import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Session 41's classes (blind rounds 98 and 99: research computing and directories, data
 * integration): auditd's EXECVE arguments, Kerberos, LDAP, Samba and FreeIPA tools, here-strings,
 * SSIS, GoldenGate and Informatica, and a bare value cut short inside a longer run. Each beside
 * the look-alikes that must stay. Values come from a sampler, never from the rounds.
 */
const scrubber = createScrubber();
const s = createSampler(2026120541);
const pw = `${s.alnum(6)}#${s.alnum(4)}`;
const hex32 = s.hex(32);

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe("auditd's EXECVE record: each argument in a quoted field of its own", () => {
  it.each([
    [`type=EXECVE msg=audit(1709543553.412:8812): argc=8 a0="ldapmodify" a1="-x" a2="-D" a3="cn=Manager,dc=example,dc=edu" a4="-w" a5="${pw}" a6="-f" a7="users.ldif"`],
    [`type=EXECVE msg=audit(1709551277.045:1402): argc=4 a0="smbclient" a1="//fs01.example.edu/research" a2="-U" a3="EXAMPLE\\\\jdoe%${pw}"`],
  ])('%s', (line) => goes(line, pw));

  it('keeps the fields around the value, quotes and all', () => {
    expect(scrubber.redactLine(`a0="ldapsearch" a1="-w" a2="${pw}" a3="-x"`)).toBe('a0="ldapsearch" a1="-w" a2="[REDACTED:cli-password-argument]" a3="-x"');
  });

  it.each([
    ['type=EXECVE msg=audit(1709543553.412:8812): argc=3 a0="grep" a1="-w" a2="password"'],
    ['type=EXECVE msg=audit(1709543553.412:8812): argc=3 a0="ldapsearch" a1="-W" a2="-x"'],
    // A long flag's next field may be a positional argument: mysql's `--password` takes its value
    // after `=`, and pg_dump's `--no-password` none (a review of round 98's rules).
    ['type=EXECVE msg=audit(1709543553.412:8812): argc=3 a0="app" a1="--password" a2="--verbose"'],
    ['type=EXECVE msg=audit(1700000000.123:456): argc=4 a0="mysqldump" a1="-u" a2="root" a3="--password" a4="wordpress_db1"'],
    ['type=EXECVE msg=audit(1700000000.123:456): argc=3 a0="pg_dump" a1="--no-password" a2="shop_2024"'],
  ])('keeps %s', (line) => keeps(line));
});

describe('directory, Kerberos, Samba and FreeIPA tools', () => {
  it.each([
    [`COMMAND=/usr/sbin/slappasswd -s ${pw}`],
    [`command_line $USER1$/check_ldap -H $HOSTADDRESS$ -b dc=example,dc=edu -D cn=nagios,dc=example,dc=edu -P '${pw}'`],
    [`CROND[44102]: (root) CMD (/usr/bin/ds-replcheck online -D "cn=Directory Manager" -w ${pw} -m ldap://ds01:389)`],
    [`condor_store_cred add -c -p '${pw}'`],
    [`wbinfo --set-auth-user=EXAMPLE\\\\winbind_svc%${pw}`],
    [`+ kinit svc_backup@RC.EXAMPLE.EDU <<< '${pw}'`],
    [`adcli join -D ad.example.edu -U hpcjoin --stdin-password <<< '${pw}'`],
    [`myproxy-logon -s myproxy.example.edu -l jdoe -S -t 12 <<< '${pw}'`],
    [`  1022  echo '${pw}' | iinit`],
    [`echo -e '${pw}\\n${pw}' | ipa user-add jdoe --first=Jane --last=Doe --password`],
  ])('%s', (line) => goes(line, pw));

  it('takes both passwords of a FreeIPA install, and its other options stay', () => {
    const admin = `${s.alnum(8)}!${s.alnum(3)}`;
    const out = scrubber.redactLine(`ipa-server-install -U -r RC.EXAMPLE.EDU -n rc.example.edu -p '${pw}' -a '${admin}' --setup-dns`);
    expect(out).not.toContain(pw);
    expect(out).not.toContain(admin);
    expect(out).toMatch(/^ipa-server-install -U -r RC\.EXAMPLE\.EDU -n rc\.example\.edu -p .* --setup-dns$/);
  });

  it('takes the NT hash of a smbpasswd line (pdbedit -Lw); the user, uid and flags stay', () => {
    const nt = hex32.toUpperCase();
    expect(scrubber.redactLine(`jdoe:1001:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:${nt}:[U          ]:LCT-65E59F11:`)).toBe(
      'jdoe:1001:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:[REDACTED:credential-dump-output]:[U          ]:LCT-65E59F11:',
    );
  });

  it("takes the session keys FreeRADIUS's debug output prints", () => {
    goes(`(7) \tMS-MPPE-Recv-Key = 0x${hex32}${hex32}`, hex32);
  });

  it.each([
    ['kinit -kt /etc/krb5.keytab host/login01@RC.EXAMPLE.EDU'],
    ['kdb5_util stash -f /var/kerberos/krb5kdc/.k5.RC.EXAMPLE.EDU'],
    ['ipa-server-install --uninstall -U'],
    ['cat <<< "$(date)" | tee -a /var/log/run.log'],
    ['jdoe:1001:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:NO PASSWORD*********************:[U          ]:LCT-65E59F11:'],
    ['[2024/03/04 09:12:33.412345,  3] ../../source3/auth/auth.c:201(auth_check_ntlm_password)  check_ntlm_password:  Checking password for unmapped user [EXAMPLE]\\[jdoe]@[LOGIN01] with the new password interface'],
  ])('keeps %s', (line) => keeps(line));
});

describe('data integration tools', () => {
  it.each([
    [`/ISSERVER "\\"\\SSISDB\\DW\\Load_Facts.dtsx\\"" /SERVER sqldw01 /Par "\\"CM.SRC_ORACLE.Password\\"";"\\"${pw}\\"" /CALLERINFO SQLAGENT`],
    [`<Configuration ConfiguredType="Property" Path="\\Package.Connections[SRC_SAP].Properties[Password]" ValueType="String"><ConfiguredValue>${pw}</ConfiguredValue></Configuration>`],
    [`EXEC [SSISDB].[catalog].[set_environment_variable_value] @folder_name=N'DW', @environment_name=N'PROD', @variable_name=N'FtpPassword', @value=N'${pw}'`],
    [`infacmd.sh isp CreateConnection -dn Domain_Prod -un Administrator -pd \${INFA_PWD} -cn ORA_SRC -ct Oracle -cun etl_src -cpd ${pw} -o "CodePage='UTF-8'"`],
    [`./consoleAgentManager.sh configureToken etl.svc@example.com ${s.alnum(40)}${pw}`],
    [`GGSCI command (oracle): dblogin userid c##ggadmin@ORCLCDB password ${pw}.`],
    [`GGSCI (ogg-src01) 3> ALTER CREDENTIALSTORE ADD USER c##ggadmin@ORCLCDB PASSWORD ${pw} ALIAS ggsrc`],
    [`T:  Endpoint test connect string 'ora-src:1521/ORCLPDB1' user 'QLIK_CDC' password '${pw}' (oracle_endpoint_util.c:402)`],
    [`New Elasticsearch output {:class=>"LogStash::Outputs::ElasticSearch", :cloud_auth=>"elastic:${pw}"}`],
  ])('%s', (line) => goes(line, pw));

  it('takes a token in parts joined by colons under a token key: Dagster Cloud, Asana', () => {
    goes(`  agent_token: agent:acme:${hex32}`, hex32);
    goes(`access_token=2/8816905757189941/3844068205647988:${hex32}`, hex32);
  });

  it.each([
    ['dtexec /F Load.dtsx /Par "$Project::BatchSize";5000'],
    ["EXEC [SSISDB].[catalog].[set_environment_variable_value] @variable_name=N'FtpHost', @value=N'ftp.example.com'"],
    ['infacmd.sh isp CreateConnection -dn Domain_Prod -un Administrator -pd ${INFA_PWD} -cn ORA_SRC'],
    [`layer_token=sha256:${hex32}${hex32}`],
    ['user_token: user:acme:short'],
  ])('keeps %s', (line) => keeps(line));
});

describe('a bare value cut short inside a longer run leaves the rest to the other rules', () => {
  it('takes the password of an ODBC connection string that an XML element holds', () => {
    const out = scrubber.redactLine(`<ConnectionString>DRIVER={MariaDB};SERVER=db01.example.edu;UID=shibd;PWD=${pw};DATABASE=shibboleth</ConnectionString>`);
    expect(out).not.toContain(pw);
    expect(out).toContain(';SERVER=db01.example.edu;UID=shibd;PWD=[REDACTED:password-assignment];DATABASE=shibboleth</ConnectionString>');
  });
});

describe('an OAuth authorization code after what names the flow on its line', () => {
  const code = s.base64url(30);
  it.each([
    [`INFO connect-oauth: POST /oauth/token code=${code} -> 200`],
    [`[AppAuth] Token request: POST https://login.example.io/oauth2/v1/token HTTP/1.1 Body: code=${code}&redirect_uri=app%3A%2F%2Fcb`],
    [`{"uri":"/duo/callback?state=ce398098ce6f&duo_code=${code}","status":302}`],
    [`level=DEBUG source=auth/callback.go:88 msg="exchanging authorization code" code=${code} issuer=https://dex.example.io`],
    [`RestTemplate : Writing [{grant_type=[authorization_code], code_verifier=[${code}]}]`],
  ])('%s', (line) => goes(line, code));

  it.each([
    ['oauth: token request failed error code=AUTHORIZATION_PENDING_FOR_DEVICE'],
    ['GET /callback?error=access_denied HTTP/1.1 code=1'],
    ['authorization header missing; exit code=137 after 3 retries'],
    ['oauth client registered; promo code=SUMMER24 applied'],
  ])('keeps %s', (line) => keeps(line));
});

describe("a fresh review's findings on this session's rules", () => {
  it.each([
    [`dtexec /F Load.dtsx /Par "$Project::Password";"${pw} with spaces"`, `${pw} with spaces`],
    [`GGSCI (ogg01) 1> USERID ggadmin, PASSWORD ${pw}`, pw],
    [`bob:1001:NO PASSWORDXXXXXXXXXXXXXXXXXXXXX:${hex32}:[U          ]:LCT-5F3A1B2C:`, hex32],
    [`{"MS-MPPE-Send-Key": "0x${hex32}${hex32}"}`, hex32],
    [`smbpasswd -s -a bob <<< $'${pw}\\n${pw}'`, pw],
    [`wbinfo -a svc%${pw}`, pw],
    [`ipa-client-install --principal admin -w ${pw} --unattended`, pw],
    [`E:  Cannot connect: user 'etl' password '${pw}' (C:\\build\\endpoint_util.c:402)`, pw],
  ])('takes %s', (line, secret) => goes(line, secret));

  it.each([
    ['DBLOGIN failed: password is expired, contact DBA'],
    ['dtexec /F Load.dtsx /Par "$Project::PasswordExpiryDays";90'],
    ["@variable_name=N'CompassHost', @value=N'compass01.example.com'"],
    ['grep passwd <<< "root:x:0:0"'],
    ['command_line    $USER1$/check_ldap -H $HOSTADDRESS$ -b "$ARG1$" -D "$ARG2$" -P "$ARG3$"'],
    ['{:oauth=>"google:oauth2"}'],
    [`level=info image_token=registry:sha256:${hex32}${hex32}`],
    ['token=urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6'],
    [`GET https://app.atera.com/api/v3/agents?page=1 X-API-KEY=[masked] -> 200 (50 items)`],
    ['RD_OPTION_DBUSER=app RD_OPTION_DBPASS=[SECURE] RD_JOB_PROJECT=ops'],
    ["wp-config.php:define( 'AUTH_KEY',         'put your unique phrase here' );"],
    ["  pw:api   waiting for getByLabel('Password') +1ms"],
    ['GET https://api.addressy.com/Capture/v1.2/json3.ws?Key=****-****-****-****&Id=GB%7CRM 200'],
  ])('keeps %s', (line) => keeps(line));

  it('stays linear on a long line of keyed values cut at each field', () => {
    const line = 'password=Xk9mQ2vL8pz,'.repeat(16_000);
    const started = process.hrtime.bigint();
    scrubber.redactLine(line);
    // A guard against the quadratic re-scan (minutes), not a speed goal: milliseconds here.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(20);
  });
});

describe('what a browser test types into a field named as a password (round 101)', () => {
  it.each([
    [`  > 23 |   await page.getByLabel('Password').fill('${pw}');`],
    [`await page.fill('#password', '${pw}');`],
    [`await $('input[name="password"]').setValue("${pw}")`],
    [`20240312 16:44:02.331 - INFO - Typing text '${pw}' into text field 'id=password'.`],
  ])('%s', (line) => goes(line, pw));

  it.each([
    ["await page.getByLabel('Email').fill('ada@example.com');"],
    ["await page.getByLabel('Password').fill(process.env.E2E_PASSWORD);"],
    ["20240312 16:44:02.331 - INFO - Typing text 'jdoe' into text field 'id=username'."],
  ])('keeps %s', (line) => keeps(line));
});

describe("Login with Amazon's tokens and FTP's PASS after more trace markers (round 100)", () => {
  const lwa = `Atza|IwEB${s.base64url(120)}`;
  it.each([
    [`headers: x-amz-access-token=${lwa}`],
    [`Authorization: Bearer ${lwa}`],
    [`{"refresh_token":"${lwa.replace('Atza', 'Atzr')}"}`],
    [`using restricted data token x-amz-access-token=${lwa.replace('Atza', 'Atz.sprdt')}`],
  ])('%s', (line) => goes(line, lwa.slice(5)));

  it.each([
    [`2024/03/05 09:20:01.118 Host SPS/acmewhse <send>: PASS ${pw}`],
    [`[48812] Mon Mar  4 12:14:03 2024 :: 10.41.2.9: [CLIENT]: PASS ${pw}`],
    [`(000012) 3/5/2024 9:20:01 - (not logged in) (10.0.0.5)> PASS ${pw}`],
  ])('%s', (line) => goes(line, pw));

  it.each([['Atza|<access token>'], ['(000013) 3/5/2024 9:20:02 - jdoe (10.0.0.5)> 230 Logged on'], ['[CLIENT]: PASS ****']])('keeps %s', (line) => keeps(line));
});

describe("a flag named for whose password it is, and dscl's -passwd (round 101)", () => {
  it.each([
    [`wwctl node set c[0401-0464] --ipmiuser root --ipmipass '${pw}'`],
    [`$ node meshctrl.js DeviceList --url wss://mesh.example.com --loginuser admin --loginpass ${pw}`],
    [`tool -serverpass=${pw} -v`],
    [`sudo dscl . -passwd /Users/kiosk ${pw}`],
  ])('%s', (line) => goes(line, pw));

  it.each([['squid --bypass 1 --no-bypass'], ['curl --proxy-pass cache http://x'], ['tool --ipmipass $IPMI_PASS'], ['sudo dscl . -passwd /Users/kiosk']])('keeps %s', (line) => keeps(line));
});
