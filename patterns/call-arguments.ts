import type { RuleSpec } from '../src/types.js';
import { keySource } from './keys.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** A sampler of its own: examples here must not shift the samples of the files after this one. */
const sample = createSampler(2026120201);
const password = sample.password();
/** A fifth red-team review's: a token-shaped password given to a setter, from a sampler of its own. */
const setterValue = createSampler(2026120224).alnum(24);
/** Round 50's HMAC keys: a webhook's hex secret, a JWT decoder's 64 random bytes in base64. */
const hmacKey = createSampler(2026120350).hex(40);
const hmacB64 = `${createSampler(2026120351).base64(86)}==`;

/** What a setter or a builder's method names when its one argument is the secret. */
const SETTER_KEYS = [
  'password', 'passwd', 'secret', 'client secret', 'app secret', 'api secret', 'api key', 'secret key', 'token',
  'access token', 'auth token', 'encryption key', 'signing key', 'private key',
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
  String.raw`\bimap_open`,
];

/** A literal in source code as a report quotes it, its quotes perhaps escaped (a JSON string's): the content the group. */
const CODE_LITERAL = String.raw`(?:\\?"([^"\\\r\n]+)\\?"|'([^'\\\r\n]+)')`;
/** An argument that names something (a URL, a user) as a literal, or a variable or member chain: no group. */
const CODE_NAME = String.raw`(?:\\?"[^"\\\r\n]*\\?"|'[^'\\\r\n]*'|[A-Za-z_$][\w$.]*)`;

