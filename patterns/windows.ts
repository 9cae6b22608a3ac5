import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120462);

const password = `${sample.alnum(6)}#${sample.alnum(7)}`;
const ntHash = sample.hex(32);
const storageKey = `${sample.base64(86)}==`;
const owaCookie = sample.base64(120);
/** Session 35's samples, from a seed of their own. */
const s35 = createSampler(2026120435);
const ntProof = s35.hex(32).toUpperCase();
const ntBlob = `0101000000000000${s35.hex(120).toUpperCase()}`;
const kirbi = `doIF${s35.base64(400).replace(/=+$/, '')}`;

/**
 * A value after a Windows switch: quoted (its quotes escaped too, inside JSON), or one word that
 * is no switch and no prompt (`*`), up to a blank, a quote or the end of SCCM's log record (`]LOG]`).
 */
const VALUE = String.raw`(?:\\?"((?:[^"\\\r\n]|\\[^"\r\n])+)\\?"|'([^'\r\n]+)'|([^-/*" \t\r\n'<>|&;\\][^ \t\r\n"'<>]*?)(?:\]LOG\]|[ \t"'<>]|\r?$))`;

/** A Windows tool's name on a command line, with or without `.exe` and its path. */
const tool = (names: string): string => String.raw`\b(?i:${names})(?:\.exe)?\b[^\r\n]*?`;

/**
 * Round 62 (Windows and enterprise IT, blind): the switches Windows' own tools take a password
 * by, as 4688 events, SCCM's smsts.log, transcripts and build logs record the command line; and
 * what credential dumping tools print, as EDR alerts and incident notes quote it.
 */
