import type { RuleSpec } from '../src/types.js';
import { ANCHOR_ESCAPED_QUOTE, label, NAME_START, SEP, TWILIO_SID } from './parts.js';
import { sample } from './sample.js';

const uuid = sample.uuid();
const opaque = sample.base64url(32);
const requestId = sample.uuid();

/** Store keys' prefixes that name a credential (`session:<id>`, `invite:<token>`); store-key-token. */
// Not connect-redis's `sess:<id>`: its key is the cookie's id without the signature the
// server's secret makes, which alone opens no session (rounds 10, 13, 14).
const STORE_NAMES = [
  'session', 'sessions', 'invite', 'invites', 'invitation', 'invitations', 'password_reset', 'password-reset',
  'passwordreset', 'pwreset', 'reset_token', 'magic_link', 'magic-link', 'magiclink', 'login_token', 'login_link',
  'verify', 'verification', 'email_verification', 'confirm', 'confirmation', 'refresh_token', 'access_token', 'auth_token',
  'api_key', 'apikey', 'token', 'tokens', 'otp', 'csrf',
];
const STORE_PREFIXES = STORE_NAMES.join('|');
/**
 * The prefixes' endings with their `:`, each ending one or more (`reset:` ends `password_reset:`,
 * `token:` ends `refresh_token:`): the words alone woke every SQL line about `sessions` and every
 * `token` key, and took the request-log corpus from ~100 to ~30 MiB/s (issue 9's bench).
 */
const STORE_KEYWORDS = ['session:', 'sessions:', 'invite:', 'invites:', 'invitation:', 'invitations:', 'reset:', 'link:', 'token:', 'tokens:', 'verify:', 'verification:', 'confirm:', 'confirmation:', 'api_key:', 'apikey:', 'otp:', 'csrf:'];

/**
 * Session ids under session keys and headers. The same UUID under `requestId` or `traceId`
 * is not a credential and stays: the key decides, not the shape.
 */
export const sessionIdRules: readonly RuleSpec[] = [
  {
    id: 'session-id',
    family: 'session-id',
    description: 'a UUID or opaque id under a session key or header (sessionId, session_id, x-session-id, sid)',
    // A UUID is among the characters: one class, so a longer value (`<uuid>abc`) goes whole, not
    // its UUID prefix only. Not `ssid`: a Wi-Fi network's name (issue 7). Not a Twilio resource's
    // SID (`{"sid":"SM…","status":"queued"}`).
    // A signed cookie's value keeps its `s:` (express-session's, as cookie-parser's req.cookies
    // prints it: `{"connect.sid":"s:<id>.<signature>"}`, round 19); the id and the signature go.
    regex: String.raw`${NAME_START}(?i:[a-z0-9_-]*session[_-]?id|x-session|session|sid|sess_id)${SEP}(?:${TWILIO_SID}|(?:s:|s%3A)?([A-Za-z0-9%._~+/=-]{16,}))`,
    keywords: ['session', 'sid', 'sess_id'],
    // The key and the opening of its separator: `session` alone woke every SQL line about the
    // `sessions` table (issue 9). The key's quote may be written as an escape (`\u0022sid\u0022:`, escq2).
    anchor: String.raw`(?i:session[_-]?id|session|sid|sess_id)(?:\\*["']?|${ANCHOR_ESCAPED_QUOTE})[ \t]*(?:=>|[:=])`,
    minEntropy: 3.4,
    examples: {
      match: [
        { input: `sessionId=${uuid} requestId=${requestId}`, output: `sessionId=${label('session-id')} requestId=${requestId}` },
        { input: `x-session-id: ${opaque}`, output: `x-session-id: ${label('session-id')}` },
        { input: `session: ${uuid}`, output: `session: ${label('session-id')}` },
        { input: `sid=${uuid}${opaque.slice(0, 6)} ok`, output: `sid=${label('session-id')} ok` },
        { input: `req.cookies={"connect.sid":"s:${opaque}.${uuid.replace(/-/g, '')}"}`, output: `req.cookies={"connect.sid":"s:${label('session-id')}"}` },
        // The key's quotes written as escapes (escq2).
        { input: `{"msg":"{\\u0022sid\\u0022:\\u0022${uuid}\\u0022}"}`, output: `{"msg":"{\\u0022sid\\u0022:\\u0022${label('session-id')}\\u0022}"}` },
      ],
      noMatch: [
        `requestId=${uuid}`,
        `traceId: ${uuid}`,
        'wifi ssid: Office-Guest-5G-2F',
        `{"ssid":"${opaque}"}`,
        'Session: 30546173_4261722401 initialized by client',
        'Processed session termination for sessionid: 0x14ed93111f20005',
        'Processed session termination for sessionid: 0x14ede63a5a70023',
        `{"sid":"SM${sample.hex(32)}","status":"queued"}`,
      ],
    },
  },
  {
    id: 'store-key-token',
    family: 'session-id',
    description:
      'a session id or one-time token as the name of a Redis or cache key: session:, invite:, password_reset:, magic_link:, verify:, refresh_token:, token: (in MONITOR output, client debug logs, key= fields)',
    // Round 43: stores keep a token under a key named by it (`SETEX "invite:<token>" 604800 …`),
    // and Redis's MONITOR, ioredis's and redis-py's debug output print the key. Only prefixes that
    // name a credential, after a quote, a space, a bracket, `=` or an enclosing namespace
    // (`myapp:invitation:<token>`); `user:<id>` and `cache:<digest>` are ids. The token runs to the key's end.
    regex: String.raw`(?:^|[ \t"'\[(,=:/])(?i:${STORE_PREFIXES}):([A-Za-z0-9_-]{16,})(?:$|[ \t"'\]),:}])`,
    keywords: STORE_KEYWORDS,
    // The prefixes' endings, no counted run: a trigger with one shares the tier-1b Set whose DFA
    // such runs multiply.
    anchor: String.raw`(?i:session|sessions|invite|invites|invitation|invitations|reset|link|token|tokens|verify|verification|confirm|confirmation|api_key|apikey|otp|csrf):[A-Za-z0-9_-]`,
    minEntropy: 3.4,
    examples: {
      match: [
        { input: `1742273390.005099 [1 10.12.61.244:55535] "SETEX" "invite:${opaque}" "604800" "{}"`, output: `1742273390.005099 [1 10.12.61.244:55535] "SETEX" "invite:${label('store-key-token')}" "604800" "{}"` },
        { input: `"GET" "myapp:invitation:${opaque}"`, output: `"GET" "myapp:invitation:${label('store-key-token')}"` },
        { input: `ioredis:redis write command[127.0.0.1:6379]: 0 -> del([ 'password_reset:${uuid}' ])`, output: `ioredis:redis write command[127.0.0.1:6379]: 0 -> del([ '${'password_reset:'}${label('store-key-token')}' ])` },
        { input: `cache miss key=magic_link:${opaque} ttl=900`, output: `cache miss key=magic_link:${label('store-key-token')} ttl=900` },
      ],
      noMatch: [
        `"GET" "user:${uuid}"`,
        `"SET" "cache:sha256:${sample.hex(64)}"`,
        '"DEL" "sess:expired"',
        `"SET" "invite:count:workspace_9510" "3"`,
        'tokens: 4096 session: 12 invite: pending',
        `"INCR" "ratelimit:login:203.0.113.9"`,
      ],
    },
  },
];