/** A string literal that names something (a user, a database): no group. */
const NAME_LITERAL = String.raw`b?(?:'[^'\\\r\n]*'|"[^"\\\r\n]*")`;
/** A string literal, Python's bytes too (`b'…'`), its content the group. */
const LITERAL = String.raw`b?(?:'([^'\\\r\n]+)'|"([^"\\\r\n]+)")`;
/** A first argument that is no secret: a name or member chain, a string, or an object of one level. */
const FIRST_ARGUMENT = String.raw`(?:[A-Za-z_$][\w$.]*|'[^'\r\n]*'|"[^"\r\n]*"|\{[^{}\r\n]*\})`;
/** Calls whose first argument is a password or a key: hashing a password, an HMAC's key in Python. */
const SECRET_FIRST = [
  String.raw`bcrypt(?:js)?\.(?:compare|compareSync|hash|hashSync|hashpw|checkpw)`,
  String.raw`argon2\.hash`,
  String.raw`(?:generate_password_hash|make_password|check_password|password_hash|password_verify)`,
  String.raw`Hash\.make`,
  String.raw`hmac\.new`,
].join('|');
/** Calls whose second argument is the password or the key: verifying against a hash, an HMAC's, a JWT's or a cipher's key. */
const SECRET_SECOND = [
  String.raw`argon2\.verify`,
  String.raw`check_password_hash`,
  String.raw`(?:Hash|hash)\.verify`,
  String.raw`(?:crypto\.)?create(?:Hmac|Cipheriv|Decipheriv)`,
  String.raw`jwt\.(?:sign|verify|encode|decode)`,
].join('|');

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
    regex: String.raw`(?:\.|::|\b(?i:set|with)_?)(?i:${SETTER_KEYS})[ \t]*\([ \t]*(?:"([^"\\\r\n]+)"|'([^'\\\r\n]+)')[ \t]*\)|\bUsernamePasswordCredentials\([ \t]*"[^"\r\n]*"[ \t]*,[ \t]*"([^"\\\r\n]+)"`,
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
    id: 'crypto-call-secret',
    family: 'generic',
    description:
      "a string literal given as the password or key of a hashing, HMAC, cipher or JWT call, as a debug line or a stack trace prints the call: bcrypt.compare('…', hash), argon2.verify(hash, '…'), crypto.createHmac('sha256', '…'), jwt.sign(payload, '…'), hmac.new(b'…', …), check_password_hash(hash, '…')",
    // Round 38: Node services log the call they debug (`bcrypt.compare('…', user.passwordHash) ->
    // false`) and hard-coded keys show in their traces. A literal only: a name (`secret`,
    // `config.jwtSecret`) says where the secret is.
    regex: String.raw`\b(?:(?:${SECRET_FIRST})\([ \t]*${LITERAL}|(?:${SECRET_SECOND})\([ \t]*${FIRST_ARGUMENT}[ \t]*,[ \t]*${LITERAL})`,
    // Eight at most: a rule of more is screened by an automaton of its own wherever a keyed value
    // is labelled (`shapesIn`), which cost the bench's text corpus 15% of the engine.
    keywords: ['bcrypt', 'argon2', 'password_', 'hash.make', 'hash.verify', 'hmac', 'cipheriv', 'jwt.'],
    examples: {
      match: [
        { input: `app:auth bcrypt.compare('${password}', user.passwordHash) -> false`, output: `app:auth bcrypt.compare('${label('crypto-call-secret')}', user.passwordHash) -> false` },
        { input: `crypto.createHmac('sha256', '${setterValue}') used for /api/webhooks`, output: `crypto.createHmac('sha256', '${label('crypto-call-secret')}') used for /api/webhooks` },
        { input: `at jwt.sign({ sub: 42 }, "${setterValue}", { expiresIn: '1h' })`, output: `at jwt.sign({ sub: 42 }, "${label('crypto-call-secret')}", { expiresIn: '1h' })` },
        { input: `mac = hmac.new(b'${setterValue}', body, hashlib.sha256)`, output: `mac = hmac.new(b'${label('crypto-call-secret')}', body, hashlib.sha256)` },
      ],
      noMatch: ['bcrypt.compare(password, user.passwordHash)', "crypto.createHmac('sha256', secret)", 'jwt.verify(token, config.jwtSecret)', "argon2.hash(input.password)"],
    },
  },
  {
    id: 'hmac-key-message',
    family: 'generic',
    description:
      "the key an HMAC is computed with, as a debug line or a key's toString prints it: Computing HmacSHA256 over payload with key '…', SecretKeySpec[algorithm=HmacSHA512, key=…]",
    // Round 50: a webhook verifier's debug line and a JWT decoder's key, each after the HMAC's name.
    // Random-looking only (`with key 'webhook-prod'` names one); `key id`, `key rotation` are short words.
    regex: String.raw`\b(?i:hmac)[A-Za-z0-9_-]*\b[^\r\n]{0,60}?\b(?i:key)(?:[ \t]*[=:][ \t]*|[ \t]+)(?:'([^'\\\r\n]{8,})'|"([^"\\\r\n]{8,})"|([A-Za-z0-9+/_-]{16,}={0,2})(?:[^A-Za-z0-9+/=_-]|$))`,
    // `hmac` is crypto-call-secret's keyword, in the pass already.
    keywords: ['hmac'],
    minEntropy: 3.5,
    generic: true,
    examples: {
      match: [
        { input: `WebhookVerifier : Computing HmacSHA256 over payload with key '${hmacKey}'`, output: `WebhookVerifier : Computing HmacSHA256 over payload with key '${label('hmac-key-message')}'` },
        { input: `NimbusJwtDecoder : Creating HS512 decoder withSecretKey(SecretKeySpec[algorithm=HmacSHA512, key=${hmacB64}])`, output: `NimbusJwtDecoder : Creating HS512 decoder withSecretKey(SecretKeySpec[algorithm=HmacSHA512, key=${label('hmac-key-message')}])` },
      ],
      noMatch: ["Computing HmacSHA256 over payload with key 'webhook-prod'", 'HMAC key id=7 rotated', 'hmac-sha256 key rotation scheduled for 2024-06-01', 'HmacSHA256 with key loaded from /etc/keys/webhook.key'],
    },
  },
  {
    id: 'php-trace-password',
    family: 'generic',
    description:
      "the password argument of a login call in a PHP stack trace: PDO->__construct('mysql:…', 'app', '…', Array), Laravel's createPdoConnection, mysqli, mysqli_connect, mysqli_real_connect, ldap_bind, ssh2_auth_password, ftp_login, imap_open, Redis->auth('…'), Predis\\Client->auth('…'), PHPMailer's SMTP->authenticate('user', '…')",
    regex: String.raw`(?:${THIRD.join('|')})\(${ARGUMENT}${NEXT}${ARGUMENT}${NEXT}${SECRET}|\bmysqli_real_connect\(${ARGUMENT}${NEXT}${ARGUMENT}${NEXT}${ARGUMENT}${NEXT}${SECRET}|(?:\bRedis(?:Cluster)?|\bPredis\\+Client|\bRelay\\+Relay)(?:->|::)auth\(${SECRET}|\bSMTP->authenticate\(${ARGUMENT}${NEXT}${SECRET}`,
    // `pdo` for PDO's calls and Laravel's: a long literal each took the pass over every byte past
    // RE2's DFA memory with eight keys of a config's own (~30 ms to ~900 ms over the examples); the
    // others hold a word the pass finds already (`mysql`, `ldap`, `auth`, `pass`) but `ftp_login`.
    // PHPMailer's `SMTP->authenticate('user', '…', 'LOGIN', NULL)` and `imap_open` (round 55).
    keywords: ['pdo', 'mysqli', 'ldap_bind', 'ssh2_auth_password', 'ftp_login', 'imap_open', '->auth', '::auth('],
    examples: {
      match: [
        {
          input: `#0 /app/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', '${password}', Array)`,
          output: `#0 /app/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', '${label('php-trace-password')}', Array)`,
        },
        { input: `#0 /app/Cache.php(18): Redis->auth('${password}')`, output: `#0 /app/Cache.php(18): Redis->auth('${label('php-trace-password')}')` },
        {
          input: `#0 /var/www/vendor/phpmailer/phpmailer/src/PHPMailer.php(2227): PHPMailer\\PHPMailer\\SMTP->authenticate('ada@example.org', '${password}', 'LOGIN', NULL)`,
          output: `#0 /var/www/vendor/phpmailer/phpmailer/src/PHPMailer.php(2227): PHPMailer\\PHPMailer\\SMTP->authenticate('ada@example.org', '${label('php-trace-password')}', 'LOGIN', NULL)`,
        },
        { input: `#1 /app/Inbox.php(31): imap_open('{imap.example.org:993/imap/ssl}INBOX', 'ada', '${password}')`, output: `#1 /app/Inbox.php(31): imap_open('{imap.example.org:993/imap/ssl}INBOX', 'ada', '${label('php-trace-password')}')` },
      ],
      noMatch: ["#0 /app/Connector.php(70): PDO->__construct('mysql:host=db;p...', 'app', NULL, Array)", '#0 /app/Cache.php(18): Redis->auth(Array)'],
    },
  },
  {
    id: 'db-connect-call-password',
    family: 'generic',
    description:
      "the password literal of a database connection call in source code, as a scanner's report or a traceback quotes the line: JDBC's DriverManager.getConnection(url, \"user\", \"…\"), PHP's new PDO('dsn', 'user', '…'), new mysqli(…) and mysqli_connect(…), the MySQL C API's mysql_real_connect(conn, host, user, \"…\", …)",
    // Round 104. Literals only: `new PDO($dsn, $user, $pass)` names variables.
    regex: String.raw`(?:\bDriverManager\.getConnection\(|\bnew[ \t]+(?:PDO|mysqli)\(|\bmysqli_connect\()[ \t]*${CODE_NAME}[ \t]*,[ \t]*${CODE_NAME}[ \t]*,[ \t]*${CODE_LITERAL}[ \t]*[,)]|\bmysql_real_connect\([ \t]*[^,()\r\n]+,[ \t]*${CODE_NAME}[ \t]*,[ \t]*${CODE_NAME}[ \t]*,[ \t]*${CODE_LITERAL}[ \t]*[,)]`,
    keywords: ['pdo', 'mysql', 'jdbc'],
    // Tier 1b only: `mysql` and `jdbc` are on many lines that hold no such call.
    anchor: String.raw`(?:DriverManager\.getConnection|new[ \t]+(?:PDO|mysqli)|mysqli_connect|mysql_real_connect)\(`,
    anchorInPass: false,
    examples: {
      // JDBC's and the MySQL C API's forms are in tests/patterns/devices-and-services.test.ts: as
      // examples here they took room from the pass over every byte (`pass-room.js`).
      match: [{ input: `mysql_real_connect(conn, "db", "app", "${password}", "shop", 3306, NULL, 0)`, output: `mysql_real_connect(conn, "db", "app", "${label('db-connect-call-password')}", "shop", 3306, NULL, 0)` }],
      noMatch: ['$pdo = new PDO($dsn, $user, $pass);', 'Connection conn = DriverManager.getConnection(url, props);'],
    },
  },
  {
    id: 'credential-call-secret',
    family: 'generic',
    description: "the secret given as a string literal to a credential's constructor or factory, as code and its traces print it: BasicAWSCredentials(\"id\", \"…\"), AwsBasicCredentials.create(\"id\", \"…\"), get_client_credentials_token(\"id\", \"…\"), ClientSecretCredential(\"tenant\", \"client\", \"…\")",
    // Round 103 (Genesys Cloud's SDK: `get_client_credentials_token("<client id>", "<secret>")`).
    // The first literal names (a user, a client, a key's id); the second is its secret. Azure's
    // ClientSecretCredential takes the tenant and the client first.
    regex: String.raw`(?i:credentials?)(?:_?(?i:token)|\.(?:create|of))?[ \t]*\([ \t]*${NAME_LITERAL}[ \t]*,[ \t]*${LITERAL}[ \t]*[,)]|\bClientSecretCredential\([ \t]*${NAME_LITERAL}[ \t]*,[ \t]*${NAME_LITERAL}[ \t]*,[ \t]*${LITERAL}`,
    keywords: ['credential'],
    anchor: String.raw`(?i:credentials?)(?:_?(?i:token)|\.(?:create|of))?[ \t]*\(`,
    anchorInPass: false,
    minEntropy: 3,
    tokenShape: true,
    generic: true,
    examples: {
      match: [
        { input: `credential = ClientSecretCredential("contoso.onmicrosoft.com", "7bb8ffee-0827-4c65-82c4-fa20e46b2721", "${setterValue}")`, output: `credential = ClientSecretCredential("contoso.onmicrosoft.com", "7bb8ffee-0827-4c65-82c4-fa20e46b2721", "${label('credential-call-secret')}")` },
        { input: `client.get_client_credentials_token("7bb8ffee-0827-4c65-82c4-fa20e46b2721", "${setterValue}")`, output: `client.get_client_credentials_token("7bb8ffee-0827-4c65-82c4-fa20e46b2721", "${label('credential-call-secret')}")` },
      ],
      noMatch: ['new NetworkCredential(user, password)', 'new NetworkCredential("svc-backup", "")', 'AwsBasicCredentials.create(keyId, System.getenv("AWS_SECRET"))', 'loadCredentials("prod", "eu-west-1")'],
    },
  },
  {
    id: 'login-call-password',
    family: 'generic',
    description: "the password of a login call given string literals, as a traceback's source line or a debug line prints it: server.login(\"user\", \"…\") (smtplib, imaplib, ftplib), client.login('user', '…'), a login's args tuple, python-ldap's simple_bind_s('dn', '…'), Odoo's XML-RPC authenticate('db', 'user', '…', {}) and execute_kw('db', uid, '…', …)",
    // Round 55 (a traceback of smtplib's SMTP.login). Literals only: `login(user, password)`
    // names variables, and a first literal alone (`login("admin")`) is a user. Round 69 and 68:
    // a debug line's `login args=('user', '…')`, an LDAP bind, Odoo's external API.
    regex: String.raw`(?:\.login\(|\blogin[ \t]+args=\(|\.(?:simple_bind_s|simple_bind|bind_s)\(|\.authenticate\([ \t]*${NAME_LITERAL}[ \t]*,)[ \t]*${NAME_LITERAL}[ \t]*,[ \t]*${LITERAL}[ \t]*[,)]|\.execute_kw\([ \t]*${NAME_LITERAL}[ \t]*,[ \t]*[0-9]+[ \t]*,[ \t]*${LITERAL}[ \t]*,`,
    keywords: ['.login(', 'login args=(', 'bind_s(', 'simple_bind(', '.authenticate(', '.execute_kw('],
    secretGroup: 1,
    examples: {
      match: [
        { input: `    server.login("mailer@example.org", "${password}")`, output: `    server.login("mailer@example.org", "${label('login-call-password')}")` },
        { input: `imap.login('ada', '${password}')`, output: `imap.login('ada', '${label('login-call-password')}')` },
      ],
      noMatch: ['    server.login(user, password)', 'server.login("mailer@example.org", os.environ["SMTP_PASSWORD"])', "ftp.login('anonymous')"],
    },
  },
];
