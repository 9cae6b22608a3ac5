import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { lineKeptBy, secretsGoFrom } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

/**
 * Session 35's classes (rounds 62 to 67, blind): each in shapes beside the catalog's examples,
 * with the look-alikes that must stay. Values come from a sampler, never from the rounds' files.
 */
const scrubber = createScrubber();
const s = createSampler(2026120435);
const pw = `${s.alnum(6)}!${s.alnum(4)}`;
const hex32 = s.hex(32);
const words = 'cactus canyon casino castle census chunk clever column combine crisp deer divorce drama eagle elbow'.split(' ');
const phrase12 = words.slice(0, 12).join(' ');
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const wg = `${s.base64(42).slice(0, 42)}A=`;

const goes = secretsGoFrom(scrubber);
const keeps = lineKeptBy(scrubber);

describe('network gear (round 63)', () => {
  it.each([
    [`%PARSER-5-CFGLOG_LOGGEDCMD: User:ops logged command:ip ospf message-digest-key 3 md5 ${pw}`],
    [`set protocols ospf area 0 interface ge-0/0/1 authentication-key ${pw}`],
    [`ntp authentication-key 10 md5 0 ${pw}`],
    [`router bgp 65000 neighbor 10.0.0.2 password ${pw}`],
    [`radius-server host 10.0.5.21 key 7 "${pw}" authentication accounting`],
    [`config wlan security wpa akm psk set-key ascii ${pw} 4`],
    [`cmd="ldap-login-password ${pw}" aaa-server=CORP-LDAP`],
    [`set system login user automation authentication plain-text-password-value ${pw}`],
    [`Command is password simple ${pw}`],
    [`nv set system aaa user cumulus password ${pw}`],
    [`crypto pki export TP pkcs12 tftp://10.0.7.5/x.p12 password ${pw}`],
    [`FGT-HQ-01 (CORP-LDAP) # set password ${pw}`],
    [`tac_plus[1202]: Reading config /etc/tacacs+/tac_plus.conf: key = "${pw}"`],
    [`tacacs-server host 10.0.5.30 key plaintext ${pw} vrf mgmt`],
    [`.cloginrc:12: add password core-* {${pw}} {${pw}x}`],
  ])('a config secret goes: %s', (line) => goes(line, pw));

  it.each([
    [`set snmp community ${pw} authorization read-only`],
    [`snmp-agent community read cipher ${pw}`],
    [`TRAP2, SNMP v2c, community ${pw} SNMPv2-MIB::snmpTrapOID.0`],
    [`snmpwalk -v2c -c ${pw} 10.0.10.1 system`],
    [`type=EXECVE argc=6 a0="snmpwalk" a1="-v2c" a2="-c" a3="${pw}" a4="10.0.10.1"`],
    [`UPDATE host SET snmp_community='${pw}', snmp_version=2 WHERE id=37`],
    [`auths="map[if_mib:{Community:${pw} SecurityLevel:noAuthNoPriv}]"`],
    [`(/etc/snmp/snmpd.conf]/content) +rocommunity ${pw} 10.0.9.0/24`],
    [`cmd=net-snmp-create-v3-user -ro -A ${pw} -a SHA-512 -X ${pw}x -x AES nmsuser`],
  ])('an SNMP community or passphrase goes: %s', (line) => goes(line, pw));

  it.each([
    [`echo "User-Name=probe" | radclient -x 127.0.0.1:1812 auth ${pw}`],
    [`eapol_test -c peap.conf -a 10.0.5.21 -s ${pw}`],
    [`line 61: enable 15 = clear ${pw}`],
    [`VALUES ('bob', 'Cleartext-Password', ':=', '${pw}')`],
    [`+ wpa_cli -i wlan0 set_network 0 psk '"${pw}"'`],
    [`fs_cli -H 10.0.6.30 -P 8021 -p ${pw} -x "show registrations"`],
    [`sip.conf: +register => trunk:${pw}@sip.provider.net/7734`],
  ])('an AAA or SIP secret goes: %s', (line) => goes(line, pw));

  it('takes a WireGuard key set by VyOS, chrony\'s keys and a SIM\'s Milenage keys', () => {
    goes(`{"set": "interfaces wireguard wg01 private-key ${wg}"}`, wg);
    goes(`chronyd[881]: Loaded key 10 from /etc/chrony.keys: 10 SHA1 HEX:${hex32}`, hex32);
    goes(`subscriber imsi 901700000014701 update aud3g milenage k ${hex32} opc ${hex32}`, hex32);
  });

  it.each([
    ['snmpwalk -v2c -c public 10.0.0.1'],
    ["SNMP['/usr/bin/snmpget' '-v2c' '-c' 'COMMUNITY' 'udp:HOSTNAME:161']"],
    ['set community 65000:100 additive'],
    ['tac_plus: key = "%%TACACS_KEY%%" (templated)'],
    ['.cloginrc:12: add password core-* {$env(RANCID_VTY)} {$env(RANCID_EN)}'],
    ['ip ospf message-digest-key 1 md5 7'],
    ['FGT # set password ENC'],
    ['neighbor 10.0.0.2 remote-as 65001'],
    ['the community edition is free'],
  ])('a look-alike stays: %s', (line) => keeps(line));
});

