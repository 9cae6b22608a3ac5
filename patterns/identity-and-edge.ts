import type { RuleSpec } from '../src/types.js';
import { label, SEP, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120352);

const krbKey = `0x${sample.hex(32)}`;
const cloudflareToken = sample.base64url(40);
const bindPassword = sample.password();
const createdToken = sample.base64url(64);
const erlangCookie = sample.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 20);
const releaseCookie = sample.base64url(32);
const casTicket = `TGT-${sample.digits(2)}-${sample.alnum(50)}-cas01`;
const spnego = `YII${sample.base64(120)}`;
const iron = `Fe26.2**${sample.hex(64)}*${sample.base64url(43)}*${sample.base64url(22)}*${sample.base64url(64)}**${sample.hex(64)}*${sample.base64url(43)}`;
const ablySecret = sample.base64url(43);
const akab = `akab-${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 16)}-${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 16)}`;
const vapidPrivate = sample.base64url(43);
const vapidPublic = `BH67${sample.base64url(83)}`;
const vercelProject = sample.alnum(28);
const vercelHook = sample.alnum(10);
const netlifyHook = sample.hex(24);
/** A keytab file in base64: its version bytes 0x05 0x02, then the entries with their keys. */
const keytabB64 = Buffer.from([5, 2, ...Buffer.from(sample.hex(90), 'hex')]).toString('base64');