export const windowsRules: readonly RuleSpec[] = [
  {
    id: 'windows-cli-password',
    family: 'command-line',
    description:
      "the password a Windows tool takes as a switch or an argument: netdom /passwordd: and /passwordo:, schtasks /rp and /p, dsadd and dsmod -pwd, winrs -p:, certutil -p, signtool /p, rsconfig -p, vaultcmd /authenticator:, dtexec /decrypt and /set of a password variable, SSIS's @parameter_value, NDES's challenge password, rasdial <entry> <user> <password>, Rubeus /password: /rc4: /aes256:",
    regex: [
      String.raw`${tool('netdom')}[ \t]/(?i:password[do]):${VALUE}`,
      String.raw`${tool('schtasks')}[ \t]/(?i:rp|p)[ \t]+${VALUE}`,
      String.raw`${tool('dsadd|dsmod')}[ \t]-pwd[ \t]+${VALUE}`,
      String.raw`${tool('winrs')}[ \t][-/](?i:p|password):${VALUE}`,
      String.raw`${tool('certutil|rsconfig')}[ \t]-p[ \t]+${VALUE}`,
      String.raw`${tool('signtool')}[ \t]/p[ \t]+${VALUE}`,
      String.raw`${tool('vaultcmd')}[ \t]/(?i:authenticator):${VALUE}`,
      String.raw`${tool('dtexec')}[ \t]/(?i:de(?:crypt)?)[ \t]+${VALUE}`,
      // dtexec's /SET of a package variable that holds a password: \Package.Variables[User::SftpPassword].Properties[Value];"…"
      String.raw`${tool('dtexec')}[ \t]/(?i:set)[ \t]+[^ \t\r\n;]*(?i:pass|pwd|secret|token|key)[^ \t\r\n;]*;${VALUE}`,
      // SSIS's catalog: a parameter whose name holds a password, and its value after it.
      String.raw`@parameter_name[ \t]*=[ \t]*N?'[^'\r\n]*(?i:pass|pwd|secret|token|key)[^'\r\n]*'[ \t]*,[ \t]*@parameter_value[ \t]*=[ \t]*N?'([^'\r\n]+)'`,
      // NDES hands out a SCEP enrolment's one-time challenge password (16 hex).
      String.raw`\b(?i:challenge password)[ \t]+(?:(?i:is)[ \t]*)?:?[ \t]*([0-9A-F]{16})\b`,
      String.raw`\b(?i:rasdial)(?:\.exe)?[ \t]+(?:\\?"[^"\r\n]*\\?"|[^ \t\r\n"/]+)[ \t]+[^ \t\r\n"/]+[ \t]+${VALUE}`,
      String.raw`${tool('rubeus')}[ \t]/(?i:password|rc4|aes128|aes256|des):${VALUE}`,
    ].join('|'),
    keywords: ['netdom', 'schtasks', 'dsadd', 'dsmod', 'winrs', 'certutil', 'rsconfig', 'signtool', 'vaultcmd', 'dtexec', 'rasdial', 'rubeus', '@parameter_value', 'challenge password'],
    examples: {
      match: [{ input: `netdom join %COMPUTERNAME% /domain:corp.local /userd:CORP\\svc_join /passwordd:${password} /reboot:10`, output: `netdom join %COMPUTERNAME% /domain:corp.local /userd:CORP\\svc_join /passwordd:${label('windows-cli-password')} /reboot:10` }],
      noMatch: ['schtasks /create /tn Backup /ru SYSTEM /rp * /sc daily', 'dsmod user "CN=ada,DC=corp" -pwd * -mustchpwd yes'],
    },
  },
  {
    id: 'windows-stored-password',
    family: 'generic',
    description:
      "a password Windows keeps for an automatic logon or a setup, as reg add, reg query, unattend.xml and netsh print it: Winlogon's DefaultPassword /d \"…\" and DefaultPassword REG_SZ …, <AdministratorPassword><Value>…</Value>, netsh wlan's Key Content : …, a Wi-Fi profile's keyMaterial=…, an App Service publish profile's userPWD=\"…\"",
    regex: [
      String.raw`(?i:DefaultPassword)\b[^\r\n]*?[ \t]/d[ \t]+${VALUE}`,
      String.raw`(?i:DefaultPassword)[ \t]+REG_SZ[ \t]+([^\r\n]*[^ \t\r\n])`,
      String.raw`(?i:password)><(?i:value)>([^<\r\n]+)</(?i:value)>`,
      String.raw`\bKey Content[ \t]*:[ \t]*([^\r\n]*[^ \t\r\n])`,
      String.raw`\bkeyMaterial[=:]\\?["']?([^ \t\r\n"'<]+)`,
      String.raw`\buserPWD=\\?"([^"\\\r\n]+)\\?"`,
    ].join('|'),
    keywords: ['defaultpassword', 'password><value>', 'key content', 'keymaterial', 'userpwd'],
    examples: {
      match: [{ input: `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d "${password}" /f`, output: `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d "${label('windows-stored-password')}" /f` }],
      noMatch: ['<AutoLogon><Password><Value></Value><PlainText>true</PlainText></Password></AutoLogon>', 'reg query Winlogon /v DefaultPassword'],
    },
  },
  {
    id: 'credential-dump-output',
    family: 'password-hash',
    description:
      "what credential dumping prints: secretsdump's user:rid:lm:nt::: lines and LSA secrets (dpapi_machinekey:0x…, DefaultPassword (…):…, _SC_<service> user:…), mimikatz's * NTLM : and * SHA1 :, Hash NTLM: …, Samba's smbpasswd lines (pdbedit -Lw)",
    // An NT hash logs in as its user (pass the hash). The LM half, `aad3b435…` for none, stays.
    regex: [
      // A machine account's line has no RID (`CORP\\FS01$:<lm>:<nt>:::`).
      String.raw`(?::[0-9]+)?:[0-9a-fA-F]{32}:([0-9a-fA-F]{32}):::`,
      String.raw`\b(?i:dpapi_(?:machine|user)key):0x([0-9a-f]{40})\b`,
      String.raw`\[\*\][ \t]+(?:DefaultPassword[ \t]+\([^)\r\n]*\)|_SC_[A-Za-z0-9_$.-]+[ \t]+[^ \t\r\n:]+):([^\r\n]*[^ \t\r\n])`,
      String.raw`\*[ \t]+(?:NTLM|SHA1)[ \t]*:[ \t]*([0-9a-f]{40}|[0-9a-f]{32})\b`,
      String.raw`\b(?i:hash ntlm|ntlm hash|nt hash)[ \t]*:[ \t]*([0-9a-f]{32})\b`,
      // Round 94: an NT hash or a key derived from one under its name, as netexec, Rubeus, mimikatz and
      // secretsdump print it (`NTLM: …`, `rc4_hmac : …`, `Using rc4_hmac hash: …`, `MsCacheV2 : …`,
      // `ntlm- 1: …`, `bootKey: 0x…`), on the command line that passes it (`-nthash …`, `-hashes
      // <lm>:<nt>`, `/ntlm:…`, `/rc4:…`, `/krbtgt:…`, `/pth:…`, evil-winrm's `-H …`), or after the
      // empty LM hash (`aad3b435…:<nt>`, certipy's `Got hash for …`).
      String.raw`\b(?i:ntlm|nthash|rc4_hmac(?:_nt)?(?:[ \t]+hash)?|mscachev2|bootkey|ntlm-[ \t]*[0-9]+)\\?"?[ \t]*:?[ \t]*\\?"?(?:0x)?([0-9a-fA-F]{32})\b`,
      // lsassy's `[NT] <hash>`.
      String.raw`\[NT\][ \t]+([0-9a-fA-F]{32})\b`,
      String.raw`(?:^|[ \t"'])(?:-nthash[ \t]+|--?hashes[ \t]+(?:[0-9a-fA-F]{32})?:|/(?i:ntlm|rc4|krbtgt|pth):)([0-9a-fA-F]{32})\b`,
      String.raw`\bevil-winrm\b[^\r\n]*?[ \t]-H[ \t]+([0-9a-fA-F]{32})\b`,
      String.raw`\b(?i:aad3b435b51404eeaad3b435b51404ee):([0-9a-fA-F]{32})\b`,
      // Samba's smbpasswd file, as `pdbedit -Lw` prints it (round 98): user:uid:<LM or X…>:<NT>:[flags]:LCT-<time>:.
      String.raw`:(?:X{32}|N{32}|NO PASSWORD[X*]{21}):([0-9A-Fa-f]{32}):\[[A-Z ]{11}\]:LCT-|:([0-9A-Fa-f]{32}:[0-9A-Fa-f]{32}):\[[A-Z ]{11}\]:LCT-`,
    ].join('|'),
    // `rc4_hmac` and `/rc4:` hold `rc4`; `-hashes`, `/pth:` and `/krbtgt:` the words of their own.
    keywords: [':::', 'dpapi_', '[*]', 'ntlm', 'sha1', 'nt hash', 'nthash', 'rc4', 'mscachev2', 'bootkey', 'hashes', '/krbtgt:', '/pth:', 'evil-winrm', 'aad3b435b51404ee', '[nt]', ':lct-'],
    examples: {
      match: [{ input: `corp.local\\svc_sql:7067:aad3b435b51404eeaad3b435b51404ee:${ntHash}:::`, output: `corp.local\\svc_sql:7067:aad3b435b51404eeaad3b435b51404ee:${label('credential-dump-output')}:::` }],
      noMatch: ['* NTLM     : (null)', 'Administrator:500:aad3b435b51404eeaad3b435b51404ee:::', 'ntlm: negotiate failed', `sha256: ${ntHash}${ntHash}`],
    },
  },
  {
    id: 'netntlm-response',
    family: 'password-hash',
    description:
      "a captured NTLM challenge-response in hashcat's form (Responder, Inveigh, ntlmrelayx: user::DOMAIN:challenge:NTProofStr:blob for NTLMv2, user::DOMAIN:lm:nt:challenge for v1), open to an offline attack on the password",
    // The user, domain and server challenge stay (who was caught); the response goes.
    regex: [
      String.raw`::[^: \t\r\n]{0,64}:[0-9a-fA-F]{16}:([0-9a-fA-F]{32}:[0-9a-fA-F]{32,})`,
      String.raw`::[^: \t\r\n]{0,64}:([0-9a-fA-F]{48}:[0-9a-fA-F]{48}):[0-9a-fA-F]{16}\b`,
    ].join('|'),
    keywords: ['::'],
    anchor: String.raw`::[^: \t\r\n]{0,64}:[0-9a-fA-F]{16}`,
    examples: {
      match: [
        { input: `[SMB] NTLMv2-SSP Hash     : jdoe::CORP:1122334455667788:${ntProof}:${ntBlob}`, output: `[SMB] NTLMv2-SSP Hash     : jdoe::CORP:1122334455667788:${label('netntlm-response')}` },
      ],
      noMatch: ['fe80::1:abcdef0123456789:ffff', 'jdoe::CORP:1122334455667788:(null)'],
    },
  },
  {
    id: 'kerberos-ticket',
    family: 'password-hash',
    description: "a Kerberos ticket as Rubeus and other tools print a .kirbi in base64 (doIF…): it logs in as its user until it expires",
    // KRB-CRED's DER (0x76 0x82 …) in base64. Keywordless: `doi` in any case is in every "doing".
    regex: String.raw`(?:^|[^A-Za-z0-9+/])(doI[A-Za-z0-9+/]{200,}={0,2})`,
    keywords: [],
    anchor: String.raw`doI[A-Za-z0-9+/]{200}`,
    prefilter: String.raw`doI[A-Za-z0-9+/]{60}`,
    examples: {
      match: [{ input: `[*] base64(ticket.kirbi):      ${kirbi}`, output: `[*] base64(ticket.kirbi):      ${label('kerberos-ticket')}` }],
      noMatch: ['doing the thing', `undoI${kirbi.slice(4, 300)}`],
    },
  },
  {
    id: 'kerberos-roast-hash',
    family: 'password-hash',
    description: "a roastable Kerberos hash in hashcat's form ($krb5tgs$, $krb5asrep$, $krb5pa$): its checksum and encrypted part are open to an offline attack on the password",
    // The user, realm and SPN stay (who was roasted).
    regex: String.raw`\$krb5(?:tgs|asrep|pa)\$[0-9]{1,2}\$[^ \t\r\n]*?[$:]([0-9a-fA-F]{16,}(?:\$[0-9a-fA-F]{32,})?)`,
    keywords: ['$krb5'],
    examples: {
      match: [
        { input: `$krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/sql01.corp.local:1433*$${ntProof}$${ntBlob}`, output: `$krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/sql01.corp.local:1433*$${label('kerberos-roast-hash')}` },
        { input: `$krb5asrep$23$jsmith@CORP.LOCAL:${ntProof}$${ntBlob}`, output: `$krb5asrep$23$jsmith@CORP.LOCAL:${label('kerberos-roast-hash')}` },
      ],
      noMatch: ['$krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/sql01*$'],
    },
  },
  {
    id: 'sql-setup-sa-password',
    family: 'command-line',
    description: "SQL Server setup's sa password: SAPWD=\"…\" in ConfigurationFile.ini, as an msiexec property or a setup.exe switch (/SAPWD=…)",
    // Round 80. A rule of its own: one more key in the vocabulary put the key rules' shared anchor
    // past the pass's budget (compile.test.ts).
    regex: String.raw`\b(?i:sapwd)=(?:\\?"((?:[^"\\\r\n]|\\[^"\r\n])+)\\?"|([^ \t\r\n"]+))`,
    keywords: ['sapwd='],
    examples: {
      match: [
        { input: `SAPWD="${password}"`, output: `SAPWD="${label('sql-setup-sa-password')}"` },
        { input: `CommandLine="msiexec.exe /i \\"C:\\Temp\\SQLEXPR.msi\\" /qn SAPWD=\\"${password}\\" SECURITYMODE=SQL"`, output: `CommandLine="msiexec.exe /i \\"C:\\Temp\\SQLEXPR.msi\\" /qn SAPWD=\\"${label('sql-setup-sa-password')}\\" SECURITYMODE=SQL"` },
      ],
      noMatch: ['SAPWD="" ; set at install time'],
    },
  },
  {
    id: 'ssis-package-secret',
    family: 'command-line',
    description: "a password SQL Server Integration Services is handed: dtexec's and an Agent job step's /Par and /Set of a property named like a password (`/Par \"CM.Src.Password\";\"…\"`), a package configuration's <ConfiguredValue> for Properties[Password], and SSISDB's catalog procedures' @value for a variable or parameter named like one",
    // Round 99. The name may be quoted and escaped any way a job step writes it; the value follows
    // the `;` that ends it.
    regex: [
      String.raw`(?:\b(?i:dtexec)(?:\.exe)?|/(?i:isserver))\b[^\r\n]*?[ \t][/-](?i:par(?:ameter)?|set)[ \t]+[^;\r\n]*?(?i:pass(?:word|wd)?)(?:\\*"|\])*;(?:(?:\\*")+([^"\\\r\n]+)|([^"\\; \t\r\n]+))`,
      String.raw`Properties\[(?i:password)\]"[^>\r\n]*>[ \t]*<ConfiguredValue>([^<\r\n]+)</ConfiguredValue>`,
      String.raw`@(?i:variable_name|parameter_name|property_name)[ \t]*=[ \t]*N?'[^'\r\n]*(?i:pass(?:word|wd)?)'[^\r\n]*?@(?i:value|parameter_value|property_value)[ \t]*=[ \t]*N?'((?:[^'\r\n]|'')+)'`,
    ].join('|'),
    // Each name holds `pass`, a word the pass over every byte finds already: no literal of their own.
    keywords: ['pass'],
    examples: {
      match: [
        { input: `/ISSERVER "\\"\\SSISDB\\DW\\Load.dtsx\\"" /SERVER sqldw01 /Par "\\"CM.SRC.Password\\"";"\\"${password}\\"" /CALLERINFO SQLAGENT`, output: `/ISSERVER "\\"\\SSISDB\\DW\\Load.dtsx\\"" /SERVER sqldw01 /Par "\\"CM.SRC.Password\\"";"\\"${label('ssis-package-secret')}\\"" /CALLERINFO SQLAGENT` },
        { input: `EXEC [SSISDB].[catalog].[set_environment_variable_value] @folder_name=N'DW', @environment_name=N'PROD', @variable_name=N'FtpPassword', @value=N'${password}'`, output: `EXEC [SSISDB].[catalog].[set_environment_variable_value] @folder_name=N'DW', @environment_name=N'PROD', @variable_name=N'FtpPassword', @value=N'${label('ssis-package-secret')}'` },
      ],
      noMatch: ['dtexec /F Load.dtsx /Par "$Project::BatchSize";5000', "@variable_name=N'FtpHost', @value=N'ftp.example.com'"],
    },
  },
  {
    id: 'wlan-key-material',
    family: 'network',
    description: "a Wi-Fi profile's key in clear text, as netsh wlan export profile key=clear and the WLAN CSP's XML hold it: <keyMaterial>…</keyMaterial>",
    // Round 80. Also escaped, as the MDM diagnostics log quotes the profile (`&lt;keyMaterial&gt;`).
    regex: String.raw`(?:<|&lt;)keyMaterial(?:>|&gt;)((?:[^<&\r\n]|&(?:amp|quot|apos|#[0-9]{1,6});)+)(?:<|&lt;)/keyMaterial`,
    keywords: ['keymaterial'],
    examples: {
      match: [{ input: `<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>${password}</keyMaterial></sharedKey>`, output: `<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>${label('wlan-key-material')}</keyMaterial></sharedKey>` }],
      noMatch: ['<keyMaterial></keyMaterial>'],
    },
  },
  {
    id: 'network-credential-call',
    family: 'command-line',
    description: ".NET's NetworkCredential made with its password, as PowerShell's script block log (4104) and transcripts record it: [System.Net.NetworkCredential]::new('user', '…'), New-Object System.Net.NetworkCredential('user', '…')",
    // Round 80: the user first, the password second; a domain may follow.
    // C#'s `new NetworkCredential(…)` is dotnet-credential's.
    regex: String.raw`(?:\bNetworkCredential\]::new|\bNew-Object[ \t]+(?:-TypeName[ \t]+)?(?:System\.)?(?:Net\.)?NetworkCredential)[ \t]*(?:-ArgumentList[ \t]+)?@?\(?[ \t]*(?:'[^'\r\n]*'|"[^"\r\n]*"|\$[A-Za-z_][\w.]*)[ \t]*,[ \t]*(?:'([^'\r\n]+)'|"([^"$\r\n]+)")`,
    // `NetworkCredential` holds `cred`, which the pass finds already.
    keywords: ['networkcredential'],
    examples: {
      match: [{ input: `$wc.Credentials = [System.Net.NetworkCredential]::new('svc_ftp', '${password}')`, output: `$wc.Credentials = [System.Net.NetworkCredential]::new('svc_ftp', '${label('network-credential-call')}')` }],
      noMatch: ['$cred = New-Object System.Net.NetworkCredential($user, $pass)'],
    },
  },
  {
    id: 'registry-secret-value',
    family: 'config',
    description: "a registry value named for a secret, as reg query prints it: DefaultPassword    REG_SZ    …, CloudApiSecret    REG_SZ    … (Winlogon's AutoAdminLogon, agents' keys)",
    // Round 80. The value's name, its type, then the data to the line's end.
    regex: String.raw`(?:^|[ \t])(?i:[a-z0-9_.-]*(?:password|passwd|pwd|secret|token|apikey|api_key|accesskey|psk))[ \t]+REG_(?:EXPAND_)?SZ[ \t]+([^ \t\r\n][^\r\n]*?)[ \t]*\r?$`,
    // Tier 1b only: the names hold words the pass finds already.
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'psk'],
    anchor: String.raw`[ \t]REG_(?:EXPAND_)?SZ[ \t]`,
    anchorInPass: false,
    examples: {
      match: [{ input: `    DefaultPassword    REG_SZ    ${password}`, output: `    DefaultPassword    REG_SZ    ${label('registry-secret-value')}` }],
      noMatch: ['    DefaultPassword    REG_SZ    ', '    DefaultUserName    REG_SZ    kiosk'],
    },
  },
  {
    id: 'powershell-secret-parameter',
    family: 'command-line',
    description: 'a quoted string given to a PowerShell parameter named for a secret: -SharedSecret \'…\' (New-NpsRadiusClient, Set-VpnAuthProtocol), -L2tpPsk \'…\' (Add-VpnConnection), -ApiKey "…"',
    // Round 80: PowerShell's parameters take one dash and any case; quoted, the value is the
    // string (a variable, `$secret`, stays: a double-quoted one opening with `$` is none).
    // Not any `…Token`: AWS' cmdlets page and deduplicate by them (`-NextToken`, `-ContinuationToken`,
    // `-ClientRequestToken`).
    regex: String.raw`(?:^|[ \t])-(?i:[a-z0-9]*(?:secret|psk|passphrase|apikey|accesskey|(?:access|auth|api|bearer|session|refresh|personalaccess)token))[ \t]+(?:'([^'\r\n]+)'|"([^"$\r\n][^"\r\n]*)")`,
    keywords: ['secret', 'psk', 'pass', 'key', 'token'],
    anchor: String.raw`-(?i:[a-z0-9]*(?:secret|psk|passphrase|apikey|accesskey|token))[ \t]+["']`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `PS C:\\> New-NpsRadiusClient -Address 10.10.0.1 -Name 'FW01' -SharedSecret '${password}' -VendorName 'RADIUS Standard'`, output: `PS C:\\> New-NpsRadiusClient -Address 10.10.0.1 -Name 'FW01' -SharedSecret '${label('powershell-secret-parameter')}' -VendorName 'RADIUS Standard'` },
        { input: `Add-VpnConnection -Name 'Branch' -ServerAddress vpn2.example.com -TunnelType L2tp -L2tpPsk '${password}' -Force`, output: `Add-VpnConnection -Name 'Branch' -ServerAddress vpn2.example.com -TunnelType L2tp -L2tpPsk '${label('powershell-secret-parameter')}' -Force` },
      ],
      noMatch: ['Set-VpnAuthProtocol -SharedSecret "$env:RRAS_PSK" -PassThru', "Get-Secret -Name 'db-password' -AsPlainText", "Get-S3Object -BucketName logs -ContinuationToken '1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM='"],
    },
  },
  {
    id: 'log4net-property-secret',
    family: 'config',
    description: "a secret property log4net's internal debugging prints as it configures an appender: log4net: Setting Property [Password] to String value [Sm7p!Relay]",
    // Round 80: every property of every appender, SMTP and ADO.NET passwords among them.
    // The name ends in the word (`PartitionKeyType` is none); the value runs to the line's last `]`.
    regex: String.raw`\bSetting Property \[(?i:[a-z]*(?:password|passwd|pwd|secret|token|key))\] to String value \[([^\r\n]+)\][ \t]*\r?$`,
    keywords: ['pass', 'pwd', 'secret', 'token', 'key'],
    anchor: String.raw`\bSetting Property \[`,
    anchorInPass: false,
    examples: {
      match: [{ input: `log4net: Setting Property [Password] to String value [${password}]`, output: `log4net: Setting Property [Password] to String value [${label('log4net-property-secret')}]` }],
      noMatch: ['log4net: Setting Property [SmtpHost] to String value [smtp.example.com]'],
    },
  },
  {
    id: 'mdt-property-secret',
    family: 'config',
    description: "a secret property as MDT's and SCCM's task sequence logs record it (BDD.log, ZTIGather): Property DomainAdminPassword is now = …",
    // Round 80: to the end of CMTrace's record (`]LOG]`) or of the line.
    // Four characters or more, so an empty one and a place (`BDERecoveryKey is now = AD`) stay.
    regex: String.raw`\bProperty[ \t]+(?i:[a-z0-9_]*(?:password|passwd|pwd|secret|token))[ \t]+is[ \t]+now[ \t]+=[ \t]+([^\] \t\r\n][^\r\n]{3,}?)[ \t]*(?:\]LOG\]|\r?$)`,
    keywords: ['pass', 'pwd', 'secret', 'token'],
    anchor: String.raw`[ \t]is[ \t]+now[ \t]+=`,
    anchorInPass: false,
    examples: {
      match: [{ input: `<![LOG[Property DomainAdminPassword is now = ${password}]LOG]!><time="08:14:22.000+000" date="03-11-2024" component="ZTIGather">`, output: `<![LOG[Property DomainAdminPassword is now = ${label('mdt-property-secret')}]LOG]!><time="08:14:22.000+000" date="03-11-2024" component="ZTIGather">` }],
      noMatch: ['<![LOG[Property DomainAdminPassword is now = ********]LOG]!>', '<![LOG[Property OSDComputerName is now = WS-0042]LOG]!>', '<![LOG[Property AdminPassword is now = ]LOG]!><time="08:14:22.000+000" component="ZTIGather">'],
    },
  },
  {
    id: 'azure-storage-key-row',
    family: 'cloud',
    description: "a storage account key as Get-AzStorageAccountKey and az storage account keys list print the table: key1  <88 characters>  Full",
    // Or after its permissions' column, as the CLI's table has it (`key1  FULL  <88>`), and as JSON
    // beside key2 (Cognitive Services' `{"key1": "<32 hex>", "key2": …}`; round 80).
    regex: String.raw`\b(?i:key[12])(?:[ \t]+(?i:full|read))?[ \t]+([A-Za-z0-9+/]{86}==)(?:[ \t]|$)|\\?"key[12]\\?"[ \t]*:[ \t]*\\?"([0-9a-f]{32}|[A-Za-z0-9+/]{86}==)\\?"`,
    keywords: ['key1', 'key2'],
    examples: {
      match: [
        { input: `key1    ${storageKey} Full        06/24/2024 06:22:47 PM`, output: `key1    ${label('azure-storage-key-row')} Full        06/24/2024 06:22:47 PM` },
        { input: `key1      FULL           ${storageKey}   2024-01-15T09:12:33.118212+00:00`, output: `key1      FULL           ${label('azure-storage-key-row')}   2024-01-15T09:12:33.118212+00:00` },
        { input: `{"key1": "${ntHash}", "key2": "${ntHash}"}`, output: `{"key1": "${label('azure-storage-key-row')}", "key2": "${label('azure-storage-key-row')}"}` },
      ],
      noMatch: ['KeyName Value Permissions CreationTime', '{"key1": "value1", "key2": 42}'],
    },
  },
  {
    id: 'owa-cadata-cookie',
    family: 'session',
    description: "Outlook on the web's session cookies (cadata, cadataKey, cadataSig), as IIS's W3C log writes the Cookie column",
    // Base64, its `+` too: the column's cookies are apart by `;+`.
    regex: String.raw`\bcadata(?:Key|Sig)?=([^;& \t\r\n"]+)`,
    keywords: ['cadata'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `POST /owa/service.svc action=GetAccessTokenforResource 443 CONTOSO\\ylee 198.51.100.253 cadata=${owaCookie};+cadataTTL=NfQ`, output: `POST /owa/service.svc action=GetAccessTokenforResource 443 CONTOSO\\ylee 198.51.100.253 cadata=${label('owa-cadata-cookie')};+cadataTTL=NfQ` }],
      noMatch: ['cadataTTL=NfQKh4lxeEapmBITCHtxwA=='],
    },
  },
  {
    id: 'echo-into-join',
    family: 'command-line',
    description: "a password echoed into a command that reads it from its input: echo … | realm join, | kinit, | adcli join, | net ads join, | docker login --password-stdin, | passwd --stdin, | saslpasswd2",
    regex: String.raw`\b(?:echo|printf)[ \t]+(?:-[neE]+[ \t]+)?(?:'([^'\r\n]+)'|"([^"$\r\n]+)"|([^ \t\r\n'"|>$;&]+))[ \t]*\|[ \t]*(?:sudo[ \t]+(?:-[A-Za-z]+[ \t]+)*)?(?:realm join|kinit|adcli join|net ads join|[a-z0-9.-]+ login[^|\r\n]*--password-stdin|passwd --stdin|saslpasswd2\b)`,
    // Cyrus SASL's saslpasswd2 reads it from its input too (rounds 69, 77); chpasswd's is cli-password-option's.
    keywords: ['realm join', 'kinit', 'adcli join', 'net ads join', 'password-stdin', 'passwd --stdin', 'saslpasswd2'],
    examples: {
      match: [{ input: `ansible: TASK [ad_join] cmd: echo ${password} | realm join --user=svc_join CORP.LOCAL`, output: `ansible: TASK [ad_join] cmd: echo ${label('echo-into-join')} | realm join --user=svc_join CORP.LOCAL` }],
      noMatch: ['echo "$JOIN_PW" | realm join --user=svc_join CORP.LOCAL', 'echo "$SASL_PW" | saslpasswd2 -p -c cyrus'],
    },
  },
];
