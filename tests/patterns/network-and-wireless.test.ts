/**
 * Round 57 (devices, desktops and the network, blind): the secrets of network devices' configs,
 * Wi-Fi and RADIUS as devices print them. Each as a class, with the look-alikes beside them that stay.
 */
import { describe } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { goesEach, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x5757);
const goes = goesEach(scrubber);
const keeps = keepsEach(scrubber);

describe("a network device's secrets in its config", () => {
  goes(
    [
      (s) => `radius-server host 192.168.88.144 auth-port 1812 acct-port 1813 key ${s}`,
      (s) => `tacacs-server host 10.0.0.9 timeout 5 key ${s}`,
      (s) => `snmp-server user nms NMS-GROUP v3 auth sha ${s}`,
      (s) => `createUser nms SHA "${s}"`,
      (s) => `    login = cleartext "${s}"`,
      (s) => `    enable = cleartext "${s}"`,
    ],
    () => sample.alnum(18),
  );
  // Junos's `$9$…` goes whole, its marker too.
  goes(
    [
      (s) => `set snmp v3 usm local-engine user nms authentication-sha authentication-key "${s}"`,
      (s) => `set security ike policy IKE-POL pre-shared-key ascii-text "${s}"`,
    ],
    () => `$9$${sample.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./-', 26)}`,
  );
  keeps(['radius-server host 10.0.0.5 auth-port 1812 acct-port 1813', 'snmp-server user nms NMS-GROUP v3', 'login = PAM', 'createUser -e 0x8000 nms']);
});

describe('Wi-Fi keys and RADIUS passwords as devices print them', () => {
  goes(
    [
      (s) => `06-04 05:23:46.514  9889 17060 D MLKitBarcode: Decoded QR: WIFI:S:Casa_Garcia;T:WPA;P:${s};H:false;;`,
      (s) => `WIFI:T:WPA;S:Office;P:${s};;`,
      (s) => `$ adb shell cmd wifi connect-network "ACME-Corp" wpa2 "${s}"`,
      (s) => `sudo networksetup -setairportnetwork en0 "Office 5G" ${s}`,
      (s) => `Auth: (131) Login incorrect (pap: Cleartext password does not match "known good" password): [pi/${s}] (from client ap-lobby port 0 via TLS tunnel)`,
      (s) => `Mon Mar 24 04:38:49 2025 : Auth: (343) Login OK: [installer/${s}] (from client nas01 port 40 cli E0-63-DA-D2-1A-E1)`,
      (s) => `wl0_wpa_psk=${s}`,
      (s) => `wireless.@wifi-iface[1].key='${s}'`,
      (s) => `wep_key0=${s}`,
    ],
    () => sample.password(),
  );
  goes([(s) => `Jun 10 04:15:09 laptop wpa_supplicant[4816]: wlan0: WPA: PMK - hexdump(len=32): ${s}`, (s) => `hostapd: wlan0: WPA: KEK - hexdump(len=16): ${s}`], () => sample.hex(16).match(/../g)!.join(' '));
  goes([(s) => `$ hostapd_cli -i wlan0 wps_pin any ${s}`], () => sample.digits(8));
  keeps([
    'WIFI:S:Guest;T:nopass;;',
    'wlan0: WPA: Key negotiation completed with 00:11:22:33:44:55 [PTK=CCMP GTK=CCMP]',
    'Auth: (12) Login OK: [ada] (from client nas01 port 0)',
    'wl0_wpa_psk=',
    "wireless.@wifi-iface[0].encryption='psk2'",
  ]);
});

describe("devices' and remote access tools' secrets", () => {
  goes(
    [
      (s) => `openfortivpn vpn.example.com:443 -u ada -p '${s}' --trusted-cert ${'5a'.repeat(32)}`,
      (s) => `echo '${s}' | sudo anydesk --set-password`,
      (s) => `$ sudo teamviewer passwd ${s}`,
      (s) => `python3 tools/espota.py -i 192.168.1.82 -p 3232 --auth=${s} -f firmware.bin`,
      (s) => `akumar : EAP "${s}"`,
      (s) => `password "Auth" ${s}`,
      (s) => `01:25:35.645 CMD: Backlog SSID1 HomeNet; Password1 ${s}; MqttHost 192.168.1.78`,
      (s) => `{"hue-application-key": "${s}"}`,
      (s) => `\t\t\t<pre-shared-key>${s}</pre-shared-key>`,
      (s) => `D/WifiSettings( 6383): addNetwork: {"ssid":"Casa","preSharedKey":"${s}","keyMgmt":"WPA_PSK"}`,
    ],
    () => sample.password(),
  );
  goes([(s) => `$ adb pair 192.168.0.18:41709 ${s}`], () => sample.digits(6));
  goes([(s) => `LinkKey = ${s}`, (s) => `D bt_btif_config: btif_config_set_str: [fc:ec:da:c8:4e:aa] LinkKey = ${s}`], () => sample.hex(32));
  goes([(s) => `<response status = 'success'><result><key>${s}</key></result></response>`], () => `LUFRPT${sample.base64(60)}==`);
  goes(
    [(s) => `"POST /trigger/door_open/with/key/${s} HTTP/1.1" 200 28 "-" "ESP8266HTTPClient"`, (s) => `"GET /cgi-bin/luci/;stok=${s}/admin/network/wireless HTTP/1.1" 200 41967`],
    () => sample.hex(32),
  );
  keeps([
    `openfortivpn vpn.example.com:443 --trusted-cert ${'5a'.repeat(32)}`,
    'adb pair --help',
    'teamviewer passwd',
    'Password1 must be at least 8 characters',
    '>PASSWORD:Need \'Auth\' username/password',
    'https://maker.ifttt.com/trigger/{event}/with/key/{your-key}',
    'link_key_type=4',
    'shared_key_len=32',
  ]);
});

describe('an SNMP v1/v2c community other than the defaults', () => {
  goes(
    [
      (s) => `snmp-server community ${s} RW 99`,
      (s) => `rwcommunity ${s} 192.168.1.0/24`,
      (s) => `com2sec readonly default ${s}`,
      (s) => `snmpwalk -v2c -c ${s} 172.16.5.176 1.3.6.1.2.1.43`,
      (s) => `04:12:34.350286 IP 192.168.0.169.39246 > 192.168.0.139.snmp:  C="${s}" GetRequest(28)  .1.3.6.1.2.1.1.1.0`,
    ],
    () => sample.alnum(12),
  );
  keeps(['snmp-server community public RO', 'rocommunity public default', 'snmpwalk -v2c -c public localhost', 'rwcommunity private', 'Join our community today', 'visibility: private']);
});
