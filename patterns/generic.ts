import type { PatternSpec } from '../src/types.js';
import { escapeRegex, label, spellings, TEXT_SEP, VALUE } from './parts.js';
import { sample } from './sample.js';

const password = sample.password();
const secret = sample.alnum(32);
const opaque = sample.base64url(40);

/** Key endings the sensitive-key rule looks for; the engine then checks the whole key word by word. */
const SENSITIVE_KEY_ENDINGS = [
  'passwd', 'password', 'passphrase', 'pwd', 'secret', 'token',
  ...spellings('api', 'key'), ...spellings('private', 'key'), ...spellings('signing', 'key'),
  ...spellings('access', 'key'), ...spellings('session', 'id'), 'session', 'credential', 'credentials',
  'csrf', 'xsrf', ...spellings('connection', 'string'), 'otp', 'pin',
];

/** Names of secret query and form parameters. */
const SECRET_PARAMS = [
  'token', 'access_token', 'refresh_token', 'id_token', 'auth', 'auth_token', 'code', 'api_key', 'apikey', 'key',
  'password', 'passwd', 'client_secret', 'secret', 'signature', 'sig', 'x-amz-signature', 'x-amz-credential',
  'x-amz-security-token', 'x-goog-signature', 'x-goog-credential', 'jwt', 'session', 'sessionid',
];

/** Key words of `secret-assignment`. */
const SECRET_WORDS = ['secret', 'token', 'credential', ...spellings('api', 'key'), 'apikey', ...spellings('private', 'key'), ...spellings('signing', 'key')];

/**
 * Regex and keywords of `sensitive-key`. `extraKeys` are a config's own keys as lower-case words
 * (`['favourite', 'colour']`): they match in any spelling (`favouriteColour`, `favourite_colour`)
 * and their last word, with the closing quote, is their keyword.
 */
export function sensitiveKeyMatcher(extraKeys: readonly (readonly string[])[] = []): Pick<PatternSpec, 'regex' | 'keywords'> {
  const alternatives = [...extraKeys.map((words) => words.map(escapeRegex).join('[_.-]?')), ...SENSITIVE_KEY_ENDINGS.map(escapeRegex)];
  const lastWords = [...SENSITIVE_KEY_ENDINGS, ...extraKeys.map((words) => words.at(-1) ?? '')].filter((w) => w.length > 0);
  return {
    regex: String.raw`\\?"([A-Za-z0-9_.$@-]*(?i:${alternatives.join('|')}))\\?"[ \t]*:[ \t]*`,
    // The key's closing quote is in every match: `token"` is rare outside keys, `token` is not.
    keywords: [...new Set(lastWords.flatMap((k) => [`${k}"`, `${k}\\"`]))],
  };
}

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
    ...sensitiveKeyMatcher(),
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
        '{"Statement":[{"Sid":"AllowRead","Effect":"Allow"}]}',
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
    regex: String.raw`\b(?i:[a-z0-9_.-]*(?:${SECRET_WORDS.map(escapeRegex).join('|')})s?)${TEXT_SEP}${VALUE}`,
    keywords: SECRET_WORDS,
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [
        { input: `CLIENT_SECRET=${secret}`, output: `CLIENT_SECRET=${label('secret-assignment')}` },
        { input: `level=info api_key="${opaque}" user=7`, output: `level=info api_key="${label('secret-assignment')}" user=7` },
      ],
      noMatch: ['token=Token{a64f992 ActivityRecord}', 'secret: false', 'max_tokens=4096', 'token: expired', 'Bad activity token: android.os.BinderProxy@2bd79ce'],
    },
  },
  {
    id: 'secret-query-param',
    family: 'generic',
    description: 'secret query and form parameters (token, access_token, refresh_token, id_token, code, api_key, password, client_secret, signature, sig, X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token)',
    regex: String.raw`[?&](?i:${SECRET_PARAMS.map(escapeRegex).join('|')})=([^&#"'\\ \t\r\n<>]+)`,
    keywords: SECRET_PARAMS.flatMap((name) => [`?${name}=`, `&${name}=`]),
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

];
