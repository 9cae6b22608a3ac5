import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120458);

const b64url = (n: number): string => sample.base64url(n);
const phoenixToken = `SFMyNTY.${b64url(60)}.${b64url(43)}`;
const flaskCookie = `eyJ${b64url(40)}.${b64url(6)}.${b64url(27)}`;
const phpSession = sample.from('abcdefghijklmnopqrstuv0123456789', 26);
const identityHash = `AQAAAAIAAYagAAAAE${sample.base64(67)}==`;
const boundSecret = sample.alnum(24);
const protectionKey = `${sample.base64(86)}==`;
const phpSessionId = sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 32);
const oauthCode = sample.base64url(43);
const fallbackKey = sample.from('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50);

/** A secret's word in a column's or a parameter's name, as ORMs print them beside a bound value. */
const SECRET_NAME = String.raw`[A-Za-z0-9_.]*?(?i:pass(?:word|wd)?|pwd|secret|token|api_?key|auth|credential)[A-Za-z0-9_]*`;

/**
 * Round 58 (web frameworks, blind): what frameworks sign, store and print under their own names,
 * where no key of the vocabulary stands before the value.
 */
export const frameworkRules: readonly RuleSpec[] = [
  {
    id: 'werkzeug-debugger-pin',
    family: 'session',
    description: "the PIN of Werkzeug's interactive debugger (Flask's debug mode), which runs code on the server for whoever types it: * Debugger PIN: 394-773-160",
    regex: String.raw`\bDebugger PIN: ([0-9]{3}-[0-9]{3}-[0-9]{3}|[0-9]{9})\b`,
    keywords: ['debugger pin'],
    examples: {
      match: [{ input: ' * Debugger PIN: 394-773-160', output: ` * Debugger PIN: ${label('werkzeug-debugger-pin')}` }],
      noMatch: [' * Debugger is active!', 'Debugger PIN disabled. DEBUGGER UI ACCESS IS UNRESTRICTED!'],
    },
  },
  {
    id: 'phoenix-signed-token',
    family: 'session',
    description: "a token or cookie Phoenix and Plug sign (Phoenix.Token, the session cookie: SFMyNTY.…, base64 of HS256) or encrypt (QTEyOEdDTQ.…, A128GCM)",
    regex: String.raw`${TOKEN_START}(SFMyNTY\.[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]+)*\.[A-Za-z0-9_-]{40,}|QTEyOEdDTQ\.[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+){2,})`,
    keywords: ['sfmynty.', 'qteyoeddtq.'],
    examples: {
      match: [{ input: `[debug] Issued user socket token ${phoenixToken} for user_id=91`, output: `[debug] Issued user socket token ${label('phoenix-signed-token')} for user_id=91` }],
      noMatch: ['SFMyNTY is base64 for HS256'],
    },
  },
  {
    id: 'itsdangerous-token',
    family: 'session',
    description: "a value itsdangerous signed with a timestamp, as Flask's session cookie and its tokens are: eyJ…(JSON).<timestamp>.<signature>, or .eJ… when compressed",
    // The middle part is the time, four bytes in six characters; the signature HMAC-SHA1's 27 (or
    // SHA-512's 86). A JWT's middle part is its payload, `eyJ…`, never six characters.
    regex: String.raw`(?:^|[^A-Za-z0-9_.-]|%[0-9A-Fa-f]{2}|\\[nrt]|\\u[0-9A-Fa-f]{4})((?:eyJ|\.eJ)[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6}\.(?:[A-Za-z0-9_-]{86}|[A-Za-z0-9_-]{27}))(?:$|[^A-Za-z0-9_.-])`,
    keywords: ['eyj', '.ej'],
    examples: {
      match: [{ input: `BadSignature: Signature does not match while loading session cookie '${flaskCookie}'`, output: `BadSignature: Signature does not match while loading session cookie '${label('itsdangerous-token')}'` }],
      noMatch: ['eyJhbGciOiJIUzI1NiJ9.short.x'],
    },
  },
  {
    id: 'php-session-file',
    family: 'session',
    description: "a PHP session's id in the name of its file (sess_<id>), as PHP's warnings and the files handler's paths print it: Failed to read session data: files (path: /var/lib/php/sessions) sess_…",
    regex: String.raw`(?:^|[^A-Za-z0-9_])sess_([a-z0-9,-]{22,256})\b`,
    keywords: ['sess_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `PHP Warning:  session_start(): Failed to read session data: files (path: /var/lib/php/sessions) sess_${phpSession} in /var/www/x.php`, output: `PHP Warning:  session_start(): Failed to read session data: files (path: /var/lib/php/sessions) sess_${label('php-session-file')} in /var/www/x.php` }],
      noMatch: ['sess_timeout_seconds=1440', 'sess_gc_maxlifetime'],
    },
  },
  {
    id: 'session-store-key',
    family: 'session',
    description: "a session's id inside the key a store keeps it under: Django's cache backend (django.contrib.sessions.cache<id>), PHP's memcached and Redis handlers (memc.sess.key.<id>, PHPREDIS_SESSION:<id>), Spring Session's Redis keys (spring:session:sessions:<id>), connect-mongo's documents as Mongoose prints them (sessions.updateOne({ _id: '<id>' }…), and express-session's debug lines (express-session saving <id>)",
    // Not connect-redis's `sess:<id>`: express-session's cookie is the id and its signature, and
    // the id alone opens nothing; three blind rounds (10, 13, 14) kept it as clean. Round 71 took
    // the id where express-session's debug output and connect-mongo's documents print it for one.
    regex: String.raw`(?:django\.contrib\.sessions\.cache(?:d_db)?|\bmemc\.sess\.key\.|\bPHPREDIS_SESSION:)([A-Za-z0-9_-]{20,128})\b|\bsessions\.[A-Za-z]+\(\{[ \t]*_id:[ \t]*'([A-Za-z0-9_-]{24,128})'|\bexpress-session (?:saving|fetching) ([A-Za-z0-9_-]{24,128})\b|\bspring:session:sessions:(?:expires:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
    // Spring Session's Redis keys (`spring:session:sessions:<id>`; round 96): its SESSION cookie is
    // the id in base64, unsigned.
    keywords: ['sessions.', 'memc.sess.key.', 'phpredis_session:', 'express-session', 'spring:session:'],
    minEntropy: 3,
    examples: {
      match: [{ input: `<28 get :1:django.contrib.sessions.cache${b64url(32).toLowerCase()}`, output: `<28 get :1:django.contrib.sessions.cache${label('session-store-key')}` }],
      noMatch: ['"GET" "sess:count"', 'django.contrib.sessions.cache_db'],
    },
  },
  {
    id: 'aspnet-identity-hash',
    family: 'password-hash',
    description: "an ASP.NET Core Identity password hash (version 3: AQAAAAE…, AQAAAAI…), as EF Core's logged parameters print a user's row",
    regex: String.raw`(?:^|[^A-Za-z0-9+/]|%[0-9A-Fa-f]{2}|\\[nrt]|\\u[0-9A-Fa-f]{4})(AQAAAA[A-Za-z0-9+/]{6}AAAAE[A-Za-z0-9+/]{62,}={0,2})`,
    keywords: ['aqaaaa'],
    examples: {
      match: [{ input: `Executed DbCommand [Parameters=[@p3='jane@example.com' (Size = 256), @p4='${identityHash}' (Size = 4000)]`, output: `Executed DbCommand [Parameters=[@p3='jane@example.com' (Size = 256), @p4='${label('aspnet-identity-hash')}' (Size = 4000)]` }],
      noMatch: ['AQAAAA=='],
    },
  },
  {
    id: 'orm-bound-secret',
    family: 'generic',
    description: "a value Hibernate binds to a parameter whose column names a secret: binding parameter [2] as [VARCHAR] - [<value>] (api_token), binding parameter (3:VARCHAR) <- [<value>] for column users.password",
    regex: String.raw`binding parameter (?:\[[0-9]+\] as \[[A-Z_]+\] - |\([0-9]+:[A-Z_]+\) <- )\[([^\]\r\n]{1,512})\](?:[ \t]+\(${SECRET_NAME}\)|[ \t]+for column ${SECRET_NAME})`,
    keywords: ['binding parameter'],
    examples: {
      match: [{ input: `TRACE o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${boundSecret}]  (api_token)`, output: `TRACE o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${label('orm-bound-secret')}]  (api_token)` }],
      noMatch: ['binding parameter [1] as [VARCHAR] - [jane@example.com]  (email)', 'binding parameter (3:VARCHAR) <- [active] for column users.status'],
    },
  },
  {
    id: 'aspnet-data-protection-key',
    family: 'private-key',
    description: "the master key of an ASP.NET Core Data Protection key file, which decrypts every cookie and antiforgery token: <masterKey …><value>…</value></masterKey>",
    regex: String.raw`<masterKey\b[^>\r\n]*>(?:[ \t]*<!--(?:[^-\r\n]|-[^-\r\n])*-->)?[ \t]*<value>([A-Za-z0-9+/]{40,}={0,2})</value>`,
    keywords: ['<masterkey'],
    examples: {
      match: [{ input: `<masterKey p4:requiresEncryption="true"><value>${protectionKey}</value></masterKey>`, output: `<masterKey p4:requiresEncryption="true"><value>${label('aspnet-data-protection-key')}</value></masterKey>` }],
      noMatch: ['<masterKey p4:requiresEncryption="true"><encryptedKey/></masterKey>'],
    },
  },
  {
    id: 'elixir-binary-secret',
    family: 'generic',
    description: "24 bytes or more as Elixir prints a binary that is no text (<<109, 90, 34, …>>): a raw token in Ecto's logged parameters (phx.gen.auth's session tokens)",
    // A UUID is 16 bytes (Ecto's binary_id), and stays.
    regex: String.raw`<<((?:[0-9]{1,3}, ){23,}[0-9]{1,3})>>`,
    keywords: [],
    anchor: String.raw`<<[0-9]{1,3}, [0-9]`,
    anchorInPass: false,
    examples: {
      match: [{ input: `INSERT INTO "users_tokens" ("context","token") VALUES ($1,$2) ["session", <<${Array.from({ length: 32 }, () => Number.parseInt(sample.hex(2), 16)).join(', ')}>>]`, output: `INSERT INTO "users_tokens" ("context","token") VALUES ($1,$2) ["session", <<${label('elixir-binary-secret')}>>]` }],
      noMatch: ['[<<20, 50, 82, 11, 99, 1, 72, 3, 181, 22, 4, 7, 0, 9, 210, 8>>]'],
    },
  },
  {
    id: 'session-named-id',
    family: 'session',
    description: 'the id beside the name of a session cookie in a JSON object: {"name":"PHPSESSID","id":"…"} (Symfony\'s "Session started"; session-cookie takes {"name":…,"value":…})',
    regex: String.raw`\\?"name\\?"[ \t]*:[ \t]*\\?"[A-Za-z0-9_.-]*(?i:sessid|sessionid)\\?"[ \t]*,[ \t]*\\?"id\\?"[ \t]*:[ \t]*\\?"([A-Za-z0-9,_.~%+/=-]{16,256})\\?"`,
    // Found by the cookie's name (PHPSESSID, JSESSIONID, ASP.NET_SessionId, Django's sessionid):
    // an anchor of `"name":"…sess` took the pass over every byte to the edge of RE2's DFA memory.
    keywords: ['sessid', 'sessionid'],
    anchor: String.raw`"name\\?"[ \t]*:[ \t]*\\?"[A-Za-z0-9_.-]*(?i:sessid|sessionid)`,
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [{ input: `request.DEBUG: Session started {"name":"PHPSESSID","id":"${phpSessionId}"} []`, output: `request.DEBUG: Session started {"name":"PHPSESSID","id":"${label('session-named-id')}"} []` }],
      noMatch: ['{"name":"PHPSESSID","id":""}', '{"name":"session_timeout","value":"1440"}'],
    },
  },
  {
    id: 'oauth-code-param',
    family: 'session',
    description: "an OAuth authorization code as a web framework prints a request's parameters: \"code\" => \"…\" (Rails, Phoenix)",
    regex: String.raw`\\?"code\\?" ?=> ?\\?"([A-Za-z0-9._~/+-]{20,512})\\?"`,
    keywords: ['"code" =>', '"code"=>', '\\"code\\" =>', '\\"code\\"=>'],
    minEntropy: 3,
    examples: {
      match: [{ input: `[debug]   Parameters: %{"code" => "${oauthCode}", "provider" => "auth0", "state" => "zA1EXHCUtpzf"}`, output: `[debug]   Parameters: %{"code" => "${label('oauth-code-param')}", "provider" => "auth0", "state" => "zA1EXHCUtpzf"}` }],
      noMatch: ['Parameters: {"code"=>"USD", "amount"=>"10"}'],
    },
  },
  {
    id: 'previous-app-keys',
    family: 'config-secret',
    description: "the keys a framework still accepts after a rotation: Django's SECRET_KEY_FALLBACKS = ['…'], Laravel's APP_PREVIOUS_KEYS=base64:…,… and \"previous_keys\":[\"base64:…\"]",
    // Round 58: an old key still signs and decrypts what it signed; the list goes as one span, its brackets and outer quotes stay.
    regex: String.raw`\b(?i:SECRET_KEY_FALLBACKS)\\?["']?[ \t]*[=:][ \t]*\[[ \t]*\\?["']([^\]\r\n]+?)\\?["'][ \t]*,?[ \t]*\]|\b(?i:previous_keys)\\?"[ \t]*:[ \t]*\[[ \t]*\\?"(base64:[^\]\r\n]+?)\\?"[ \t]*\]|\bAPP_PREVIOUS_KEYS[ \t]*=[ \t]*["']?((?:base64:)?[A-Za-z0-9+/=]{16,}(?:,(?:base64:)?[A-Za-z0-9+/=]{16,})*)`,
    keywords: ['secret_key_fallbacks', 'previous_keys'],
    examples: {
      match: [{ input: `ImproperlyConfigured: SECRET_KEY_FALLBACKS=['${fallbackKey}'] is in use`, output: `ImproperlyConfigured: SECRET_KEY_FALLBACKS=['${label('previous-app-keys')}'] is in use` }],
      noMatch: ['SECRET_KEY_FALLBACKS = []', '{"previous_keys":[]}'],
    },
  },
];
