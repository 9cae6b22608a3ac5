import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { SHELL_ARG } from './hosts-and-media.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120594);

const password = `${sample.alnum(7)}!${sample.from('0123456789', 4)}`;

/**
 * Round 94 (security tooling, blind): what brute-forcing, spraying and credential-dumping tools
 * print when a password works or is tried, and the command lines that hand them one. Security
 * teams keep these in tickets, SIEM alerts and shared notes; a password a tool found is a live one.
 */
export const securityToolRules: readonly RuleSpec[] = [
  {
    id: 'found-credentials',
    family: 'command-line',
    description:
      "a password a brute-force or audit tool reports: Metasploit's Success: 'user:pass' and Login Successful: user:pass, kerbrute's VALID LOGIN: user:pass, nmap's user:pass - Valid credentials, hydra's login \"…\" - pass \"…\", ncrack's 'user' 'pass', sqlmap's cracked password '…', a scanner's has password '…' or and password \"…\", aircrack-ng's KEY FOUND! [ … ], wifite's PSK (password):, lsassy's [PWD], mimikatz's cur/text: and old/text:, netexec's [+] domain\\user:pass",
    regex: [
      // Metasploit quotes what worked (`Success: 'CORP\\svc:…'`), or writes it bare after its
      // `<host>:<port> - ` (`Login Successful: tomcat:…`); kerbrute after a user at a domain.
      // A bare `Success: a:b` is any tool's (`Copy Success: C:\\…`, `Success: 10.0.0.5:443 reachable`).
      String.raw`\bSuccess:[ \t]+(?:'[^':\r\n]+:([^'\r\n]+)'|"[^":\r\n]+:([^"\r\n]+)")`,
      String.raw`[0-9]:[0-9]+[ \t]+-[ \t]+(?:Login Successful|Success):[ \t]+[^ \t\r\n:'"]+:([^ \t\r\n'"]+)`,
      String.raw`\bVALID LOGIN:[ \t]+[^ \t\r\n:@]+@[^ \t\r\n:]+:([^ \t\r\n]+)`,
      // An SNMP brute's community has no user before it.
      String.raw`(?:^|[ \t])\|_?[ \t]+(?:[^ \t\r\n:|]+:)?([^ \t\r\n|]+)[ \t]+-[ \t]+Valid credentials`,
      String.raw`\blogin[ \t]+"[^"\r\n]*"[ \t]+-[ \t]+pass[ \t]+"([^"\r\n]+)"`,
      String.raw`\bDiscovered credentials (?:on|for)[ \t]+[^ \t\r\n]+[ \t]+'[^'\r\n]*'[ \t]+'([^'\r\n]+)'`,
      String.raw`\bcracked password[ \t]+'([^'\r\n]+)'`,
      // A scanner's finding names the account first: `Account 'root' has password '…'`, `with
      // username "root" and password "…"` (not `Account root has password "locked"`, a state).
      String.raw`\b(?i:account|user)[ \t]+(?:'[^'\r\n]+'|"[^"\r\n]+")[ \t]+has[ \t]+password[ \t]+(?:"([^"\r\n]+)"|'([^'\r\n]+)')`,
      String.raw`\busername[ \t]+(?:"[^"\r\n]+"|'[^'\r\n]+')[ \t]+and[ \t]+password[ \t]+(?:"([^"\r\n]+)"|'([^'\r\n]+)')`,
      String.raw`\bKEY FOUND![ \t]*\[[ \t]*([^\]\r\n]*[^ \]\r\n])[ \t]*\]`,
      String.raw`\bPSK \(password\):[ \t]*([^ \t\r\n]+)`,
      String.raw`\[PWD\][ \t]+([^ \t\r\n][^\r\n]*[^ \t\r\n]|[^ \t\r\n])`,
      // mimikatz's lsadump::secrets, on a line of its own (`mime type cur/text:` is no secret).
      String.raw`(?:^|\\[nt]|["'])[ \t]*(?:cur|old)/text:[ \t]*([^ \t\r\n"\\][^\r\n"\\]*[^ \t\r\n"\\]|[^ \t\r\n"\\])`,
      // netexec's and crackmapexec's columns (protocol, address, port, host), then what worked
      // (`[+] corp.local\\svc:…`, `[+] root:…`), or an LSA secret SMB prints (`CORP\\svc_sched:…`).
      String.raw`\b(?:SMB|SSH|LDAPS?|WINRM|MSSQL|RDP|FTP|WMI|VNC|NFS)[ \t]+[^ \t\r\n]+[ \t]+[0-9]+[ \t]+[^ \t\r\n]+[ \t]+\[\+\][ \t]+(?:[^ \t\r\n\\:]+\\)?[^ \t\r\n\\:]+:([^ \t\r\n]+)`,
      String.raw`\bSMB[ \t]+[^ \t\r\n]+[ \t]+[0-9]+[ \t]+[^ \t\r\n]+[ \t]+[A-Za-z0-9.-]+\\[A-Za-z0-9._$-]+:([^ \t\r\n]+)`,
    ].join('|'),
    // `pass`, `key`, `psk`, `pwd` and `cred` are in the pass already.
    // Not `ssh ` for netexec's columns: OpenSSH's own lines hold it (a third of loghub's).
    keywords: ['success:', 'successful:', 'valid login', 'cred', 'pass', 'key found', 'psk', '[pwd]', '/text:', '[+]', 'smb '],
    examples: {
      match: [
        { input: `[+] 10.0.0.50:445 - Success: 'CORP\\svc_sql:${password}' Administrator`, output: `[+] 10.0.0.50:445 - Success: 'CORP\\svc_sql:${label('found-credentials')}' Administrator` },
        { input: `[ATTEMPT] target 10.0.0.15 - login "administrator" - pass "${password}" - 1432 of 14344399 [child 3]`, output: `[ATTEMPT] target 10.0.0.15 - login "administrator" - pass "${label('found-credentials')}" - 1432 of 14344399 [child 3]` },
      ],
      noMatch: ['[+] 10.0.0.50:445 - Success', 'Account has password expiry set'],
    },
  },
  {
    id: 'offensive-tool-password',
    family: 'command-line',
    description:
      "a password or hash handed to a spraying or remote-execution tool: netexec (nxc), crackmapexec, hydra, medusa, kerbrute, smbmap, evil-winrm and rpcclient's -p …; impacket's domain/user:password@host; mysql's -p… in an auditd EXECVE record",
    regex: [
      String.raw`\b(?:nxc|netexec|crackmapexec|hydra|medusa|kerbrute|smbmap|evil-winrm)\b[^\r\n]*?[ \t]-p(?:[ \t]+|=)${SHELL_ARG}`,
      String.raw`\b(?:nxc|netexec|crackmapexec|evil-winrm)\b[^\r\n]*?[ \t]-H(?:[ \t]+|=)['"]?((?:[0-9a-fA-F]{32}:)?[0-9a-fA-F]{32})\b`,
      String.raw`\b(?:impacket-[a-z]+|(?i:[a-z]*exec|secretsdump|getuserspns|getnpusers|gettgt|mssqlclient|smbclient|lookupsid)\.py)\b[^\r\n]*?[ \t]['"]?(?:[A-Za-z0-9.-]+/)?[A-Za-z0-9._$-]+:([^@ \t\r\n'"]+)@[A-Za-z0-9.-]+`,
      // auditd writes each argument as a<n>="…" (mysql -pSecret: round 94's Wazuh alerts).
      String.raw`\ba0(?:=|\\?":[ ]?)\\?"(?:[^"\\\r\n]*/)?(?:mysql|mysqldump|mysqladmin|mariadb)\\?"[^\r\n]*?\ba[0-9]+(?:=|\\?":[ ]?)\\?"-p([^"\\\r\n]+)\\?"`,
    ].join('|'),
    // Not `cme` (every `acme`) nor `.py` (every traceback); `mysql` and `mariadb` are in the pass already.
    keywords: ['nxc', 'netexec', 'crackmapexec', 'hydra', 'medusa', 'kerbrute', 'smbmap', 'evil-winrm', 'impacket-', 'exec.py', 'secretsdump', 'getuserspns', 'getnpusers', 'gettgt', 'mssqlclient', 'smbclient.py', 'lookupsid', 'mysql', 'mariadb'],
    examples: {
      match: [
        { input: `nxc smb 10.0.0.0/24 -u svc_backup -p '${password}' --shares`, output: `nxc smb 10.0.0.0/24 -u svc_backup -p '${label('offensive-tool-password')}' --shares` },
        { input: `type=EXECVE msg=audit(1710238951.412:8812): argc=4 a0="mysql" a1="-u" a2="root" a3="-p${password}"`, output: `type=EXECVE msg=audit(1710238951.412:8812): argc=4 a0="mysql" a1="-u" a2="root" a3="-p${label('offensive-tool-password')}"` },
      ],
      noMatch: ['hydra -L users.txt -P rockyou.txt ssh://10.0.0.5', 'docker pull nginx:1.25@sha256:abc', 'type=EXECVE argc=2 a0="mysql" a1="-p"'],
    },
  },
];
