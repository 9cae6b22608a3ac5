import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120463);
const secret = `${sample.alnum(7)}-${sample.alnum(4)}!`;
const community = `${sample.alnum(5)}-r0`;
const milenage = sample.hex(32);

/** A value on a device's command line: a run up to a blank or a quote. */
const V = String.raw`([^ \t\r\n"']+)`;
/** A community as a setting's value: not a BGP community's digits (`65000:100`), a variable or a Go map's next field (`SecurityLevel:authPriv`). */
const COMMUNITY = String.raw`([A-Za-z0-9_!@#%^*+.~-]*[A-Za-z_!@#%^*+.~-][A-Za-z0-9_!@#%^*+.~-]*)(?:$|[ \t"',;})\]\\])`;
/** `V`, but never a lone digit (a type before the value: `md5 7 <cipher>` is network-device-secret's). */
const NOT_TYPE = String.raw`([^0-9 \t\r\n"'][^ \t\r\n"']*|[0-9][^ \t\r\n"']+)`;
/** `V`, but never FortiOS's `ENC` alone (the cipher text follows it). */
const NOT_ENC = String.raw`([^E \t\r\n"'][^ \t\r\n"']*|E[^N \t\r\n"'][^ \t\r\n"']*|EN[^C \t\r\n"'][^ \t\r\n"']*|ENC[^ \t\r\n"']+|EN?)(?:$|[ \t"'])`;
/** The same, quoted or not. */
const QV = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^ \t\r\n"']+))`;

/**
 * Round 63 (network equipment and telecom, blind): the secrets of routers, switches, firewalls,
 * AAA servers and SIP switches as their config commands, audit logs and tools print them, beyond
 * the running-config lines of network-device-secret.
 */
