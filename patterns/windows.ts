import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120462);

const password = `${sample.alnum(6)}#${sample.alnum(7)}`;
const ntHash = sample.hex(32);
const storageKey = `${sample.base64(86)}==`;

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
      "the password a Windows tool takes as a switch: netdom /passwordd: and /passwordo:, schtasks /rp and /p, dsadd and dsmod -pwd, winrs -p:, certutil -p, signtool /p, rsconfig -p, vaultcmd /authenticator:, dtexec /decrypt, rasdial <entry> <user> <password>, Rubeus /password: /rc4: /aes256:",
    regex: [
      String.raw`${tool('netdom')}[ \t]/(?i:password[do]):${VALUE}`,
      String.raw`${tool('schtasks')}[ \t]/(?i:rp|p)[ \t]+${VALUE}`,
      String.raw`${tool('dsadd|dsmod')}[ \t]-pwd[ \t]+${VALUE}`,
      String.raw`${tool('winrs')}[ \t][-/](?i:p|password):${VALUE}`,
      String.raw`${tool('certutil|rsconfig')}[ \t]-p[ \t]+${VALUE}`,
      String.raw`${tool('signtool')}[ \t]/p[ \t]+${VALUE}`,
      String.raw`${tool('vaultcmd')}[ \t]/(?i:authenticator):${VALUE}`,
      String.raw`${tool('dtexec')}[ \t]/(?i:de(?:crypt)?)[ \t]+${VALUE}`,
      String.raw`\b(?i:rasdial)(?:\.exe)?[ \t]+(?:\\?"[^"\r\n]*\\?"|[^ \t\r\n"/]+)[ \t]+[^ \t\r\n"/]+[ \t]+${VALUE}`,
      String.raw`${tool('rubeus')}[ \t]/(?i:password|rc4|aes128|aes256|des):${VALUE}`,
    ].join('|'),
    keywords: ['netdom', 'schtasks', 'dsadd', 'dsmod', 'winrs', 'certutil', 'rsconfig', 'signtool', 'vaultcmd', 'dtexec', 'rasdial', 'rubeus'],
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
      "what credential dumping prints: secretsdump's user:rid:lm:nt::: lines and LSA secrets (dpapi_machinekey:0x…, DefaultPassword (…):…, _SC_<service> user:…), mimikatz's * NTLM : and * SHA1 :, Hash NTLM: …",
    // An NT hash logs in as its user (pass the hash). The LM half, `aad3b435…` for none, stays.
    regex: [
      String.raw`:[0-9]+:[0-9a-fA-F]{32}:([0-9a-fA-F]{32}):::`,
      String.raw`\b(?i:dpapi_(?:machine|user)key):0x([0-9a-f]{40})\b`,
      String.raw`\[\*\][ \t]+(?:DefaultPassword[ \t]+\([^)\r\n]*\)|_SC_[A-Za-z0-9_$.-]+[ \t]+[^ \t\r\n:]+):([^\r\n]*[^ \t\r\n])`,
      String.raw`\*[ \t]+(?:NTLM|SHA1)[ \t]*:[ \t]*([0-9a-f]{40}|[0-9a-f]{32})\b`,
      String.raw`\b(?i:hash ntlm|ntlm hash|nt hash)[ \t]*:[ \t]*([0-9a-f]{32})\b`,
    ].join('|'),
    keywords: [':::', 'dpapi_', '[*]', 'ntlm', 'sha1', 'nt hash'],
    examples: {
      match: [{ input: `corp.local\\svc_sql:7067:aad3b435b51404eeaad3b435b51404ee:${ntHash}:::`, output: `corp.local\\svc_sql:7067:aad3b435b51404eeaad3b435b51404ee:${label('credential-dump-output')}:::` }],
      noMatch: ['* NTLM     : (null)', 'Administrator:500:aad3b435b51404eeaad3b435b51404ee:::'],
    },
  },
  {
    id: 'azure-storage-key-row',
    family: 'cloud',
    description: "a storage account key as Get-AzStorageAccountKey and az storage account keys list print the table: key1  <88 characters>  Full",
    regex: String.raw`\b(?i:key[12])[ \t]+([A-Za-z0-9+/]{86}==)(?:[ \t]|$)`,
    keywords: ['key1', 'key2'],
    examples: {
      match: [{ input: `key1    ${storageKey} Full        06/24/2024 06:22:47 PM`, output: `key1    ${label('azure-storage-key-row')} Full        06/24/2024 06:22:47 PM` }],
      noMatch: ['KeyName Value Permissions CreationTime'],
    },
  },
];
