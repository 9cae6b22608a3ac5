import type { RuleSpec } from '../src/types.js';
import { escapeRegex, label, SEP, TOKEN68 } from './parts.js';
import { sample } from './sample.js';

const opaque = sample.base64url(32);
const basic = Buffer.from(`admin:${sample.password()}`).toString('base64');
const apiKey = sample.alnum(40);
const sts = sample.base64(180);

/** Headers whose whole value is a credential, written once: regex and keywords come from here. */
const CREDENTIAL_HEADERS = [
  'x-api-key', 'x-auth-token', 'x-access-token', 'x-xsrf-token', 'x-csrf-token', 'x-amz-security-token',
  'x-goog-api-key', 'x-session-token', 'api-key',
];

/** HTTP credentials in headers: the header name and the scheme stay, the credential goes. */
export const httpAuthRules: readonly RuleSpec[] = [
  {
    id: 'http-authorization',
    family: 'http-auth',
    description: 'Authorization / Proxy-Authorization header with a scheme (Bearer, Basic, Token, …)',
    regex: String.raw`\b(?i:(?:proxy-)?authorization)${SEP}(?i:bearer|basic|token|jwt|apikey|api-key|key|sso-key|oauth|dpop|negotiate|ntlm|mac|splunk|gitlab-token|[a-z][a-z0-9._-]*)[ \t]+(${TOKEN68}{6,})`,
    keywords: ['authorization'],
    examples: {
      match: [
        { input: `Authorization: Bearer ${opaque}`, output: `Authorization: Bearer ${label('http-authorization')}` },
        { input: `{"authorization":"Basic ${basic}"}`, output: `{"authorization":"Basic ${label('http-authorization')}"}` },
        { input: `proxy-authorization=Token ${opaque}`, output: `proxy-authorization=Token ${label('http-authorization')}` },
        { input: `msg="{\\"Authorization\\":\\"Bearer ${opaque}\\"}"`, output: `msg="{\\"Authorization\\":\\"Bearer ${label('http-authorization')}\\"}"` },
      ],
      noMatch: ['Authorization: Bearer', 'authorization failed for user bob', 'authorization: denied (policy)'],
    },
  },
  {
    id: 'http-authorization-raw',
    family: 'http-auth',
    description: 'Authorization header whose value is a bare credential, no scheme',
    regex: String.raw`\b(?i:(?:proxy-)?authorization)${SEP}(${TOKEN68}{16,})`,
    keywords: ['authorization'],
    minEntropy: 3,
    examples: {
      match: [{ input: `authorization: ${opaque}`, output: `authorization: ${label('http-authorization-raw')}` }],
      noMatch: ['authorization: aaaaaaaaaaaaaaaaaaaa', 'Authorization: required'],
    },
  },
  {
    id: 'api-key-header',
    family: 'http-auth',
    description: 'X-Api-Key, X-Auth-Token, X-XSRF-Token, X-CSRF-Token, X-Amz-Security-Token and similar headers',
    regex: String.raw`\b(?i:${CREDENTIAL_HEADERS.map(escapeRegex).join('|')})${SEP}(${TOKEN68}{8,}|[A-Za-z0-9%._~+/=-]{8,})`,
    keywords: CREDENTIAL_HEADERS,
    examples: {
      match: [
        { input: `X-Api-Key: ${apiKey}`, output: `X-Api-Key: ${label('api-key-header')}` },
        { input: `x-xsrf-token=${opaque}`, output: `x-xsrf-token=${label('api-key-header')}` },
        { input: `X-Amz-Security-Token: ${sts}`, output: `X-Amz-Security-Token: ${label('api-key-header')}` },
      ],
      noMatch: ['X-Api-Key: <key>', 'the x-api-key header is missing'],
    },
  },
];
