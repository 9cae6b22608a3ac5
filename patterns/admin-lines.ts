import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** A sampler of its own: examples here must not shift the samples of the files after this one. */
const sample = createSampler(2026120203);
const password = sample.password();
/** A sixth red-team review's (network devices), from a sampler of their own. */
const round6 = createSampler(2026120221);
const type7 = `0${round6.from('0123456789ABCDEF', 21)}`;
const scrypt9 = `${round6.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 14)}$${round6.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 43)}`;
const fortiEnc = round6.base64(88);

/** Round 57's samples. */
const round57 = createSampler(2026120457);
const panosKey = `LUFRPT${round57.base64(70)}==`;
const iftttKey = round57.base64url(22);
const lucyToken = round57.hex(32);

/** A command's argument that is not a secret: quoted or bare. */
const ARG_PLAIN = String.raw`(?:"[^"\r\n]*"|'[^'\r\n]*'|[^ \t\r\n"']+)`;
/** A value as a shell passes it: quoted to its quote, else to the next space; never the next flag. */
const ARG = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^- \t\r\n"'][^ \t\r\n"']*))`;
/** A word of a command line, quoted as MONITOR and JSON print it or bare. */
const WORD = String.raw`"?[^ \t\r\n">]+"?`;

/**
 * Credentials in the lines admins and their tools write, found by a red-team review (N11, N13).
 * Their keywords but `setuser` hold words the pass over every byte finds already
 * (`secret`, `pass`, `auth`).
 */
/**
 * A user's name in a device's config, any word but `or` and `and`: `Incorrect username or password
 * was specified` is Snowflake's error, not user `or` (round 46). Spelled out: RE2 has no lookahead.
 */
const USER_NOT_CONJUNCTION = String.raw`(?:[^ao \t\r\n][^ \t\r\n]*|o|o[^r \t\r\n][^ \t\r\n]*|or[^ \t\r\n]+|a|a[^n \t\r\n][^ \t\r\n]*|an|an[^d \t\r\n][^ \t\r\n]*|and[^ \t\r\n]+)`;

