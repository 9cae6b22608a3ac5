import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120352);

const krbKey = `0x${sample.hex(32)}`;
const cloudflareToken = sample.base64url(40);
const bindPassword = sample.password();
const createdToken = sample.base64url(64);

/**
 * Rounds 51 and 52: credentials of single sign-on, Kerberos and the web's edge that hold a place
 * of their own: Kerberos keys as `klist -K` prints them, an LDAP simple bind in python-ldap3's
 * protocol log, tokens a message says it used or created. (Not connect-redis's `sess:<id>`: the
 * id without the cookie's signature opens no session; see round14-to-19-shapes.test.ts.)
 *
 * Each is woken by a word the pass over every byte looks for already, or by one short literal:
 * that pass sits at the edge of RE2's DFA memory over the catalog's own examples
 * (compile.test.ts), and the rounds' other shapes (CAS tickets, SPNEGO tokens, iron seals,
 * Ably's and Akamai's keys, VAPID keys, deploy hooks, radtest) took it past, ~60 to ~500 ms.
 */
export const identityEdgeRules: readonly RuleSpec[] = [
  {
    id: 'kerberos-key',
    family: 'private-key',
    description: "a Kerberos long-term key as klist -K prints it beside its enctype: (aes256-cts-hmac-sha1-96)  (0x…)",
    // Their enctypes' names all hold `hmac` (`aes256-cts-hmac-sha1-96`, `arcfour-hmac`), which is
    // in the pass already (crypto-call-secret); Camellia's (`-cmac`) are left to the keys' other rules.
    regex: String.raw`\((?:aes|des|des3|arcfour|rc4)[a-z0-9-]*hmac[a-z0-9-]*\)[ \t]+\((0x[0-9a-fA-F]{16,})\)`,
    keywords: ['hmac'],
    anchor: String.raw`hmac[a-z0-9-]*\)[ \t]+\(0x`,
    anchorInPass: false,
    examples: {
      match: [{ input: `   9 05/10/2025 09:01:49 HTTP/web.example.com@EXAMPLE.COM (aes128-cts-hmac-sha1-96)  (${krbKey})`, output: `   9 05/10/2025 09:01:49 HTTP/web.example.com@EXAMPLE.COM (aes128-cts-hmac-sha1-96)  (${label('kerberos-key')})` }],
      noMatch: ['   9 05/10/2025 09:01:49 HTTP/web.example.com@EXAMPLE.COM (aes128-cts-hmac-sha1-96)'],
    },
  },
  {
    id: 'token-used-message',
    family: 'generic',
    description: "the token a tool says it used, as wrangler's Cloudflare API errors print it: (token used: …)",
    regex: String.raw`\b(?i:token used)[ \t]*[:=][ \t]*([A-Za-z0-9_.-]{20,})`,
    // `token` is in the pass already.
    keywords: ['token'],
    anchor: String.raw`(?i:token used)[ \t]*[:=]`,
    anchorInPass: false,
    minEntropy: 3.5,
    examples: {
      match: [{ input: `Authentication error [code: 10000] (token used: ${cloudflareToken})`, output: `Authentication error [code: 10000] (token used: ${label('token-used-message')})` }],
      noMatch: ['last token used: 2024-06-01T10:00:00Z'],
    },
  },
  {
    id: 'ldap-simple-bind',
    family: 'generic',
    description: "the password of an LDAP simple bind as python-ldap3's protocol log prints the request: 'authentication': {'simple': '…'}",
    regex: String.raw`(?i:authentication)\\*['"]?[ \t]*:[ \t]*\{[ \t]*\\*['"]simple\\*['"][ \t]*:[ \t]*(?:'([^'\r\n]+)'|"([^"\r\n]+)")`,
    // `auth` is in the pass already.
    keywords: ['auth'],
    anchor: String.raw`\\*['"]simple\\*['"][ \t]*:`,
    anchorInPass: false,
    examples: {
      match: [{ input: `DEBUG:ldap3:PROTOCOL:BIND request <{'version': 3, 'name': 'cn=svc,dc=example,dc=io', 'authentication': {'simple': '${bindPassword}', 'sasl': None}}>`, output: `DEBUG:ldap3:PROTOCOL:BIND request <{'version': 3, 'name': 'cn=svc,dc=example,dc=io', 'authentication': {'simple': '${label('ldap-simple-bind')}', 'sasl': None}}>` }],
      noMatch: ["'authentication': {'simple': None, 'sasl': None}"],
    },
  },
  {
    id: 'created-token-message',
    family: 'generic',
    description: 'a token an identity provider says it created, printed after the message: created personal access token for machine user ci: …',
    // Round 52 (ZITADEL). Only a long random run after the colon: `created token for user: ada` names one.
    regex: String.raw`\b(?i:created|generated|issued)[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}(?i:token|api key|access key|secret)\b[^\r\n:]{0,60}:[ \t]+([A-Za-z0-9_.~+/-]{32,}={0,2})`,
    // `token`, `key` and `secret` are in the pass already.
    keywords: ['token', 'key', 'secret'],
    anchor: String.raw`(?i:created|generated|issued)[ \t]`,
    anchorInPass: false,
    minEntropy: 4,
    tokenShape: true,
    examples: {
      match: [{ input: `zitadel: created personal access token for machine user terraform: ${createdToken} (expires 2024-08-06)`, output: `zitadel: created personal access token for machine user terraform: ${label('created-token-message')} (expires 2024-08-06)` }],
      noMatch: ['created access token for user: ada (expires 2024-08-06)'],
    },
  },
];