export const networkRules: readonly RuleSpec[] = [
  {
    id: 'network-config-key',
    family: 'command-line',
    description:
      "a routing protocol's, NTP's or a WLAN's key and a device account's password as config commands set them: message-digest-key … md5 …, authentication-key …, neighbor … password …, key-string password …, psk set-key ascii …, ldap-login-password, plain-text-password-value, super-user-password, auth_pass, password simple|cipher|irreversible-cipher …, F5's $M$ secrets, ASA's passwd … encrypted, tmsh's and NVUE's user … password …, crypto pki export … password …",
    regex: [
      String.raw`\bmessage-digest-key[ \t]+[0-9]+[ \t]+md5[ \t]+(?:0[ \t]+)?${NOT_TYPE}`,
      String.raw`\bauthentication-key[ \t]+(?:[0-9]+[ \t]+)?(?:(?:md5|sha1|sha256)[ \t]+)?(?:0[ \t]+)?${NOT_TYPE}`,
      String.raw`\bneighbor[ \t]+[^ \t\r\n]+[ \t]+password[ \t]+(?:0[ \t]+)?${NOT_TYPE}`,
      String.raw`\bkey-string[ \t]+(?:password|clear|encrypted)[ \t]+${V}`,
      String.raw`\bkey[ \t]+[0-9][ \t]+"([^"\r\n]+)"`,
      String.raw`\bset-key[ \t]+(?:ascii|hex)[ \t]+(?:[0-9][ \t]+)?${V}`,
      String.raw`\b(?:ldap-login-password|plain-text-password-value|super-user-password|auth_pass)[ \t]+(?:[0-9][ \t]+)?${V}`,
      String.raw`\b(?:password|shared-key|secret)[ \t]+(?:simple|cipher|irreversible-cipher)[ \t]+${V}`,
      String.raw`\b(?:secret|password)[ \t]+(\$M\$[^ \t\r\n]+)`,
      String.raw`\bpasswd[ \t]+([^ \t\r\n]+)[ \t]+encrypted\b`,
      String.raw`\b(?:(?:modify|create)[ \t]+auth|nv[ \t]+set[ \t]+system[ \t]+aaa)[ \t]+user[ \t]+[^ \t\r\n]+[ \t]+password[ \t]+${V}`,
      String.raw`\bcrypto[ \t]+pki[ \t]+(?:export|import)[^\r\n]*?[ \t]password[ \t]+${V}`,
      String.raw`\bpassword[ \t]+manager[ \t]+(?:user-name[ \t]+"[^"\r\n]*"[ \t]+)?(?:sha1|plaintext)[ \t]+"([^"\r\n]+)"`,
      // Round 63, more: tac_plus's shared key as it reads its config, RANCID's .cloginrc (`add
      // password <host> {<vty>} {<enable>}`, both as one span; not Tcl's `$env(…)`), a WireGuard private key in VyOS's
      // `private-key <key>`, chrony's and ntpd's keys files (`10 SHA1 HEX:<key>`).
      String.raw`\btac_plus[^\r\n]*?\bkey[ \t]*=[ \t]*"([^"\r\n]+)"`,
      String.raw`\badd[ \t]+(?:password|enauser)[ \t]+[^ \t\r\n]+[ \t]+\{([^$}\r\n][^}\r\n]*(?:\}[ \t]+\{[^}\r\n]+)?)\}`,
      String.raw`\bprivate-key[ \t]+([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)`,
      String.raw`\bkeys?:?[ \t]+[0-9]+[ \t]+(?:MD5|SHA1|SHA256|SHA512|AES128CMAC|M|S)[ \t]+(?:HEX:|ASCII:)?([^ \t\r\n]+)`,
      // FortiOS's CLI prompt before the command (`FGT (CORP-LDAP) # set password …`); ENC's cipher text too.
      String.raw`#[ \t]+set[ \t]+(?:password|passwd|psksecret)[ \t]+(?:ENC[ \t]+)?${NOT_ENC}`,
    ].join('|'),
    keywords: ['key', 'pass', 'secret'],
    anchor: String.raw`(?i:key|pass|secret)`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `%PARSER-5-CFGLOG_LOGGEDCMD: User:tier2  logged command:ip ospf message-digest-key 1 md5 ${secret}`, output: `%PARSER-5-CFGLOG_LOGGEDCMD: User:tier2  logged command:ip ospf message-digest-key 1 md5 ${label('network-config-key')}` },
        { input: `command 'set protocols bgp group IX-PEERS authentication-key ${secret}'`, output: `command 'set protocols bgp group IX-PEERS authentication-key ${label('network-config-key')}'` },
        { input: `vtysh cmd by root: neighbor 192.0.2.33 password ${secret}`, output: `vtysh cmd by root: neighbor 192.0.2.33 password ${label('network-config-key')}` },
        { input: `cmd_data=modify auth user svc_backup password ${secret}`, output: `cmd_data=modify auth user svc_backup password ${label('network-config-key')}` },
      ],
      noMatch: ['message-digest-key 1 md5 7', 'authentication-key', 'FGT # set password ENC', 'neighbor 192.0.2.33 remote-as 65001'],
    },
  },
  {
    id: 'snmp-community',
    family: 'command-line',
    description:
      "an SNMP v1/v2c community (the protocol's password) and v3 passphrases as devices and tools write them: set snmp community …, snmp-agent community read cipher …, MikroTik's /snmp community … name=…, a trap's SNMP v2c, community …, snmpwalk and snmpget's -c …, communityName=, snmp_community=, Community:, net-snmp-create-v3-user -A … -X …",
    // The defaults, `public` and `private`, are trivial values and stay.
    regex: [
      String.raw`/snmp[ \t]+community[ \t]+(?:set|add)[^\r\n]*?[ \t]name=([^ \t\r\n"'\]]+)`,
      String.raw`\bsnmp(?:-agent|-server)?[ \t]+community[ \t]+(?:(?:read|write|ro|rw|cipher|simple|plain)[ \t]+)*${V}`,
      String.raw`\bSNMP v[12]c?,[ \t]+community[ \t]+${V}`,
      String.raw`\bsnmp(?:walk|get|getnext|bulkwalk|bulkget|set|trap|table|inform|df|netstat|status|delta)\b[^\r\n]*?[ \t'"]-c(?:[ \t]+|'[ \t]+'|"[ \t]+"|\\?"[ \t]+a[0-9]+=\\?")${V}`,
      String.raw`\b(?i:community[_-]?name|snmp[_-]?community|ro[_-]community|rw[_-]community)\\*["']?[ \t]*[:=][ \t]*\\*["']?${V}`,
      String.raw`\bCommunity:([^ \t\r\n"',}]+)`,
      // Round 91: a trap receiver's community on ASA and IOS (`snmp-server host inside 10.1.1.20
      // community <c>`, `snmp-server host 10.0.0.5 version 2c <c>`), snmptrapd's authCommunity, and
      // the name alone as a setting (`community=<c>`, collectd's `Community = "<c>"`, LibreNMS's
      // `$config['snmp']['community'][] = "<c>";`, YAML's `community: <c>`) on a line about SNMP: a
      // forum's, a BGP route's (`community=no-export`, `65000:100`) or a repository's is a name.
      String.raw`\bsnmp-server[ \t]+host[ \t][^\r\n]*?[ \t](?:community|version[ \t]+(?:1|2c))[ \t]+${V}`,
      String.raw`\bauthCommunity[ \t]+[a-z,]+[ \t]+${V}`,
      String.raw`(?i:snmp|collectd|_mib\b|oid=)[^\r\n]*?(?:^|[^A-Za-z0-9_.$-])(?i:community(?:[_-]?string)?)(?:\\*["']\])?(?:\[\])?(?:[ \t]*=[ \t]*\\*["']?|\\*["']?[ \t]*:[ \t]*\\*["']?)${COMMUNITY}`,
      // net-snmp-create-v3-user's -A (auth) and -X (privacy) passphrases, both as one span.
      String.raw`\bnet-snmp-create-v3-user\b[^\r\n]*?[ \t]-A[ \t]+([^ \t\r\n"']+(?:[ \t]+-a[ \t]+[^ \t\r\n]+)?(?:[ \t]+-X[ \t]+[^ \t\r\n"']+)?)`,
    ].join('|'),
    keywords: ['community', 'snmp'],
    examples: {
      match: [
        { input: `mgd[2231]: UI_CMDLINE_READ_LINE: User 'jdoe', command 'set snmp community ${community} authorization read-only'`, output: `mgd[2231]: UI_CMDLINE_READ_LINE: User 'jdoe', command 'set snmp community ${label('snmp-community')} authorization read-only'` },
        { input: `ok: [crs326-sw3] => {"msg": ["/snmp community set [ find default=yes ] addresses=10.0.9.0/24 name=${community} read-access=yes"]}`, output: `ok: [crs326-sw3] => {"msg": ["/snmp community set [ find default=yes ] addresses=10.0.9.0/24 name=${label('snmp-community')} read-access=yes"]}` },
        { input: `SNMP['/usr/bin/snmpget' '-v2c' '-c' '${community}' '-OQXUte' 'udp:10.0.10.4:161']`, output: `SNMP['/usr/bin/snmpget' '-v2c' '-c' '${label('snmp-community')}' '-OQXUte' 'udp:10.0.10.4:161']` },
        { input: `CommunityData(communityIndex='s1234', communityName='${community}', mpModel=1)`, output: `CommunityData(communityIndex='s1234', communityName='${label('snmp-community')}', mpModel=1)` },
        { input: `snmp-server host inside 10.1.1.20 community ${community} version 2c`, output: `snmp-server host inside 10.1.1.20 community ${label('snmp-community')} version 2c` },
        { input: `level=debug module=if_mib target=core-sw-01 community=${community} msg="Walking subtree"`, output: `level=debug module=if_mib target=core-sw-01 community=${label('snmp-community')} msg="Walking subtree"` },
      ],
      noMatch: ['set snmp community public authorization read-only', 'snmpwalk -v2c -c public 10.0.0.1', 'the community edition', 'set community 65000:100 additive', 'community=65000:100', 'snmp-server host 10.0.0.5 version 3 priv monitor', 'Community: SecurityLevel:authPriv'],
    },
  },
  {
    id: 'aaa-shared-secret',
    family: 'command-line',
    description:
      "RADIUS secrets as their tools and servers print them: radclient's shared secret, eapol_test -s, FreeRADIUS's Cleartext-Password in radcheck, wpa_cli set_network … psk, fs_cli -p, a SIM's Milenage K and OPc, MS-MPPE-Send-Key and -Recv-Key",
    regex: [
      String.raw`\bradclient\b[^\r\n|]*?[ \t](?:auth|acct|status|coa|disconnect|auto)[ \t]+${V}`,
      String.raw`\beapol_test\b[^\r\n]*?[ \t]-s[ \t]*${V}`,
      String.raw`(?i:cleartext-password|nt-password|crypt-password)'?[ \t]*,[ \t]*'[:=+]*'[ \t]*,[ \t]*'([^'\r\n]+)'`,
      String.raw`(?i:cleartext-password)[ \t]*:?=[ \t]*${QV}`,
      String.raw`\bset_network[ \t]+[0-9]+[ \t]+(?:psk|password|sae_password|wep_key[0-3])[ \t]+'?"?([^'" \t\r\n]+)`,
      String.raw`\bfs_cli\b[^\r\n]*?[ \t]-p[ \t]*${V}`,
      String.raw`\bmilenage[ \t]+k[ \t]+([0-9a-fA-F]{32}(?:[ \t]+opc?[ \t]+[0-9a-fA-F]{32})?)`,
      // Round 98: the session keys FreeRADIUS's debug output prints for an EAP login (eduroam):
      // whoever holds them reads and forges that Wi-Fi session's traffic.
      String.raw`\bMS-MPPE-(?:Send|Recv)-Key\\?"?[ \t]*(?::?=|:)[ \t]*(?:\{[^}\r\n]*?\[)?\\?"?(?:0x)?([0-9a-fA-F]{32,})`,
    ].join('|'),
    keywords: ['radclient', 'eapol_test', 'password', 'set_network', 'fs_cli', 'milenage', 'key'],
    examples: {
      match: [
        { input: `COMMAND=/bin/sh -c echo "User-Name=probe" | radclient -x 127.0.0.1:1812 auth ${secret}`, output: `COMMAND=/bin/sh -c echo "User-Name=probe" | radclient -x 127.0.0.1:1812 auth ${label('aaa-shared-secret')}` },
        { input: `Executing query: INSERT INTO radcheck (username, attribute, op, value) VALUES ('bob.k', 'Cleartext-Password', ':=', '${secret}')`, output: `Executing query: INSERT INTO radcheck (username, attribute, op, value) VALUES ('bob.k', 'Cleartext-Password', ':=', '${label('aaa-shared-secret')}')` },
        { input: `VTY: subscriber imsi 901700000014701 update aud3g milenage k ${milenage} opc ${milenage}`, output: `VTY: subscriber imsi 901700000014701 update aud3g milenage k ${label('aaa-shared-secret')}` },
      ],
      noMatch: ['radclient -x 127.0.0.1:1812 auth', 'Cleartext-Password := ""'],
    },
  },
  {
    id: 'tacacs-user-secret',
    family: 'command-line',
    description: "a TACACS+ user's secret in tac_plus's config, as it logs the lines it reads: login = des|crypt|clear …, tac_plus-ng's enable 15 = clear …",
    regex: String.raw`\b(?:login|enable(?:[ \t]+[0-9]+)?|pap|chap|arap|opap|ms-chap)[ \t]*=[ \t]*(?:des|crypt|clear)[ \t]+"?([^" \t\r\n}]+)`,
    keywords: ['des', 'crypt', 'clear'],
    // Found by its own place in the pass: `login` and `enable` are in every other web log.
    anchor: String.raw`=[ \t]*(?:des|crypt|clear)[ \t]`,
    examples: {
      match: [{ input: `tac_plus[1202]: /etc/tacacs+/tac_plus.conf:44: user = netops { login = des ${secret} }`, output: `tac_plus[1202]: /etc/tacacs+/tac_plus.conf:44: user = netops { login = des ${label('tacacs-user-secret')} }` }],
      noMatch: ['login = PAM', 'enable = clear'],
    },
  },
  {
    id: 'sip-register-secret',
    family: 'command-line',
    description: "a SIP trunk's password in Asterisk's register => user:password@host line",
    // The password runs to the last `@` before the host, as a password may hold one (round 103:
    // `trunk:P@ssw0rd01#@sip.flowroute.com`); an auth user may follow it after a `:`.
    regex: String.raw`\bregister[ \t]*=>[ \t]*(?:[a-z]+://)?[^:@ \t\r\n/]+(?:@[^:@ \t\r\n/]+)?:([^ \t\r\n:/]+?)(?::[^:@ \t\r\n/]*)?@(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::[0-9]+)?(?:/[^ \t\r\n@]*)?(?:~[0-9]+)?(?:[ \t;,)"'\\]|$)`,
    keywords: ['register'],
    anchor: String.raw`register[ \t]*=>`,
    examples: {
      match: [{ input: `sip.conf: +register => trunk7734:${secret}@sip.provider.net/7734`, output: `sip.conf: +register => trunk7734:${label('sip-register-secret')}@sip.provider.net/7734` }],
      noMatch: ['register => trunk7734@sip.provider.net'],
    },
  },
];
