import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120470);
const password = `${sample.alnum(5)}!${sample.alnum(5)}`;
const key32 = sample.hex(32);

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
];
