/**
 * Round 62 (Windows and enterprise IT, blind): the switches Windows' tools take a password by,
 * what Windows stores for a logon or a setup, and what credential dumping prints. Each as a
 * class, with the look-alikes beside it that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x6262);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);
const password = (): string => `${sample.alnum(5)}#${sample.alnum(4)}=${sample.alnum(4)}`;

describe("a Windows tool's password switch", () => {
  goes(
    [
      (s) => `netdom join %COMPUTERNAME% /domain:corp.local /userd:CORP\\svc_join /passwordd:${s} /reboot:10`,
      (s) => `<![LOG[Executing command line: "netdom.exe" join %COMPUTERNAME% /domain:corp.local /userd:CORP\\svc /passwordd:${s}]LOG]!>`,
      (s) => `schtasks.exe /Create /S LT-8831 /RU "CORP\\svc_adsync" /RP "${s}" /SC ONSTART /TN "\\Corp\\Watchdog"`,
      (s) => `dsadd user "CN=lchen,OU=Contractors,DC=corp,DC=local" -samid lchen -pwd ${s} -mustchpwd yes`,
      (s) => `winrs -r:https://lt-8831.corp.local:5986 -u:CORP\\svc_backup -p:${s} "cmd /c wevtutil cl System"`,
      (s) => `Process Command Line: certutil.exe -f -p "${s}" -importpfx C:\\Temp\\exch2024.pfx NoExport`,
      (s) => `"C:\\Program Files (x86)\\Windows Kits\\10\\bin\\x64\\signtool.exe" sign /f "codesign.pfx" /p ${s} /fd SHA256`,
      (s) => `Executing: rsconfig.exe -c -s SQL02 -d ReportServer -a SQL -u rs_exec -p ${s}`,
      (s) => `vaultcmd /addcreds:"Windows Credentials" /credtype:"Windows Domain Password Credential" /identity:CORP\\svc /authenticator:${s} /resource:FS01`,
      (s) => `Command line: dtexec /F "D:\\SSIS\\VendorSync.dtsx" /DECRYPT ${s} /REPORTING EW`,
      (s) => `Connecting VPN: rasdial "Corp VPN" cbrown ${s}`,
      (s) => `<Data Name='CommandLine'>net  use \\\\RDS01\\IPC$ /user:CORP\\svc_sched ${s}</Data>`,
    ],
    password,
  );
  goes(
    [
      (s) => `DEBUG Invoke-Sync: $wc.Credentials = New-Object System.Net.NetworkCredential("svc_exch", "${s}", "CORP")`,
      (s) => `dtexec /F "D:\\SSIS\\VendorSync.dtsx" /SET \\Package.Variables[User::SftpPassword].Properties[Value];"${s}" /REPORTING EW`,
      (s) => `EXEC [SSISDB].[catalog].[set_object_parameter_value] @object_type=30, @parameter_name=N'CM.SRC_ORACLE.Password', @parameter_value=N'${s}', @object_name=N'Extract.dtsx'`,
      (s) => `ansible: TASK [ad_join] cmd: echo ${s} | realm join --user=svc_join CORP.LOCAL`,
      (s) => `+ echo '${s}' | docker login registry.acme.io -u ci --password-stdin`,
    ],
    password,
  );
  goes([(s) => `NDES mscep_admin: Issued enrollment challenge password ${s} for CORP\\svc_intune_ndes (valid 60 min)`], () => sample.hex(16).toUpperCase());
  goes([(s) => `POST /owa/service.svc action=GetAccessTokenforResource 443 CONTOSO\\ylee 198.51.100.253 cadata=${s};+cadataTTL=NfQ`], () => sample.base64(120));
  goes([(s) => `Rubeus.exe asktgt /user:adm_hmuller /rc4:${s} /domain:corp.local /nowrap`], () => sample.hex(32));
  keeps(['echo "$JOIN_PW" | realm join --user=svc_join CORP.LOCAL', 'cadataTTL=NfQKh4lxeEapmBITCHtxwA==', 'schtasks /create /tn Backup /ru SYSTEM /rp * /sc daily', 'dsmod user "CN=ada,DC=corp" -pwd * -mustchpwd yes', 'certutil -p', 'rasdial /disconnect']);
});

describe('what Windows stores for a logon or a setup', () => {
  goes(
    [
      (s) => `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d "${s}" /f`,
      (s) => `    DefaultPassword    REG_SZ    ${s}`,
      (s) => `    <AutoLogon><Password><Value>${s}</Value><PlainText>true</PlainText></Password></AutoLogon>`,
      (s) => `    Key Content            : ${s}`,
      (s) => `<![LOG[WiFi profile applied: SSID=CORP-GUEST Authentication=WPA2PSK keyMaterial=${s} protected=false]LOG]!>`,
      (s) => `<publishProfile profileName="acme-hr - Web Deploy" userName="$acme-hr" userPWD="${s}" destinationAppUrl="https://acme-hr.azurewebsites.net">`,
    ],
    password,
  );
  goes([(s) => `key1    ${s} Full        06/24/2024 06:22:47 PM`], () => `${sample.base64(86)}==`);
  keeps([
    '<AutoLogon><Password><Value></Value><PlainText>true</PlainText></Password></AutoLogon>',
    'Panther: Info PANTHR Unattend: <Credentials><Domain>CORP</Domain><Password>*SENSITIVE*DATA*DELETED*</Password></Credentials>',
    'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon AutoAdminLogon=0 DefaultPassword=(value not present)',
    'Password : System.Security.SecureString',
    'PrincipalsAllowedToRetrieveManagedPassword : {CN=WebServers,OU=Groups,DC=corp,DC=example,DC=com}',
    '> Task :app:signReleaseBundle  keystore=release.jks alias=upload storePassword=[from env] keyPassword=[from env]',
    'I Bugsnag: Loaded configuration: releaseStage=production, apiKey=[configured]',
  ]);
});

describe('what credential dumping prints', () => {
  goes(
    [
      (s) => `corp.local\\svc_sql:7067:aad3b435b51404eeaad3b435b51404ee:${s}:::`,
      (s) => `CORP\\FS01$:aad3b435b51404eeaad3b435b51404ee:${s}:::`,
      (s) => `\t * NTLM     : ${s}\t * Domain   : CORP`,
      (s) => `{"alert": "Credential dumping output observed", "stdout_excerpt": "Hash NTLM: ${s}"}`,
    ],
    () => sample.hex(32),
  );
  goes([(s) => `dpapi_machinekey:0x${s}`], () => sample.hex(40));
  goes([(s) => `[*] DefaultPassword (Unknown User):${s}`, (s) => `[*] _SC_SQLSERVERAGENT  CORP\\svc_deploy:${s}`], password);
  keeps(['* NTLM     : (null)', 'Administrator:500:aad3b435b51404eeaad3b435b51404ee:::']);
});