describe('wallets and nodes (round 64)', () => {
  it('takes seed phrases after the words that name them, and leaves prose', () => {
    goes(`INDEXER_AGENT_MNEMONIC="${phrase12}"`, phrase12);
    goes(`cast send 0xabc --mnemonic "${phrase12}" --rpc-url https://rpc.sepolia.org`, phrase12);
    goes(`Secret phrase:       ${phrase12}`, phrase12);
    goes(`// const wallet = ethers.Wallet.fromPhrase("${phrase12}")`, phrase12);
    keeps('Write down your seed phrase and keep it in a safe place; never share it with anyone at all');
    keeps('seed=42 shuffle=true epochs=10');
  });

  it('takes extended and WIF keys, and leaves public ones and addresses', () => {
    const zprv = `zprvAWgYBBk7JR8G${s.from(B58, 95)}`;
    goes(`{"jsonrpc": "2.0", "result": "${zprv}", "id": 7}`, zprv);
    const wif = `K${s.from(B58, 51)}`;
    goes(`importing key WIF: ${wif} for address bc1q...`, wif);
    keeps(`xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2jkwSB1icqYh2cfDfVxdx4df189oLKnC5fSwqPfgyP3hooxujYzAu3fDVmz`);
  });

  it('takes 0x keys handed to a wallet, and leaves hashes of blocks and transactions', () => {
    const key = s.hex(64);
    goes(`acct = w3.eth.account.from_key("0x${key}")`, key);
    goes(`const account = privateKeyToAccount('0x${key}' as Hex)`, key);
    keeps(`INFO [03-14|09:52:11.008] Submitted transaction hash=0x${key} recipient=0x5a1e4c1b8b1c2e0c36f5b0ef1e0c2f8f44d9d5a1`);
    keeps(`2024-03-14T09:12:44Z UpdateTip: new best=${key} height=834112`);
    keeps(`Loading ChannelPoint(${key}:1), isPending=false`);
  });

  it('takes node providers\' keys and wallet passphrases', () => {
    const id = s.alnum(32);
    goes(`url="https://eth-mainnet.g.alchemy.com/v2/${id}", code=SERVER_ERROR`, id);
    goes(`connecting to https://dry-wild-morning.quiknode.pro/${hex32}/ (chain=eth-mainnet)`, hex32);
    goes(`w3.geth.personal.unlock_account('0x90c0cfbe27ba085e7b1245e4a7328bcd0f931fce', '${pw}', 60)`, pw);
    goes(`req={"jsonrpc":"2.0","method":"personal_unlockAccount","params":["0xcd77a7dfaaee030aa0bb2653402fdbcef4ce551e","${pw}",600],"id":1}`, pw);
    goes(`[2024-05-10 02:44:10] > encryptwallet ${pw}`, pw);
  });
});

describe('Windows hashes, back office, dumps (rounds 62, 66, 67)', () => {
  it('takes NetNTLM responses and Kerberos hashes, and leaves IPv6 and C++ names', () => {
    goes(`jdoe::CORP:1122334455667788:${hex32}:0101000000000000${s.hex(64)}`, hex32);
    goes(`$krb5asrep$23$jsmith@CORP.LOCAL:${hex32}$${s.hex(96)}`, hex32);
    keeps('fe80::1ff:fe23:4567:890a%eth0');
    keeps('std::vector<int>::iterator it = v.begin();');
  });

  it('takes admin calls\' passwords, reversible ciphers and EDI fields', () => {
    goes(`wls:/offline> nmConnect('nodemanager', '${pw}', 'wls-02', '5556', 'erp_domain')`, pw);
    goes(`cmo.resetUserPassword('svc_soa','${pw}')`, pw);
    goes(`HSLIB>Set sc=##class(Ens.Config.Credentials).SetCredential("SFTP","edi01","${pw}",1)`, pw);
    const xor = s.base64(24);
    goes(`<authDataAlias password="{xor}${xor}" user="wasadmin"/>`, xor);
    goes(`[Startup] UserId=PS UserPswd=${pw} ConnectId=people ConnectPswd=${pw}x`, pw);
    keeps('ISA*00*          *00*          *ZZ*GENHOSP01      *ZZ*CLEARHOUSE     *250304*1012*^*00501*000000905*0*P*:~');
    keeps(`connect('db01', '5432')`);
  });

  it('takes dumped values under a secret\'s key, and leaves empty ones', () => {
    goes(`a:2:{s:8:"username";s:5:"admin";s:8:"password";s:12:"${pw}";}`, pw);
    goes(`#{user => <<"svc">>,pass => <<"${pw}">>}`, pw);
    goes(`  Password: (string) (len=12) "${pw}",`, pw);
    keeps('  Password: (string) (len=0) ""');
  });
});

describe('devices and game servers, shops (rounds 68 and 70)', () => {
  it('takes LoRaWAN keys, game servers\' passwords, Mosquitto hashes and shop API keys in URLs', () => {
    goes(`[LMIC] ABP join: DevAddr=260B009C NwkSKey=${hex32.toUpperCase()} AppSKey=${hex32}`, hex32);
    goes(`{"deviceKeys":{"devEui":"70b3d57ed005a1b6","nwkKey":"${hex32}","appKey":"${hex32}"}}`, hex32);
    goes(`./RustDedicated -batchmode +rcon.port 28016 +rcon.password "${pw}" +rcon.web 1`, pw);
    goes(`NET_DVR_Login_V40, IP[192.168.1.64], Port[8000], User[admin], Pwd[${pw}], Ret[0]`, pw);
    const salt = s.base64(12);
    goes(`homeassistant:$7$101$${salt}$${s.base64(64)}`, salt);
    goes(`"GET /matomo/index.php?module=API&method=VisitsSummary.get&token_auth=${hex32} HTTP/1.1" 200`, hex32);
    goes(`"GET /api/orders?display=full&ws_key=${hex32.toUpperCase()} HTTP/1.1" 200`, hex32.toUpperCase());
  });

  it('leaves device ids and empty values', () => {
    keeps('{"devEui":"70b3d57ed005a1b6","joinEui":"0000000000000000"}');
    keeps('sv_password ""');
    keeps('steamcmd +login anonymous +app_update 896660 +quit');
  });
});

