import type { RuleSpec } from '../src/types.js';
import { label, SEP, UUID } from './parts.js';
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
    regex: String.raw`\b(?i:[a-z0-9_-]*session[_-]?id|x-session|session|sid|ssid|sess_id)${SEP}(${UUID}|[A-Za-z0-9%._~+/=-]{16,})`,
    keywords: ['session', 'sid', 'sess_id'],
    // The key and the opening of its separator: `session` alone woke every SQL line about the
    // `sessions` table (issue 9).
    anchor: String.raw`(?i:session[_-]?id|session|sid|sess_id)\\?["']?[ \t]*(?:=>|[:=])`,
    minEntropy: 3.4,
    examples: {
      match: [
        { input: `sessionId=${uuid} requestId=${requestId}`, output: `sessionId=${label('session-id')} requestId=${requestId}` },
        { input: `x-session-id: ${opaque}`, output: `x-session-id: ${label('session-id')}` },
        { input: `session: ${uuid}`, output: `session: ${label('session-id')}` },
      ],
      noMatch: [
        `requestId=${uuid}`,
        `traceId: ${uuid}`,
        'Session: 30546173_4261722401 initialized by client',
        'Processed session termination for sessionid: 0x14ed93111f20005',
        'Processed session termination for sessionid: 0x14ede63a5a70023',
      ],
    },
  },
];
