import type { RuleSpec } from '../src/types.js';
import { keySource } from './keys.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** A sampler of its own: examples here must not shift the samples of the files after this one. */
const sample = createSampler(2026120201);
const password = sample.password();
/** A fifth red-team review's: a token-shaped password given to a setter, from a sampler of its own. */
const setterValue = createSampler(2026120224).alnum(24);

/** What a setter or a builder's method names when its one argument is the secret. */
const SETTER_KEYS = [
  'password', 'passwd', 'secret', 'client secret', 'app secret', 'api secret', 'api key', 'secret key', 'token',
  'access token', 'auth token', 'encryption key', 'signing key',
].map(keySource).join('|');

/**
 * One argument of a call as PHP prints it in a stack trace: a string in single quotes (backslash
 * escapes kept, as they are in a JSON-encoded trace), an object or resource (`Object(LDAP\Connection)`,
 * `Resource id #12`), or a word or number (`Array`, `NULL`, `3306`).
 */
const ARGUMENT = String.raw`(?:'(?:[^'\\\r\n]|\\[^\r\n])*'|[A-Za-z]+\([^()\r\n]*\)|[^,()'\r\n]+)`;
const NEXT = String.raw`,[ \t]*`;
/** The password: a string argument, not empty. */
const SECRET = String.raw`'((?:[^'\\\r\n]|\\[^\r\n])+)'`;

/** Calls whose third argument is a password: the DSN or host, the user, the password. */
const THIRD = [
  String.raw`\bPDO(?:->|::)__construct`,
  String.raw`->createPdoConnection`,
  String.raw`\bmysqli(?:->|::)(?:__construct|real_connect|connect)`,
  String.raw`\bmysqli_connect`,
  String.raw`\bldap_bind`,
  String.raw`\bssh2_auth_password`,
  String.raw`\bftp_login`,
];

/**
 * PHP prints every call's arguments in a stack trace, and the default trace of an uncaught
 * exception is what Laravel, Symfony and plain PHP log: a refused database, LDAP, SSH, FTP or
 * Redis login writes its password there as an argument (a red-team review, N7). By the position
 * each call takes it in; the DSN, the user and the other arguments stay.
 */
export const callArgumentRules: readonly RuleSpec[] = [
  {
    id: 'secret-setter-call',
    family: 'generic',
    description: 'a token-shaped string literal given to a setter or builder named for a secret, as code and its traces print it: setPassword("…"), .apiKey("…"), withClientSecret("…"), Apache HttpClient\'s UsernamePasswordCredentials("user", "…")',
    // Round 5 (other scanners' suites: detect-secrets, gitleaks). Only a setter (`set`, `with` or a
    // builder's `.name(`): `getPassword("db")`, `readSecret("prod/api")` name where a secret is.
    regex: String.raw`(?:\.|\b(?i:set|with)_?)(?i:${SETTER_KEYS})[ \t]*\([ \t]*(?:"([^"\\\r\n]+)"|'([^'\\\r\n]+)')[ \t]*\)|\bUsernamePasswordCredentials\([ \t]*"[^"\r\n]*"[ \t]*,[ \t]*"([^"\\\r\n]+)"`,
    keywords: ['pass', 'secret', 'token', 'key'],
    anchor: String.raw`(?i:password|passwd|secret|token|key)[ \t]*\(|UsernamePasswordCredentials\(`,
    anchorInPass: false,
    minEntropy: 3,
    tokenShape: true,
    generic: true,
    examples: {
      match: [
        { input: `user.setPassword("${setterValue}");`, output: `user.setPassword("${label('secret-setter-call')}");` },
        { input: `    .apiKey("${setterValue}")`, output: `    .apiKey("${label('secret-setter-call')}")` },
        { input: `new UsernamePasswordCredentials("admin", "${setterValue}")`, output: `new UsernamePasswordCredentials("admin", "${label('secret-setter-call')}")` },
      ],
      noMatch: ['String pw = vault.getPassword("prod/db-main2");', 'secrets.readSecret("payments/ApiKey1")', 'builder.token("")', '.password("hunter")'],
    },
  },
  {
    id: 'php-trace-password',
    family: 'generic',
    description:
      "the password argument of a login call in a PHP stack trace: PDO->__construct('mysql:…', 'app', '…', Array), Laravel's createPdoConnection, mysqli, mysqli_connect, mysqli_real_connect, ldap_bind, ssh2_auth_password, ftp_login, Redis->auth('…'), Predis\\Client->auth('…')",
    regex: String.raw`(?:${THIRD.join('|')})\(${ARGUMENT}${NEXT}${ARGUMENT}${NEXT}${SECRET}|\bmysqli_real_connect\(${ARGUMENT}${NEXT}${ARGUMENT}${NEXT}${ARGUMENT}${NEXT}${SECRET}|(?:\bRedis(?:Cluster)?|\bPredis\\+Client|\bRelay\\+Relay)(?:->|::)auth\(${SECRET}`,
    // `pdo` for PDO's calls and Laravel's: a long literal each took the pass over every byte past
    // RE2's DFA memory with eight keys of a config's own (~30 ms to ~900 ms over the examples); the
    // others hold a word the pass finds already (`mysql`, `ldap`, `auth`, `pass`) but `ftp_login`.
    keywords: ['pdo', 'mysqli', 'ldap_bind', 'ssh2_auth_password', 'ftp_login', '->auth(', '::auth('],
    examples: {
      match: [
        {
          input: `#0 /app/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', '${password}', Array)`,
          output: `#0 /app/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', '${label('php-trace-password')}', Array)`,
        },
        { input: `#0 /app/Cache.php(18): Redis->auth('${password}')`, output: `#0 /app/Cache.php(18): Redis->auth('${label('php-trace-password')}')` },
      ],
      noMatch: ["#0 /app/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', NULL, Array)", '#0 /app/Cache.php(18): Redis->auth(Array)'],
    },
  },
];
