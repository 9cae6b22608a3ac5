import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120470);
const password = `${sample.alnum(5)}!${sample.alnum(5)}`;
const key32 = sample.hex(32);
const challenge = createSampler(2026120501).alnum(20);

/** A SCEP challenge's key, its separator, and its value (quoted, or a run with no blank). */
const SCEP_CHALLENGE = String.raw`(?:(?:^|[^A-Za-z0-9_.-])(?i:challenge)(?:[_-]?(?i:password|pwd|phrase))?(?:\\*["']?[ \t]*[=:][ \t]*|</[Kk]ey>[ \t]*(?:\\n)?[ \t]*<string>|>)|[ \t]-{1,2}(?i:challenge)(?:[_-]?(?i:password|pwd|phrase))?(?:=|[ \t]+)|\b(?i:challenge)[ _-]?(?i:password)[^\r\n]{0,120}?:[ \t]+)(?:\\*"([^"\\\r\n \t]{6,})\\*"|'([^'\r\n \t]{6,})'|([A-Za-z0-9+/=._~!@#%^&*-]{8,}))`;

/**
 * Round 70 (IoT, home automation, game servers; blind): what devices, radios and game servers
 * print that lets someone in. Each woken by words the pass over every byte holds already, or by
 * one short literal of its own (its room is nearly gone: tests/unit/detect/compile.test.ts).
 */
export const deviceRules: readonly RuleSpec[] = [
  {
    id: 'radio-network-key',
    family: 'private-key',
    description:
      "a radio network's keys: LoRaWAN's AppKey, NwkKey, AppSKey and NwkSKey (OTAA and ABP; ChirpStack, TTN, LMIC), and Z-Wave's S0 and S2 network keys (Z-Wave JS's securityKeys, KEY_S0_Legacy=…)",
    regex: [
      String.raw`\b(?i:app_?s?_?key|nwk_?s?_?key|nwk_?s_?enc_?key|s_?nwk_?s_?int_?key|f_?nwk_?s_?int_?key)\\*["']?[ \t]*[=:][ \t]*\\*["']?([0-9A-Fa-f]{32})\b`,
      // Round 70: Z-Wave JS's driver options and Z-Wave JS UI's environment.
      String.raw`(?:\b|_)(?i:s0_legacy|s2_unauthenticated|s2_authenticated|s2_accesscontrol)\\*["']?[ \t]*[=:][ \t]*\\*["']?([0-9A-Fa-f]{32})\b`,
    ].join('|'),
    keywords: ['key', 's0_legacy', 's2_unauthenticated', 's2_authenticated', 's2_accesscontrol'],
    examples: {
      match: [
        { input: `[LMIC] ABP join: DevAddr=260B009C NwkSKey=${key32} AppSKey=${key32}`, output: `[LMIC] ABP join: DevAddr=260B009C NwkSKey=${label('radio-network-key')} AppSKey=${label('radio-network-key')}` },
      ],
      noMatch: ['{"devEui":"70b3d57ed005a1b6","joinEui":"0000000000000000"}', 'AppSKey=<hidden>'],
    },
  },
  {
    id: 'game-server-password',
    family: 'password',
    description:
      "a game server's passwords and tokens as its command line and console print them: Source's sv_password and rcon_password, Rust's +rcon.password, a game server login token (+sv_setsteamaccount <GSLT>), steamcmd +login <user> <password> [<Steam Guard code>], a camera SDK's Pwd[…]",
    // Round 70. `+login anonymous` has no password: the next `+` command follows it.
    regex: [
      String.raw`(?:^|[ \t"+])(?:sv_password|rcon_password|rcon\.password|server\.password)[ \t]+(?:"([^"\r\n]+)"|([^ \t\r\n"+;]+))`,
      String.raw`\bPwd\[([^\]\r\n]+)\]`,
      String.raw`\+sv_setsteamaccount[ \t]+"?([0-9A-Fa-f]{32})\b`,
      String.raw`\b(?i:steamcmd)\b[^\r\n]*?[ \t]\+login[ \t]+[^ \t+"'\r\n]+[ \t]+((?:"[^"\r\n]+"|'[^'\r\n]+'|[^ \t+"'\r\n][^ \t\r\n]*)(?:[ \t]+[A-Z0-9]{5}\b)?)`,
    ].join('|'),
    keywords: ['pass', 'pwd[', 'sv_setsteamaccount', 'steamcmd'],
    examples: {
      match: [
        { input: `NET_DVR_Login_V40, IP[192.168.1.64], User[admin], Pwd[${password}], Ret[0]`, output: `NET_DVR_Login_V40, IP[192.168.1.64], User[admin], Pwd[${label('game-server-password')}], Ret[0]` },
        { input: `rcon from "198.51.100.23:54012": command "sv_password ${password}"`, output: `rcon from "198.51.100.23:54012": command "sv_password ${label('game-server-password')}"` },
      ],
      noMatch: ['sv_password ""', 'Pwd[]'],
    },
  },
  {
    id: 'scep-challenge',
    family: 'password',
    description:
      "a SCEP enrollment challenge (the one-time or static password that buys a device certificate) on a line about SCEP or NDES: challenge=…, --challenge …, challengePassword, a plist's <key>Challenge</key><string>…</string>, an NDES admin page's challenge password",
    // Round 101 (Jamf, Intune's NDES connector, step-ca, micromdm's scepserver, mdmclient). Only
    // on a line that names SCEP or NDES: elsewhere a `challenge` is PKCE's code_challenge or a
    // WebAuthn nonce, which are public. The key stands alone (`code_challenge`, `challengeType`
    // are other keys).
    regex: [
      String.raw`(?:\b|ms)(?i:scep|ndes)[^\r\n]{0,400}?${SCEP_CHALLENGE}`,
      String.raw`${SCEP_CHALLENGE}[^\r\n]{0,400}?(?:\b|ms)(?i:scep|ndes)`,
    ].join('|'),
    keywords: ['scep', 'ndes'],
    minEntropy: 3,
    // A token's shape: `challenge: 32-bytes`, `challenge=v1.2.3-rc4` are words and numbers (review of s42).
    tokenShape: true,
    examples: {
      match: [
        { input: `scepserver -depot /var/db/scep -port 8080 -challenge=${challenge} -allowrenew 14`, output: `scepserver -depot /var/db/scep -port 8080 -challenge=${label('scep-challenge')} -allowrenew 14` },
        { input: `Payload com.acme.scep: <key>Challenge</key><string>${challenge}</string><key>Keysize</key>`, output: `Payload com.acme.scep: <key>Challenge</key><string>${label('scep-challenge')}</string><key>Keysize</key>` },
        { input: `ndes-renew.ps1 INFO Retrieved enrollment challenge password from https://ndes01.corp.local/certsrv/mscep_admin/: ${challenge}`, output: `ndes-renew.ps1 INFO Retrieved enrollment challenge password from https://ndes01.corp.local/certsrv/mscep_admin/: ${label('scep-challenge')}` },
      ],
      noMatch: ['SCEP profile saved: challengeType=DYNAMIC challenge=******** url=https://ndes.corp.local/certsrv/mscep/mscep.dll', 'GET /authorize?code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&scep=1'],
    },
  },
];
