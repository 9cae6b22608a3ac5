import type { PatternSpec } from '../src/types.js';
import { label, TEXT_SEP, VALUE } from './parts.js';
import { sample } from './sample.js';

const password = sample.password();
const secret = sample.alnum(32);
const opaque = sample.base64url(40);

/**
 * Secrets found by the key they sit under rather than by their shape: JSON keys, `key=value`
 * assignments in text, env dumps and logfmt, and secret query and form parameters.
 */
export const genericRules: readonly PatternSpec[] = [
  {
    id: 'sensitive-key',
    family: 'structured',
    description:
      'any value under a sensitive JSON key (password, secret, token, apiKey, sessionId, credentials, …), at any depth, also in JSON inside a JSON string; wrappers such as DynamoDB {"S": …} stay',
    regex: String.raw`\\?"([A-Za-z0-9_.$@-]*(?i:passwd|password|passphrase|pwd|secret|token|api[_.-]?key|apikey|private[_.-]?key|secret[_.-]?key|signing[_.-]?key|access[_.-]?key|session[_.-]?id|sessionid|session|sid|credentials?|csrf|xsrf|connection[_.-]?string|otp|pin))\\?"[ \t]*:[ \t]*`,
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'session', 'sid', 'credential', 'csrf', 'xsrf', 'connection', 'otp', 'pin'],
    kind: 'json-key',
    examples: {
      match: [
        {
          input: `{"user":"ada","password":"${password}","remember":true}`,
          output: `{"user":"ada","password":"${label('sensitive-key')}","remember":true}`,
        },
        {
          input: `{"Item":{"apiKey":{"S":"${secret}"},"pin":{"N":"4821"}}}`,
          output: `{"Item":{"apiKey":{"S":"${label('sensitive-key')}"},"pin":{"N":"${label('sensitive-key')}"}}}`,
        },
        {
          input: `{"credentials":{"user":"ada","tries":3,"hint":null},"client_secret":12345678}`,
          output: `{"credentials":{"user":"${label('sensitive-key')}","tries":"${label('sensitive-key')}","hint":null},"client_secret":"${label('sensitive-key')}"}`,
        },
        {
          input: `{"body":"{\\"API-KEY\\":\\"${secret}\\",\\"n\\":1}"}`,
          output: `{"body":"{\\"API-KEY\\":\\"${label('sensitive-key')}\\",\\"n\\":1}"}`,
        },
        {
          input: `{"secret":["${secret}","${opaque}"]}`,
          output: `{"secret":["${label('sensitive-key')}","${label('sensitive-key')}"]}`,
        },
      ],
      noMatch: [
        '{"token_type":"Bearer","max_tokens":256,"tokenCount":12}',
        '{"password":"","secret":null,"token":"[REDACTED:sensitive-key]"}',
        '{"ssid":"office-wifi","spin":3,"pinned":true}',
      ],
    },
  },
  {
    id: 'password-assignment',
    family: 'generic',
    description: 'password=…, password: …, PGPASSWORD=… and Password=…; in connection strings in text, env dumps and logfmt',
    regex: String.raw`\b(?i:[a-z0-9_.-]*(?:password|passwd|passphrase)|pwd)${TEXT_SEP}${VALUE}`,
    keywords: ['passw', 'passphrase', 'pwd'],
    examples: {
      match: [
        { input: `login user=ada password=${password} ok`, output: `login user=ada password=${label('password-assignment')} ok` },
        { input: `DB_PASSWORD: "${password} x"`, output: `DB_PASSWORD: "${label('password-assignment')}"` },
        { input: `Server=db;User Id=sa;Password=${password};`, output: `Server=db;User Id=sa;Password=${label('password-assignment')};` },
      ],
      noMatch: ['Accepted password for root from 10.0.0.1 port 22', 'password=', 'password: ********', 'password=null'],
    },
  },
  {
    id: 'secret-assignment',
    family: 'generic',
    description: 'secret=…, api_key: …, access_token=… and similar assignments in free text (entropy floor 3.5, as gitleaks)',
    regex: String.raw`\b(?i:[a-z0-9_.-]*(?:secret|token|api[_.-]?key|apikey|private[_.-]?key|secret[_.-]?key|signing[_.-]?key|credentials?))${TEXT_SEP}${VALUE}`,
    keywords: ['secret', 'token', 'key', 'credential'],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `CLIENT_SECRET=${secret}`, output: `CLIENT_SECRET=${label('secret-assignment')}` },
        { input: `level=info api_key="${opaque}" user=7`, output: `level=info api_key="${label('secret-assignment')}" user=7` },
      ],
      noMatch: ['token=Token{a64f992 ActivityRecord}', 'secret: false', 'max_tokens=4096', 'token: expired'],
    },
  },
  {
    id: 'secret-query-param',
    family: 'generic',
    description: 'secret query and form parameters (token, access_token, refresh_token, id_token, code, api_key, password, client_secret, signature, sig, X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token)',
    regex: String.raw`[?&](?i:token|access_token|refresh_token|id_token|auth|auth_token|code|api_key|apikey|key|password|passwd|client_secret|secret|signature|sig|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|jwt|session|sessionid)=([^&#"'\\ \t\r\n<>]+)`,
    keywords: ['token', 'auth', 'code', 'key', 'passw', 'secret', 'sig', 'x-amz-', 'x-goog-', 'jwt', 'session'],
    examples: {
      match: [
        {
          input: `GET /callback?code=${sample.alnum(20)}&state=xyz 302`,
          output: `GET /callback?code=${label('secret-query-param')}&state=xyz 302`,
        },
        {
          input: `https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${sample.hex(64)}`,
          output: `https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${label('secret-query-param')}`,
        },
        {
          input: `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=${sample.base64(43)}%3D`,
          output: `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=${label('secret-query-param')}`,
        },
      ],
      noMatch: ['/search?q=token&page=2', '/api?keyword=abc', '/login?next=/home'],
    },
  },
  {
    id: 'opaque-token',
    family: 'generic',
    description: 'a long random-looking value (upper, lower and digits, entropy ≥ 3.5) assigned to any name, e.g. a cookie; safe names (_ga, traceparent, …) are exempt',
    regex: String.raw`\b[A-Za-z0-9_.-]+=([A-Za-z0-9%._~+/-]{24,}={0,2})`,
    keywords: ['='],
    minEntropy: 3.5,
    generic: true,
    tokenShape: true,
    examples: {
      match: [{ input: `Cookie: theme=dark; myapp_auth=${opaque}`, output: `Cookie: theme=dark; myapp_auth=${label('opaque-token')}` }],
      noMatch: [
        '_ga=GA1.2.1234567890.1234567890',
        'path=/var/lib/nova/instances/_base/a1b2c3',
        `traceparent=00-${sample.hex(32)}-${sample.hex(16)}-01`,
        `request_id=${sample.uuid()}`,
      ],
    },
  },
];