/**
 * Rounds 51 to 53: credentials of single sign-on, Kerberos, the web's edge and the BEAM that hold
 * a shape or a place of their own: Kerberos keys as `klist -K` prints them, an LDAP simple bind in
 * python-ldap3's protocol log, tokens a message says it used or created, Erlang's cookie, CAS
 * tickets, SPNEGO tokens, iron-sealed cookies (hapi, h3, Nuxt), Ably's and Akamai EdgeGrid's keys,
 * a VAPID private key, deploy hooks. (Not connect-redis's `sess:<id>`: the id without the
 * cookie's signature opens no session; see round14-to-19-shapes.test.ts.)
 *
 * Each is woken by literals of its own (a word the pass over every byte looks for already, where
 * one is there), not by `cookie`: that one hit every Cookie header of a request log, seven times
 * the lines tier 1b is asked about, and the engine ran 2.2× slower there.
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
    id: 'kerberos-keytab',
    family: 'private-key',
    description: 'a Kerberos keytab in base64 under a keytab-named key (KRB5_KEYTAB_B64=…, "keytab": "BQI…"): the service\'s long-term keys; a keytab\'s name (FILE:/etc/krb5.keytab) stays',
    // Round 52 (a keytab handed to a container in its environment). A value under `keytab` is as
    // often the file's name: only base64 long enough to hold a key goes.
    regex: String.raw`(?i:[a-z0-9_.-]*keytab[a-z0-9_.-]*)${SEP}([A-Za-z0-9+/]{40,}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
    keywords: ['keytab'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `KRB5_KEYTAB_B64=${keytabB64}`, output: `KRB5_KEYTAB_B64=${label('kerberos-keytab')}` }],
      noMatch: ['keytab: FILE:/etc/krb5.keytab', 'KRB5_KTNAME=/etc/krb5.keytab', '{"default_keytab_name":"FILE:/etc/security/keytabs/http.service.keytab"}'],
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
  {
    id: 'erlang-cookie',
    family: 'generic',
    description: "an Erlang distribution cookie, which lets any node that knows it run code on the cluster: erl -setcookie …, iex --cookie …, RELEASE_COOKIE=…, Node.set_cookie(:\"…\")",
    // Round 53 (an Elixir release's `erlexec` under `set -x`). `--cookie` is curl's too, so only
    // after `iex`, `elixir` or `erl` on the line; `ERLANG_COOKIE`-named keys are the vocabulary's.
    regex: String.raw`(?:(?:^|[ \t])-setcookie|\b(?:iex|elixir|erl)\b[^\r\n]*?[ \t]--cookie)[ \t]+['"]?([^ \t\r\n'"]{6,})|\b(?:RELEASE_COOKIE|release_cookie)\\*["']?[ \t]*[:=][ \t]*\\*["']?([^ \t\r\n"'\\]{6,})|\b(?:Node\.set_cookie|erlang:set_cookie)\((?:[^,()\r\n]*(?:\(\))?[ \t]*,)?[ \t]*:?['"]([^'"\r\n]{6,})['"]`,
    keywords: ['-setcookie', '--cookie', 'release_cookie', 'set_cookie('],
    examples: {
      match: [
        { input: `+ exec /app/erts-14.2.5/bin/erlexec -noinput -name orders@10.0.3.7 -setcookie ${erlangCookie} -mode embedded`, output: `+ exec /app/erts-14.2.5/bin/erlexec -noinput -name orders@10.0.3.7 -setcookie ${label('erlang-cookie')} -mode embedded` },
        { input: `iex --sname console --cookie '${erlangCookie}' --remsh app@web-1`, output: `iex --sname console --cookie '${label('erlang-cookie')}' --remsh app@web-1` },
        { input: `RELEASE_COOKIE=${releaseCookie}`, output: `RELEASE_COOKIE=${label('erlang-cookie')}` },
        { input: `Node.set_cookie(:"${releaseCookie}")`, output: `Node.set_cookie(:"${label('erlang-cookie')}")` },
        { input: `erlang:set_cookie(node(), '${erlangCookie}').`, output: `erlang:set_cookie(node(), '${label('erlang-cookie')}').` },
      ],
      noMatch: ['curl --cookie cookies.txt https://example.com/', 'RELEASE_COOKIE=${RELEASE_COOKIE}', 'erl -setcookie $COOKIE -sname a', 'iex> Node.get_cookie()'],
    },
  },
  {
    id: 'iron-sealed',
    family: 'session',
    description: "a value sealed by iron (Fe26.2**…): hapi's, h3's and Nuxt's session cookies, which open a session as they are",
    regex: String.raw`(Fe26\.2\*[A-Za-z0-9*_~-]{40,})`,
    keywords: ['fe26.2*'],
    examples: {
      match: [{ input: `New-Object System.Net.Cookie("h3", "${iron}", "/", "console.example.io")`, output: `New-Object System.Net.Cookie("h3", "${label('iron-sealed')}", "/", "console.example.io")` }],
      noMatch: ['Fe26.2 is the seal format of @hapi/iron'],
    },
  },
  {
    id: 'ably-api-key',
    family: 'vendor',
    description: "the secret of an Ably API key (<app>.<key>:<secret>); the app's and key's ids stay",
    regex: String.raw`(?i:ably)[^\r\n]{0,80}?\b[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:([A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
    // On a line that names Ably (`ABLY_API_KEY=`, the SDK's `Ably: Auth(): …`).
    keywords: ['ably'],
    examples: {
      match: [{ input: `Ably: Auth(): using basic auth; key=DZYzTN.2eShZk:${ablySecret}`, output: `Ably: Auth(): using basic auth; key=DZYzTN.2eShZk:${label('ably-api-key')}` }],
      noMatch: ['Ably: Auth(): using token auth; clientId=web-42'],
    },
  },
  {
    id: 'akamai-edgegrid-token',
    family: 'vendor',
    description: "Akamai EdgeGrid's client token and access token (akab-…-…); the API host (akab-….luna.akamaiapis.net) stays",
    regex: String.raw`\b(akab-[a-z0-9]{16}-[a-z0-9]{16})(?:[^.A-Za-z0-9-]|$)`,
    keywords: ['akab-'],
    examples: {
      match: [{ input: `[edgegrid] host=akab-lxb2rd1c2mrodozr-yhemzxsshiwykjgh.luna.akamaiapis.net client_token=${akab}`, output: `[edgegrid] host=akab-lxb2rd1c2mrodozr-yhemzxsshiwykjgh.luna.akamaiapis.net client_token=${label('akamai-edgegrid-token')}` }],
      noMatch: ['host=akab-lxb2rd1c2mrodozr-yhemzxsshiwykjgh.luna.akamaiapis.net'],
    },
  },
  {
    id: 'vapid-private-key',
    family: 'private-key',
    description: "the private key given to web-push's setVapidDetails(subject, publicKey, privateKey); the public key stays",
    regex: String.raw`(?i:setVapidDetails)\([ \t]*(?:'[^'\r\n]*'|"[^"\r\n]*")[ \t]*,[ \t]*(?:'[^'\r\n]*'|"[^"\r\n]*")[ \t]*,[ \t]*(?:'([^'\r\n]+)'|"([^"\r\n]+)")`,
    keywords: ['vapid'],
    examples: {
      match: [{ input: `[web-push] setVapidDetails('mailto:ops@example.com', '${vapidPublic}', '${vapidPrivate}')`, output: `[web-push] setVapidDetails('mailto:ops@example.com', '${vapidPublic}', '${label('vapid-private-key')}')` }],
      noMatch: ['webpush.setVapidDetails(subject, publicKey, privateKey)'],
    },
  },
  {
    id: 'deploy-hook-url',
    family: 'url-credentials',
    description: "the secret of a deploy or build hook URL, which starts a deployment to whoever calls it: Vercel's /v1/integrations/deploy/<project>/<secret>, Netlify's /build_hooks/<id>",
    regex: String.raw`api\.vercel\.com/v1/integrations/deploy/prj_[A-Za-z0-9]+/([A-Za-z0-9]{8,})|api\.netlify\.com/build_hooks/([0-9a-f]{24})(?:[^0-9A-Za-z_-]|$)`,
    keywords: ['deploy/prj_', 'build_hooks/'],
    examples: {
      match: [
        { input: `POST https://api.vercel.com/v1/integrations/deploy/prj_${vercelProject}/${vercelHook} -> 201`, output: `POST https://api.vercel.com/v1/integrations/deploy/prj_${vercelProject}/${label('deploy-hook-url')} -> 201` },
        { input: `curl -X POST -d '{}' https://api.netlify.com/build_hooks/${netlifyHook}?trigger_title=publish`, output: `curl -X POST -d '{}' https://api.netlify.com/build_hooks/${label('deploy-hook-url')}?trigger_title=publish` },
      ],
      noMatch: ['https://api.netlify.com/build_hooks/'],
    },
  },
  {
    id: 'spnego-token',
    family: 'http-auth',
    description: 'a Kerberos SPNEGO token (Negotiate YII…), an AP-REQ a server accepts again within its window',
    // `YII`: the GSS-API token's ASN.1 opening in base64. NTLM's `TlRMTVNT…` is ntlm-authenticate's.
    regex: String.raw`\b(?i:negotiate)[ \t]+(YII[A-Za-z0-9+/]{16,}={0,2})`,
    keywords: ['negotiate'],
    examples: {
      match: [{ input: `SPNEGOAuthenticator SPNEGO Token: Negotiate ${spnego}`, output: `SPNEGOAuthenticator SPNEGO Token: Negotiate ${label('spnego-token')}` }],
      noMatch: ['WWW-Authenticate: Negotiate', 'Authorization: Negotiate <token>'],
    },
  },
  {
    id: 'cas-ticket',
    family: 'session',
    description: "an Apereo CAS ticket-granting ticket (TGT-…, the user's single sign-on session) or proxy-granting ticket (PGT-…)",
    // Each opens every service of the SSO until it expires. The prefix and a number, then the
    // random part (and the server's name, which goes with it). Not a service ticket (`ST-…`): it
    // is spent on its first validation, seconds after it is issued, and `ST-` is in too many words.
    regex: String.raw`${TOKEN_START}((?:TGT|PGT)-[0-9]{1,12}-[A-Za-z0-9._-]{20,})`,
    keywords: ['tgt-', 'pgt-'],
    tokenShape: true,
    examples: {
      match: [
        { input: `DefaultCasCookieValueManager - <Decoded cookie value is [${casTicket}]>`, output: `DefaultCasCookieValueManager - <Decoded cookie value is [${label('cas-ticket')}]>` },
      ],
      noMatch: ['release ST-2024-notes-and-changes-final', 'TGT-1-expired', 'ticket=ST-42'],
    },
  },
];
