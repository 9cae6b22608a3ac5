import type { RuleSpec } from '../src/types.js';
import { ANCHOR_ESCAPED_QUOTE, label, NAME_START, SEP, TWILIO_SID } from './parts.js';
import { sample } from './sample.js';

const uuid = sample.uuid();
const opaque = sample.base64url(32);
const requestId = sample.uuid();

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
];
