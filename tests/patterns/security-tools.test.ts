import { describe, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';

/**
 * Round 94's classes (security tooling, blind): what brute-forcing, spraying and credential-dumping
 * tools print and are handed, NT hashes under their names, a key's bytes under any name that ends
 * in key, one-case keys joined by `/`. Values come from a sampler, never from the round.
 */
const scrubber = createScrubber();
const s = createSampler(2026120594);
const pw = `${s.alnum(6)}!${s.from('0123456789', 4)}`;
const nt = s.hex(32);
const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('what a tool found or was handed (round 94)', () => {
  it.each([
    [`[+] 10.0.0.50:445         - 10.0.0.50:445 - Success: 'CORP\\svc_sql:${pw}' Administrator`],
    [`[+] 10.0.0.70:8080 - Login Successful: tomcat:${pw}`],
    [`2024/03/12 10:22:31 >  [+] VALID LOGIN:\t jdoe@corp.local:${pw}`],
    [`|     admin:${pw} - Valid credentials`],
    [`[ATTEMPT] target 10.0.0.15 - login "administrator" - pass "${pw}" - 1432 of 14344399 [child 3] (0/0)`],
    [`Discovered credentials on rdp://10.0.5.12:3389 'helpdesk' '${pw}'`],
    [`[14:22:01] [INFO] cracked password '${pw}' for user 'admin'`],
    [`<plugin_output>Account 'root' has password '${pw}'</plugin_output>`],
    [`It was possible to login into the remote iDRAC web interface with username "root" and password "${pw}".`],
    [`                               KEY FOUND! [ ${pw} ]`],
    [`[+]       PSK (password): ${pw}`],
    [`[+] 10.0.0.11 CORP\\jdoe         [PWD] ${pw}`],
    [`cur/text: ${pw}`],
    [`SMB         10.0.0.10       445    DC01             [+] corp.local\\svc_backup:${pw} (Pwn3d!)`],
    [`SSH         10.0.0.40       22     10.0.0.40        [+] root:${pw}  Linux - Shell access!`],
    [`SMB         10.0.0.11       445    WS01             CORP\\svc_sched:${pw}`],
    [`nxc smb 10.0.0.0/24 -u svc_backup -p '${pw}' --shares`],
    [`hydra -l admin -p '${pw}' -s 8443 -S -f 10.0.4.18 https-post-form "/api/login:user=^USER^"`],
    [`impacket-psexec corp.local/administrator:${pw}@10.0.0.10`],
    [`secretsdump.py -just-dc corp.local/admin:${pw}@dc01.corp.local`],
    [`type=EXECVE msg=audit(1710238951.412:8812): argc=4 a0="mysql" a1="-u" a2="root" a3="-p${pw}"`],
    [`{"data":{"audit":{"command":"mysql","execve":{"a0":"mysql","a1":"-uroot","a2":"-p${pw}","a3":"billing"}}}}`],
  ])('%s', (line) => goes(line, pw));

  it.each([
    'nxc smb 10.0.0.0/24 -u users.txt -p passwords.txt --continue-on-success',
    'hydra -L users.txt -P rockyou.txt ssh://10.0.0.5',
    '[+] 10.0.0.50:445 - Success',
    'docker pull nginx:1.25@sha256:abc',
    'type=EXECVE argc=2 a0="mysql" a1="-p"',
    'File "/usr/lib/python3/dist-packages/app/settings.py", line 12, in <module>',
    'acme-client[412]: renewed certificate for acme.example.com',
    "Accepted publickey for git from 10.0.0.5 port 51234 ssh2: ED25519 SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8",
    'Account has password expiry set to 90 days',
    'Account root has password "locked" (status)',
    'Copy Success: C:\\Backups\\db_2024-01-10.bak',
    '[2024-01-10 12:00:01] Success: 10.0.0.5:443 reachable',
    'Login Successful: user:alice from 10.0.0.5',
    '2024-01-10 auth: token - Valid credentials supplied, session created',
    'mime type cur/text: plain',
    'SMB         10.0.0.5        445    DC01             [+] Enumerated shares',
    `nxc smb 10.0.0.0/24 -u admin -p /usr/share/wordlists/rockyou.txt`,
  ])('keeps %s', keeps);
});

describe('NT hashes under their names (round 94)', () => {
  it.each([
    [`LDAP        10.0.0.10       636    DC01             Account: gmsa_web$            NTLM: ${nt}`],
    [`[*] Using rc4_hmac hash: ${nt}`],
    [`[*]       rc4_hmac             : ${nt.toUpperCase()}`],
    [`    ntlm- 1: ${nt}`],
    [`MsCacheV2 : ${nt}`],
    [`[*] Target system bootKey: 0x${nt}`],
    [`ticketer.py -nthash ${nt} -domain-sid S-1-5-21-3623811015-3361044348-30300820 -domain corp.local Administrator`],
    [`mimikatz # kerberos::golden /user:Administrator /domain:corp.local /krbtgt:${nt} /ptt`],
    [`"sekurlsa::pth /user:Administrator /domain:corp.local /ntlm:${nt} /run:cmd.exe"`],
    [`evil-winrm -i 10.0.0.10 -u Administrator -H ${nt}`],
    [`[*] Got hash for 'administrator@corp.local': aad3b435b51404eeaad3b435b51404ee:${nt}`],
    [`wmiexec.py -hashes :${nt} corp.local/administrator@10.0.0.10`],
  ])('%s', (line) => goes(line, nt.toLowerCase(), nt.toUpperCase()));

  it.each(['ntlm: negotiate failed for user bob', `sha256: ${nt}${nt}`, 'Administrator:500:aad3b435b51404eeaad3b435b51404ee:::'])('keeps %s', keeps);
});

describe("a key's bytes under a name that ends in key; one-case keys joined by / (round 94)", () => {
  const workspace = Buffer.from(s.hex(128), 'hex').toString('base64');
  const upper = `${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}4${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 17)}`;
  it.each([
    [`MMASetup-AMD64.exe /C:"setup.exe /qn OPINSIGHTS_WORKSPACE_ID=${s.uuid()} OPINSIGHTS_WORKSPACE_KEY=${workspace} AcceptEndUserLicenseAgreement=1"`, workspace],
    [`{"workspaceKey":"${workspace}","region":"westeurope"}`, workspace],
    [`  sse_customer_key: ${Buffer.from(s.hex(100), 'hex').toString('base64')}`, 'sse_customer_key: '],
    [`X-Auth-Token: ${upper}/${s.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}72${s.from('0123456789', 2)}X`, upper],
  ])('%s', (line, secret) => {
    if (secret === 'sse_customer_key: ') goes(line, line.slice(line.indexOf(secret) + secret.length));
    else goes(line, secret);
  });

  it.each([
    `public_key=${Buffer.from(s.hex(64), 'hex').toString('base64')}`,
    `cache_key=${s.hex(64)}`,
    'partition_key=user#42 sort_key=2024-01-01',
    `object_key=uploads/2024/03/${s.hex(16)}.png`,
    'path=usr/local/bin/node-v20/bin',
    `checksum_key=${Buffer.from(s.hex(64), 'hex').toString('base64')}`,
    `wg: peer_key=${Buffer.from(s.hex(64), 'hex').toString('base64')} endpoint=1.2.3.4:51820`,
    'host_key: AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=',
    `idempotency_key=${s.alnum(32)}`,
    'ssh: server_key=SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8',
    'webhook: event_key=evt_1OaBcDeFgHiJkLmNoPqRsTuV type=invoice.paid',
    'token=builds/2024a1b2c3d/linux64x8',
    'auth_token=team42abc/repo99xyz',
    `password=Monday2024.txt`.replace('password=Monday2024.txt', 'wordlist=/usr/share/wordlists/rockyou.txt'),
  ])('keeps %s', keeps);
});

describe("databases' login hashes and single sign-on cookies in access logs (rounds 74, 76, 77, 94)", () => {
  const sha512 = s.hex(136).toUpperCase();
  const pgMd5 = s.hex(32);
  const fedAuth = Buffer.from(`<?xml version="1.0"?><SP>V3,0h.f|membership|${s.alnum(20)}</SP>`).toString('base64');
  it.each([
    [`sa                   0x0200${sha512}  1   2023-11-02 14:11:09.730`, sha512],
    [`[14:40:09] [INFO] retrieved: '0x0200${sha512.toLowerCase()}'`, sha512.toLowerCase()],
    [`|     sa:0x0100${sha512.slice(0, 48)}`, sha512.slice(0, 48)],
    [` reporting_ro |    16402 | f        | f       | md5${pgMd5} |          |`, pgMd5],
    [`"legacy_app" "md5${pgMd5}"`, pgMd5],
    [`2024-03-11 13:15:02 10.0.6.11 GET /sites/Finance/Forms/AllItems.aspx - 443 0#.w|corp\\alee 198.51.100.2 Mozilla/5.0 FedAuth=${fedAuth};+FedAuth1=${fedAuth.slice(0, 40)} 200 0 0 31`, fedAuth],
    [`2024-03-11 07:44:02 10.0.5.20 GET /adfs/ls/ wa=wsignin1.0 443 - 10.0.8.14 Mozilla/5.0 MSISAuth=${fedAuth} 200 0 0 15`, fedAuth],
    [`shibd: DEBUG Shibboleth.Listener [12] [default]: request cookie _shibsession_64656661756c74=_${pgMd5}`, pgMd5],
  ])('%s', (line, secret) => goes(line, secret));

  it.each([
    `ETag: "md5:${pgMd5}"`,
    `md5sum ${pgMd5}  backup.tar.gz`,
    `{"md5":"${pgMd5}","size":1024}`,
    'flags=0x0200 state=0x0100',
    'cookie FedAuth deleted on sign-out',
  ])('keeps %s', keeps);
});

describe('review of session 40: what still goes', () => {
  it.each([
    [`Cookie: theme=dark; remember_me =${s.alnum(32)}`, 'remember_me ='],
    [`password=${s.alnum(8)}7.txt`, 'password='],
    [`nxc smb 10.0.0.5 -u admin -H ${nt}`, nt],
    [`LSASSY      10.0.0.11       445    WS01             [+] 10.0.0.11 CORP\\alice  [NT] ${nt}`, nt],
    [`type=EXECVE argc=4 a0="/usr/bin/mysql" a1="-u" a2="root" a3="-p${pw}"`, pw],
    [`SMB         dc01.corp.local 445    DC01             [+] corp.local\\alice:${pw}`, pw],
  ])('%s', (line, secret) => {
    if (secret.endsWith('=')) goes(line, line.slice(line.indexOf(secret) + secret.length));
    else goes(line, secret);
  });
});

describe('a password handed to a tool, inside a JSON string (the review of session 40)', () => {
  it('goes', () => goes(`{"cmd":"hydra -l admin -p \\"${pw}\\" ssh://10.0.0.5"}`, pw));
});