export const adminLineRules: readonly RuleSpec[] = [
  {
    id: 'mail-admin-cli-password',
    family: 'command-line',
    description:
      'passwords the admin tools of mail, chat and appliance servers take as arguments: doveadm pw / rspamadm pw -p, rspamc -P, mailman change_pw -p, zmprov ca|sp <account> <password>, ejabberdctl register|change_password and prosodyctl register <user> <host> <password>, vadduser <address> <password>, courier authtest <user> <password>, smtpctl encrypt <password>, Postfix smtp_sasl_password_maps = static:<user>:<password>, splunk … -auth <user>:<password>, icinga2 node setup --ticket, pihole -a -p, mcrcon -p, synouser --setpw, synoshare --enc_mount, midclt call auth.login',
    // Round 69 and 70: shell histories and sudo logs of mail, chat, NAS and game servers. Each tool
    // is its own keyword; the account and the host stay.
    regex: [
      String.raw`\b(?:doveadm|rspamadm)[ \t]+pw\b[^\r\n]*?[ \t]-p[ \t]+${ARG}`,
      String.raw`\b(?:rspamc\b[^\r\n]*?[ \t]-P|change_pw\b[^\r\n]*?[ \t]-p|mcrcon\b[^\r\n]*?[ \t]-p|pihole[ \t]+-a[ \t]+-p)[ \t]+${ARG}`,
      String.raw`\bzmprov[ \t]+(?:ca|createAccount|sp|setPassword)[ \t]+${ARG_PLAIN}[ \t]+${ARG}`,
      String.raw`\b(?:ejabberdctl[ \t]+(?:register|change_password)|prosodyctl[ \t]+register)[ \t]+${ARG_PLAIN}[ \t]+${ARG_PLAIN}[ \t]+${ARG}`,
      String.raw`\b(?:vadduser|authtest|synouser[ \t]+--setpw|synoshare[ \t]+--enc_mount|midclt[ \t]+call[ \t]+auth\.login)[ \t]+${ARG_PLAIN}[ \t]+${ARG}`,
      String.raw`\bsmtpctl[ \t]+encrypt[ \t]+${ARG}`,
      // Splunk's CLI (`splunk add forward-server … -auth admin:…`) and Icinga 2's setup ticket (round 76).
      String.raw`\bsplunk\b[^\r\n]*?[ \t]-auth[ \t]+["']?[^: \t\r\n"']+:${ARG}`,
      String.raw`\bicinga2[ \t]+(?:node[ \t]+setup|pki[ \t]+request)\b[^\r\n]*?[ \t]--ticket[ \t]+${ARG}`,
      // Postfix's static map of one user and password (`smtp_sasl_password_maps = static:user:…`).
      String.raw`sasl_password_maps[ \t]*=[ \t]*static:[^: \t\r\n'"]+:([^ \t\r\n'"]+)`,
    ].join('|'),
    keywords: ['password_maps', 'splunk', 'icinga2', 'doveadm', 'rspam', 'change_pw', 'mcrcon', 'pihole', 'zmprov', 'ejabberdctl', 'prosodyctl', 'vadduser', 'authtest', 'synouser', 'synoshare', 'midclt', 'smtpctl'],
    examples: {
      match: [{ input: `  88  doveadm pw -s SHA512-CRYPT -p '${password}'`, output: `  88  doveadm pw -s SHA512-CRYPT -p '${label('mail-admin-cli-password')}'` }],
      noMatch: ['doveadm pw -s SHA512-CRYPT', 'zmprov ga user@example.com', 'pihole -a -p'],
    },
  },
  {
    id: 'network-device-secret',
    family: 'command-line',
    description:
      "a network device's secrets in its running config (show running-config, Netmiko and Ansible output): Cisco's type 7 and type 0 passwords and keys (username … password 7 …, key 7 …, tacacs-server key …, radius-server host … key …, crypto isakmp key …, key-string …), SNMPv3 users' passphrases (snmp-server user … auth sha … priv aes 128 …, net-snmp createUser), Junos's \"$9$…\", tac_plus's login = cleartext \"…\", FortiGate's set password|psksecret ENC …",
    // Round 6. Type 7 is a reversible cipher, type 0 the password itself; types 5, 8 and 9 are
    // hashes (password-hash takes `$1$`; the others here). A digit alone after `key` or `password`
    // is read as a type only with the value a type gives: hex after 7, `$n$…` after 5, 8 or 9; a
    // type 0 only after a user's or enable's password, never quoted (OpenVPN's `username 'alice'
    // password '…'` is password-in-prose's). Woken by words the pass holds already.
    regex: [
      String.raw`\b(?:password|secret|key|key-string|authentication-key|md5)[ \t]+7[ \t]+([0-9A-Fa-f]{4,})\b`,
      String.raw`\b(?:password|secret)[ \t]+[589][ \t]+(\$[0-9]\$[^ \t\r\n]+)`,
      String.raw`\b(?:username[ \t]+${USER_NOT_CONJUNCTION}(?:[ \t]+privilege[ \t]+[0-9]+)?|enable)[ \t]+(?:password|secret)[ \t]+(?:0[ \t]+)?([^0-9'" \t\r\n][^ \t\r\n]*|[0-9][^ \t\r\n]+)`,
      // The host's ports and timeouts may come before its key (`auth-port 1812 acct-port 1813 key …`, round 57).
      String.raw`\b(?:tacacs|radius)-server[ \t]+(?:host[ \t]+[^ \t\r\n]+[ \t]+(?:[a-z-]+[ \t]+[0-9]+[ \t]+)*)?key[ \t]+(?:(?:0|plaintext|cleartext)[ \t]+)?([^0-9 \t\r\n][^ \t\r\n]*)`,
      // SNMPv3 users: IOS's `snmp-server user <u> <group> v3 auth sha <pw> priv aes 128 <pw>` and
      // net-snmp's `createUser <u> SHA "<pw>" AES "<pw>"`, both passphrases as one span.
      // NX-OS's has no `v3` and may have no group (`snmp-server user <u> [<role>] auth sha <pw>
      // priv aes-128 <pw> [localizedkey]`, round 63).
      String.raw`\bsnmp-server[ \t]+user[ \t]+[^ \t\r\n]+[ \t]+(?:[^ \t\r\n]+[ \t]+)?(?:v3[ \t]+)?(?:encrypted[ \t]+)?auth[ \t]+(?:md5|sha(?:-?[0-9]+)?)[ \t]+([^ \t\r\n]+(?:[ \t]+priv[ \t]+(?:des|3des|aes(?:-?[0-9]+)?)(?:[ \t]+[0-9]+)?[ \t]+[^ \t\r\n]+)?)`,
      String.raw`\bcreateUser[ \t]+(?:-e[ \t]+[^ \t\r\n]+[ \t]+)?[^ \t\r\n]+[ \t]+(?:MD5|SHA[0-9-]*)[ \t]+(?:"([^"\r\n]+(?:"[ \t]+(?:DES|AES[0-9]*)[ \t]+"[^"\r\n]+)?)"|([^ \t\r\n"]+(?:[ \t]+(?:DES|AES[0-9]*)[ \t]+[^ \t\r\n]+)?))`,
      // Junos's `$9$…`, a reversible cipher of the secret, wherever it is set (pre-shared-key, authentication-key).
      String.raw`(?:ascii-text|authentication-key|privacy-key|secret|key|encrypted-password)[ \t]+"(\$9\$[^"\r\n]{4,})"`,
      // SNMP v1/v2c communities (round 57): IOS's `snmp-server community <c> RO|RW`, snmpd.conf's
      // rocommunity/rwcommunity and com2sec, tcpdump's decode of a request (`C="<c>"`). The
      // defaults, `public` and `private`, are trivial values and stay.
      String.raw`\bsnmp-server[ \t]+community[ \t]+(?:[07][ \t]+)?([^ \t\r\n]+)`,
      String.raw`(?:^|[ \t+])(?:ro|rw)community6?[ \t]+([^ \t\r\n#]+)`,
      String.raw`(?:^|[ \t])com2sec6?[ \t]+(?:-Cn[ \t]+[^ \t\r\n]+[ \t]+)?[^ \t\r\n]+[ \t]+[^ \t\r\n]+[ \t]+([^ \t\r\n#]+)`,
      String.raw`\.snmp:[ \t]+C="([^"\r\n]+)"`,
      // TACACS+'s tac_plus.conf: a user's cleartext login and the shared key.
      String.raw`\b(?:login|pap|chap|enable|arap|opap|ms-chap)[ \t]*=[ \t]*cleartext[ \t]+"([^"\r\n]+)"`,
      String.raw`\bcrypto[ \t]+isakmp[ \t]+key[ \t]+(?:0[ \t]+)?([^ \t\r\n]+)[ \t]+(?:address|hostname)\b`,
      String.raw`\bkey-string[ \t]+(?:0[ \t]+)?([^0-9 \t\r\n][^ \t\r\n]*)`,
      String.raw`\bset[ \t]+(?:password|passwd|psksecret|secret|key|auth-password|priv-password)[ \t]+ENC[ \t]+([^ \t\r\n]+)`,
    ].join('|'),
    keywords: ['pass', 'secret', 'key', 'snmp-server', 'createuser', 'cleartext', 'rocommunity', 'rwcommunity', 'com2sec', '.snmp:'],
    anchor: String.raw`(?i:password|secret|key|key-string|md5)[ \t]+[0-9]|(?:password|secret)[ \t]|-server[ \t]|isakmp|key-string|ENC[ \t]|createUser[ \t]|[ \t]"\$9\$|=[ \t]*cleartext[ \t]|community|com2sec|\.snmp:`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `username admin privilege 15 password 7 ${type7}`, output: `username admin privilege 15 password 7 ${label('network-device-secret')}` },
        { input: `username ops secret 9 $9$${scrypt9}`, output: `username ops secret 9 ${label('network-device-secret')}` },
        { input: `enable password ${password}`, output: `enable password ${label('network-device-secret')}` },
        { input: `tacacs-server host 10.1.1.5 key 7 ${type7}`, output: `tacacs-server host 10.1.1.5 key 7 ${label('network-device-secret')}` },
        { input: `radius-server key ${password}`, output: `radius-server key ${label('network-device-secret')}` },
        { input: `crypto isakmp key ${password} address 0.0.0.0`, output: `crypto isakmp key ${label('network-device-secret')} address 0.0.0.0` },
        { input: ` ip ospf message-digest-key 1 md5 7 ${type7}`, output: ` ip ospf message-digest-key 1 md5 7 ${label('network-device-secret')}` },
        { input: `        set psksecret ENC ${fortiEnc}`, output: `        set psksecret ENC ${label('network-device-secret')}` },
        { input: `snmp-server user nms NMS-GROUP v3 auth sha ${password} priv aes 128 ${password}x`, output: `snmp-server user nms NMS-GROUP v3 auth sha ${label('network-device-secret')}` },
        { input: `set security ike policy IKE-POL pre-shared-key ascii-text "$9$${scrypt9.slice(0, 24)}"`, output: `set security ike policy IKE-POL pre-shared-key ascii-text "${label('network-device-secret')}"` },
        { input: `    login = cleartext "${password}"`, output: `    login = cleartext "${label('network-device-secret')}"` },
        { input: `snmp-server community ${password} RO 55`, output: `snmp-server community ${label('network-device-secret')} RO 55` },
      ],
      noMatch: ['Incorrect username or password was specified.', 'key 1 of 3 rotated', 'password 7 days before expiry', 'no service password-encryption', 'username admin privilege 15 secret 5 <removed>', 'enable secret', 'set password ENC', 'snmp-server community public RO', 'rocommunity public default'],
    },
  },
  {
    id: 'wireless-credential',
    family: 'command-line',
    description: "a Wi-Fi network's or a RADIUS user's secret as devices print it: a Wi-Fi QR code's P:… (WIFI:S:…;T:WPA;P:…;;), the PMK and session keys of wpa_supplicant/hostapd -K hexdumps, a WPS PIN (hostapd_cli wps_pin), adb's cmd wifi connect-network <ssid> wpa2 <passphrase>, macOS networksetup -setairportnetwork <if> <ssid> <password>, FreeRADIUS's Login OK/incorrect: [user/password] (auth_goodpass, auth_badpass)",
    // Round 57 (devices and the network, blind).
    regex: [
      String.raw`\bWIFI:(?:[A-Z]:(?:[^;\\\r\n]|\\.)*;)*?P:((?:[^;\\\r\n]|\\.)+);`,
      // `\b` after the name only: after `(from passphrase)` it asked for a letter (round 63).
      String.raw`\b(?:WPA: (?:PMK|PTK|KCK|KEK|TK|GTK|IGTK|BIGTK|PSK|PMK-R[01]|MSK|PMKID)\b|PSK \(from passphrase\))[^:\r\n]*- hexdump\(len=[0-9]+\): ((?:[0-9a-f]{2} )+[0-9a-f]{2})`,
      String.raw`\bwps_pin[ \t]+(?:any|[0-9a-fA-F:-]{8,})[ \t]+([0-9]{4,8})\b`,
      String.raw`\bcmd[ \t]+wifi[ \t]+connect-network[ \t]+${ARG_PLAIN}[ \t]+(?:wpa2|wpa3|wep|owe)[ \t]+${ARG}`,
      String.raw`\bnetworksetup[ \t]+-setairportnetwork[ \t]+${ARG_PLAIN}[ \t]+${ARG_PLAIN}[ \t]+${ARG}`,
      String.raw`\bLogin (?:OK|incorrect)(?: \([^)\r\n]*\))?: \[[^/\]\r\n]*/([^\r\n]+?)\] \((?:from client|via)\b`,
    ].join('|'),
    keywords: ['wifi:', 'hexdump(len=', 'wps_pin', 'connect-network', 'setairportnetwork', 'login ok:', 'login incorrect'],
    examples: {
      match: [
        { input: `D/QrScanner( 4056): Decoded QR: WIFI:S:HomeNet;T:WPA;P:${password};H:false;;`, output: `D/QrScanner( 4056): Decoded QR: WIFI:S:HomeNet;T:WPA;P:${label('wireless-credential')};H:false;;` },
        { input: `wpa_supplicant[4816]: wlan0: WPA: PMK - hexdump(len=8): 49 53 75 38 ac fb 43 71`, output: `wpa_supplicant[4816]: wlan0: WPA: PMK - hexdump(len=8): ${label('wireless-credential')}` },
        { input: `Auth: (343) Login OK: [installer/${password}] (from client nas01 port 40)`, output: `Auth: (343) Login OK: [installer/${label('wireless-credential')}] (from client nas01 port 40)` },
      ],
      noMatch: ['WIFI:S:Guest;T:nopass;;', 'wlan0: WPA: Key negotiation completed with 00:11:22:33:44:55', 'Auth: (12) Login OK: [ada] (from client nas01 port 0)'],
    },
  },
  {
    id: 'protocol-password',
    family: 'command-line',
    description: "a password in a protocol transcript: FTP's PASS command as vsftpd and pure-ftpd log it, IMAP's LOGIN and POP3's PASS as mail clients print them, sendmail's AuthInfo \"P:…\", strongSwan's ipsec.secrets (: PSK \"…\", user : EAP \"…\"), OpenVPN's management password \"Auth\" …, wpa_cli's set_network N psk, Windows' sc.exe config … password= …",
    // Round 6. Not a bare `PASS x`: Jest prints `PASS src/app.test.ts`; nor a JSON string's
    // own quotes around Jest's line (`{"log":"PASS src/app.test.ts\n"}`, review): after a `:`;
    // nor escaped, as JSON in a JSON string writes both (read decoded, vsftpd's line is found).
    regex: [
      String.raw`(?:^|[^: \t\\])[ \t]*"PASS ([^"\r\n]+)"|\bCommand \[pass\] \[([^\]\r\n]+)\]`,
      // strongSwan's ipsec.secrets: `: PSK "…"`, and a user's `alice : EAP "…"` or `XAUTH "…"` (round 57).
      String.raw`:[ \t]*(?:PSK|EAP|XAUTH|NTLM)[ \t]+(?:"([^"\r\n]+)"|(0[sx][A-Za-z0-9+/=]{8,}))`,
      // OpenVPN's management interface: `password "Auth" …` (round 57).
      String.raw`(?:^|[>:][ \t])[ \t]*password[ \t]+"(?:Auth|Private Key|HTTP Proxy|SOCKS Proxy)"[ \t]+(?:"((?:[^"\\\r\n]|\\[^\r\n])+)"|([^ \t\r\n"]+))`,
      String.raw`\bset_network[ \t]+[0-9]+[ \t]+(?:psk|password)[ \t]+"([^"\r\n]+)"`,
      String.raw`\bsc(?:\.exe)?[ \t]+(?:config|create)[ \t][^\r\n]*?[ \t]password=[ \t]+("[^"\r\n]+"|[^ \t\r\n"<]+)`,
      // Round 41: mail clients' transcripts. IMAP's LOGIN after a tag with a digit (`a001`,
      // `KRKA1`, as imaplib prints `> b'KRKA1 LOGIN …'`), at the line's start or after a client's
      // marker; POP3's PASS after one (`C: PASS …`), never alone (Jest's `PASS src/…`); sendmail's
      // authinfo entry (`"U:user" "P:…"`).
      // Round 69: after any mark or blank too (Dovecot's rawlog `<time> a1 LOGIN …`, Cyrus'
      // telemetry `<1710398712<A01 LOGIN …`, saslauthd's rimap `sending [0 LOGIN …]`); the tag's
      // digit keeps login(1)'s `ROOT LOGIN ON tty1` and `FAILED LOGIN 1 FROM …` out.
      String.raw`(?:^|[^A-Za-z0-9_]|b['"])[ \t]*[A-Za-z]{0,6}[0-9]{1,6} LOGIN (?:"[^"\r\n]*"|[^ \t\r\n"'{]+) (?:"((?:[^"\\\r\n]|\\[^\r\n])+)"|([^ \t\r\n"'\]]+))`,
      // Round 55: fetchmail's `POP3> PASS …`, poplib's `*cmd* 'PASS …'`, an IRC bouncer's `>> PASS`.
      String.raw`(?:\bC:|>>>?|->|\bsend:|\b[A-Z][A-Z0-9]{2,4}>|\*cmd\*[ \t]*')[ \t]*(?:b['"])?PASS ([^ \t\r\n"'\\]+)`,
      String.raw`\bAuthInfo:[^\r\n]*?"P:([^"\r\n]+)"`,
    ].join('|'),
    keywords: ['pass', 'psk', ' login ', 'authinfo', ' eap ', ' xauth ', ' ntlm ', '\teap ', '\txauth ', '\tntlm '],
    anchor: String.raw`"PASS |\[pass\]|(?i:psk)[ \t]|password=[ \t]|[0-9] LOGIN |PASS |"P:|:[ \t]*(?:EAP|XAUTH|NTLM)[ \t]|password[ \t]+"`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `[pid 942] [app] FTP command: Client "::ffff:10.9.6.2", "PASS ${password}"`, output: `[pid 942] [app] FTP command: Client "::ffff:10.9.6.2", "PASS ${label('protocol-password')}"` },
        { input: `pure-ftpd: (?@10.1.1.8) [DEBUG] Command [pass] [${password}]`, output: `pure-ftpd: (?@10.1.1.8) [DEBUG] Command [pass] [${label('protocol-password')}]` },
        { input: `10.0.0.1 10.0.0.2 : PSK "${password}"`, output: `10.0.0.1 10.0.0.2 : PSK "${label('protocol-password')}"` },
        { input: `> set_network 0 psk "${password}"`, output: `> set_network 0 psk "${label('protocol-password')}"` },
        { input: `sc.exe config MySvc obj= CORP\\svc_app password= ${password}`, output: `sc.exe config MySvc obj= CORP\\svc_app password= ${label('protocol-password')}` },
        { input: `a001 LOGIN ada@example.com "${password}"`, output: `a001 LOGIN ada@example.com "${label('protocol-password')}"` },
        { input: `  13:08.73 > b'KRKA1 LOGIN ada@example.com "${password}"'`, output: `  13:08.73 > b'KRKA1 LOGIN ada@example.com "${label('protocol-password')}"'` },
        { input: `C: PASS ${password}`, output: `C: PASS ${label('protocol-password')}` },
        { input: `Oct 25 10:22:46 mx1 fetchmail[54212]: POP3> PASS ${password}`, output: `Oct 25 10:22:46 mx1 fetchmail[54212]: POP3> PASS ${label('protocol-password')}` },
        { input: `*cmd* 'PASS ${password}'`, output: `*cmd* 'PASS ${label('protocol-password')}'` },
        { input: `AuthInfo:smtp.example.org "U:smmsp" "I:ada@example.org" "P:${password}" "M:PLAIN"`, output: `AuthInfo:smtp.example.org "U:smmsp" "I:ada@example.org" "P:${label('protocol-password')}" "M:PLAIN"` },
      ],
      noMatch: ['PASS src/app.test.ts (5.2 s)', 'FTP response: Client "::1", "230 Login successful."', ': PSK ""', 'sc.exe query MySvc', 'Failed LOGIN attempt for user ada', 'a001 OK LOGIN completed', 'S: +OK Password required', 'fetchmail[311]: POP3> PASS *', ' PASS  tests/unit/parser.test.ts'],
    },
  },
  {
    id: 'redis-acl-password',
    family: 'command-line',
    description: "a Redis ACL user's password, >password, in ACL SETUSER as redis-cli and MONITOR print it",
    // A rule's words up to the first `>`: `on`, `~keys`, `+@all` in any order before it. Hashed
    // passwords (`#<sha256>`) and `nopass` stay. Not users.acl's `user app on >…` lines: files,
    // seldom logged (ACL LIST prints hashes), and a keyword for them (`on >`) was one literal too
    // many for the pass over every byte (RE2's DFA, five keys of a config's own).
    regex: String.raw`\b(?i:acl)"?[ \t]+"?(?i:setuser)"?[ \t]+${WORD}(?:[ \t]+${WORD})*?[ \t]+"?>([^ \t\r\n"]+)`,
    keywords: ['setuser'],
    examples: {
      match: [{ input: `ACL SETUSER app on >${password} ~* +@all`, output: `ACL SETUSER app on >${label('redis-acl-password')} ~* +@all` }],
      noMatch: ['user default on nopass ~* &* +@all', 'echo on > /sys/class/leds/led0/trigger'],
    },
  },
  {
    id: 'haproxy-password',
    family: 'command-line',
    description: "HAProxy's plain-text passwords: a userlist's user … insecure-password …, stats auth user:…",
    // Quoted, the quotes stay and an environment variable is none (`admin:"${HAPROXY_STATS_PASSWORD}"`; round 79).
    regex: String.raw`\binsecure-password[ \t]+([^ \t\r\n]+)|\bstats[ \t]+auth[ \t]+[^: \t\r\n"]+:(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^ \t\r\n]+))`,
    // Not `stats auth`: its words may be split by a tab.
    keywords: ['insecure-password', 'auth'],
    examples: {
      match: [{ input: `    stats auth admin:${password}`, output: `    stats auth admin:${label('haproxy-password')}` }],
      noMatch: ['    stats auth', '    user admin password $6$rounds=5000$abc$0123456789', '    stats auth admin:"${HAPROXY_STATS_PASSWORD}"'],
    },
  },
  {
    id: 'sasl-plain-response',
    family: 'command-line',
    description: "a SASL PLAIN response (base64 of \\0user\\0password) in Dovecot's auth debug log (AUTH 1 PLAIN … resp=…) or an XMPP stream (<auth mechanism='PLAIN' …>…</auth>)",
    // The fields are tabs, or `\t` where the line was escaped on its way. XMPP's: round 55 (Prosody's debug log).
    regex: String.raw`\bAUTH(?:\t|\\t| )+[0-9]+(?:\t|\\t| )+PLAIN(?:\t|\\t| )[^\r\n]*?(?:\t|\\t| )resp=([A-Za-z0-9+/]{8,}={0,2})|<auth\b[^<>\r\n]*\bmechanism=\\?['"]PLAIN\\?['"][^<>\r\n]*>([A-Za-z0-9+/]{8,}={0,2})</auth>|(?i:auth)[^\r\n]{0,60}?\bPLAIN\b[^\r\n]{0,40}?[ \t"',:=]\\?["']?(A[D-H][A-Za-z0-9+/]{10,}={0,2})(?:$|[^A-Za-z0-9+/=])`,
    // And wherever an auth line names PLAIN and then gives its response (round 69: Postfix's
    // `smtpd_sasl_authenticate: sasl_method PLAIN, init_response …`, ManageSieve's
    // `AUTHENTICATE "PLAIN" "…"`): base64 of `\0` and a user's first character opens with `AD` to `AH`.
    keywords: ['auth'],
    examples: {
      match: [
        {
          input: `dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=${Buffer.from(`\0alice\0${password}`).toString('base64')}`,
          output: `dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=${label('sasl-plain-response')}`,
        },
        {
          input: `c2s55d0 debug Received[c2s_unauthed]: <auth mechanism='PLAIN' xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>${Buffer.from(`\0alice\0${password}`).toString('base64')}</auth>`,
          output: `c2s55d0 debug Received[c2s_unauthed]: <auth mechanism='PLAIN' xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>${label('sasl-plain-response')}</auth>`,
        },
      ],
      noMatch: ['dovecot: auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=<hidden>', "<auth mechanism='SCRAM-SHA-1' xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>biwsbj1hbGljZSxyPWZ5a28rZDJsYmJGZ09OUnY5cWt4ZGF3TA==</auth>"],
    },
  },
  {
    id: 'cli-secret-value',
    family: 'command-line',
    description:
      'a secret handed to a CLI that stores or uses it: az keyvault secret set --value, gh secret set -b/--body, dotnet user-secrets set <key> <value>, ZooKeeper addauth digest user:…, databricks secrets put --string-value, gcloud secrets versions add <<< …, aws ssm put-parameter --type SecureString --value, --token-value/--secret-value',
    regex: [
      String.raw`\bkeyvault[ \t]+secret[ \t]+set\b[^\r\n]*?[ \t]--value(?:=|[ \t]+)${ARG}`,
      String.raw`\bgh[ \t]+secret[ \t]+set\b[^\r\n]*?[ \t](?:-b|--body)(?:=|[ \t]+)${ARG}`,
      String.raw`\buser-secrets[ \t]+set[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|[^ \t\r\n"']+)[ \t]+${ARG}`,
      String.raw`\baddauth[ \t]+digest[ \t]+[^: \t\r\n]+:([^ \t\r\n]+)`,
      // Rounds 65 and 74: Databricks' `secrets put[-secret] … --string-value`, gcloud's `secrets
      // versions add … <<< '…'`, SSM's SecureString parameter (its `--value` before or after the
      // type), and a flag that names the value of a token or secret (tabcmd's `--token-value`).
      String.raw`\bsecrets[ \t]+put(?:-secret)?\b[^\r\n]*?[ \t]--string-value(?:=|[ \t]+)${ARG}`,
      String.raw`\bsecrets[ \t]+(?:versions[ \t]+add|create)\b[^\r\n]*?<<<[ \t]*${ARG}`,
      String.raw`\bssm[ \t]+put-parameter\b[^\r\n]*?[ \t]--type(?:=|[ \t]+)["']?SecureString\b[^\r\n]*?[ \t]--value(?:=|[ \t]+)${ARG}`,
      String.raw`\bssm[ \t]+put-parameter\b[^\r\n]*?[ \t]--value(?:=|[ \t]+)${ARG}[^\r\n]*?[ \t]--type(?:=|[ \t]+)["']?SecureString\b`,
      String.raw`[ \t]--(?i:token|secret|password)-value(?:=|[ \t]+)${ARG}`,
    ].join('|'),
    keywords: ['secret', 'addauth', 'put-parameter', 'token-value', 'password-value'],
    examples: {
      match: [{ input: `gh secret set DEPLOY_KEY --body "${password}"`, output: `gh secret set DEPLOY_KEY --body "${label('cli-secret-value')}"` }],
      noMatch: ['gh secret set DEPLOY_KEY < key.pem', 'influx bucket list -t $INFLUX_TOKEN'],
    },
  },
  {
    id: 'keystore-stdin-value',
    family: 'command-line',
    description: 'a secret setting fed to the Elastic stack\'s keystore tools on stdin: elasticsearch-keystore (kibana-, logstash-) add … <<< "…", echo/printf … | …-keystore add --stdin',
    // A `set -x` trace or a provisioning log prints the command with the value expanded.
    // The tool's options may stand before `add` (`logstash-keystore --path.settings /etc/logstash add …`; round 76).
    regex: [String.raw`\bkeystore(?:[ \t]+--?[a-z][\w.-]*(?:[ \t]+[^- \t\r\n|][^ \t\r\n|]*)?)*[ \t]+add\b[^\r\n]*?<<<[ \t]*${ARG}`, String.raw`\b(?:echo(?:[ \t]+-n)?|printf[ \t]+(?:'%s'|"%s"))[ \t]+${ARG}[ \t]*\|[^|\r\n]*?keystore(?:[ \t]+--?[a-z][\w.-]*(?:[ \t]+[^- \t\r\n|][^ \t\r\n|]*)?)*[ \t]+add\b`].join('|'),
    keywords: ['keystore'],
    examples: {
      match: [{ input: `bin/elasticsearch-keystore add -x xpack.security.http.ssl.keystore.secure_password <<< "${password}"`, output: `bin/elasticsearch-keystore add -x xpack.security.http.ssl.keystore.secure_password <<< "${label('keystore-stdin-value')}"` }],
      noMatch: ['bin/elasticsearch-keystore add -x bootstrap.password <<< "$ELASTIC_PASSWORD"', 'bin/elasticsearch-keystore list'],
    },
  },
  {
    id: 'powershell-parameter-binding',
    family: 'command-line',
    description: "a secret in PowerShell's module logging (event 4103): ParameterBinding(ConvertTo-SecureString): name=\"String\"; value=\"…\", or a parameter named for a password, secret, token or key",
    // review3, L8: the name and the value are two fields, and no key rule reads the pair.
    regex: String.raw`ParameterBinding\((?:ConvertTo-SecureString\): name="String"|[A-Za-z0-9-]+\): name="(?i:[a-z]*(?:password|passwd|secret|token|apikey|accesskey|key))"); value="([^"\r\n]+)"`,
    // Woken by literals the pass holds already (one of its own, `parameterbinding`, took it out of
    // RE2's DFA for two keys of a config's own); tier 1b runs it only where `ParameterBinding(` is.
    keywords: ['convertto-securestring', 'pass', 'secret', 'token', 'key'],
    anchor: String.raw`ParameterBinding\(`,
    anchorInPass: false,
    examples: {
      match: [{ input: `ParameterBinding(ConvertTo-SecureString): name="String"; value="${password}"`, output: `ParameterBinding(ConvertTo-SecureString): name="String"; value="${label('powershell-parameter-binding')}"` }],
      noMatch: ['ParameterBinding(ConvertTo-SecureString): name="AsPlainText"; value="True"', 'ParameterBinding(Get-Item): name="Path"; value="C:\\Windows"'],
    },
  },
  {
    id: 'panos-api-key',
    family: 'vendor',
    description: "a Palo Alto Networks PAN-OS API key (LUFRPT…, base64), as keygen answers it (<result><key>…</key>) or a request sends it (key=…, X-PAN-KEY)",
    regex: String.raw`${TOKEN_START}(LUFRPT[A-Za-z0-9+/]{20,}={0,2})`,
    keywords: ['lufrpt'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `<response status = 'success'><result><key>${panosKey}</key></result></response>`, output: `<response status = 'success'><result><key>${label('panos-api-key')}</key></result></response>` }],
      noMatch: ['<result><key>LUFRPT</key></result>'],
    },
  },
  {
    id: 'device-url-secret',
    family: 'url-credentials',
    description: "a secret in the path a device or a service calls: IFTTT's Maker webhook key (/trigger/<event>/with/key/<key>), OpenWrt LuCI's session token (/cgi-bin/luci/;stok=<token>/…)",
    // Round 57 (an ESP8266 calling IFTTT, a router's admin UI in an access log).
    regex: String.raw`/trigger/[^/ \t\r\n?]+/(?:json/)?with/key/([A-Za-z0-9_-]{16,})|/;stok=([0-9a-fA-F]{16,})\b`,
    keywords: ['/with/key/', ';stok='],
    minEntropy: 3,
    examples: {
      match: [
        { input: `"POST /trigger/door_open/with/key/${iftttKey} HTTP/1.1" 200 28 "-" "ESP8266HTTPClient"`, output: `"POST /trigger/door_open/with/key/${label('device-url-secret')} HTTP/1.1" 200 28 "-" "ESP8266HTTPClient"` },
        { input: `"GET /cgi-bin/luci/;stok=${lucyToken}/admin/network/wireless HTTP/1.1" 200`, output: `"GET /cgi-bin/luci/;stok=${label('device-url-secret')}/admin/network/wireless HTTP/1.1" 200` },
      ],
      noMatch: ['GET /cgi-bin/luci/;stok=/admin HTTP/1.1', 'https://maker.ifttt.com/trigger/{event}/with/key/{your-key}'],
    },
  },
  {
    id: 'tasmota-password',
    family: 'command-line',
    description: "a password a Tasmota device's console command sets: Backlog SSID1 …; Password1 …; MqttPassword …, WebPassword …",
    // Round 57. Each goes with its own match: the scan goes on after one.
    regex: String.raw`(?:^|[ \t;:])(?i:Password[1-3]|MqttPassword|WebPassword)[ \t]+([^ \t;\r\n"]+)[ \t]*(?:;|"|$)`,
    keywords: ['password1', 'password2', 'password3', 'mqttpassword', 'webpassword'],
    examples: {
      match: [
        { input: `01:25:35.645 CMD: Backlog SSID1 HomeNet; Password1 ${password}; MqttHost 192.168.1.78; MqttPassword ${password}x`, output: `01:25:35.645 CMD: Backlog SSID1 HomeNet; Password1 ${label('tasmota-password')}; MqttHost 192.168.1.78; MqttPassword ${label('tasmota-password')}` },
      ],
      noMatch: ['CMD: MqttPassword', 'RSL: RESULT = {"MqttPassword":"****"}'],
    },
  },
];
