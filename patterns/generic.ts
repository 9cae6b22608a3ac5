import type { RuleSpec, Vocabulary } from '../src/types.js';
import {
  humpKeySource, jsonKeyAnchor, keySource, jsonKeyKeywords, minimalKeywords, jsonKeySource, paramSpellings, textKeyAnchor, textKeyKeywords, textKeySource, xmlKeyAnchor,
  xmlKeyKeywords, xmlKeySource, xmlElementNamedValueSource, xmlNamedAnchor, xmlNamedValueSource, JSON_NAMED_ANCHOR, JSON_NAMED_KEYWORDS, jsonNamedValueSource, TEXT_NAMED_ANCHOR, textNamedValueSource,
} from './keys.js';
import { ANCHOR_ESCAPED_QUOTE, CALL_ARGUMENT, CODE_ASSIGN, CODE_COMPARE, CODE_COMPARE_NOT, CODE_FALLBACK, CODE_STATEMENT, CODE_VALUE, COMPARED_FIRST, escapeRegex, label, nestJson, QUOTED, TEXT_SEP, TOKEN_VALUE, VALUE } from './parts.js';
import { createSampler, sample } from './sample.js';

const password = sample.password();
const secret = sample.alnum(32);
const opaque = sample.base64url(40);
const lower = sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 24);
const words = `${sample.from('abcdefghijklmnopqrstuvwxyz', 7)} ${sample.from('abcdefghijklmnopqrstuvwxyz', 5)}`;
/** A Django key as `get_random_secret_key()` makes it; its `django-insecure-` prefix is framework-secret-key's to read. */
const djangoKey = sample.from('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50);
const base32 = sample.base32(32);
const awsSecret = sample.awsSecretKey();
/** A sampler of its own: new examples here must not shift the samples of the files after this one. */
const issued = createSampler(2026113007);
const issuedUuid = issued.uuid();
/** Bunny's account key: two UUIDs run together (round 103); a sampler of its own. */
const twoUuids = ((bunny) => `${bunny.uuid()}${bunny.uuid()}`)(createSampler(2026120561));
/** Recall6's examples, from a sampler of their own for the same reason. */
const recall6 = createSampler(2026120106);
const r6Token = recall6.alnum(32);
/** A Log Analytics workspace key: 64 bytes in base64. */
const namedKey = Buffer.from(createSampler(2026120594).hex(128), 'hex').toString('base64');
/**
 * A key's bytes: padded base64 of 40 bytes or more, or 32 to 64 random letters and digits (Azure's
 * `primaryKey`, Grafana's `renderKey`, PocketBase's `tokenKey`; rounds 65, 76, 93). Not base64 of
 * 32 bytes: a SHA-256 (`checksum_key`) or a WireGuard peer's public key is as long. Not opening on
 * `AAAA` (an SSH public key's blob) nor `M` (DER: a public key's `MIIB…`, `MFkw…`; a private one's
 * is private-key-base64's). The keys whose letters name a request or a row are safe keys
 * (`idempotency_key`, `partitionKey`, `site_key`; vocabulary.ts).
 */
const NAMED_KEY_VALUE = String.raw`(?:[B-LN-Za-z0-9+/]|A[B-Za-z0-9+/]|AA[B-Za-z0-9+/]|AAA[B-Za-z0-9+/])[A-Za-z0-9+/]{50,}(?:[AQgw]==|[AEIMQUYcgkosw048]=)|[A-Za-z0-9]{32,64}`;
const r6Uuid = recall6.uuid();
const recall6Pw = `${recall6.alnum(6)}#${recall6.alnum(5)}`;
/** The sixteenth session's, its own sampler too: a Vault unseal key share (33 bytes). */
const s16 = createSampler(2026120216);
const unsealShare = s16.base64(44);
/** A second red-team review's examples (N2, N6), from a sampler of their own. */
const review2 = createSampler(2026120206);
const r2Password = `${review2.alnum(5)}!${review2.alnum(6)}`;
const r2Token = review2.alnum(32);
/** A fourth red-team review's examples, from a sampler of their own. */
const round4 = createSampler(2026120218);
const adoPat = round4.from('abcdefghijklmnopqrstuvwxyz234567', 52);
const r4Token = round4.alnum(36);
const r4Uuid = round4.uuid();
const r4Password = `${round4.alnum(5)}+${round4.alnum(7)}`;
const r4Hex = round4.hex(40);
/** A fifth red-team review's examples (other scanners' test shapes), from a sampler of their own. */
const round5 = createSampler(2026120219);
const r5Hex = round5.hex(32);
const r5Token = round5.alnum(32);

/** A seventh review's, from a sampler of its own. */
const round7 = createSampler(2026120307);
const appPassword = Array.from({ length: 6 }, () => round7.alnum(4)).join(' ');
const r7Base64 = `${round7.alnum(6)}+${round7.alnum(8)}/${round7.alnum(5)}`;
const r7Dashed = `${round7.alnum(12)}-${round7.alnum(14)}`;

/**
 * An application password as its issuer shows it, in groups of four (WordPress: six groups of
 * letters and digits; Google: four of small letters). Bare after a key, it would end at its
 * first space and leave the rest (round 7).
 */
const GROUPED_PASSWORD = String.raw`((?:[A-Za-z0-9]{4} ){3,5}[A-Za-z0-9]{4})\b`;
/** Between a secret's name and its value in a sentence: blanks, or ` is ` (`the client secret is …`). */
const PROSE_IS = String.raw`(?:[ \t]+(?:is|was))?[ \t]+`;

/**
 * Credential key names from other scanners' keyword lists that the vocabulary leaves out, because
 * in every key rule's anchor they cost the pass its DFA (recall5): `extra-key-assignment` reads them
 * in tier 1b only. Each holds `key` or `pass`, which the pass finds already.
 */
const EXTRA_KEYS = [
  'service key', 'account key', 'db key', 'database key', 'deploy key', 'jwt key', 'authorization key', 'passkey', 'passcode',
  // Round 3, gitleaks' generic-api-key true positives: `creds = …`. Not `user_auth`: its spellings
  // take OpenSSH's `input_userauth_request` (113 loghub lines through this rule).
  'creds',
  // Keys of symmetric keys that end in none of the vocabulary's words (a red-team review, L14):
  // Airflow's `AIRFLOW__CORE__FERNET_KEY` in every env dump of a scheduler, Django's `FERNET_KEYS`,
  // `AES_KEY`, `CIPHER_KEY`, `DECRYPTION_KEY`, Vault's `UNSEAL_KEY`.
  // `vault operator init` prints `Unseal Key 1: …` or `Recovery Key 1: …`, one line a key share.
  'fernet key', 'aes key', 'cipher key', 'crypto key', 'crypt key', 'decryption key', 'unseal key', 'recovery key',
  // Key names of keys that unlock a service as their issuers and other scanners' suites spell them:
  // Algolia's and Azure AI Search's `admin_key`, IBM Cloud's `iam_key`, Azure's `sas_key` and
  // `shared_key`, Django's `session_key` (the session's id), webhooks' signing keys, New Relic's
  // `ingest_key`; keys of symmetric keys cut short: `enc_key`, `mac_key`, `sign_key`.
  'admin key', 'iam key', 'sas key', 'shared key', 'shared access key', 'session key', 'webhook key', 'ingest key',
  'enc key', 'encrypt key', 'mac key', 'sign key', 'signature key',
  // Round 93: Firebase Cloud Messaging's and Stack Auth's server keys (`STACK_SECRET_SERVER_KEY`).
  // Not Inngest's event key: `event_key` is Stripe's event's id as often (`evt_…`).
  'server key',
  // Round 95: Apache Fineract's `base64EncodedAuthenticationKey` (user:password in base64).
  'authentication key',
  // Round 27, identity logs: an OAuth authorization code under its own name
  // (`authorization_code="…"`, `authCode`), a PKCE verifier by its env name (`PKCE_VERIFIER`), Ory
  // Hydra's `SECRETS_SYSTEM` and `SECRETS_COOKIE`. Round 26, CI: Gradle's in-memory signing key
  // (`ORG_GRADLE_PROJECT_signingInMemoryKey`) and the Plugin Portal's `gradle.publish.key`.
  'authorization code', 'auth code', 'oauth code', 'pkce verifier', 'secrets system', 'secrets cookie', 'in memory key', 'publish key',
];

/**
 * Words that qualify a secret's key without changing what it holds: its stage, version or role
 * (`DB_PASSWORD_PROD`, `API_TOKEN_V2` is digits, `JWT_SECRET_OLD`). Recall6.
 */
const KEY_QUALIFIERS = [
  'prod', 'production', 'staging', 'stage', 'dev', 'development', 'test', 'testing', 'live', 'sandbox', 'local', 'ci', 'qa',
  'uat', 'old', 'new', 'prev', 'previous', 'current', 'primary', 'secondary', 'backup', 'default', 'value', 'raw', 'plain', 'legacy',
  'b64', 'base64', 'ro', 'rw', 'readonly', 'admin', 'root',
  // The value's encoding (round 31): gRPC names binary metadata `-bin` (`x-auth-token-bin`).
  'bin', 'hex', 'enc', 'encoded',
  // Round 5, other scanners' suites (detect-secrets' `password_super_secure`, gitleaks'
  // `MJ_APIKEY_PRIVATE`) and forms' `passwordConfirm`: words that say which of a secret's copies,
  // never what else the key names (not `id`, `name`, `url`, `ttl`, `reset`, `hash`, `service`).
  'private', 'secure', 'super', 'secret', 'confirm', 'repeat', 'again', 'retype', 'verify', 'main', 'master', 'internal',
  'external', 'personal', 'temp', 'tmp', 'real', 'override', 'fallback', 'alt', 'global', 'shared', 'full', 'read', 'write',
];

/** The qualifiers capitalised after a camelCase key (`apiKeyProd`, `passwordConfirm`). */
const CAMEL_QUALIFIERS = String.raw`(?-i:${KEY_QUALIFIERS.filter((q) => /^[a-z]/.test(q)).map((q) => `${q.charAt(0).toUpperCase()}${q.slice(1)}`).join('|')})`;

/** Query and form parameters that hold secrets besides the sensitive keys (`?code=`, `&sig=`). */
const SECRET_PARAMS = [
  // An invitation's token joins a team or an org as whoever was invited (`app://team/join?invite=…`; round 61).
  'invite', 'invitation',
  'code', 'key', 'auth', 'jwt', 'signature', 'sig', 'x-amz-signature', 'x-amz-credential',
  'x-amz-security-token', 'x-goog-signature', 'x-goog-credential',
  // Round 68: Matomo's token_auth and PrestaShop's ws_key; round 70: Nakama's http_key and
  // Synology's _sid (left out for the pass's room until session 36 gave it back). Not `ticket`:
  // a help desk's ticket number (`?ticket=12345`) is no secret; CAS's are cas-ticket's.
  'token_auth', 'ws_key', 'http_key', '_sid',
  // Round 90: GlobalProtect's cookies, which a gateway takes instead of the password
  // (`getconfig.esp?…&authcookie=…`, `portal-userauthcookie=…`, SAML's `prelogin-cookie=…`).
  'authcookie', 'portal-userauthcookie', 'portal-prelogonuserauthcookie', 'prelogin-cookie',
  // Round 95: Authorize.Net's transaction key (AIM's `x_tran_key=`), Bill.com's developer key,
  // NetSuite's NLAuth password (`nlauth_signature=`, a header's parameter); each holds a word the
  // pass finds already.
  'x_tran_key', 'devkey', 'nlauth_signature',
  // Round 112: a SAML artifact, which the service provider redeems for the assertion (a bearer).
  'samlart',
];

/**
 * A key's value as a label gives it (`spaced-key-label`): a token's alphabet, 16 or more, no `.`
 * or `*`, then the end of the value (a sentence's full stop may follow): `server-key.pem` is a file.
 */
const LABEL_TOKEN = String.raw`([A-Za-z0-9+][A-Za-z0-9+/=_~-]{15,})\.?(?:[ \t,;|"'\\)\]}]|\r?$)`;

/** A flag's value after a space: quoted to its quote, else to the next space; never the next flag (`-…`). */
const FLAG_VALUE = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|([^- \t\r\n"'][^ \t\r\n"']*))`;

/** A long flag named by one of `keys`, before the space that ends it (`--db-password `). */
const flagSource = (keys: readonly string[]): string => String.raw`(?:^|[^A-Za-z0-9_-])--${textKeySource(keys)}[ \t]+${FLAG_VALUE}`;
const flagAnchor = (keys: readonly string[]): string => String.raw`--(?i:[a-z0-9_.-]*(?:${keys.map(keySource).join('|')})s?)[ \t]`;

/**
 * Secrets given as long flags with a space (`--password x`, `--client-secret x`, `--token x`),
 * as CI steps, process listings and deploy scripts log their commands (review2): `--password=x`
 * is the assignment rules'. Password and strict keys take any value; the other secret keys a
 * token-shaped one, as in `secret-assignment`.
 */
function flagRules(vocabulary: Vocabulary, secretKeys: readonly string[]): RuleSpec[] {
  const anyValueKeys = [...vocabulary.passwordKeys, ...vocabulary.strictSecretKeys];
  const tokenKeys = secretKeys.filter((k) => !vocabulary.strictSecretKeys.includes(k));
  return [
    {
      id: 'secret-flag',
      family: 'command-line',
      description: 'a long flag named by a password or strict secret key, its value after a space: --password hunter2, --client-secret …, --api-key …',
      regex: flagSource(anyValueKeys),
      keywords: textKeyKeywords(anyValueKeys),
      anchor: flagAnchor(anyValueKeys),
      generic: true,
      examples: {
        match: [
          { input: `+ psql --host db --password ${password} -c "select 1"`, output: `+ psql --host db --password ${label('secret-flag')} -c "select 1"` },
          { input: `deploy --db-password '${words}' --client-secret ${lower}`, output: `deploy --db-password '${label('secret-flag')}' --client-secret ${label('secret-flag')}` },
          { input: `vault login --api-key ${secret}`, output: `vault login --api-key ${label('secret-flag')}` },
        ],
        noMatch: ['mysql --password --verbose', 'pg_dump --password-file /run/secrets/db', 'app --password $DB_PASSWORD', 'app --password <password>', 'bypass --compass north'],
      },
    },
    {
      id: 'secret-token-flag',
      family: 'command-line',
      description: 'a long flag named by a secret key with a token-shaped value after a space: --token …, --access-token …',
      regex: flagSource(tokenKeys),
      keywords: textKeyKeywords(tokenKeys),
      anchor: flagAnchor(tokenKeys),
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `gh auth login --token ${secret} --hostname github.example.com`, output: `gh auth login --token ${label('secret-token-flag')} --hostname github.example.com` },
          { input: `cli --access-token "${opaque}"`, output: `cli --access-token "${label('secret-token-flag')}"` },
        ],
        noMatch: ['kubectl --token expired', 'run --max-tokens 4096', `aws --next-token ${opaque}`, 'cli --session default'],
      },
    },
  ];
}

/** WordPress's keys and salts in `wp-config.php` that end in none of the vocabulary's words. */
const WORDPRESS_KEYS = ['logged in key', 'nonce key', 'salt'];

/**
 * Secrets in two config shapes that are not `key = value` (recall round; other scanners' suites
 * list both): PHP's `define('DB_PASSWORD', '…')` (every `wp-config.php`), and `.netrc`'s
 * `machine <host> login <user> password <password>` (curl, git, ftp and pip read it). The key
 * comes from the vocabulary; the value goes whatever it looks like, as the key says what it is.
 */
function codeConfigRules(vocabulary: Vocabulary): RuleSpec[] {
  const keys = [...vocabulary.sensitiveKeys, ...WORDPRESS_KEYS];
  return [
    {
      id: 'php-define-secret',
      family: 'generic',
      description: "PHP define('DB_PASSWORD', '…'), define('AUTH_KEY', '…') and the other wp-config.php keys and salts, and C's #define WIFI_PASSWORD \"…\": the quoted value",
      // And C's `#define WIFI_PASSWORD "…"` (round 104: firmware, as a CI annotation quotes the line).
      regex: String.raw`\b(?i:define) ?\([ \t]*\\*["']${textKeySource(keys)}\\*["'][ \t]*,[ \t]*(?:"((?:[^"\\\n\r]|\\[^\n\r])+)"|'((?:[^'\\\n\r]|\\[^\n\r])+)'|\\"((?:[^"\\\n\r]|\\[^"\n\r])+)\\")|#[ \t]*define[ \t]+${textKeySource(keys)}[ \t]+\\?"((?:[^"\\\n\r]|\\[^"\n\r])+)\\?"`,
      keywords: ['define(', 'define (', '#define'],
      generic: true,
      examples: {
        match: [
          { input: `define('DB_PASSWORD', '${password}');`, output: `define('DB_PASSWORD', '${label('php-define-secret')}');` },
          { input: `define( 'SECURE_AUTH_KEY', '${djangoKey}' );`, output: `define( 'SECURE_AUTH_KEY', '${label('php-define-secret')}' );` },
          { input: `define("NONCE_SALT", "${opaque}");`, output: `define("NONCE_SALT", "${label('php-define-secret')}");` },
          // PHP's names ignore case and allow a space before `(`; a JSON log escapes the quotes (review2).
          { input: `DEFINE ('DB_PASSWORD', '${password}');`, output: `DEFINE ('DB_PASSWORD', '${label('php-define-secret')}');` },
          { input: JSON.stringify({ log: `define("DB_PASSWORD", "${password}");` }), output: JSON.stringify({ log: `define("DB_PASSWORD", "${label('php-define-secret')}");` }) },
        ],
        noMatch: ["define('DB_USER', 'wordpress');", "define('WP_DEBUG', false);", "define('DB_PASSWORD', getenv('DB_PASSWORD'));", "define('DB_PASSWORD', '');"],
      },
    },
    {
      id: 'netrc-password',
      family: 'generic',
      description: '.netrc entries: machine <host> login <user> password <password> (also default …), on one line',
      // A login before the password, as every entry that has one writes it: `machine learning
      // password reset` is prose.
      regex: String.raw`\b(?:machine[ \t]+[^ \t\r\n]+[ \t]+|default )login[ \t]+[^ \t\r\n]+(?:[ \t]+(?:account|port)[ \t]+[^ \t\r\n]+)*[ \t]+password[ \t]+([^ \t\r\n]+)`,
      // Keyed on `machine` and `default login`, not `password`: a request log has `password` on
      // many lines, and an anchor spanning the line cost every one of them (measured, 5%).
      keywords: ['machine', 'default login'],
      // Tier 1b only: `machine` is on 28 of the 124,634 lines of the bench corpora and loghub;
      // the anchor's 59 characters in the pass spared those 28 a Set match.
      anchorInPass: false,
      anchor: String.raw`machine[ \t]+[^ \t\r\n]+[ \t]+login[ \t]|default login[ \t]`,
      examples: {
        match: [
          { input: `machine api.github.com login ada password ${secret}`, output: `machine api.github.com login ada password ${label('netrc-password')}` },
          { input: `default login anonymous password ${password}`, output: `default login anonymous password ${label('netrc-password')}` },
        ],
        noMatch: ['machine learning password reset flow', 'machine web1 login ada', 'the machine login password prompt timed out'],
      },
    },
    {
      id: 'password-in-prose',
      family: 'generic',
      description:
        "a password in a sentence: the password is '…', the password for user 'ada' is '…', password set to '…', created user with password \"…\", login with password … for ada (unquoted, a word with a digit or symbol)",
      // Quoted and one word, as messages and READMEs print a password they give out (recall6,
      // noseyparker's generic rules 11–14): unquoted, `the password is incorrect` is the sentence.
      // Unquoted only after `with`/`using password`, and only a word of letters and digits or
      // symbols (`PROSE_PASSWORD`): `using password authentication` is the sentence there.
      regex: String.raw`(?i:(?:with|using)[ \t]+(?:(?:temporary|initial|default|new|generated|random|admin|root)[ \t]+)?pass(?:word|phrase)[ \t]+|pass(?:word|phrase)(?:[ \t]+for[ \t]+(?:the[ \t]+)?(?:(?:user(?:name)?|account|login)[ \t]+)?(?:\\?["'][^"'\\\r\n]{1,64}\\?["']|[A-Za-z0-9._@-]{1,64}))?[ \t]+(?:is|(?:has[ \t]+been[ \t]+|was[ \t]+)?(?:set|changed|reset)[ \t]+to):?[ \t]+)(?:\\?"([^"\\ \t\r\n]{3,64})\\?"|'([^'\\ \t\r\n]{3,64})')|(?i:(?:with|using)[ \t]+(?:(?:temporary|initial|default|new|generated|random|admin|root)[ \t]+)?pass(?:word|phrase))[ \t]+(?:${PROSE_PASSWORD}|\\?"([^"\\ \t\r\n]{3,64})\\?"(?:$|[^A-Za-z0-9])|'([^'\\ \t\r\n]{3,64})'(?:$|[^A-Za-z0-9]))|(?i:credentials)[ \t]+[^ \t\r\n"']{1,64}[ \t]+(?i:password)[ \t]+${PROSE_PASSWORD}|${PASSWORD_ANNOUNCED}`,
      keywords: ['password', 'passphrase'],
      // Tier 1b only: the pass finds its lines by `password`, which other rules put there already;
      // in the pass this anchor took 125 of the characters kept for keys of a config's own.
      // Not a short word after the unquoted form's `with password` (`v2`, `2FA`): four kinds of
      // character at least.
      minEntropy: 2,
      anchorInPass: false,
      anchor: String.raw`(?i:(?:with|using)[ \t]+(?:(?:temporary|initial|default|new|generated|random|admin|root)[ \t]+)?pass(?:word|phrase)[ \t]|pass(?:word|phrase)[ \t]+(?:is|for|has|was|set|changed|reset|\(for|\(since|\(derived)[ \t:]|pass(?:word|phrase)[ \t]*:?[ \t]*\[|application[ \t]+password|credentials[ \t]+[^ \t\r\n"']{1,64}[ \t]+password[ \t])|PASSWORD[ \t]+[a-z]`,
      examples: {
        match: [
          { input: `echo "The password is '${recall6Pw}'"`, output: `echo "The password is '${label('password-in-prose')}'"` },
          { input: `2. Ensure the password for user 'postgres' is '${recall6Pw}' or change .env file.`, output: `2. Ensure the password for user 'postgres' is '${label('password-in-prose')}' or change .env file.` },
          { input: `created user ada with password "${recall6Pw}"`, output: `created user ada with password "${label('password-in-prose')}"` },
          { input: `Password for ada has been reset to '${recall6Pw}'`, output: `Password for ada has been reset to '${label('password-in-prose')}'` },
          { input: JSON.stringify({ msg: `temporary password is "${recall6Pw}"` }), output: JSON.stringify({ msg: `temporary password is "${label('password-in-prose')}"` }) },
          { input: `Using password ${recall6Pw} for user bob`, output: `Using password ${label('password-in-prose')} for user bob` },
          // Round 101: PDQ Deploy's credential test, and a keystore opened with a quoted password.
          { input: `DEBUG PDQDeploy.Credentials - Testing credentials CORP\\pdq-svc password ${recall6Pw} against WS-0412 ... success`, output: `DEBUG PDQDeploy.Credentials - Testing credentials CORP\\pdq-svc password ${label('password-in-prose')} against WS-0412 ... success` },
          { input: `Keystore "certificates.p12" opened with password "${recall6Pw}" (type PKCS12, 14 entries)`, output: `Keystore "certificates.p12" opened with password "${label('password-in-prose')}" (type PKCS12, 14 entries)` },
          { input: JSON.stringify({ msg: `login with password ${recall6Pw} failed` }), output: JSON.stringify({ msg: `login with password ${label('password-in-prose')} failed` }) },
          { input: `[Note] [MY-010454] [Server] A temporary password is generated for root@localhost: ${recall6Pw}`, output: `[Note] [MY-010454] [Server] A temporary password is generated for root@localhost: ${label('password-in-prose')}` },
        ],
        noMatch: [
          'the password is incorrect',
          "the password is 'too short'",
          'login with password "%s"',
          "password set to '${DB_PASSWORD}'",
          'password for user "ada" is expired',
          "with password ''",
          'connecting using password authentication',
          "Access denied for user 'root'@'localhost' (using password: YES)",
          'login with password %s for user %s',
          'signing in with password ${PASSWORD}',
          'with password [REDACTED] for ada',
          'with password ******** for ada',
          'using password-based key derivation',
          'login with password hash sha256',
        ],
      },
    },
    {
      id: 'key-in-prose',
      family: 'generic',
      description: 'an API key or token a tool prints when it makes one: Your API key is …, Your new API token is: …, Your access token is "…"',
      // Red-team L2: the sentence names the key and says `is`; the value is 16 characters or
      // more and looks random, so `Your API key is invalid` or `… is missing from the request` stay.
      // A bare value's last character is no `.`: the sentence's full stop stays.
      regex: String.raw`(?i:\b(?:api|access|auth|secret|bearer|root|app|client|license|refresh|personal[ \t]+access)[ \t]+(?:key|token)[ \t]+is)(?:[ \t]*:)?[ \t]+(?:\\?"([^"\\ \t\r\n]{16,})\\?"|'([^'\\ \t\r\n]{16,})'|([A-Za-z0-9_+/=~-][A-Za-z0-9_.+/=~-]{14,}[A-Za-z0-9_+/=~-]))`,
      // Tier 1b only: the pass finds its lines by `key` and `token` already.
      keywords: ['key', 'token'],
      anchor: String.raw`(?i:(?:key|token)[ \t]+is[ \t:])`,
      anchorInPass: false,
      minEntropy: 3,
      examples: {
        match: [{ input: `Your API key is ${r6Token}`, output: `Your API key is ${label('key-in-prose')}` }],
        noMatch: ['Your API key is missing from the request headers'],
      },
    },
    {
      id: 'dotnet-credential',
      family: 'generic',
      description: '.NET credentials written into code: new NetworkCredential("user", "…"), DirectoryEntry("LDAP://…", "user", "…")',
      // Recall6, noseyparker's generic rules 7 and 8: the password is the last quoted argument.
      // NetworkCredential's password is its second argument (a domain may follow: round 62),
      // DirectoryEntry's its third.
      regex: String.raw`\b(?:(?i:NetworkCredential)[ \t]*\([ \t]*\\?"[^"\r\n]{1,100}"[ \t]*,|(?i:DirectoryEntry)[ \t]*\([ \t]*(?:\\?"[^"\r\n]{1,100}"[ \t]*,[ \t]*){2})[ \t]*\\?"([^"\\\r\n]{3,64})\\?"[ \t]*[,)]`,
      keywords: ['networkcredential', 'directoryentry'],
      examples: {
        match: [
          { input: `sender.Credentials = new NetworkCredential("ada@example.com", "${recall6Pw}");`, output: `sender.Credentials = new NetworkCredential("ada@example.com", "${label('dotnet-credential')}");` },
          { input: `$d = New-Object DirectoryServices.DirectoryEntry("LDAP://10.10.10.1","corp\\ada", "${recall6Pw}")`, output: `$d = New-Object DirectoryServices.DirectoryEntry("LDAP://10.10.10.1","corp\\ada", "${label('dotnet-credential')}")` },
        ],
        noMatch: ['new NetworkCredential(user, password)', 'new DirectoryEntry("LDAP://dc1")', 'CredentialCache.DefaultNetworkCredentials'],
      },
    },
  ];
}

/**
 * An unquoted password in a sentence (`login with password Hunter2! for bob`): one word of 6 to 64
 * characters with a letter and a digit or symbol in it, not a placeholder (`%s`, `${PW}`, `<pw>`,
 * `[REDACTED]`, `***`), ending where the word does or at a sentence's punctuation.
 */
const PROSE_PASSWORD_WORD = (() => {
  const first = String.raw`[A-Za-z0-9!#&()+./?@^_~-]`;
  const rest = String.raw`[A-Za-z0-9!#$%&()*+./:;?@^_~-]`;
  const symbol = String.raw`[0-9!#$%&*+?@^_~]`;
  return (tail: '*' | '*?'): string =>
    String.raw`(?:[A-Za-z]${rest}*${symbol}|${first}${rest}*?${symbol}${rest}*[A-Za-z]|${first}${rest}*?[A-Za-z]${rest}*${symbol})${rest}${tail}`;
})();
const PROSE_PASSWORD = String.raw`(${PROSE_PASSWORD_WORD('*')})(?:[.,;:!?)]*(?:[ \t]|\\[nrt]|\\?"|$))`;
/**
 * The same word where a sentence gives it last (`the admin password is Hunter2!.`): its trailing
 * punctuation stays, and only the end of the line or of a JSON string may follow it, since
 * `the password is sha256-hashed before …` is the sentence.
 */
const PROSE_PASSWORD_AT_END = String.raw`(${PROSE_PASSWORD_WORD('*?')})[.,;:!?)]*(?:[ \t]*\r?$|\\[nr]|\\?")`;
/** The same word after a `:` (`Password for user 'admin': …`), its trailing punctuation kept. */
const PROSE_PASSWORD_AFTER_COLON = String.raw`(${PROSE_PASSWORD_WORD('*?')})[.,;:!?)]*(?:[ \t]|\\[nrt]|\\?"|\r?$)`;

/**
 * Whom a password is for: `root@localhost`, `'admin'`, `[elastic]`, `the elastic built-in superuser`,
 * and in parentheses, as fastlane's prompt echoes it (`Password (for dev@example.com):`; round 73),
 * or Packer's answer for a Windows instance (`Password (since you asked): …`; round 74), or the
 * SES SMTP password AWS's script derives (`SMTP password (derived for eu-west-1): …`; round 75).
 */
const PASSWORD_FOR_WHOM = String.raw`(?:[ \t]+for[ \t]+(?:the[ \t]+)?(?:(?:user(?:name)?|account|login|region|host|server|database)[ \t]+)?(?:\\?["'\[][^"'\\\]\r\n]{1,64}\\?["'\]]|[A-Za-z0-9._@-]{1,64})(?:[ \t]+(?:built-in[ \t]+)?(?:super)?user|[ \t]+account)?|[ \t]+\([ \t]*for[ \t]+[A-Za-z0-9._@-]{1,64}[ \t]*\)|[ \t]+\((?i:since you asked|derived for [a-z0-9-]{1,32})\))`;

/**
 * A password a server or a setup tool prints when it makes one, unquoted (red-team L2): MySQL's
 * first start (`A temporary password is generated for root@localhost: …`, to the space: its
 * generated passwords hold any symbol), elasticsearch-setup-passwords (`PASSWORD elastic = …`,
 * for each built-in user, as the tool prints them; `PASSWORD mode = strict` stays), `Generated password
 * for user elastic: …`, `Password for user 'admin': …` (Airflow's simple auth manager), `root
 * password is: …`, `the admin password is …` at the end of the message, `password reset to …`.
 * A word with a letter and a digit or symbol only, but after MySQL's and Elasticsearch's own
 * wording: `Password for user ada: authentication failed` is a sentence.
 */
const PASSWORD_ANNOUNCED = [
  String.raw`(?i:pass(?:word|phrase)[ \t]+(?:is|was|has[ \t]+been)[ \t]+(?:generated|created|set)[ \t]+for[ \t]+)[^ \t\r\n:"\\]{1,64}:[ \t]+([^ \t\r\n"\\]+)`,
  String.raw`\bPASSWORD[ \t]+(?:elastic|kibana(?:_system)?|logstash_system|beats_system|apm_system|remote_monitoring_user)[ \t]+=[ \t]+([^ \t\r\n"\\]+)`,
  String.raw`(?i:pass(?:word|phrase)${PASSWORD_FOR_WHOM}[ \t]*:)[ \t]*${PROSE_PASSWORD_AFTER_COLON}`,
  String.raw`(?i:pass(?:word|phrase)(?:${PASSWORD_FOR_WHOM})?[ \t]+(?:is|(?:has[ \t]+been[ \t]+|was[ \t]+)?(?:set|changed|reset)[ \t]+to))(?:[ \t]*:[ \t]*${PROSE_PASSWORD_AFTER_COLON}|[ \t]+${PROSE_PASSWORD_AT_END})`,
  // Round 68: WordPress's application password, six groups of four (`with application password "abcd efgh …"`).
  String.raw`(?i:application[ \t]+password)[^"'\r\n]{0,40}?\\?["']?([A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5})(?:\\?["']|$|[^A-Za-z0-9 ])`,
  // Round 65: a generated one in brackets (NiFi's single-user provider: `Generated Password [<32>]`).
  String.raw`(?i:(?:generated|initial|temporary|random|default)[ \t]+pass(?:word|phrase))[ \t]*:?[ \t]*\[([^\]\r\n \t]{8,128})\]`,
].join('|');

/**
 * Where a key field starts: after a character that is neither part of a key nor a `/` (a path's
 * last segment is no key: `/reset-password<TAB>304` in a CloudFront access log, fp6), or a tab
 * escaped in a JSON string (`\tpass`, where `\b` sees none).
 */
const FIELD_START = String.raw`(?:^|[^/0-9A-Za-z_.-]|\\t)`;
/** Between a key and its value in a tab-separated dump (raw or `\t` in a JSON string) or a pipe-delimited log line. */
const FIELD_SEP = String.raw`(?:\t|\\t|\|)`;
/**
 * A field's value that holds a digit or a symbol: a header row's next column (`password\tusername`,
 * `Password\tCreatedAt`) is a plain name, a password rarely is. To the next tab, pipe, quote or
 * backslash, spaces inside kept and none at its ends.
 */
const FIELD_VALUE = String.raw`([^\t\r\n|"\\]*[^A-Za-z_ \t\r\n|"\\](?:[^\t\r\n|"\\]*[^ \t\r\n|"\\])?)`;

/** The words of the keys `redis-field` reads, each in the pass for the key rules already. */
const REDIS_KEYWORDS = ['token', 'pass', 'pwd', 'secret', 'key', 'auth'];

/** Azure's names of a resource's two keys (Redis, Cosmos DB, Cognitive Services, Event Hubs, Batch), each holding `key`. */
const AZURE_KEY_NAMES = String.raw`(?:(?:Primary|Secondary)(?:Master|ReadonlyMaster)?Key|Key[12])`;

/** A Clojure keyword's start, with its namespace (`:db/password`): after a map's or a vector's opening, a blank or a comma. */
const EDN_KEY_START = String.raw`(?:^|[{(\[ \t,]):(?:[A-Za-z0-9_.*+!?-]+/)?`;
/** The string after a Clojure keyword: a blank or a comma, then the quoted value, escapes and all, or its quotes escaped (the map inside a JSON string). */
const EDN_STRING = String.raw`[ \t,]+(?:"((?:[^"\\\r\n]|\\.)+)"|\\"([^"\\\r\n]+)\\")`;
/** A superset of both EDN rules' matches on a line, for tier 1b: a keyword holding one of `REDIS_KEYWORDS`, then its string. */
const EDN_ANCHOR = String.raw`:[^ \t"]*(?i:token|pass|pwd|secret|key|auth)[^ \t"]*[ \t,]+\\?"`;
const round58 = createSampler(2026120458);
const zigbeeKey = Array.from({ length: 16 }, () => Number.parseInt(round58.hex(2), 16)).join(', ');
/** Keys whose value as bytes is a secret: the vocabulary's with a secret's word, Zigbee's network key, a cipher's. */
const BYTE_ARRAY_EXTRA_KEYS = ['network key', 'aes key', 'encryption key', 'master key', 'private key', 'secret key', 'session key', 'seed'];
/** What wraps a list of bytes in code and in what runtimes print: Python's bytes(), Node's typed arrays, Java's and C#'s new byte[], Go's []byte. */
const BYTE_ARRAY_WRAP = String.raw`(?:bytes|bytearray|Buffer\.from|Uint8Array\.from|new[ \t]+Uint8Array|b)\(|(?:Uint8Array|Buffer)\([0-9]+\)[ \t]*|new[ \t]+byte[ \t]*\[[ \t]*\][ \t]*|\[\][ \t]*(?:byte|uint8)[ \t]*`;
/** One byte: decimal or 0x hex. */
const BYTE = String.raw`(?:0[xX][0-9A-Fa-f]{1,2}|[0-9]{1,3})`;
const ednPassword = `${round58.alnum(7)}#${round58.alnum(5)}`;
const ednToken = round58.alnum(32);

/**
 * Secrets in tab-separated dumps (`SHOW VARIABLES`, `mysql -B`, `env | tr = '\t'`) and
 * pipe-delimited log lines (`user|ada|password|…`): a key field, then its value in the next one
 * (leaks review). Its value must hold a digit or a symbol, so header rows stay. Password and strict keys take any such value; other secret keys a token-shaped one.
 */
function fieldRules(vocabulary: Vocabulary, secretKeys: readonly string[]): RuleSpec[] {
  const anyValueKeys = [...vocabulary.passwordKeys, ...vocabulary.strictSecretKeys];
  const tokenKeys = secretKeys.filter((k) => !vocabulary.strictSecretKeys.includes(k));
  const anchor = (keys: readonly string[]): string => `(?i:(?:${keys.map(keySource).join('|')})s?)${FIELD_SEP}`;
  // Those that hold a word the pass finds for the key rules already: keywords of their own (`sid`,
  // `pin`) would find those rules' lines in the pass in place of their anchors (see `passAnchors`).
  const redisKeys = [...anyValueKeys, ...tokenKeys].filter((k) => REDIS_KEYWORDS.some((w) => k.includes(w)));
  return [
    {
      id: 'secret-field',
      family: 'generic',
      description: 'a password or strict secret key in a tab- or pipe-separated field, its value in the next: password<TAB>…, user|ada|password|…, psql expanded display password | …',
      // Or psql's expanded display (`\x`): the key alone at the line's start, padded before its pipe,
      // the value to the line's end (review-leaks). Not a shell pipe: `echo $PASSWORD | …` has more before the key.
      regex: String.raw`${FIELD_START}${textKeySource(anyValueKeys)}${FIELD_SEP}${FIELD_VALUE}|^[ \t]*${textKeySource(anyValueKeys)}[ \t]+\|[ \t]+${FIELD_VALUE}[ \t]*\r?$`,
      keywords: textKeyKeywords(anyValueKeys),
      anchor: `${anchor(anyValueKeys)}|(?i:(?:${anyValueKeys.map(keySource).join('|')})s?)[ \t]+\\|`,
      generic: true,
      examples: {
        match: [
          { input: `password\t${password}`, output: `password\t${label('secret-field')}` },
          { input: `db_password\t${password}\tstring\tmodified`, output: `db_password\t${label('secret-field')}\tstring\tmodified` },
          { input: `2026-01-01|login|user|ada|password|${password}|ok`, output: `2026-01-01|login|user|ada|password|${label('secret-field')}|ok` },
          { input: `{"msg":"row: API_KEY\\t${secret}"}`, output: `{"msg":"row: API_KEY\\t${label('secret-field')}"}` },
          { input: `SESSION_SECRET\t${words} 42`, output: `SESSION_SECRET\t${label('secret-field')}` },
          { input: `password | ${password}`, output: `password | ${label('secret-field')}` },
        ],
        noMatch: [
          'id\tusername\tpassword\temail\tcreated_at',
          'password\tusername',
          'Password\tCreatedAt\tUserName',
          'id|username|password|email|role',
          'password\t********',
          'the password\tfield\tis required',
          'password\t',
        ],
      },
    },
    {
      id: 'secret-token-field',
      family: 'generic',
      description: 'a secret key in a tab- or pipe-separated field with a token-shaped value in the next: token<TAB>…, access_token|…',
      regex: String.raw`${FIELD_START}${textKeySource(tokenKeys)}${FIELD_SEP}${FIELD_VALUE}`,
      keywords: textKeyKeywords(tokenKeys),
      anchor: anchor(tokenKeys),
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `access_token\t${secret}`, output: `access_token\t${label('secret-token-field')}` },
          { input: `evt|refresh|refresh_token|${opaque}|200`, output: `evt|refresh|refresh_token|${label('secret-token-field')}|200` },
        ],
        noMatch: ['token\texpired', 'session\t42', 'max_tokens\t4096', `next_token\t${secret}`, 'token|type|expires_in'],
      },
    },
    {
      id: 'redis-field',
      family: 'generic',
      description:
        "a sensitive key as one quoted argument of a Redis command and its value the next, as MONITOR prints them (\"HSET\" \"sess:…\" \"access_token\" \"…\"), or one element of a reply and its value the next (redis-cli's 3) \"access_token\" 4) \"…\")",
      // Round 25: a session or token hash written or read while debugging; only blanks (and the
      // reply's numbering) stand between a field and its value.
      regex: String.raw`"${textKeySource(redisKeys)}"[ \t]+(?:[0-9]+\)[ \t]+)?"((?:[^"\\\r\n]|\\.)+)"`,
      keywords: REDIS_KEYWORDS,
      anchor: String.raw`"[ \t]+(?:[0-9]+\)[ \t]+)?"`,
      anchorInPass: false,
      minEntropy: 3,
      // A token's shape: HMGET and HKEYS name fields alone (`"token" "expires_at"`), a name is no value.
      tokenShape: true,
      generic: true,
      // Short examples: longer ones took the DFA guard's text (every example) past RE2's memory for the pass.
      examples: {
        match: [{ input: `"HSET" "oauth:42" "access_token" "${opaque}"`, output: `"HSET" "oauth:42" "access_token" "${label('redis-field')}"` }],
        noMatch: ['1) "token" 2) "expired"'],
      },
    },
    // Clojure prints a map's keys as keywords and a string after a blank (`{:user "mb", :password
    // "…"}`, Metabase's and Ring's config and connection details): no `=` or `:` between them.
    {
      id: 'edn-password',
      family: 'generic',
      description: 'a password or strict secret keyword of a Clojure map or EDN and its string: {:user "mb", :password "…"}, :db/password "…", :client-secret "…"',
      regex: String.raw`${EDN_KEY_START}${textKeySource(anyValueKeys.filter((k) => redisKeys.includes(k)))}${EDN_STRING}`,
      keywords: REDIS_KEYWORDS,
      anchor: EDN_ANCHOR,
      anchorInPass: false,
      generic: true,
      examples: {
        match: [{ input: `{:dbname "mb", :user "mb", :password "${ednPassword}", :port 5432}`, output: `{:dbname "mb", :user "mb", :password "${label('edn-password')}", :port 5432}` }],
        noMatch: ['{:password nil, :user "mb"}', '{:password ""}', 'password "hunter2" rejected'],
      },
    },
    {
      id: 'edn-token',
      family: 'generic',
      description: 'a token keyword of a Clojure map or EDN and its string, token-shaped: {:access-token "…"}, :refresh-token "…"',
      regex: String.raw`${EDN_KEY_START}${textKeySource(tokenKeys.filter((k) => redisKeys.includes(k)))}${EDN_STRING}`,
      keywords: REDIS_KEYWORDS,
      anchor: EDN_ANCHOR,
      anchorInPass: false,
      minEntropy: 3,
      tokenShape: true,
      generic: true,
      examples: {
        match: [{ input: `{:access-token "${ednToken}" :region "eu"}`, output: `{:access-token "${label('edn-token')}" :region "eu"}` }],
        noMatch: ['{:token-type "bearer", :token "expired"}'],
      },
    },
    {
      id: 'sql-json-path-value',
      family: 'generic',
      description:
        "the value SQL writes at a sensitive key of a JSON column: PostgreSQL's jsonb_set(settings, '{client_secret}', '\"…\"'), MySQL's JSON_SET(doc, '$.api_key', '…'), also nested paths and to_jsonb('…')",
      // Round 25: a statement log (`log_statement = 'all'`) of an update to a settings column names
      // the key only in the path; the value is the next argument, a JSON literal or a string.
      regex: String.raw`(?i:jsonb?_(?:set|insert|replace)|jsonb_set_lax)\([ \t]*[^,()\r\n]+,[ \t]*'(?:\{(?:[^}',\r\n]+,)*|\$(?:\.[A-Za-z0-9_"-]+|\[[0-9]+\])*\.)"?${textKeySource(redisKeys)}"?\}?'[ \t]*,[ \t]*(?:'"((?:[^"'\\\r\n]|\\.)+)"'|(?:to_jsonb?\([ \t]*)?'((?:[^'\\\r\n]|'')+)')`,
      keywords: REDIS_KEYWORDS,
      anchor: String.raw`(?i:json_set|jsonb_set|json_insert|jsonb_insert|json_replace)\(`,
      anchorInPass: false,
      generic: true,
      examples: {
        match: [{ input: `UPDATE t SET s = jsonb_set(s, '{api_key}', '"${opaque}"')`, output: `UPDATE t SET s = jsonb_set(s, '{api_key}', '"${label('sql-json-path-value')}"')` }],
        noMatch: ["jsonb_set(s, '{theme}', '\"dark\"')"],
      },
    },
    {
      id: 'table-row-secret',
      family: 'generic',
      description: "a sensitive key and its value as a CLI prints a table row, two blanks or more between them and the value last on the line: Vault's `token    s.…`, `vault kv get`'s `password    …`",
      // Round 26: Vault's CLI prints a login's token and a secret's fields as `Key  Value` rows,
      // which CI steps log; a row's value is one word, the last on its line, token-shaped (a
      // header row or `token_duration  768h` is none).
      // Round 56: a table drawn with pipes (`confluent api-key create`'s `| API Secret | … |`).
      // Also after grep's `file:line:` (round 69: `local.cf:42:bayes_sql_password   …`), and drawn
      // with box-drawing bars (round 82: `pm2 env 0`'s `│ DB_PASSWORD │ … │`). Azure's names of a
      // resource's two keys as `az … keys list -o table` prints them (`PrimaryKey    …`, `Key1    …`;
      // round 85), and PowerShell's list (`Key1 : …`): a key's 30 or more base64 characters, not a
      // schema's name for an index (`PrimaryKey    PK_Orders_2024`).
      regex: String.raw`(?:^|[ \t]|:[0-9]+:)${textKeySource(redisKeys)}[ \t]{2,}([^ \t\r\n]+)[ \t]*\r?$|(?:^|[ \t])${AZURE_KEY_NAMES}(?:[ \t]{2,}|[ \t]+:[ \t]+)([A-Za-z0-9+/]{30,}={0,2})[ \t]*\r?$|(?:\||│)[ \t]*(?:[A-Za-z0-9_.-]+ )?${textKeySource(redisKeys)}[ \t]*(?:\||│)[ \t]*([^ \t|│\r\n]+)[ \t]*(?:\||│)`,
      keywords: REDIS_KEYWORDS,
      anchor: String.raw`[ \t][ \t:][ \t]*[^ \t\r\n]+[ \t]*\r?$|(?:\||│)[ \t]*[^ \t|│\r\n]+[ \t]*(?:\||│)`,
      anchorInPass: false,
      minEntropy: 3,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `token    ${opaque}`, output: `token    ${label('table-row-secret')}` },
          { input: `| API Secret | ${opaque} |`, output: `| API Secret | ${label('table-row-secret')} |` },
          { input: `│ DB_PASSWORD │ ${password} │`, output: `│ DB_PASSWORD │ ${label('table-row-secret')} │` },
        ],
        noMatch: ['token_duration    768h', 'token    expired', '| API Key    | ABCDEFGHIJKLMNOP |', '| token | expired |'],
      },
    },
  ];
}

/**
 * Secrets in XML configuration that names them in an attribute (leaks review): .NET's
 * `<add key="Password" value="…"/>` and `<setting name="Password"><value>…</value></setting>`,
 * Spring's `<property name="password" value="…"/>`, Java properties' `<entry key="db.password">…</entry>`.
 * Password and strict keys take any value; the other secret keys a token-shaped one, as in
 * `secret-assignment`.
 */
function xmlNamedRules(vocabulary: Vocabulary, secretKeys: readonly string[]): RuleSpec[] {
  const anyValueKeys = [...vocabulary.passwordKeys, ...vocabulary.strictSecretKeys];
  const tokenKeys = secretKeys.filter((k) => !vocabulary.strictSecretKeys.includes(k));
  return [
    {
      id: 'xml-named-secret',
      family: 'structured',
      description: 'the value of an XML element named by a password or strict secret key in its key or name attribute: <add key="Password" value="…"/>, <property name="password" value="…"/>, <entry key="db.password">…</entry>',
      regex: xmlNamedValueSource(anyValueKeys),
      keywords: textKeyKeywords(anyValueKeys),
      anchor: xmlNamedAnchor(anyValueKeys),
      generic: true,
      examples: {
        match: [
          { input: `<add key="Password" value="${password}"/>`, output: `<add key="Password" value="${label('xml-named-secret')}"/>` },
          { input: `<add key="Smtp:Password" value='${words}' />`, output: `<add key="Smtp:Password" value='${label('xml-named-secret')}' />` },
          { input: `<property name="password" value="${lower}"/>`, output: `<property name="password" value="${label('xml-named-secret')}"/>` },
          { input: `<add value="${password}" key="DbPassword"/>`, output: `<add value="${label('xml-named-secret')}" key="DbPassword"/>` },
          { input: `<entry key="db.password">${password}</entry>`, output: `<entry key="db.password">${label('xml-named-secret')}</entry>` },
          { input: `<entry key="db.password"><![CDATA[${password}]]></entry>`, output: `<entry key="db.password"><![CDATA[${label('xml-named-secret')}]]></entry>` },
          {
            input: `<setting name="ClientSecret" serializeAs="String"><value>${secret}</value></setting>`,
            output: `<setting name="ClientSecret" serializeAs="String"><value>${label('xml-named-secret')}</value></setting>`,
          },
          { input: `{"msg":"<add key=\\"ApiKey\\" value=\\"${lower}\\"/>"}`, output: `{"msg":"<add key=\\"ApiKey\\" value=\\"${label('xml-named-secret')}\\"/>"}` },
          // An HTML form logged escaped (escq2): HTML-escaped, or as System.Text.Json writes it in a JSON string.
          { input: `&lt;input type=&quot;password&quot; name=&quot;password&quot; value=&quot;${password}&quot;&gt;`, output: `&lt;input type=&quot;password&quot; name=&quot;password&quot; value=&quot;${label('xml-named-secret')}&quot;&gt;` },
          { input: `{"msg":"\\u003Cinput name=\\u0022password\\u0022 value=\\u0022${words}\\u0022\\u003E"}`, output: `{"msg":"\\u003Cinput name=\\u0022password\\u0022 value=\\u0022${label('xml-named-secret')}\\u0022\\u003E"}` },
        ],
        noMatch: [
          '<add key="PageSize" value="20"/>',
          '<add key="PasswordMinLength" value="12"/>',
          '<property name="passwordEncoder" ref="bcrypt"/>',
          '<property name="password" value="${DB_PASSWORD}"/>',
          '<property name="password" ref="dbPassword"/> see <b>docs</b>',
          '<add key="Password" value=""/>',
        ],
      },
    },
    {
      id: 'xml-named-token',
      family: 'structured',
      description: 'a token-shaped value of an XML element named by a secret key in its key or name attribute: <add key="AuthToken" value="…"/>, <meta name="csrf-token" content="…">',
      regex: xmlNamedValueSource(tokenKeys),
      keywords: textKeyKeywords(tokenKeys),
      anchor: xmlNamedAnchor(tokenKeys),
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `<add key="AuthToken" value="${secret}"/>`, output: `<add key="AuthToken" value="${label('xml-named-token')}"/>` },
          { input: `<entry key="github.token">${opaque}</entry>`, output: `<entry key="github.token">${label('xml-named-token')}</entry>` },
          // A hidden CSRF field, its quotes written as escapes (escq2).
          { input: `<input type=&#39;hidden&#39; name=&#39;csrf_token&#39; value=&#39;${secret}&#39;>`, output: `<input type=&#39;hidden&#39; name=&#39;csrf_token&#39; value=&#39;${label('xml-named-token')}&#39;>` },
          // A page's CSRF token in its <meta> (`content=`) is tests/patterns/prose-and-markup.test.ts's:
          // as examples here, the lines put the pass over the catalog's examples past RE2's DFA
          // memory for a config of five keys more (compile.test.ts), with no anchor changed.
        ],
        noMatch: ['<add key="Token" value="expired"/>', '<add key="TokenLifetime" value="3600"/>', '<entry key="session.timeout">30</entry>', '&lt;input type=&quot;hidden&quot; name=&quot;csrf_token&quot;&gt;'],
      },
    },
    {
      id: 'xml-element-named-secret',
      family: 'structured',
      description: 'the value of an XML entry that names a password or strict secret key in an element of its own: Apigee key value maps <Entry><Key><Parameter>sap.password</Parameter></Key><Value>…</Value>, <entry><key>db.password</key><value>…</value>',
      regex: xmlElementNamedValueSource(anyValueKeys),
      // Tier 1b only: its keywords are xml-named-secret's, in the pass already.
      keywords: textKeyKeywords(anyValueKeys),
      anchor: String.raw`<(?i:value)>`,
      anchorInPass: false,
      generic: true,
      examples: {
        match: [
          { input: `<Entry><Key><Parameter>sap.password</Parameter></Key><Value>${password}</Value></Entry>`, output: `<Entry><Key><Parameter>sap.password</Parameter></Key><Value>${label('xml-element-named-secret')}</Value></Entry>` },
          { input: `<entry><key>db.password</key><value>${words}</value></entry>`, output: `<entry><key>db.password</key><value>${label('xml-element-named-secret')}</value></entry>` },
        ],
        noMatch: ['<entry><key>db.user</key><value>app</value></entry>', '<entry><key>db.password</key><value>${DB_PASSWORD}</value></entry>', '<entry><key>password.min.length</key><value>12</value></entry>'],
      },
    },
  ];
}

/**
 * The keys of the name/value rules (JSON's and YAML's), and their keywords: only keys that spell a
 * word the pass over every byte looks for anyway, so these rules add nothing there (even `value`
 * as one keyword more took it past RE2's DFA memory) and wake on lines it already hits. `pw` and
 * `contrasena` are left to the other rules. Password and strict keys take any value, the other
 * secret keys a token-shaped one.
 */
function namedKeys(vocabulary: Vocabulary, secretKeys: readonly string[]) {
  const spells = (k: string, w: string): boolean => k.replace(/ /g, '').includes(w);
  const spelled = (k: string): boolean => JSON_NAMED_KEYWORDS.some((w) => spells(k, w));
  return {
    anyValueKeys: [...vocabulary.passwordKeys, ...vocabulary.strictSecretKeys].filter(spelled),
    tokenKeys: secretKeys.filter((k) => !vocabulary.strictSecretKeys.includes(k)).filter(spelled),
    keywords: (keys: readonly string[]): string[] => JSON_NAMED_KEYWORDS.filter((w) => keys.some((k) => spells(k, w))),
  };
}

/** One way a name/value pair is written: how its regex reads the keys, what wakes it in tier 1b. */
interface NamedForm {
  readonly name: 'json' | 'yaml' | 'text';
  readonly source: (keys: readonly string[]) => string;
  readonly anchor: string;
  readonly kind?: RuleSpec['kind'];
}

/**
 * A form's two rules: `<form>-named-secret` takes any value under a password or strict key,
 * `<form>-named-token` a token-shaped one under the other secret keys (`namedKeys`). Tier 1b only:
 * key words wake them on every line with an authorization header or a `token`.
 */
function namedPair(
  form: NamedForm,
  vocabulary: Vocabulary,
  secretKeys: readonly string[],
  secret: Pick<RuleSpec, 'description' | 'examples'>,
  token: Pick<RuleSpec, 'description' | 'examples'>,
): RuleSpec[] {
  const { anyValueKeys, tokenKeys, keywords } = namedKeys(vocabulary, secretKeys);
  const common = { family: 'structured', anchor: form.anchor, anchorInPass: false, generic: true, ...(form.kind === undefined ? {} : { kind: form.kind }) } as const;
  return [
    { id: `${form.name}-named-secret`, ...secret, ...common, regex: form.source(anyValueKeys), keywords: keywords(anyValueKeys) },
    { id: `${form.name}-named-token`, ...token, ...common, regex: form.source(tokenKeys), keywords: keywords(tokenKeys), minEntropy: 3.5, tokenShape: true },
  ];
}

/** Name/value pairs that name a secret in JSON (`jsonNamedValueSource`) and in text (`textNamedValueSource`). */
function jsonNamedRules(vocabulary: Vocabulary, secretKeys: readonly string[]): RuleSpec[] {
  return [
    ...namedPair(
      { name: 'json', source: jsonNamedValueSource, anchor: JSON_NAMED_ANCHOR },
      vocabulary,
      secretKeys,
      {
        description: 'the value of a JSON name/value pair named by a password or strict secret key: Kubernetes and ECS env {"name":"DB_PASSWORD","value":"…"}, AWS tags {"Key":…,"Value":…}, CloudFormation ParameterKey/ParameterValue',
        examples: {
          match: [
            { input: `{"env":[{"name":"DB_PASSWORD","value":"${password}"},{"name":"LOG_LEVEL","value":"debug"}]}`, output: `{"env":[{"name":"DB_PASSWORD","value":"${label('json-named-secret')}"},{"name":"LOG_LEVEL","value":"debug"}]}` },
            { input: `"environment": [ { "name": "POSTGRES_PASSWORD", "value": "${words}" } ]`, output: `"environment": [ { "name": "POSTGRES_PASSWORD", "value": "${label('json-named-secret')}" } ]` },
            { input: `{"Parameters":[{"ParameterKey":"DbPassword","ParameterValue":"${password}"}]}`, output: `{"Parameters":[{"ParameterKey":"DbPassword","ParameterValue":"${label('json-named-secret')}"}]}` },
            { input: `{"Tags":[{"Key":"client_secret","Value":"${lower}"}]}`, output: `{"Tags":[{"Key":"client_secret","Value":"${label('json-named-secret')}"}]}` },
            { input: `{"msg":"task {\\"name\\":\\"DB_PASSWORD\\",\\"value\\":\\"${password}\\"}"}`, output: `{"msg":"task {\\"name\\":\\"DB_PASSWORD\\",\\"value\\":\\"${label('json-named-secret')}\\"}"}` },
            { input: `{"name":"secrets/db/password","value":"${password}"}`, output: `{"name":"secrets/db/password","value":"${label('json-named-secret')}"}` },
            // AWS SSM's Parameter: its type between the name and the value (red-team).
            {
              input: `{"Parameter":{"Name":"/prod/db/password","Type":"SecureString","Value":"${password}","Version":3}}`,
              output: `{"Parameter":{"Name":"/prod/db/password","Type":"SecureString","Value":"${label('json-named-secret')}","Version":3}}`,
            },
            // Quotes written as escapes (escq2): a task definition System.Text.Json logged as a string.
            { input: `{"msg":"task {\\u0022name\\u0022:\\u0022DB_PASSWORD\\u0022,\\u0022value\\u0022:\\u0022${password}\\u0022}"}`, output: `{"msg":"task {\\u0022name\\u0022:\\u0022DB_PASSWORD\\u0022,\\u0022value\\u0022:\\u0022${label('json-named-secret')}\\u0022}"}` },
          ],
          noMatch: [
            '{"name":"LOG_LEVEL","value":"debug"}',
            '{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"db","key":"password"}}}',
            '{"name":"PASSWORD_MIN_LENGTH","value":"12"}',
            '{"name":"DB_PASSWORD","value":"${DB_PASSWORD}"}',
            '{"name":"DB_PASSWORD","value":""}',
            '{"metric":"password_resets","value":"3"}',
          ],
        },
      },
      {
        description: 'a token-shaped value of a JSON name/value pair named by a secret key: {"name":"API_TOKEN","value":"…"}, {"Key":"auth_token","Value":"…"}',
        examples: {
          match: [
            { input: `{"name":"API_TOKEN","value":"${secret}"}`, output: `{"name":"API_TOKEN","value":"${label('json-named-token')}"}` },
            { input: `{"Key":"github_token","Value":"${opaque}"}`, output: `{"Key":"github_token","Value":"${label('json-named-token')}"}` },
            { input: `<pre>{&quot;Key&quot;:&quot;github_token&quot;,&quot;Value&quot;:&quot;${opaque}&quot;}</pre>`, output: `<pre>{&quot;Key&quot;:&quot;github_token&quot;,&quot;Value&quot;:&quot;${label('json-named-token')}&quot;}</pre>` },
          ],
          noMatch: ['{"name":"TOKEN_TTL","value":"3600"}', '{"name":"API_TOKEN","value":"expired"}', '{"name":"session_timeout","value":"30"}'],
        },
      },
    ),
    ...namedPair(
      { name: 'text', source: textNamedValueSource, anchor: TEXT_NAMED_ANCHOR },
      vocabulary,
      secretKeys,
      {
        description: "the value of a name/value pair written as text and named by a password or strict secret key: YAML's {name: db-password, value: …}, Go's {Name:DB_PASSWORD Value:…}, Python's {'name': 'DB_PASSWORD', 'value': '…'}",
        examples: {
          match: [
            { input: `argo: parameters="[{name: db-password, value: ${r4Password}}]"`, output: `argo: parameters="[{name: db-password, value: ${label('text-named-secret')}}]"` },
            { input: `env=[{Name:DB_PASSWORD Value:${r4Password} ValueFrom:nil}]`, output: `env=[{Name:DB_PASSWORD Value:${label('text-named-secret')} ValueFrom:nil}]` },
            { input: `{'name': 'POSTGRES_PASSWORD', 'value': '${r4Password}'}`, output: `{'name': 'POSTGRES_PASSWORD', 'value': '${label('text-named-secret')}'}` },
            // Configuration resolvers' messages (round 50): Spring Boot's failure analysis, Quarkus, Micronaut, Tomcat.
            { input: `    Property: app.jwt.secret     Value: "${r4Password}"     Origin: System Environment Property "APP_JWT_SECRET"`, output: `    Property: app.jwt.secret     Value: "${label('text-named-secret')}"     Origin: System Environment Property "APP_JWT_SECRET"` },
            { input: `Configuration property 'quarkus.datasource.password' has value '${r4Password}' from source 'EnvConfigSource'`, output: `Configuration property 'quarkus.datasource.password' has value '${label('text-named-secret')}' from source 'EnvConfigSource'` },
            { input: `Resolved property [kafka.sasl.jaas.config.password] to value [${r4Password}]`, output: `Resolved property [kafka.sasl.jaas.config.password] to value [${label('text-named-secret')}]` },
            { input: `SetPropertiesRule.begin Match [Server/Service/Connector] failed to set property [certificateKeystorePassword] to [${r4Password}]`, output: `SetPropertiesRule.begin Match [Server/Service/Connector] failed to set property [certificateKeystorePassword] to [${label('text-named-secret')}]` },
          ],
          noMatch: ["Configuration property 'quarkus.http.port' has value '8080' from source 'EnvConfigSource'", 'failed to set property [passwordMinLength] to [12]', 'Resolved property [datasources.default.password] to value [*****]', '{name: LOG_LEVEL, value: debug}', '{Name:DB_PASSWORD ValueFrom:&EnvVarSource{SecretKeyRef:db}}', '{name: db-password, value: ${DB_PASSWORD}}', '{name: password_min_length, value: 12}'],
        },
      },
      {
        description: "a token-shaped value of a name/value pair written as text and named by a secret key: Android's putString(key=auth_token, value=…), {name: api-token, value: …}",
        examples: {
          match: [
            { input: `V/Prefs: putString(key=auth_token, value=${r4Hex})`, output: `V/Prefs: putString(key=auth_token, value=${label('text-named-token')})` },
            { input: `{name: api-token, value: ${r4Token}}`, output: `{name: api-token, value: ${label('text-named-token')}}` },
          ],
          noMatch: ['putString(key=token_ttl, value=3600)', '{name: api-token, value: expired}'],
        },
      },
    ),
  ];
}

/** Leaks3's examples, from a sampler of their own so the samples above stay as they were. */
const leaks3 = createSampler(2026120103);
const l3Password = `${leaks3.alnum(6)}!${leaks3.alnum(5)}`;
const l3Token = leaks3.alnum(32);

/**
 * A JSON key named by one of `keys` and its value, in a JSON body whose quotes a log wrote as
 * escapes, as RE2 source: nginx's `escape=default` writes `"` as `\x22` (`$request_body`), a body
 * or a parameter URL-encoded as `%22`. The value between such quotes (escapes inside it, but not
 * its quote's: an escaped quote is `\x5C\x22`, `%5C%22`), or a bare number. Four groups. `prefixed`:
 * the key may carry a prefix (`new_password`); a token key stands alone, since the safe keys'
 * prefixes (`next_token`, `page_token`) are not read before such escapes.
 */
function escapedJsonSource(keys: readonly string[], prefixed: boolean): string {
  const key = `${prefixed ? '[A-Za-z0-9_.$@-]*' : ''}(?i:${keys.map(keySource).join('|')})`;
  const number = '(-?[0-9][0-9.eE+-]*)';
  // One backslash or more: where the line is a JSON string, the body's is escaped in turn.
  const hexQuoted = String.raw`\\+x22((?:[^"\\\r\n]|\\+x5[Cc]\\+x[0-9A-Fa-f]{2}|\\+x(?:[013-9A-Fa-f][0-9A-Fa-f]|2[013-9A-Fa-f])|\\+[^x\\\r\n])+)\\+x22`;
  const pctQuoted = String.raw`%22((?:[^%"&\\ \t\r\n]|%5[Cc]%[0-9A-Fa-f]{2}|%(?:[013-9A-Fa-f][0-9A-Fa-f]|2[013-9A-Fa-f]))+)%22`;
  const pctSpace = String.raw`(?:%20|\+|[ \t])*`;
  return String.raw`\\+x22${key}\\+x22[ \t]*:[ \t]*(?:${hexQuoted}|${number})|%22${key}%22${pctSpace}(?:%3[Aa]|:)${pctSpace}(?:${pctQuoted}|${number})`;
}

/** What wakes an escaped-JSON rule on a line: a word of a secret key, the rest of it, the escaped quote. */
const ESCAPED_JSON_ANCHOR = String.raw`(?i:pass|pwd|secret|key|auth|token)[A-Za-z0-9_.-]*(?:\\+x22|%22)`;

/**
 * JSON bodies whose quotes a log wrote as escapes (leaks3): what `sensitive-key` reads in JSON,
 * in nginx's `\x22` and in URL encoding's `%22`, where no key rule looked and the password leaked
 * whole. By the name/value rules' keys and keywords, so the pass over every byte stays as it
 * was. Only the value goes: the placeholder holds no `"`, `\` or `%`, so the escaped body stays
 * as decodable as it was.
 */
function escapedJsonRules(vocabulary: Vocabulary, secretKeys: readonly string[]): RuleSpec[] {
  const { anyValueKeys, tokenKeys, keywords } = namedKeys(vocabulary, secretKeys);
  const nginx = '10.0.0.5 - - [01/May/2024:10:00:00 +0000] "POST /api/login HTTP/1.1" 200 87 "-" "curl/8.5.0"';
  return [
    {
      id: 'escaped-json-secret',
      family: 'structured',
      description: 'a password or strict secret in a JSON body whose quotes the log escaped: nginx\'s $request_body as {\\x22password\\x22:\\x22…\\x22}, a URL-encoded body %7B%22password%22%3A%22…%22%7D',
      regex: escapedJsonSource(anyValueKeys, true),
      keywords: keywords(anyValueKeys),
      // Tier 1b only, as the name/value rules: key words in the pass wake it.
      anchor: ESCAPED_JSON_ANCHOR,
      anchorInPass: false,
      generic: true,
      examples: {
        match: [
          {
            input: `${nginx} "{\\x22username\\x22:\\x22ada\\x22,\\x22password\\x22:\\x22${l3Password}\\x22}"`,
            output: `${nginx} "{\\x22username\\x22:\\x22ada\\x22,\\x22password\\x22:\\x22${label('escaped-json-secret')}\\x22}"`,
          },
          { input: `body: %7B%22password%22%3A%22${l3Password.replace('!', '%21')}%22%7D`, output: `body: %7B%22password%22%3A%22${label('escaped-json-secret')}%22%7D` },
          { input: `data=%7B%22client_secret%22%3A+%22${l3Token}%22%2C%22n%22%3A1%7D`, output: `data=%7B%22client_secret%22%3A+%22${label('escaped-json-secret')}%22%2C%22n%22%3A1%7D` },
        ],
        noMatch: [
          `${nginx} "{\\x22password\\x22:\\x22\\x22,\\x22remember\\x22:true}"`,
          `${nginx} "{\\x22password_reset\\x22:true}"`,
          'data=%7B%22password%22%3Anull%7D',
          'q=%22password%22&page=2',
        ],
      },
    },
    {
      id: 'escaped-json-token',
      family: 'structured',
      description: 'a token-shaped secret in a JSON body whose quotes the log escaped: {\\x22refresh_token\\x22:\\x22…\\x22}, %7B%22access_token%22%3A%22…%22%7D',
      regex: escapedJsonSource(tokenKeys, false),
      keywords: keywords(tokenKeys),
      anchor: ESCAPED_JSON_ANCHOR,
      anchorInPass: false,
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `${nginx} "{\\x22refresh_token\\x22:\\x22${l3Token}\\x22}"`, output: `${nginx} "{\\x22refresh_token\\x22:\\x22${label('escaped-json-token')}\\x22}"` },
          { input: JSON.stringify({ request_body: `{\\x22access_token\\x22:\\x22${l3Token}\\x22}` }), output: JSON.stringify({ request_body: `{\\x22access_token\\x22:\\x22${label('escaped-json-token')}\\x22}` }) },
          { input: `data=%7B%22access_token%22%3A%22${l3Token}%22%7D`, output: `data=%7B%22access_token%22%3A%22${label('escaped-json-token')}%22%7D` },
        ],
        noMatch: [`${nginx} "{\\x22token\\x22:\\x22expired\\x22}"`, 'data=%7B%22token_type%22%3A%22bearer%22%2C%22max_tokens%22%3A256%7D', `data=%7B%22next_token%22%3A%22${l3Token}%22%7D`],
      },
    },
  ];
}

/**
 * The name of a YAML name/value pair that names a secret, at its line's end, as RE2 source for a
 * `yaml-named` rule: `- name: DB_PASSWORD`, `Key: api_token`, `ParameterKey: DbPassword`, also
 * quoted and as a line of a YAML dump in a JSON string (`\n` escapes). Group 1 is what stands
 * before the name on its line, group 2 the line break after it.
 */
const yamlNamedSource = (keys: readonly string[]): string =>
  String.raw`(?:^|\\n|")([ \t]*(?:-[ \t]+)?)(?:[Pp]arameter_?)?(?:[Nn]ame|[Kk]ey):[ \t]+(?:\\*["'])?(?:[A-Za-z0-9_.-]*[:/])*${textKeySource(keys)}(?:\\*["'])?[ \t]*(?:#[^\r\n"\\]*)?((?:\\+r)?\\+n|\r?$)`;

/** What wakes a `yaml-named` rule on a line: `name:` or `key:`, then a word of a secret key. */
const YAML_NAMED_ANCHOR = String.raw`(?i:name|key):[ \t]+(?:\\*["'])?[A-Za-z0-9_.:/-]*(?i:pass|pwd|secret|key|auth|token)`;

/**
 * Name/value pairs that name a secret in YAML, the value on a line after the name (s14): what
 * `jsonNamedRules` reads in JSON, as `kubectl get -o yaml`, `helm install --debug` and CI deploy
 * steps print Kubernetes env lists, AWS tags and CloudFormation parameters. By the same keys and
 * keywords, so the pass over every byte stays as it was.
 */
function yamlNamedRules(vocabulary: Vocabulary, secretKeys: readonly string[]): RuleSpec[] {
  return [
    ...namedPair(
      { name: 'yaml', source: yamlNamedSource, anchor: YAML_NAMED_ANCHOR, kind: 'yaml-named' },
      vocabulary,
      secretKeys,
      {
        description: 'the value of a YAML name/value pair named by a password or strict secret key, on the line after its name: Kubernetes env - name: DB_PASSWORD / value: …, AWS tags Key: / Value:, also as \\n escapes in a JSON string',
        examples: {
          match: [
            { input: `env:\n- name: DB_PASSWORD\n  value: ${password}\n- name: LOG_LEVEL\n  value: debug`, output: `env:\n- name: DB_PASSWORD\n  value: ${label('yaml-named-secret')}\n- name: LOG_LEVEL\n  value: debug` },
            { input: `        - name: "POSTGRES_PASSWORD"\n          value: "${words}"`, output: `        - name: "POSTGRES_PASSWORD"\n          value: "${label('yaml-named-secret')}"` },
            { input: `{"msg":"env:\\n  - name: client_secret\\n    value: ${lower}\\n"}`, output: `{"msg":"env:\\n  - name: client_secret\\n    value: ${label('yaml-named-secret')}\\n"}` },
          ],
          noMatch: [
            '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password',
            '- name: LOG_LEVEL\n  value: debug',
            '- name: DB_PASSWORD\n  value: ${DB_PASSWORD}',
            '- name: PASSWORD_MIN_LENGTH\n- name: other\n  value: x9!kq2ZzA',
          ],
        },
      },
      {
        description: 'a token-shaped value of a YAML name/value pair named by a secret key, on the line after its name: - name: API_TOKEN / value: …',
        examples: {
          match: [
            { input: `- name: API_TOKEN\n  value: "${opaque}"`, output: `- name: API_TOKEN\n  value: "${label('yaml-named-token')}"` },
            { input: `Tags:\n  - Key: github_token\n    Value: ${opaque}`, output: `Tags:\n  - Key: github_token\n    Value: ${label('yaml-named-token')}` },
          ],
          noMatch: ['- name: TOKEN_TTL\n  value: "3600"', '- name: API_TOKEN\n  value: expired', '- name: session_timeout\n  value: "30"'],
        },
      },
    ),
  ];
}

/**
 * One side of a change's arrow: one of Terraform's and Pulumi's words for a value not shown
 * (`null`, `(sensitive value)`, `(known after apply)`, `[secret]`, `""`), a quoted string (`QUOTED`'s
 * seven groups) or a bare word (a group).
 */
const CHANGE_SIDE = String.raw`(?:null|\((?:sensitive value|known after apply|sensitive)\)|\[secret\]|\\*"\\*"|''|${QUOTED}|([^ \t\r\n"'\\]+))`;

/**
 * `CHANGE_SIDE` after the arrow: a bare number there has four digits or more. A request's log
 * writes its status after an arrow (`X-API-KEY=[masked] -> 200 (50 items)`; round 101), a
 * change's new PIN has four digits at least.
 */
const CHANGED_TO = String.raw`(?:null|\((?:sensitive value|known after apply|sensitive)\)|\[secret\]|\\*"\\*"|''|${QUOTED}|([^0-9 \t\r\n"'\\][^ \t\r\n"'\\]*|[0-9]+[^0-9 \t\r\n"'\\][^ \t\r\n"'\\]*|[0-9]{4,}))`;

/** A secret's key, bare or quoted (a map's `"DB_PASSWORD"`), then its change: `= "old" -> "new"`, Pulumi's `: "old" => "new"`. */
/** Or an application's audit of a setting (`SiteSetting discourse_connect_secret changed from "" to "…"`; round 78). */
/** Or Puppet's notice of a property it changed (`…/Mysql_user[app@%]/password_hash: password_hash changed '*F99…' to '*E29…'`; rounds 84 and 88). */
const changeSource = (keys: readonly string[]): string =>
  String.raw`(?:~[ \t]+)?(?:\\*"${textKeySource(keys)}\\*"|\b${textKeySource(keys)})(?:[ \t]*[=:][ \t]*${CHANGE_SIDE}[ \t]+[-=]>[ \t]+|[ \t]+(?i:changed|updated)[ \t]+(?i:from)[ \t]+${CHANGE_SIDE}[ \t]+(?i:to)[ \t]+|:[ \t]+(?:[A-Za-z0-9_]+[ \t]+)?changed[ \t]+${CHANGE_SIDE}[ \t]+to[ \t]+)${CHANGED_TO}`;

/**
 * A change under a secret's key, both values on one line (red-team review, N2): Terraform's plan
 * (`~ admin_password = "…" -> "…"`, `~ "DB_PASSWORD" = "…" -> "…"` in a map), Pulumi's preview
 * (`~ dbPassword: "…" => "…"`) and change logs that write it so. The key rules took the old value
 * and left the new one. Both go (`spans`), each judged alone: `null -> "…"` loses the new one.
 * Woken in tier 1b by the arrow, on lines the pass finds by the key words it holds already
 * (`namedKeys`). Before the key rules: without a plan's `~`, the match starts where theirs do.
 */
function changeRules(vocabulary: Vocabulary, secretKeys: readonly string[]): RuleSpec[] {
  const { anyValueKeys, tokenKeys, keywords } = namedKeys(vocabulary, secretKeys);
  const anchor = String.raw`[ \t][-=]>[ \t]|[ \t](?i:changed|updated)[ \t]+(?i:from)[ \t]|:[ \t]+(?:[A-Za-z0-9_]+[ \t]+)?changed[ \t]`;
  return [
    {
      id: 'secret-change',
      family: 'generic',
      description: 'both values of a change under a password or strict secret key: Terraform plan ~ admin_password = "…" -> "…", Pulumi ~ dbPassword: "…" => "…"',
      regex: changeSource(anyValueKeys),
      keywords: keywords(anyValueKeys),
      anchor,
      anchorInPass: false,
      kind: 'spans',
      generic: true,
      examples: {
        match: [
          { input: `      ~ admin_password = "${r2Password}" -> "${password}"`, output: `      ~ admin_password = "${label('secret-change')}" -> "${label('secret-change')}"` },
          { input: `      ~ "DB_PASSWORD" = (sensitive value) -> "${r2Password}"`, output: `      ~ "DB_PASSWORD" = (sensitive value) -> "${label('secret-change')}"` },
          { input: `SiteSetting smtp_password changed from "" to "${password}" by admin`, output: `SiteSetting smtp_password changed from "" to "${label('secret-change')}" by admin` },
        ],
        noMatch: ['      ~ admin_password = (sensitive value)', '      ~ password = null -> (known after apply)', '      ~ password_length = 16 -> 24'],
      },
    },
    {
      id: 'secret-token-change',
      family: 'generic',
      description: 'token-shaped values of a change under a secret key: Terraform plan ~ token = "…" -> "…", ~ secret = null -> "…"',
      regex: changeSource(tokenKeys),
      keywords: keywords(tokenKeys),
      anchor,
      anchorInPass: false,
      kind: 'spans',
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [{ input: `      ~ token = "abc" -> "${r2Token}"`, output: `      ~ token = "abc" -> "${label('secret-token-change')}"` }],
        noMatch: ['      ~ token_ttl = "3600" -> "7200"', '      ~ token = "expired" -> "revoked"', '      ~ max_tokens = 256 -> 4096'],
      },
    },
  ];
}

/**
 * A value after `->`: quoted (`QUOTED`'s seven groups), or bare to the next space, `,`, `)` or
 * `]`, as a Scala `Map` prints it (`password -> s3cret, driver -> …)`).
 */
const ARROW_VALUE = String.raw`(?:${QUOTED}|([^ \t\r\n,)\]"'\\]+))`;

/**
 * A secret's key, bare, quoted or closing a call (`env_var('DBT_PASSWORD')`), then ` -> ` and its
 * value: Scala's `Map(user -> ada, password -> …)` as Spark's `JdbcUtils` and Akka log options,
 * and dbt's `Resolved env_var('…_PASSWORD') -> '…'`. Not a change's `= "old" -> "new"`
 * (secret-change's), nor a path's last segment (`GET /clients/…/client-secret -> 200 {…}`).
 */
const arrowSource = (keys: readonly string[]): string =>
  String.raw`(?:\\*["']${textKeySource(keys)}\\*["']\)?|(?:^|[^A-Za-z0-9_./-])${textKeySource(keys)})[ \t]+->[ \t]+${ARROW_VALUE}`;

/**
 * `key -> value` under a secret's key (round 33): the key rules know `=`, `:` and `=>` only.
 * Woken in tier 1b by the arrow, on lines the pass finds by the key words it holds already
 * (`namedKeys`), as the change rules are.
 */
function arrowRules(vocabulary: Vocabulary, secretKeys: readonly string[]): RuleSpec[] {
  const { anyValueKeys, tokenKeys, keywords } = namedKeys(vocabulary, secretKeys);
  const common = { family: 'generic', anchor: String.raw`[ \t]->[ \t]`, anchorInPass: false, generic: true } as const;
  return [
    {
      id: 'secret-arrow',
      description: "the value after ' -> ' under a password or strict secret key: Scala's Map(user -> ada, password -> …), dbt's Resolved env_var('DB_PASSWORD') -> '…'",
      ...common,
      regex: arrowSource(anyValueKeys),
      keywords: keywords(anyValueKeys),
      examples: {
        match: [
          { input: `JdbcUtils: JDBC options: Map(url -> jdbc:mysql://db:3306/dwh, user -> ada, password -> ${password}, fetchsize -> 1000)`, output: `JdbcUtils: JDBC options: Map(url -> jdbc:mysql://db:3306/dwh, user -> ada, password -> ${label('secret-arrow')}, fetchsize -> 1000)` },
          { input: `[debug] Resolved env_var('dbt_env_secret_pg_password') -> '${password}' while rendering profiles.yml`, output: `[debug] Resolved env_var('dbt_env_secret_pg_password') -> '${label('secret-arrow')}' while rendering profiles.yml` },
        ],
        noMatch: ['      ~ password = "a" -> "b"', 'Map(password -> ********, user -> ada)', 'forgot password -> reset link sent'],
      },
    },
    {
      id: 'secret-token-arrow',
      description: "a token-shaped value after ' -> ' under a secret key: Scala's Map(apiKey -> …, token -> …)",
      ...common,
      regex: arrowSource(tokenKeys),
      keywords: keywords(tokenKeys),
      minEntropy: 3.5,
      tokenShape: true,
      examples: {
        match: [{ input: `options: Map(endpoint -> https://api.example.com, access_token -> ${opaque})`, output: `options: Map(endpoint -> https://api.example.com, access_token -> ${label('secret-token-arrow')})` }],
        noMatch: ['Map(token -> expired, user -> ada)', 'refresh token -> access token exchange', 'Map(max_tokens -> 4096)'],
      },
    },
  ];
}

/** A quote of a JSON key or a Python dict's, also escaped inside a JSON string. */
const DICT_QUOTE = String.raw`\\*["']`;

/**
 * The value a validation error echoes: quoted in JSON or Python (`"…"`, `'…'`), or inside a JSON
 * string (`\"…\"`). Three groups.
 */
const ECHOED_VALUE = String.raw`(?:"((?:[^"\\\r\n]|\\[^\r\n])+)"|'((?:[^'\\\r\n]|\\[^\r\n])+)'|\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+")`;

/**
 * A validation error that names a secret's field and echoes what was submitted for it (red-team
 * review, N6): FastAPI's 422 body and pydantic's `errors()` (`"loc":["body","password"], …,
 * "input":"…"`, Python's `'loc': ('password',)`), and pydantic's message as one JSON string or
 * line with `\n` escapes (`password\n  String should … [type=…, input_value='…', …]`). Across
 * real line breaks the field's name is on a line before and no rule sees both.
 */
function echoedInputRule(vocabulary: Vocabulary, secretKeys: readonly string[]): RuleSpec {
  const { anyValueKeys, tokenKeys, keywords } = namedKeys(vocabulary, secretKeys);
  const keys = [...anyValueKeys, ...tokenKeys];
  const key = textKeySource(keys);
  const loc = String.raw`${DICT_QUOTE}loc${DICT_QUOTE}[ \t]*:[ \t]*[\[(](?:[^\[\](){}\r\n]*?,[ \t]*)?${DICT_QUOTE}${key}${DICT_QUOTE}[ \t]*,?[ \t]*[\])][^{}\r\n]*?${DICT_QUOTE}input${DICT_QUOTE}[ \t]*:[ \t]*${ECHOED_VALUE}`;
  const message = String.raw`\b${key}(?:\\r)?\\n[ \t]+(?:[^\\\r\n]|\\[^n\r\n])*?\[type=[a-z_]+,[ \t]*input_value=(?:'((?:[^'\\\r\n]|\\[^\r\n])+)'|\\?"((?:[^"\\\r\n]|\\[^"\r\n])+)\\?")`;
  // AdonisJS's env validation (@poppinss/validator-lite, E_INVALID_ENV_VARIABLES): `Value for
  // environment variable "DB_PASSWORD" must be a string, instead received "…"` (round 6).
  const envEcho = String.raw`\benvironment variable \\*["']${key}\\*["'][^\r\n]*?\binstead received ${ECHOED_VALUE}`;
  return {
    id: 'validation-echoed-secret',
    family: 'generic',
    description: 'the input a validation error echoes for a secret\'s field: FastAPI/pydantic "loc":["body","password"], …, "input":"…", pydantic\'s password\\n  … [type=…, input_value=\'…\'], AdonisJS\'s environment variable "DB_PASSWORD" …, instead received "…"',
    regex: `${loc}|${message}|${envEcho}`,
    keywords: keywords(keys),
    // Tier 1b only, on lines the pass finds by the key's word.
    anchor: String.raw`${DICT_QUOTE}loc${DICT_QUOTE}[ \t]*:|\[type=[a-z_]+,[ \t]*input_value=|instead received`,
    anchorInPass: false,
    generic: true,
    examples: {
      match: [
        {
          input: `{"detail":[{"type":"string_too_short","loc":["body","password"],"msg":"String should have at least 12 characters","input":"${r2Password}"}]}`,
          output: `{"detail":[{"type":"string_too_short","loc":["body","password"],"msg":"String should have at least 12 characters","input":"${label('validation-echoed-secret')}"}]}`,
        },
        {
          input: `{"err":{"code":"E_INVALID_ENV_VARIABLES","help":"- Value for environment variable \\"DB_PASSWORD\\" must be a string, instead received \\"${r2Password}\\""}}`,
          output: `{"err":{"code":"E_INVALID_ENV_VARIABLES","help":"- Value for environment variable \\"DB_PASSWORD\\" must be a string, instead received \\"${label('validation-echoed-secret')}\\""}}`,
        },
      ],
      noMatch: [
        '{"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}',
        `{"detail":[{"type":"string_too_short","loc":["body","username"],"msg":"too short","input":"ab"}]}`,
        '- Value for environment variable "PORT" must be a valid number, instead received "abc"',
      ],
    },
  };
}

/**
 * A camelCase `…Pass` or `…Pwd` key (`humpKeySource`) where it names no password, as the first
 * alternative of the password rule, with no group: a small number (an audio filter's
 * `lowPass=8000`, a renderer's `shadowPass=2`, `showPwd=0`) or a path (Apache's `ProxyPass "/api"
 * "http://…"`). Such a match finds no secret and the value stays (N4). A whole word's value goes
 * whatever it is (`pass=1234`).
 */
function humpNoPassword(keys: readonly string[]): string {
  const hump = humpKeySource(keys);
  const value = String.raw`(?:\\*["'])?(?:[0-9]{1,5}(?:\.[0-9]+)?(?:["'\\ \t,;&)}\]]|\r?$)|/)`;
  return hump === undefined ? '' : String.raw`${hump}(?:${TEXT_SEP}|[ \t]+)${value}|`;
}

/** The configuration section of ASP.NET's JWT options: `Jwt`, `JwtSettings`, `JwtOptions`, `JwtConfig`, `JwtBearer`. */
const JWT_SECTION = String.raw`(?i:jwt(?:settings|options|config|bearer)?)`;

/** `Jwt:Key` as .NET's configuration names it: `:` in a path, `__` in the environment, under any outer section. */
const JWT_KEY_PATH = String.raw`(?:[A-Za-z0-9_.-]*(?::|__))?${JWT_SECTION}(?::|__)(?i:key)`;

/**
 * ASP.NET's `Jwt:Key`, the key that signs an app's tokens (red-team review, N8): `Key` alone names
 * no secret (an S3 object's, a DynamoDB item's, a tag's), so only under the `Jwt` section. As a
 * path (`Jwt__Key=…`, `Jwt:Key = …`, `"Jwt:Key": "…"`), given to `dotnet user-secrets set`, quoted
 * after a space, and as a member of a `"Jwt": {…}` object on one line. Its value goes whatever it
 * looks like: the key says what it is.
 */
function jwtKeyRule(): RuleSpec {
  const quoted = String.raw`"([^"\\\r\n]+)"|'([^'\\\r\n]+)'`;
  const set = String.raw`\bset[ \t]+["']?${JWT_KEY_PATH}["']?[ \t]+(?:${quoted}|([^ \t\r\n"']+))`;
  const path = String.raw`\b${JWT_KEY_PATH}(?:${TEXT_SEP}${VALUE}|["']?[ \t]+(?:${quoted}))`;
  const member = String.raw`\\*"${JWT_SECTION}\\*"[ \t]*:[ \t]*\{[^{}\r\n]*?\\*"(?i:key)\\*"[ \t]*:[ \t]*(?:"((?:[^"\\\r\n]|\\[^\r\n])+)"|\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+")`;
  return {
    id: 'jwt-signing-key',
    family: 'generic',
    description: 'ASP.NET\'s Jwt:Key, the key that signs its tokens: Jwt__Key=…, Jwt:Key = …, dotnet user-secrets set Jwt:Key "…", "Jwt": { …, "Key": "…" }',
    regex: `${set}|${path}|${member}`,
    // Tier 1b only: the pass finds its lines by `key`, which other rules put there already.
    keywords: ['key'],
    anchor: String.raw`${JWT_SECTION}(?::|__)(?i:key)|${JWT_SECTION}\\*"[ \t]*:[ \t]*\{`,
    anchorInPass: false,
    generic: true,
    examples: {
      match: [
        { input: `Jwt__Key=${opaque}`, output: `Jwt__Key=${label('jwt-signing-key')}` },
        // `dotnet user-secrets set Jwt:Key "…"` goes as cli-secret-value's, a rule before this one.
        { input: `set Jwt:Key "${words}"`, output: `set Jwt:Key "${label('jwt-signing-key')}"` },
        { input: `  "Jwt": { "Issuer": "https://api.example.com", "Key": "${secret}" },`, output: `  "Jwt": { "Issuer": "https://api.example.com", "Key": "${label('jwt-signing-key')}" },` },
      ],
      noMatch: ['{"Bucket":"uploads","Key":"uploads/a.png"}', 'Jwt:KeyId = 2f7c1a', 'Missing configuration value Jwt:Key', '"Jwt": { "Issuer": "x" }, "S3": { "Key": "a.png" }'],
    },
  };
}

export function genericRules(vocabulary: Vocabulary): RuleSpec[] {
  const passwordKeys = new Set(vocabulary.passwordKeys);
  const secretKeys = vocabulary.sensitiveKeys.filter((k) => !passwordKeys.has(k));
  const params = [...new Set([...vocabulary.sensitiveKeys.flatMap(paramSpellings), ...SECRET_PARAMS])];
  // Keys a qualifier may follow: long ones that name a password or a secret with a word the pass finds already.
  const qualifiedKeys = vocabulary.sensitiveKeys.filter((k) => k.length > 4 && /pass|pwd|secret|token|key|auth/.test(k));
  const byteArrayKeys = [...new Set([...qualifiedKeys, ...BYTE_ARRAY_EXTRA_KEYS])];
  // The qualified keys with their words run together, joined by `_`, `.`, `-` or written apart
  // (`invalid api key "…"`).
  const spacedQualifiedKeys = String.raw`(?i:[a-z0-9_.-]*(?:${qualifiedKeys.map((k) => k.split(' ').map(escapeRegex).join('[ _.-]?')).join('|')})s?)`;
  // Key names of two words or more ending in `key`, written in words (`API Key`, `Secret Access Key`).
  const spacedKeyLabel = `(?i:${[...new Set([...vocabulary.sensitiveKeys, ...EXTRA_KEYS])]
    .filter((k) => / key$/.test(k))
    .map((k) => k.split(' ').map(escapeRegex).join('[ \\t]+'))
    .join('|')})`;
  return [
    {
      id: 'sensitive-key',
      family: 'structured',
      description:
        'any value under a sensitive JSON key (password, secret, token, apiKey, sessionId, credentials, …), at any depth, also in JSON serialised inside JSON strings (any number of levels); wrappers such as DynamoDB {"S": …} stay, and an object of metadata under session or csrf is walked: its id goes',
      regex: jsonKeySource(vocabulary.sensitiveKeys),
      keywords: jsonKeyKeywords(vocabulary.sensitiveKeys),
      anchor: jsonKeyAnchor(vocabulary.sensitiveKeys),
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
            input: `{"credentials":{"user":"ada","tries":37,"hint":null},"client_secret":12345678}`,
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
          {
            input: `{"encryptionKey":"${opaque}","githubtoken":"${secret}"}`,
            output: `{"encryptionKey":"${label('sensitive-key')}","githubtoken":"${label('sensitive-key')}"}`,
          },
          // An object of metadata under `session` or `csrf` is walked: its id and nested secrets go (issue 7).
          {
            input: `{"session":{"id":"${opaque}","userId":42,"expiresAt":"2026-01-01T00:00:00Z","refreshToken":"${secret}"}}`,
            output: `{"session":{"id":"${label('sensitive-key')}","userId":42,"expiresAt":"2026-01-01T00:00:00Z","refreshToken":"${label('sensitive-key')}"}}`,
          },
          { input: `{"session":"${opaque}","csrf":["${secret}"]}`, output: `{"session":"${label('sensitive-key')}","csrf":["${label('sensitive-key')}"]}` },
          // A plural holds many: an array or object of them (issue 8).
          {
            input: `{"tokens":["${secret}","${opaque}"],"apiKeys":{"billing":"${lower}"}}`,
            output: `{"tokens":["${label('sensitive-key')}","${label('sensitive-key')}"],"apiKeys":{"billing":"${label('sensitive-key')}"}}`,
          },
          {
            input: `{"password_confirmation":"${password}","smtp":{"user":"ada","pass":"${lower}"},"APP_KEY":"${lower}"}`,
            output: `{"password_confirmation":"${label('sensitive-key')}","smtp":{"user":"ada","pass":"${label('sensitive-key')}"},"APP_KEY":"${label('sensitive-key')}"}`,
          },
          // Secrets Manager's GetSecretValue answer, dumped while debugging: the secret is its SecretString (review2).
          {
            input: `{"ARN":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf","Name":"prod/db","SecretString":"${password}"}`,
            output: `{"ARN":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf","Name":"prod/db","SecretString":"${label('sensitive-key')}"}`,
          },
          // Not strict JSON (a trailing comma, Python's NaN) or nested past the parser: all of it goes.
          {
            input: `{"password":{"old":"${password}","new":"${secret}",},"user":"ada"}`,
            output: `{"password":"${label('sensitive-key')}","user":"ada"}`,
          },
          {
            input: `{"secret":[NaN,"${secret}"],"user":"ada"}`,
            output: `{"secret":"${label('sensitive-key')}","user":"ada"}`,
          },
          {
            input: `{"token":${'['.repeat(80)}"${secret}"${']'.repeat(80)},"user":"ada"}`,
            output: `{"token":"${label('sensitive-key')}","user":"ada"}`,
          },
          // The same inside a JSON string: the value ends within it, and the line stays valid JSON.
          // JSON inside JSON strings at any depth (issue 7): an SNS message in an SQS body in an event.
          {
            input: `{"body":"{\\"Message\\":\\"{\\\\\\"apiKey\\\\\\":\\\\\\"${secret}\\\\\\",\\\\\\"pin\\\\\\":4821}\\"}"}`,
            output: `{"body":"{\\"Message\\":\\"{\\\\\\"apiKey\\\\\\":\\\\\\"${label('sensitive-key')}\\\\\\",\\\\\\"pin\\\\\\":\\\\\\"${label('sensitive-key')}\\\\\\"}\\"}"}`,
          },
          {
            input: nestJson({ user: 'ada', password, n: 1 }, 3),
            output: nestJson({ user: 'ada', password: label('sensitive-key'), n: 1 }, 3),
          },
          {
            input: `{"msg":"{\\"password\\":{\\"a\\":\\"${password}\\",},\\"u\\":1}","user":"ada"}`,
            output: `{"msg":"{\\"password\\":\\"${label('sensitive-key')}\\",\\"u\\":1}","user":"ada"}`,
          },
        ],
        noMatch: [
          '{"token_type":"Bearer","max_tokens":256,"tokenCount":12}',
          '{"password":"","secret":null,"token":"[REDACTED:sensitive-key]"}',
          // Words that say there is none: a visitor's session, a field never filled in.
          '{"sessionId":"anonymous","password":"n/a","token":"unknown","apiKey":"-","secret":"unset","sid":"missing","csrf":"empty"}',
          '{"ssid":"office-wifi","spin":3,"pinned":true}',
          '{"Statement":[{"Sid":"AllowRead","Effect":"Allow"}]}',
          '{"csrf":{"enabled":true,"methods":["POST","PUT"]},"session":{"driver":"cookie","age":"2h","userId":42}}',
          // What names or locates a secret is no secret (issue 7).
          '{"secretArn":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf","secretName":"prod/db","kmsKeyArn":"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab","token_type":"bearer"}',
          `{"nextToken":"${opaque}","idempotencyToken":"${secret}"}`,
          // A plural's counts and words are not secrets; a plural before a scalar is not a container.
          '{"usage":{"tokens":{"input":12,"output":40}},"max_tokens":4096,"total_tokens":52}',
          '{"tokens":["the","cat","sat"],"passes":3,"bypass":"cdn","compass":"north-northwest"}',
        ],
      },
    },
    {
      id: 'secret-list',
      family: 'generic',
      description: 'a list after a sensitive key in text: tokens=[a, b], api_keys: ["…", "…"], Python\'s \'secrets\': [\'…\']',
      // One match per list, so the list's contents go whole (the brackets stay); JSON lists are
      // the sensitive-key rule's, item by item. A list of words or counts is low in entropy. A
      // list has quotes or commas: `[REDACTED:…]` after a key is a placeholder, not a list.
      // A list of strings quoted alike goes from inside its first quote to inside its last: the
      // outer quotes stay, as JSON's do (red-team L3). Not a list of mappings or objects
      // (`credentials: [{username: svc, secret: …}]`, decK's dump, round 79;
      // `[UsernamePasswordCredential(username=jdoe, …)]`, CAS's audit, round 78): their keys say
      // which value is the secret. A tuple's `(` may open the list, a note's ` (` follow an item.
      regex: String.raw`\b${textKeySource(vocabulary.sensitiveKeys)}${TEXT_SEP}\[[ \t]*(?:"([^"\\\[\]\r\n]+(?:"[ \t]*,[ \t]*"[^"\\\[\]\r\n]+)*)"|'([^'\\\[\]\r\n]+(?:'[ \t]*,[ \t]*'[^'\\\[\]\r\n]+)*)'|((?:["'(]|[^\[\]\r\n,{(](?:[^\[\]\r\n,(]|[ \t]\()*,|,)[^\[\]\r\n]*[^\[\]\r\n \t]))[ \t]*\]`,
      keywords: textKeyKeywords(vocabulary.sensitiveKeys),
      // On a line, only where a key opens a list: the key words alone are everywhere (issue 9).
      anchor: String.raw`${textKeyAnchor(vocabulary.sensitiveKeys)}[ \t]*\[`,
      minEntropy: 3.5,
      generic: true,
      examples: {
        match: [
          { input: `rotated tokens=[${opaque}, ${secret}] ok`, output: `rotated tokens=[${label('secret-list')}] ok` },
          { input: `api_keys: ["${secret}", "${lower}"]`, output: `api_keys: ["${label('secret-list')}"]` },
          { input: `{'user': 'ada', 'passwords': ['${password}', '${words}']}`, output: `{'user': 'ada', 'passwords': ['${label('secret-list')}']}` },
        ],
        noMatch: ['tokens=[]', 'token=[REDACTED:openai-api-key]', 'max_tokens: [100, 200, 400]', 'tokens=[the, cat]', `{"tokens":["the","cat","sat"]}`],
      },
    },
    {
      id: 'secret-line-value',
      family: 'generic',
      description: 'an environment-file line KEY=a phrase under a password or strict secret key (SESSION_SECRET=keyboard cat): the value to the end of the line',
      // The line bounds the value: `.env` files, `export` lines and `env` dumps hold one
      // assignment per line, unquoted values with spaces included. Only `=` at the start of a
      // line: elsewhere a line goes on after a value (`password: letmein failed`). And only a
      // phrase: a first word of letters, no second `=` (`A_KEY=x B_KEY=y`); a token followed by
      // words (`SECRET=whsec_… loaded`) is a log message, and the token rules take the token.
      regex: String.raw`^[ \t]*(?:export[ \t]+)?${textKeySource([...vocabulary.passwordKeys, ...vocabulary.strictSecretKeys])}[ \t]*=[ \t]*([A-Za-z][A-Za-z'-]*(?:[ \t]+[^ \t\r\n=]+)+)[ \t]*\r?$`,
      keywords: textKeyKeywords([...vocabulary.passwordKeys, ...vocabulary.strictSecretKeys]),
      generic: true,
      examples: {
        match: [
          { input: `SESSION_SECRET=${words}`, output: `SESSION_SECRET=${label('secret-line-value')}` },
          { input: `  export DB_PASSWORD = ${words} ${password}`, output: `  export DB_PASSWORD = ${label('secret-line-value')}` },
          { input: `APP_KEY=${words} ${lower}\r`, output: `APP_KEY=${label('secret-line-value')}\r` },
        ],
        noMatch: ['SESSION_SECRET=', 'PASSWORD=${DB_PASSWORD} # from vault', 'level=info password=(none) user=ada', 'password: must be at least 12 characters'],
      },
    },
    {
      id: 'secret-block-scalar',
      family: 'generic',
      description: 'a YAML block scalar under a sensitive key, the value on the following indented lines: password: |, client_secret: >-, also as \\n escapes in a JSON string',
      // The match is the key line only (no rule spans a line break); the engine follows the
      // lines indented deeper than the key, each line's text going on its own (`block-scalar`).
      // A quoted key's quotes may be escaped in a JSON string (`\"password\": |`, review-leaks).
      regex: String.raw`(?:^|\\n|")([ \t]*(?:-[ \t]+)?)(?:\\*["'])?${textKeySource(vocabulary.sensitiveKeys)}(?:\\*["'])?[ \t]*:[ \t]+[|>](?:[+-][1-9]?|[1-9][+-]?)?[ \t]*(?:#[^\r\n"\\]*)?((?:\\+r)?\\+n|\r?$)`,
      keywords: textKeyKeywords(vocabulary.sensitiveKeys),
      anchor: String.raw`(?i:(?:${vocabulary.sensitiveKeys.map(keySource).join('|')})s?)(?:\\*["'])?[ \t]*:[ \t]+[|>]`,
      kind: 'block-scalar',
      examples: {
        match: [
          { input: `password: |\n  ${password}\nuser: ada`, output: `password: |\n  ${label('secret-block-scalar')}\nuser: ada` },
          {
            input: `db:\n  client_secret: >-\n    ${words}\n    ${lower}\n\n  host: db.internal`,
            output: `db:\n  client_secret: >-\n    ${label('secret-block-scalar')}\n    ${label('secret-block-scalar')}\n\n  host: db.internal`,
          },
          { input: `users:\n- name: ada\n  password: |-\n    ${password}\n- name: bob`, output: `users:\n- name: ada\n  password: |-\n    ${label('secret-block-scalar')}\n- name: bob` },
          // A YAML dump logged as one JSON string: the lines are \n escapes.
          {
            input: `{"msg":"config:\\n  password: |\\n    ${password}\\n  user: ada","level":30}`,
            output: `{"msg":"config:\\n  password: |\\n    ${label('secret-block-scalar')}\\n  user: ada","level":30}`,
          },
          { input: `{"msg":"- api_key: >\\n    ${secret}"}`, output: `{"msg":"- api_key: >\\n    ${label('secret-block-scalar')}"}` },
          // Two JSON strings in: the lines are \\n escapes (review-leaks).
          {
            input: `{"msg":"{\\"values\\":\\"db:\\\\n  password: |\\\\n    ${password}\\\\n  user: ada\\"}"}`,
            output: `{"msg":"{\\"values\\":\\"db:\\\\n  password: |\\\\n    ${label('secret-block-scalar')}\\\\n  user: ada\\"}"}`,
          },
          // A quoted key, raw or escaped in a JSON string (review-leaks).
          { input: `"password": |\n  ${password}\nuser: ada`, output: `"password": |\n  ${label('secret-block-scalar')}\nuser: ada` },
          { input: `{"msg":"\\"client_secret\\": >-\\n  ${secret}"}`, output: `{"msg":"\\"client_secret\\": >-\\n  ${label('secret-block-scalar')}"}` },
        ],
        noMatch: [
          'password: |\nuser: ada',
          'password: |\n  ${DB_PASSWORD}\nuser: ada',
          'description: |\n  the password must be long\nuser: ada',
          'log: password: |\n  not a block',
          '{"msg":"password: |\\nuser: ada"}',
        ],
      },
    },
    ...changeRules(vocabulary, secretKeys),
    ...arrowRules(vocabulary, secretKeys),
    echoedInputRule(vocabulary, secretKeys),
    {
      id: 'secret-byte-array',
      family: 'generic',
      description:
        "a secret's key and its bytes as a list of numbers or as Node prints a Buffer: network_key: [154, 22, …] (zigbee2mqtt), secret_key = bytes([…]), secretKey: Uint8Array(64) [ … ], new byte[] { 0x9A, … }, key: <Buffer 9a 16 …>",
      // Round 57 left Zigbee's network key; a key rule read the list's first number as the value
      // and left the other fifteen. Sixteen bytes or more: `retry_key: [1, 2]` is no key.
      regex: String.raw`\b${textKeySource(byteArrayKeys)}\\?["']?[ \t]*(?:=>|:=|[:=])[ \t]*(?:${BYTE_ARRAY_WRAP})?[\[{(][ \t]*(${BYTE}(?:[ \t]*,[ \t]*${BYTE}){15,127})[ \t]*,?[ \t]*[\]})]|\b${textKeySource(byteArrayKeys)}\\?["']?[ \t]*(?:=>|:=|[:=])[ \t]*<Buffer ([0-9a-f]{2}(?: [0-9a-f]{2}){15,})(?: \.\.\. [0-9]+ more bytes)?>|(?:^|[^A-Za-z0-9_.-])(?i:key)\\?["']?[ \t]*(?:=>|:=|[:=])[ \t]*<Buffer ([0-9a-f]{2}(?: [0-9a-f]{2}){15,})(?: \.\.\. [0-9]+ more bytes)?>`,
      // A bare `key` as Node prints the Buffer a cipher or an HMAC was given (round 71): a list
      // under it may be anything, sixteen bytes and more in a Buffer are a key's.
      keywords: ['key', 'secret', 'token', 'pass', 'pwd', 'auth'],
      anchor: String.raw`[\[{(][ \t]*(?:0[xX])?[0-9A-Fa-f]{1,3}[ \t]*,|<Buffer [0-9a-f]{2} `,
      anchorInPass: false,
      examples: {
        match: [{ input: `  network_key: [${zigbeeKey}]`, output: `  network_key: [${label('secret-byte-array')}]` }],
        noMatch: ['retry_key: [1, 2]', 'publicKey: <Buffer 04 1a 2b 3c 4d 5e 6f 70 81 92 a3 b4 c5 d6 e7 f8 09>'],
      },
    },
    {
      id: 'password-assignment',
      family: 'generic',
      description: 'password=…, password: …, PGPASSWORD=…, Password=…, keystorePass=… and DBPASS=…; in connection strings in text, env dumps and logfmt',
      regex: String.raw`\b(?:${humpNoPassword(vocabulary.passwordKeys)}${textKeySource(vocabulary.passwordKeys, true)}(?:${CODE_VALUE}|${TEXT_SEP}(?:${GROUPED_PASSWORD}|${VALUE})|[ \t]*\?=[ \t]*${VALUE}))`,
      keywords: textKeyKeywords(vocabulary.passwordKeys, true),
      anchor: textKeyAnchor(vocabulary.passwordKeys, true, true),
      examples: {
        match: [
          { input: `login user=ada password=${password} ok`, output: `login user=ada password=${label('password-assignment')} ok` },
          { input: `DB_PASSWORD: "${password} x"`, output: `DB_PASSWORD: "${label('password-assignment')}"` },
          { input: `Server=db;User Id=sa;Password=${password};`, output: `Server=db;User Id=sa;Password=${label('password-assignment')};` },
          // Quoted to the closing quote, escapes and all; bare to the delimiter, commas and brackets in.
          { input: `DB_PASSWORD="${password}\\"${password}" next`, output: `DB_PASSWORD="${label('password-assignment')}" next` },
          { input: `password=${password},${password} c`, output: `password=${label('password-assignment')} c` },
          { input: `password=(${password}=h`, output: `password=${label('password-assignment')}` },
          { input: `User{name=ada, password=${password}}`, output: `User{name=ada, password=${label('password-assignment')}}` },
          { input: `(password=${password}) and password: hunter2 ok`, output: `(password=${label('password-assignment')}) and password: ${label('password-assignment')} ok` },
          // A weak password reads like a word: only a prose word after `: ` starts a sentence.
          { input: 'login user: admin password: letmein failed', output: `login user: admin password: ${label('password-assignment')} failed` },
          { input: 'password=$ecretPass1 ok', output: `password=${label('password-assignment')} ok` },
          // An application password in its groups of four, bare (round 7).
          { input: `WP application password: ${appPassword} saved`, output: `WP application password: ${label('password-assignment')} saved` },
          // A bare value ends where the next field starts.
          { input: `a=1,password=${password},b=2`, output: `a=1,password=${label('password-assignment')},b=2` },
          // `*_PASS`, nodemailer's `pass` and the confirmation field (issue 8); `pass` only as a whole word.
          { input: `DB_PASS=${password} SMTP_PASS=${lower}`, output: `DB_PASS=${label('password-assignment')} SMTP_PASS=${label('password-assignment')}` },
          { input: `auth: { user: 'ada', pass: '${lower}' }`, output: `auth: { user: 'ada', pass: '${label('password-assignment')}' }` },
          { input: `password_confirmation=${password}&x=1`, output: `password_confirmation=${label('password-assignment')}&x=1` },
          { input: `User(name=ada,password=${password},role=admin)`, output: `User(name=ada,password=${label('password-assignment')},role=admin)` },
          // `&` ends a bare value only where the next parameter starts (`&x=1`); else it is the password's (review2).
          { input: `password=${password}&${secret}`, output: `password=${label('password-assignment')}` },
          { input: `login password: ${secret}&${lower} failed`, output: `login password: ${label('password-assignment')} failed` },
          { input: `SESSION_PASS=${lower}&&${secret}&x=1`, output: `SESSION_PASS=${label('password-assignment')}&x=1` },
          // Go's and Pascal's `:=` is one separator: the value is after it, not the `=` (review2).
          { input: `password := "${password}"`, output: `password := "${label('password-assignment')}"` },
          // A YAML list item and an env file's `export` (leaks review).
          { input: `  - password: ${password}`, output: `  - password: ${label('password-assignment')}` },
          { input: `export PASSWORD="${words} ${password}"`, output: `export PASSWORD="${label('password-assignment')}"` },
          // Typed declarations (recall round): Rust, Python's Final.
          { input: `let password: &str = "${password}";`, output: `let password: &str = "${label('password-assignment')}";` },
          { input: `DB_PASSWORD: Final[str] = "${password}"`, output: `DB_PASSWORD: Final[str] = "${label('password-assignment')}"` },
          // LDIF writes a value that is not plain text base64'd after `::` (ldapsearch, slapcat): the
          // second `:` was read as the value, and the password (or its {SSHA} hash) stayed (review2).
          { input: `userPassword:: ${Buffer.from(password).toString('base64')}`, output: `userPassword:: ${label('password-assignment')}` },
          // Recall5: code that compares or passes the password (detect-secrets' and gitleaks' keyword shapes),
          // Make's `?=`, and the keys `pw` and `REDISCLI_AUTH`.
          { input: `if password == "${password}":`, output: `if password == "${label('password-assignment')}":` },
          { input: `if (dbPassword !== '${lower}') {`, output: `if (dbPassword !== '${label('password-assignment')}') {` },
          { input: `if (password.equals("${password}"))`, output: `if (password.equals("${label('password-assignment')}"))` },
          { input: `string password = @"${password}";`, output: `string password = @"${label('password-assignment')}";` },
          { input: `password ||= '${lower}'`, output: `password ||= '${label('password-assignment')}'` },
          { input: `props.put("javax.net.ssl.keyStorePassword", "${password}");`, output: `props.put("javax.net.ssl.keyStorePassword", "${label('password-assignment')}");` },
          // Compared or passed between quotes written as escapes (escq2).
          { input: `{"msg":"if (password == \\u0022${password}\\u0022) {"}`, output: `{"msg":"if (password == \\u0022${label('password-assignment')}\\u0022) {"}` },
          { input: `<code>props.put(&quot;password&quot;, &quot;${password}&quot;)</code>`, output: `<code>props.put(&quot;password&quot;, &quot;${label('password-assignment')}&quot;)</code>` },
          // A message quoted in a JSON string in a JSON string (escq2): its quotes are `\\\"`, two strings in `\\\\\\\"`.
          { input: nestJson({ msg: `login password="${password}" ok` }, 1), output: nestJson({ msg: `login password="${label('password-assignment')}" ok` }, 1) },
          { input: nestJson({ msg: `props.put("password", "${password}")` }, 2), output: nestJson({ msg: `props.put("password", "${label('password-assignment')}")` }, 2) },
          { input: `    storePassword '${lower}'`, output: `    storePassword '${label('password-assignment')}'` },
          { input: `DB_PASSWORD ?= ${password}`, output: `DB_PASSWORD ?= ${label('password-assignment')}` },
          // A numbered key names one of several (round 115): Django's forms, EF Core's LINQ parameters, env files.
          { input: `password1=${lower}&password2=${lower}`, output: `password1=${label('password-assignment')}&password2=${label('password-assignment')}` },
          { input: `[Parameters=[@__password_1='${password}' (Size = 4000)]`, output: `[Parameters=[@__password_1='${label('password-assignment')}' (Size = 4000)]` },
          { input: `DB_PASSWORD_2=${password}`, output: `DB_PASSWORD_2=${label('password-assignment')}` },
          { input: `{"new_password1":"${lower}"}`, output: `{"new_password1":"${label('password-assignment')}"}` },
          { input: `ROOT_PW=${password} REDISCLI_AUTH=${lower}`, output: `ROOT_PW=${label('password-assignment')} REDISCLI_AUTH=${label('password-assignment')}` },
          // A camelCase key that ends in `Pass` or `Pwd` (Tomcat's connector), and an owner run into `PASS` (N4).
          { input: `<Connector port="8443" keystorePass="${password}" />`, output: `<Connector port="8443" keystorePass="${label('password-assignment')}" />` },
          { input: `adminPwd=${lower} DBPASS=${password}`, output: `adminPwd=${label('password-assignment')} DBPASS=${label('password-assignment')}` },
          // Quotes written as escapes (escq): .NET's System.Text.Json writes `"` as `\u0022`, HTML and
          // XML escapers as `&quot;`. Only the value goes; the escaped quotes stay.
          { input: `{"msg":"password=\\u0022${password}\\u0022"}`, output: `{"msg":"password=\\u0022${label('password-assignment')}\\u0022"}` },
          { input: `{"msg":"db_password: \\u0027${words}\\u0027, user"}`, output: `{"msg":"db_password: \\u0027${label('password-assignment')}\\u0027, user"}` },
          { input: `<td>password=&quot;${password}&quot;</td>`, output: `<td>password=&quot;${label('password-assignment')}&quot;</td>` },
          { input: `<p>Password: &#39;${password}&#39;</p> <p>password=&#34;${lower}&#34;</p>`, output: `<p>Password: &#39;${label('password-assignment')}&#39;</p> <p>password=&#34;${label('password-assignment')}&#34;</p>` },
          // Upper-case hex and zero-padded references, as HTML allows them (escq2).
          { input: `<p>password=&#X22;${password}&#X22;</p> <p>password=&#034;${lower}&#034;</p>`, output: `<p>password=&#X22;${label('password-assignment')}&#X22;</p> <p>password=&#034;${label('password-assignment')}&#034;</p>` },
          // The key's own quotes as escapes too (escq).
          { input: `{"msg":"{\\u0022user\\u0022:\\u0022ada\\u0022,\\u0022password\\u0022:\\u0022${password}\\u0022}"}`, output: `{"msg":"{\\u0022user\\u0022:\\u0022ada\\u0022,\\u0022password\\u0022:\\u0022${label('password-assignment')}\\u0022}"}` },
          { input: `<pre>{&quot;password&quot;: &quot;${password}&quot;}</pre>`, output: `<pre>{&quot;password&quot;: &quot;${label('password-assignment')}&quot;}</pre>` },
        ],
        noMatch: [
          'Accepted password for root from 10.0.0.1 port 22',
          'password=',
          'password: ********',
          'password=null',
          'password: must be at least 12 characters',
          'Password reset email sent',
          'UPDATE users SET "password" = $1 WHERE id = $2',
          'password=(none)',
          'PGPASSWORD=$(PGPASSWORD) DB_PASS={PASS} SMTP_PASSWORD=%SMTP_PASSWORD%',
          'bypass=true compass: north passes: 3 pass: true',
          'bypassCache=1 PassengerCount=3 BYPASS=1 lowPass=8000',
          // A number after the key is one digit (a name of several), not a count or a version.
          'password_12=3 password_length=12 passwords2fa=on password1=',
          'password: expired',
          "password = request.form['password']",
          // Code that declares or reads the password, as a traceback or a REPL log prints it (review2).
          'password: string',
          'password = getpass()',
          'if (password == null) return;',
          'called Password::reset for user 4',
          "fields = ('username', 'password', 'email')",
          'if password == expected:',
          'if (password != confirm) return false;',
          'request.POST.get("password", "")',
          'form.add_field("password", "Password:")',
          'props.put("password", "${DB_PASSWORD}")',
          'fields = (&quot;password&quot;, &quot;email&quot;)',
          'the password "is too short"',
          'PW_LENGTH=12',
          '$pw = Read-Host -AsSecureString',
          // Escaped quotes with no key before them, around a field name, or around nothing (escq).
          '{"msg":"user said \\u0022hello there\\u0022 and left"}',
          '<label for=&quot;password&quot;>Password</label>',
          '{"msg":"password=\\u0022\\u0022"}',
          'password=&quot;&quot;',
        ],
      },
    },
    ...flagRules(vocabulary, secretKeys),
    ...codeConfigRules(vocabulary),
    {
      id: 'strict-secret-assignment',
      family: 'generic',
      description:
        'SECRET_KEY=…, APP_KEY=…, SESSION_SECRET=…, client_secret: … and other keys that name only secrets: any value, words and lower case too',
      // No entropy floor and no token shape: the key says it is a secret. A bare value ends at a
      // space (`SESSION_SECRET=keyboard cat` keeps `cat`: a log line goes on after a value, and
      // taking the rest of it would eat the message); a quoted one goes whole.
      regex: String.raw`\b${textKeySource(vocabulary.strictSecretKeys)}(?:${CODE_COMPARE}|${TEXT_SEP}${VALUE})`,
      keywords: textKeyKeywords(vocabulary.strictSecretKeys),
      anchor: textKeyAnchor(vocabulary.strictSecretKeys),
      // Found by its key: a safe key is not a secret, nor a digest after its marker.
      generic: true,
      examples: {
        match: [
          { input: `SECRET_KEY = '${djangoKey}'`, output: `SECRET_KEY = '${label('strict-secret-assignment')}'` },
          { input: `SESSION_SECRET="${words}"`, output: `SESSION_SECRET="${label('strict-secret-assignment')}"` },
          { input: `export APP_KEY=${lower}`, output: `export APP_KEY=${label('strict-secret-assignment')}` },
          { input: `ENCRYPTION_KEY=${secret} MASTER_KEY=${opaque}`, output: `ENCRYPTION_KEY=${label('strict-secret-assignment')} MASTER_KEY=${label('strict-secret-assignment')}` },
          { input: `level=info client_secret=${lower} user=ada`, output: `level=info client_secret=${label('strict-secret-assignment')} user=ada` },
          { input: `jwtSecret: "${words}" ok`, output: `jwtSecret: "${label('strict-secret-assignment')}" ok` },
          { input: `X-Foo-Api-Key: ${lower}`, output: `X-Foo-Api-Key: ${label('strict-secret-assignment')}` },
          { input: `APP_SECRET=${secret}&${lower} ok`, output: `APP_SECRET=${label('strict-secret-assignment')} ok` },
          { input: `SecretString: "${words}"`, output: `SecretString: "${label('strict-secret-assignment')}"` },
          { input: `apiKey := "${secret}"`, output: `apiKey := "${label('strict-secret-assignment')}"` },
          // Code as scanners' suites write it (recall round): a string type before the `=`, a
          // subscript or a PHP push after the key. The type stays; it is not the value.
          { input: `API_KEY: str = "${secret}"`, output: `API_KEY: str = "${label('strict-secret-assignment')}"` },
          { input: `  private readonly clientSecret: string = '${lower}';`, output: `  private readonly clientSecret: string = '${label('strict-secret-assignment')}';` },
          { input: `var apiKey string = "${secret}"`, output: `var apiKey string = "${label('strict-secret-assignment')}"` },
          { input: `os.environ["CLIENT_SECRET"] = "${words}"`, output: `os.environ["CLIENT_SECRET"] = "${label('strict-secret-assignment')}"` },
          { input: `$config['api_key'] = '${lower}';`, output: `$config['api_key'] = '${label('strict-secret-assignment')}';` },
          { input: `$apikey[] = "${secret}";`, output: `$apikey[] = "${label('strict-secret-assignment')}";` },
          // Recall5: a comparison.
          { input: `if api_key == "${lower}":`, output: `if api_key == "${label('strict-secret-assignment')}":` },
          // Quotes written as escapes (escq).
          { input: `{"msg":"api_key=\\u0027${secret}\\u0027"}`, output: `{"msg":"api_key=\\u0027${label('strict-secret-assignment')}\\u0027"}` },
          { input: `&lt;add key=&quot;x&quot; /&gt; client_secret: &quot;${words}&quot;`, output: `&lt;add key=&quot;x&quot; /&gt; client_secret: &quot;${label('strict-secret-assignment')}&quot;` },
          { input: `{"msg":"{\\u0027api_key\\u0027: \\u0027${secret}\\u0027}"}`, output: `{"msg":"{\\u0027api_key\\u0027: \\u0027${label('strict-secret-assignment')}\\u0027}"}` },
        ],
        noMatch: [
          'SECRET_KEY=${SECRET_KEY}',
          'config.secret_key = Rails.application.credentials.devise_secret_key',
          'APP_KEY=',
          'api_key: missing',
          'secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>',
          'SESSION_SECRET=%SESSION_SECRET%',
          'app_keyboard=qwerty',
          'API_KEY: str = None',
          "SECRET_KEY = os.environ['SECRET_KEY']",
          'API_KEY = os.getenv("API_KEY")',
          'client_secret: Optional[str] = None',
          'apiKey: string;',
          'client_secret: str',
          'API_KEY = os.getenv()',
          '{"msg":"api_key=\\u0027\\u0027"}',
        ],
      },
    },
    {
      id: 'xml-sensitive-element',
      family: 'structured',
      description: 'the text of an XML element named by a sensitive key: <SecretAccessKey>, <SessionToken>, <Password>, <ns:api_key>',
      regex: xmlKeySource(vocabulary.sensitiveKeys),
      keywords: xmlKeyKeywords(vocabulary.sensitiveKeys),
      anchor: xmlKeyAnchor(vocabulary.sensitiveKeys),
      // Found by its key: `<NextToken>`, `<ContinuationToken>` are safe keys.
      generic: true,
      examples: {
        match: [
          {
            input: `<Credentials><AccessKeyId>${sample.awsAccessKeyId().replace('AKIA', 'ASIA')}</AccessKeyId><SecretAccessKey>${awsSecret}</SecretAccessKey></Credentials>`,
            output: `<Credentials><AccessKeyId>${label('aws-access-key-id')}</AccessKeyId><SecretAccessKey>${label('xml-sensitive-element')}</SecretAccessKey></Credentials>`,
          },
          { input: `<user><name>ada</name><Password>${lower}</Password></user>`, output: `<user><name>ada</name><Password>${label('xml-sensitive-element')}</Password></user>` },
          { input: `<wsse:Password>${words}</wsse:Password>`, output: `<wsse:Password>${label('xml-sensitive-element')}</wsse:Password>` },
          { input: `<otp_secret>${base32}</otp_secret>`, output: `<otp_secret>${label('xml-sensitive-element')}</otp_secret>` },
          // A CDATA section holds text too (leaks review); its markers stay.
          { input: `<password><![CDATA[${password}]]></password>`, output: `<password><![CDATA[${label('xml-sensitive-element')}]]></password>` },
          { input: `<DbPassword><![CDATA[${words}]x<]]></DbPassword>`, output: `<DbPassword><![CDATA[${label('xml-sensitive-element')}]]></DbPassword>` },
          // Attributes on the element (issue 8): WS-Security, namespaces.
          {
            input: `<wsse:Password Type="http://docs.oasis-open.org/wss#PasswordText">${password}</wsse:Password>`,
            output: `<wsse:Password Type="http://docs.oasis-open.org/wss#PasswordText">${label('xml-sensitive-element')}</wsse:Password>`,
          },
          { input: `<SecretAccessKey xmlns="https://sts.amazonaws.com/doc/">${awsSecret}</SecretAccessKey>`, output: `<SecretAccessKey xmlns="https://sts.amazonaws.com/doc/">${label('xml-sensitive-element')}</SecretAccessKey>` },
        ],
        noMatch: [
          `<ListBucketResult><NextToken>${opaque}</NextToken><ContinuationToken>${secret}</ContinuationToken></ListBucketResult>`,
          '<Password></Password><Token>${TOKEN}</Token><ApiKey>[REDACTED]</ApiKey>',
          '<MaxTokens>4096</MaxTokens><Spin>3</Spin><Bypass>cdn</Bypass>',
          '<label><Password required="true"/>Enter your password</label>',
          '<PasswordPolicy minLength="12">strong</PasswordPolicy>',
          '<Password><![CDATA[]]></Password>',
        ],
      },
    },
    ...xmlNamedRules(vocabulary, secretKeys),
    // A name/value pair names a symmetric or service key as an env list does (`{"name":
    // "AIRFLOW__CORE__FERNET_KEY","value":…}`, round 33): extra-key-assignment's keys as well.
    ...jsonNamedRules(vocabulary, [...secretKeys, ...EXTRA_KEYS]),
    ...escapedJsonRules(vocabulary, secretKeys),
    ...yamlNamedRules(vocabulary, secretKeys),
    ...fieldRules(vocabulary, secretKeys),
    {
      id: 'secret-assignment',
      family: 'generic',
      description: 'secret=…, api_key: …, access_token=… and similar assignments in free text (entropy floor 3.5, as gitleaks)',
      // Go prints an http.Header as a map of lists, `map[x-api-key:[<value>]]`: the `[` right after
      // the `:` opens no value (after a blank it may: a mask, `[REDACTED:…]`, stays one).
      regex: String.raw`\b${textKeySource(secretKeys)}(?:${CODE_COMPARE}|${TEXT_SEP}${TOKEN_VALUE}|:\[${TOKEN_VALUE})`,
      keywords: textKeyKeywords(secretKeys),
      anchor: textKeyAnchor(secretKeys),
      minEntropy: 3.5,
      tokenShape: true,
      // Found by its key: a safe key (`nextToken`, `idempotencyToken`) is not a secret.
      generic: true,
      examples: {
        match: [
          { input: `GITHUB_TOKEN=${secret}`, output: `GITHUB_TOKEN=${label('secret-assignment')}` },
          { input: `level=info access_token="${opaque}" user=7`, output: `level=info access_token="${label('secret-assignment')}" user=7` },
          { input: `SESSION_TOKEN=${secret} REFRESH_TOKEN=${opaque}`, output: `SESSION_TOKEN=${label('secret-assignment')} REFRESH_TOKEN=${label('secret-assignment')}` },
          { input: `X-Pin: ${secret}`, output: `X-Pin: ${label('secret-assignment')}` },
          { input: `headers=map[ocp-apim-subscription-key:[${r5Hex}] traceparent:[00-a7c3]]`, output: `headers=map[ocp-apim-subscription-key:[${label('secret-assignment')}] traceparent:[00-a7c3]]` },
          // UUIDs and one-case keys that services issue (issue 8: other scanners' suites).
          { input: `MYAPP_TOKEN=${issuedUuid}`, output: `MYAPP_TOKEN=${label('secret-assignment')}` },
          { input: `headers={'AccessKey': '${twoUuids}', 'accept': 'application/json'}`, output: `headers={'AccessKey': '${label('secret-assignment')}', 'accept': 'application/json'}` },
          { input: `acme_api_token = "${lower}"`, output: `acme_api_token = "${label('secret-assignment')}"` },
          { input: `accessToken := "${secret}"`, output: `accessToken := "${label('secret-assignment')}"` },
          { input: `settings["secret"] = "${opaque}"`, output: `settings["secret"] = "${label('secret-assignment')}"` },
          { input: `auth_token: str = "${secret}"`, output: `auth_token: str = "${label('secret-assignment')}"` },
          // Recall5: a comparison; `client_key` and `priv_key` from detect-secrets' keyword list.
          { input: `if (authToken === "${secret}")`, output: `if (authToken === "${label('secret-assignment')}")` },
          { input: `<code>if (authToken === &#39;${secret}&#39;)</code>`, output: `<code>if (authToken === &#39;${label('secret-assignment')}&#39;)</code>` },
          { input: nestJson({ msg: `if token == "${secret}" then` }, 2), output: nestJson({ msg: `if token == "${label('secret-assignment')}" then` }, 2) },
          { input: `client_key=${opaque} priv_key: ${secret}`, output: `client_key=${label('secret-assignment')} priv_key: ${label('secret-assignment')}` },
          // Recall6: logstash's `=>` inside a JSON string, its key's quote escaped.
          { input: `{"msg":"  \\"apiToken\\" => \\"${r6Token}\\""}`, output: `{"msg":"  \\"apiToken\\" => \\"${label('secret-assignment')}\\""}` },
          // Quotes written as escapes (escq).
          { input: `{"msg":"access_token=\\u0022${opaque}\\u0022 user=7"}`, output: `{"msg":"access_token=\\u0022${label('secret-assignment')}\\u0022 user=7"}` },
          { input: `auth_token=&#x27;${secret}&#x27;`, output: `auth_token=&#x27;${label('secret-assignment')}&#x27;` },
          { input: `{"msg":"\\u0022accessToken\\u0022:\\u0022${opaque}\\u0022"}`, output: `{"msg":"\\u0022accessToken\\u0022:\\u0022${label('secret-assignment')}\\u0022"}` },
        ],
        noMatch: [
          `token_id=${issuedUuid}`,
          'build_token: 20231105-1234-5678-release',
          'session_token: 2023-11-05-1234-5678-9012-345678901234',
          'token=Token{a64f992 ActivityRecord}',
          'secret: false',
          'max_tokens=4096',
          'token: expired',
          'Bad activity token: android.os.BinderProxy@2bd79ce',
          `NEXT_TOKEN=${secret} pagination_token: ${opaque}`,
          `spin=${secret}`,
          'auth_token: str = ""',
          'cache["token"] = None',
          'client_key: /etc/ssl/client.key',
          // A word, not a token, in escaped quotes (escq).
          'token: &quot;expired&quot;',
        ],
      },
    },
    {
      id: 'secret-code-assignment',
      family: 'generic',
      description:
        'a token-shaped value given to a secret key in code and build files: a call\'s next argument (os.Setenv("GITHUB_TOKEN", "…"), GetEnvOrDefault("api_token", "…")), Make\'s +=, ?=, :::=, PHP\'s .= and ??=, a CSV field, a comparison with != or !== (either side), a fallback (|| \"…\", ?: \"…\", or \"…\"), a statement secret \"…\";',
      // Recall6, gitleaks' sample shapes. Tier 1b only, woken by words the pass holds already (as
      // `secret-qualified-assignment`): these openings in the key rules' anchor took a request
      // log's scrub from ~390 to ~320 MB/s of CPU, RE2's DFA for the pass out of its memory.
      regex: String.raw`\b${textKeySource(qualifiedKeys)}(?:${CALL_ARGUMENT}|${CODE_ASSIGN}${TOKEN_VALUE}|${CODE_COMPARE_NOT}|${CODE_FALLBACK}|${CODE_STATEMENT})|${COMPARED_FIRST}${textKeySource(qualifiedKeys)}\b`,
      keywords: textKeyKeywords(qualifiedKeys),
      // The key's quote before a call's `,` may be written as an escape (`\u0022api_token\u0022, …`, escq2).
      anchor: String.raw`(?i:(?:${qualifiedKeys.map(keySource).join('|')})s?)(?:(?:\\*["']?|${ANCHOR_ESCAPED_QUOTE})[\])]?[ \t]*(?:[+.?,!|]|:::|or[ \t])|[ \t]+\\*["'])|[!=]=[ \t]*[A-Za-z0-9_$.-]*(?i:(?:${qualifiedKeys.map(keySource).join('|')})s?)`,
      anchorInPass: false,
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: ` utils.GetEnvOrDefault("api_token", "${r6Uuid}")`, output: ` utils.GetEnvOrDefault("api_token", "${label('secret-code-assignment')}")` },
          { input: `os.Setenv("GITHUB_TOKEN", "${r6Token}")`, output: `os.Setenv("GITHUB_TOKEN", "${label('secret-code-assignment')}")` },
          { input: `buildConfigField 'String', 'API_TOKEN', '"${r6Token}"'`, output: `buildConfigField 'String', 'API_TOKEN', '"${label('secret-code-assignment')}"'` },
          { input: `API_TOKEN += "${r6Token}"`, output: `API_TOKEN += "${label('secret-code-assignment')}"` },
          { input: `api_TOKEN :::= "${r6Token}"`, output: `api_TOKEN :::= "${label('secret-code-assignment')}"` },
          { input: `$authToken ??= "${r6Token}"`, output: `$authToken ??= "${label('secret-code-assignment')}"` },
          { input: `genericToken,${r6Token},`, output: `genericToken,${label('secret-code-assignment')},` },
          { input: `if api_key != "${r6Token}":`, output: `if api_key != "${label('secret-code-assignment')}":` },
          { input: `if (req.headers['x-api-key'] !== '${r6Uuid}') {`, output: `if (req.headers['x-api-key'] !== '${label('secret-code-assignment')}') {` },
        ],
        noMatch: [
          "fields = ('token', 'email', 'api_key')",
          'insert into "sessions" ("id", "token", "user_id") values ($1, $2, $3)',
          'token += chunk',
          'token,expired,2024-01-02',
          `os.Setenv("GITHUB_TOKEN", token)`,
          "if api_key != '' and token != 'expired':",
          'if (authToken !== "undefined") {',
        ],
      },
    },
    {
      id: 'env-directive-secret',
      family: 'generic',
      description: "a token-shaped value given to a secret key without `=`: Dockerfile's legacy ENV KEY value (as `docker build` prints each step), csh's setenv KEY value",
      // Recall6's survivors. Tier 1b only, woken by the key words the pass finds lines by already.
      regex: String.raw`\b(?:ENV|setenv)[ \t]+${textKeySource(qualifiedKeys)}[ \t]+${TOKEN_VALUE}`,
      keywords: textKeyKeywords(qualifiedKeys),
      anchor: String.raw`(?:ENV|setenv)[ \t]+(?i:[a-z0-9_.-]*(?:${qualifiedKeys.map(keySource).join('|')}))`,
      anchorInPass: false,
      minEntropy: 3,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `Step 4/9 : ENV API_TOKEN ${r6Token}`, output: `Step 4/9 : ENV API_TOKEN ${label('env-directive-secret')}` },
          { input: `ENV GITHUB_TOKEN ${r6Token}`, output: `ENV GITHUB_TOKEN ${label('env-directive-secret')}` },
          { input: `setenv DB_PASSWORD ${recall6Pw}`, output: `setenv DB_PASSWORD ${label('env-directive-secret')}` },
          { input: JSON.stringify({ stream: `Step 4/9 : ENV CLIENT_SECRET ${r6Token}\n` }), output: JSON.stringify({ stream: `Step 4/9 : ENV CLIENT_SECRET ${label('env-directive-secret')}\n` }) },
        ],
        noMatch: [
          'ENV PATH /usr/local/bin:$PATH',
          'ENV API_TOKEN_FILE /run/secrets/api_token',
          'ENV NODE_ENV production',
          'setenv TOKEN_TTL 3600',
          'ENV API_TOKEN ${API_TOKEN}',
          'ENV DB_PASSWORD changeme',
        ],
      },
    },
    {
      id: 'secret-qualified-assignment',
      family: 'generic',
      description:
        'a token-shaped value under a secret key with a stage, version, role or copy after it: DB_PASSWORD_PROD=…, client_secret_v2: …, GITHUB_TOKEN_CI=…, api_key_2 = "…", apiKeyProd, MJ_APIKEY_PRIVATE, passwordConfirm',
      // Recall6: gitleaks' generic suite (`some_api_token_123 = "…"`) and env dumps name a secret
      // by its stage. A closed list of qualifiers, so `token_id`, `secret_name` and `password_reset`
      // stay keys of something else. Tier 1b only: its keys hold `pass`, `pwd`, `secret`, `token`,
      // `key` or `auth`, words the pass already finds lines by; an anchor there cost what keys of a
      // config's own need.
      // A number glued to the key counts too (`DB_PASSWORD2`, `apiKey2`).
      regex: String.raw`\b${textKeySource(qualifiedKeys)}(?:[_.-](?i:v?[0-9]{1,4}|${KEY_QUALIFIERS.join('|')})|${CAMEL_QUALIFIERS}|[0-9]{1,2}){1,2}${TEXT_SEP}${TOKEN_VALUE}`,
      keywords: textKeyKeywords(qualifiedKeys),
      anchor: String.raw`(?i:(?:${qualifiedKeys.map(keySource).join('|')})s?(?:[_.-]?(?:v?[0-9]|${KEY_QUALIFIERS.join('|')})|[0-9]))`,
      anchorInPass: false,
      // Lower than the token rule's 3.5: a password of ten characters has at most 3.3 bits a
      // character, and the value must still look like a token (a digit, mixed case).
      minEntropy: 3,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `db_password_prod: ${recall6Pw}`, output: `db_password_prod: ${label('secret-qualified-assignment')}` },
          { input: `some_api_token_123 = "${r6Token}"`, output: `some_api_token_123 = "${label('secret-qualified-assignment')}"` },
          { input: `DB_PASSWORD_PROD=${r6Token} DB_USER=app`, output: `DB_PASSWORD_PROD=${label('secret-qualified-assignment')} DB_USER=app` },
          { input: `client_secret_v2: ${r6Token}`, output: `client_secret_v2: ${label('secret-qualified-assignment')}` },
          { input: `GITHUB_TOKEN_CI=${r6Token}`, output: `GITHUB_TOKEN_CI=${label('secret-qualified-assignment')}` },
          { input: `SECRET_KEY2=${recall6Pw}`, output: `SECRET_KEY2=${label('secret-qualified-assignment')}` },
          { input: `bad x-auth-token-bin=${r6Token} peer=10.0.0.7:3084`, output: `bad x-auth-token-bin=${label('secret-qualified-assignment')} peer=10.0.0.7:3084` },
        ],
        noMatch: [`token_id=${issuedUuid}`, 'secret_name=prod-db-credentials', 'password_reset_url=https://example.com/reset', 'token_ttl_2=3600', `secret_version_old=AWSPREVIOUS`],
      },
    },
    {
      id: 'multipart-secret-field',
      family: 'generic',
      description: 'a secret form field in a multipart body logged on one line with its line breaks escaped: Content-Disposition: form-data; name="password"\\r\\n\\r\\n<value>\\r\\n',
      // review3, L4: the field's name and its value are two lines of the part, joined here by the
      // escapes of a debug dump. Keys as secret-qualified-assignment's (words the pass finds lines by).
      regex: String.raw`(?i:form-data)[^\r\n]*?\bname=\\?"${textKeySource(qualifiedKeys)}\\?"(?:\\r)?\\n(?:\\r)?\\n([^\\\r\n]+)(?:\\r)?\\n`,
      keywords: textKeyKeywords(qualifiedKeys),
      anchor: String.raw`(?i:form-data)`,
      anchorInPass: false,
      examples: {
        match: [{ input: `multipart: --X\\r\\nContent-Disposition: form-data; name="password"\\r\\n\\r\\n${recall6Pw}\\r\\n--X--`, output: `multipart: --X\\r\\nContent-Disposition: form-data; name="password"\\r\\n\\r\\n${label('multipart-secret-field')}\\r\\n--X--` }],
        noMatch: ['Content-Disposition: form-data; name="avatar"; filename="me.png"\\r\\n\\r\\n'],
      },
    },
    {
      id: 'key-quoted-value',
      family: 'generic',
      description: 'a token-shaped value quoted after a secret\'s name and a space, as Go\'s %q and Python\'s %r print it in a message: auth failed for token "…", invalid api key \'…\'',
      // s17, review2: `fmt.Errorf("auth failed for token %q", t)` and `logger.warning("bad api key %r", k)`
      // put no `=` or `:` between the name and the value. Quoted, 16 to 256 characters without a
      // space, token-shaped: `unexpected token "}"` and `password "hunter2"` stay. The keys that
      // hold a word the pass finds lines by already (`token`, `secret`, `key`, `pass`, `auth`), as
      // secret-qualified-assignment's: `session` or `credential` as literals there would wake every
      // `"sessions"` SQL line.
      regex: String.raw`\b${spacedQualifiedKeys}[ \t]+(?:\\?"([^"\\ \t\r\n]{16,256})\\?"|'([^'\\ \t\r\n]{16,256})')`,
      keywords: minimalKeywords([...textKeyKeywords(qualifiedKeys), ...qualifiedKeys.map((k) => k.split(' ').slice(-2).join(' '))]),
      anchor: String.raw`${spacedQualifiedKeys}[ \t]+\\?["']`,
      anchorInPass: false,
      minEntropy: 3,
      tokenShape: true,
      generic: true,
      examples: {
        match: [{ input: `panic: auth failed for token "${r6Token}" goroutine 21 [running]:`, output: `panic: auth failed for token "${label('key-quoted-value')}" goroutine 21 [running]:` }],
        noMatch: ['SyntaxError: unexpected token "}" in JSON at position 12', 'invalid password "hunter2" for user ada', 'lookup secret "prod-db-credentials" failed'],
      },
    },
    {
      id: 'bare-key-token',
      family: 'generic',
      description: 'a long random token under a key named key alone: key=…, "key": "…", key = … (an INI section\'s API key, a settings dump), or 32 bytes in base64 there',
      // Rounds 69 and 70 (zuliprc's `key=…`, OctoPrint's `{'api': {'key': '…'}}`): `key` names
      // cache entries, S3 objects and table rows too, so only 32 to 64 letters and digits in both
      // cases, random (a path, a `user:42` or a hex digest is none; OctoPrint's key is hex, and stays).
      // Not in a query (`?key=…`): secret-query-param's.
      // Or 32 bytes in base64, a key's length (ESPHome's `encryption: {key: …=}`; round 70).
      // 4.2 bits a character at least, which no hex string reaches (64 random hex characters: 3.97
      // at most), nor names run together (`checkoutPageSubmitButtonLabel`: 4.1), and 32 random
      // letters and digits of both cases pass 99 times in 100 (40 of them: 9,999 in 10,000).
      regex: String.raw`(?:^|[^A-Za-z0-9_.$?&-])(?i:key)\\*["']?[ \t]*(?:=>|[:=])[ \t]*\\*["']?([A-Za-z0-9]{32,64}|[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?:$|[^A-Za-z0-9+/=_.:-])`,
      keywords: ['key'],
      minEntropy: 4.2,
      generic: true,
      examples: {
        match: [{ input: `[api]\tkey=${r6Token.replace(/[^A-Za-z0-9]/g, 'x').slice(0, 32)}`, output: `[api]\tkey=${label('bare-key-token')}` }],
        noMatch: [`cache set key=${sample.hex(32)} ttl=60`],
      },
    },
    {
      id: 'extra-key-assignment',
      family: 'generic',
      description:
        "a token-shaped value under key names of other scanners' keyword lists that the shared vocabulary leaves out: service_key, account_key, db_key, database_key (detect-secrets), deploy_key, jwt_key, authorization_key, passkey, passcode, creds (gitleaks); keys of symmetric keys: fernet_key (Airflow), aes_key, cipher_key, crypto_key, decryption_key, unseal_key, recovery_key, enc_key, mac_key, sign_key; keys that unlock a service: admin_key (Algolia, Azure AI Search), iam_key (IBM Cloud), sas_key and shared_key (Azure), session_key (Django), webhook_key, ingest_key (New Relic)",
      // Recall6. In the vocabulary each of these put the pass past RE2's DFA budget (recall5): here
      // tier 1b runs the rule by its anchor on the lines the pass finds by `key` or `pass` already.
      regex: String.raw`\b${textKeySource(EXTRA_KEYS)}(?:${CODE_COMPARE}|${TEXT_SEP}${TOKEN_VALUE})`,
      keywords: textKeyKeywords(EXTRA_KEYS),
      anchor: String.raw`(?i:(?:${EXTRA_KEYS.map(keySource).join('|')})s?)`,
      anchorInPass: false,
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `SERVICE_KEY=${r6Token}`, output: `SERVICE_KEY=${label('extra-key-assignment')}` },
          { input: `{"database_key": "${r6Token}", "user": "ada"}`, output: `{"database_key": "${label('extra-key-assignment')}", "user": "ada"}` },
          { input: `  deploy_key: ${r6Token}`, output: `  deploy_key: ${label('extra-key-assignment')}` },
          { input: `$db_key = '${r6Token}';`, output: `$db_key = '${label('extra-key-assignment')}';` },
          { input: `creds = ${r6Token}`, output: `creds = ${label('extra-key-assignment')}` },
        ],
        noMatch: ['service_key: billing-api', 'db_key=42', 'creds = none', 'session_key=None', 'webhook_key: github-push', `account_key_id=${issuedUuid.slice(0, 8)}`, 'deploy_key: /etc/deploy/id_ed25519'],
      },
    },
    {
      id: 'pat-assignment',
      family: 'generic',
      description: 'a personal access token under a key that ends in PAT, as CI variables name them: GH_PAT, AZURE_DEVOPS_EXT_PAT (Azure DevOps CLI), ADO_PAT, GITLAB_PAT, pat: …; the value token-shaped',
      // Round 4: `_PAT` names no secret word the vocabulary holds. `pat` alone or after words
      // joined by `_` or `-`, then `=` or `:`: `path=`, `compat: true` and `pattern:` are other
      // words. The four spellings a key's end takes are the rule's keywords and pass literals.
      regex: String.raw`\b(?:[A-Za-z0-9]+[_-])*(?i:pat)["']?[ \t]*[=:][ \t]*["']?([A-Za-z0-9_-]{20,})`,
      keywords: ['pat=', 'pat:', 'pat"', "pat'", 'pat '],
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `AZURE_DEVOPS_EXT_PAT=${adoPat}`, output: `AZURE_DEVOPS_EXT_PAT=${label('pat-assignment')}` },
          { input: `env: GH_PAT: ${r4Token}`, output: `env: GH_PAT: ${label('pat-assignment')}` },
          { input: `{"ado_pat": "${r4Token}"}`, output: `{"ado_pat": "${label('pat-assignment')}"}` },
        ],
        noMatch: ['path=/var/lib/app/data/cache', 'compat: true', 'GH_PAT: ${{ secrets.GH_PAT }}', 'pattern: ^[a-z]+$', 'GH_PAT=', `pat_expires_at=2026-12-01T00:00:00Z`],
      },
    },
    {
      id: 'prose-token',
      family: 'generic',
      description: 'a long token-shaped value after the word token and a space, as a message names it: Starting buildkite-agent … with token …, using token …',
      // Round 4. 32 characters or more without a dot, a token's alphabet, mixed or random
      // enough: a word after `token` (`token expired`), a short id and an Ethereum address
      // (`transfer token 0x6b17…`, public) stay; a bootstrap token's id.secret is its own rule's.
      // After `with`, `using`, `for` or `by token` (a message naming what it called with), 20 or
      // more: `calling https://api.pagerduty.com/… with token <20>`, `401 for token <20 hex>`
      // (round 76); a bare `token <20 hex>` may be an id's short form.
      regex: String.raw`(?:\b(?i:token)[ \t]+((?:[A-Za-z1-9_-]|0[A-Za-wyz0-9_-])[A-Za-z0-9_-]{31,})|\b(?i:(?:with|using|for|by)[ \t]+token)[ \t]+((?:[A-Za-z1-9_-]|0[A-Za-wyz0-9_-])[A-Za-z0-9_-]{19,30}))(?:[^A-Za-z0-9_./+=-]|\.(?:[^A-Za-z0-9]|$)|$)`,
      keywords: ['token'],
      anchor: String.raw`(?i:token)[ \t]`,
      anchorInPass: false,
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `INFO   Starting buildkite-agent v3.60.0 with token ${r4Hex}${r4Hex.slice(0, 10)}`, output: `INFO   Starting buildkite-agent v3.60.0 with token ${label('prose-token')}` },
          { input: `registering runner using token ${r4Token}.`, output: `registering runner using token ${label('prose-token')}.` },
          { input: `401 calling https://api.pagerduty.com/incidents with token ${r4Token.slice(0, 20)}`, output: `401 calling https://api.pagerduty.com/incidents with token ${label('prose-token')}` },
        ],
        noMatch: ['token expired for user 42', 'transfer token 0x6b175474e89094c44da98b954eedeac495271d0f done', `token ${r4Hex.slice(0, 20)}`],
      },
    },
    {
      id: 'prose-secret',
      family: 'generic',
      description: 'a long token-shaped value after a key\'s name in a sentence: using api key …, the client secret is …, initialised with key …',
      // Round 5 (other scanners' suites and log messages): as prose-token, for the names of keys
      // and secrets. `key` alone only after `with` or `using`: `cache key`, `RSA key`, `primary
      // key` name other things. 20 characters or more, a token's alphabet, random enough.
      // `with key` takes no dash: records are keyed so (`record with key <uuid>`). A bare `secret`
      // takes base64's and dashes too (`a pagerduty secret u+oW…`, trufflehog's tests; round 7),
      // the token's shape then telling it from the names Kubernetes gives its secrets, in small
      // letters (`secret mysql-root-password-7f9c8d6b5 created`).
      regex: String.raw`\b(?:(?i:(?:api|access|secret|app|license|private|signing|encryption|agent|integration|ingest)[ _-]?key|(?:client|app|consumer|api|shared|webhook|automation)[ _-]?secret)${PROSE_IS}\[?((?:[A-Za-z1-9_-]|0[A-Za-wyz0-9_-])[A-Za-z0-9_-]{19,})|(?i:secret)${PROSE_IS}((?:[A-Za-z1-9_+/]|0[A-Za-wyz0-9_+/])[A-Za-z0-9_+/=-]{19,})|(?i:(?:with|using)[ \t]+key)${PROSE_IS}((?:[A-Za-z1-9_]|0[A-Za-wyz0-9_])[A-Za-z0-9_]{19,}))(?:[^A-Za-z0-9_./+=-]|\.(?:[^A-Za-z0-9]|$)|$)`,
      keywords: ['key', 'secret'],
      anchor: String.raw`(?i:key|secret)[ \t]`,
      anchorInPass: false,
      minEntropy: 3.5,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          { input: `datadog client initialised with key ${r5Hex}`, output: `datadog client initialised with key ${label('prose-secret')}` },
          { input: `using api key ${r5Hex}`, output: `using api key ${label('prose-secret')}` },
          { input: `the client secret is ${r5Token}.`, output: `the client secret is ${label('prose-secret')}.` },
          { input: `You can find a pagerduty secret ${r7Base64} within`, output: `You can find a pagerduty secret ${label('prose-secret')} within` },
          { input: `found secret ${r7Dashed} in config`, output: `found secret ${label('prose-secret')} in config` },
          { input: `Connecting to ingress.example.io:443 with agent key ${r5Token}`, output: `Connecting to ingress.example.io:443 with agent key ${label('prose-secret')}` },
          { input: `Controller Access Key [${issuedUuid}] Account Name [acme]`, output: `Controller Access Key [${label('prose-secret')}] Account Name [acme]` },
        ],
        noMatch: [
          'gpg: using RSA key 4AEE18F83AFDEB23A1B2C3D4E5F60718293A4B5C',
          `cache key ${r5Hex} missed`,
          'api key rotation scheduled for tenant acme-production-eu-west-1',
          'secret mysql-root-password-7f9c8d6b5 created',
          `found record with key ${issuedUuid}`,
        ],
      },
    },
    {
      id: 'secret-id-uuid',
      family: 'generic',
      description: "a bare UUID under secret_id or SecretID: a Vault AppRole secret id (vault write auth/approle/login … secret_id=…), a Consul ACL token's secret (SecretID: …)",
      // Round 4: both are the credential, where AWS's SecretId and Azure's secretId name a secret
      // by an ARN, a name or a URL, never a bare UUID. Woken by `secret`, which the pass holds.
      // Or a table row, as Vault prints `secret_id    <uuid>` (round 26).
      regex: String.raw`\b(?i:secret[ _-]?id)["']?(?:[ \t]*[=:][ \t]*["']?|[ \t]{2,})([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b`,
      keywords: ['secret'],
      anchor: String.raw`(?i:secret[ _-]?id)`,
      anchorInPass: false,
      examples: {
        match: [
          { input: `$ vault write auth/approle/login role_id=${issuedUuid} secret_id=${r4Uuid}`, output: `$ vault write auth/approle/login role_id=${issuedUuid} secret_id=${label('secret-id-uuid')}` },
          { input: `SecretID:         ${r4Uuid}`, output: `SecretID:         ${label('secret-id-uuid')}` },
        ],
        noMatch: ['{"secretId":"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"}', `AccessorID:       ${issuedUuid}`, 'secret_id_ttl=10m'],
      },
    },
    jwtKeyRule(),
    {
      id: 'spaced-key-label',
      family: 'generic',
      description: 'a key named in words, a space before "Key": API Key: …, Secret Key = …, AWS Secret Access Key [None]: … (aws configure), Unseal Key 1: … (vault operator init), {"API Key":"…"}, | API Key | … | (a table row); the value token-shaped',
      // Red-team L1: a key's words may be joined by `_`, `.` or `-` or nothing, never a space, and
      // `Key` alone is no key, so a label in words kept its value (`Client Secret:` and `API Token:`
      // went by their last word). The names are the vocabulary's and EXTRA_KEYS' that end in `key`:
      // `Primary Key`, `Partition Key`, `Cache Key`, `Public Key` or `Idempotency Key` are none.
      // The value is 16 characters or more of a token's alphabet, no `.` or `*`: `API Key: not
      // set`, `****abcd`, `server.key.pem` stay. Tier 1b only, woken by `key`, which the pass finds.
      // A numbered one is a share of the key (`Unseal Key 1:` as `vault operator init` prints it).
      regex: String.raw`\b${spacedKeyLabel}(?:[ \t]+[0-9]{1,2})?(?:\\?["'])?(?:[ \t]*\[[^\]\r\n]{0,64}\])?[ \t]*(?::|=>?)[ \t]*(?:\\?["'])?${LABEL_TOKEN}|\|[ \t]*${spacedKeyLabel}[ \t]*\|[ \t]*${LABEL_TOKEN}`,
      keywords: ['key'],
      anchor: spacedKeyLabel,
      anchorInPass: false,
      minEntropy: 3,
      examples: {
        match: [
          { input: `API Key: ${r6Token}`, output: `API Key: ${label('spaced-key-label')}` },
          { input: `Unseal Key 1: ${unsealShare}`, output: `Unseal Key 1: ${label('spaced-key-label')}` },
        ],
        noMatch: ['Partition Key: userId', 'API Key: not set', 'Unseal Key 1: (see the share sent to alice@example.com)'],
      },
    },
    {
      id: 'secret-query-param',
      family: 'generic',
      description: 'secret query, fragment and form parameters (token, access_token, refresh_token, id_token, code, api_key, password, client_secret, signature, sig, X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token)',
      // To the next parameter: a `#` inside a value is part of it. A fragment carries parameters
      // too (the OAuth implicit flow's `#access_token=`).
      // Percent-encoded (a URL inside a parameter, review2): `%3F`, `%26`, `%23` before the name,
      // `%3D` after it, and the value ends at the next encoded `&` (`%26`) as well.
      // `key=` only with a value that is not a lower-case name: `?key=dashboard`, `&key=ui.theme`
      // are settings, an API key holds a digit or a capital (fp6: 547 of 60,000 clean access-log lines).
      regex: String.raw`(?:[?&#]|\\u0026)(?i:${params.filter((p) => p !== 'key').map(escapeRegex).join('|')})=([^&"'\\ \t\r\n<>]+)|(?:[?&#]|\\u0026)(?i:key)=([^&"'\\ \t\r\n<>]*[^a-z._&"'\\ \t\r\n<>-][^&"'\\ \t\r\n<>]*)|%(?:3[Ff]|26|23)(?i:${params.map(escapeRegex).join('|')})%3[Dd]((?:[^&%"'\\ \t\r\n<>]|%(?:[013-9A-Fa-f][0-9A-Fa-f]|2[0-57-9A-Fa-f]))+)`,
      // `\u0026` is `&` as Go's encoding/json writes it in every logged URL.
      keywords: params.flatMap((name) => [`?${name}=`, `&${name}=`, `#${name}=`, `\\u0026${name}=`, `%3f${name}%3d`, `%26${name}%3d`, `%23${name}%3d`]),
      // The keywords' language factored (a separator, a name, `=`): tier 1b's Set holds one copy
      // of the names where the 903 keywords held seven. Beside the other triggers those copies
      // kept the Set building DFA states through the whole request log (issue 9).
      anchor: String.raw`(?i:(?:[?&#]|\\u0026|%3f|%26|%23)(?:${params.map(escapeRegex).join('|')})(?:=|%3d))`,
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
          {
            input: `POST /login body: user=ada&password=${password}#x&remember=1`,
            output: `POST /login body: user=ada&password=${label('secret-query-param')}&remember=1`,
          },
          {
            input: `redirect https://app.example.com/cb#access_token=${opaque}&token_type=bearer`,
            output: `redirect https://app.example.com/cb#access_token=${label('secret-query-param')}&token_type=bearer`,
          },
          // A URL inside a parameter is percent-encoded: its own `?`, `=` and `&` are escapes (review2).
          {
            input: `GET /login?redirect=https%3A%2F%2Fapp%2Fcb%3Faccess_token%3D${opaque}%26state%3Dxyz 302`,
            output: `GET /login?redirect=https%3A%2F%2Fapp%2Fcb%3Faccess_token%3D${label('secret-query-param')}%26state%3Dxyz 302`,
          },
          { input: `return_to=%2Fcb%23id_token%3D${secret}`, output: `return_to=%2Fcb%23id_token%3D${label('secret-query-param')}` },
          // Go's encoding/json writes `&` as `\u0026` in every logged URL (review2).
          {
            input: `{"url":"https://app.example.com/cb?state=xyz\\u0026code=${secret}\\u0026x=1"}`,
            output: `{"url":"https://app.example.com/cb?state=xyz\\u0026code=${label('secret-query-param')}\\u0026x=1"}`,
          },
        ],
        noMatch: ['/search?q=token&page=2', '/api?keyword=abc', '/login?next=/home', '/docs#token=', '/login?password=$1', 'r=%2Fsearch%3Fq%3Dtoken%26page%3D2'],
      },
    },
    {
      id: 'named-key-token',
      family: 'generic',
      description:
        "a key's own bytes under any name that ends in key (OPINSIGHTS_WORKSPACE_KEY=…, \"primaryKey\":\"…\", renderKey=…): padded base64 of 40 bytes or more, or 32 to 64 random letters and digits of both cases",
      // Round 94 (Azure Monitor's workspace key on an installer's command line). A name that ends in
      // `key` names a cache entry, a sort, a table's row or a public key as often as a secret, so only
      // a value no such key has (NAMED_KEY_VALUE), 4.2 bits a character at least. Under a safe key (`public_key`, `publishable_key`) it stays. The match opens at
      // the name's last word but one, and last of the generic rules: where another rule names the key
      // (`FERNET_KEY`, Rails' `primary_key`), its match opens there too, or before, and it is that rule's.
      regex: String.raw`[A-Za-z0-9]+[_.-](?i:key)\\*["']?[ \t]*(?:=>|[:=])[ \t]*\\*["']?(${NAMED_KEY_VALUE})(?:$|[^A-Za-z0-9+/=_.:-])|\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)*Key\\*["']?[ \t]*(?:=>|[:=])[ \t]*\\*["']?(${NAMED_KEY_VALUE})(?:$|[^A-Za-z0-9+/=_.:-])`,
      keywords: ['key'],
      minEntropy: 4.2,
      generic: true,
      examples: {
        match: [{ input: `setup.exe /qn OPINSIGHTS_WORKSPACE_KEY=${namedKey} AcceptEndUserLicenseAgreement=1`, output: `setup.exe /qn OPINSIGHTS_WORKSPACE_KEY=${label('named-key-token')} AcceptEndUserLicenseAgreement=1` }],
        noMatch: [`cache_key=${sample.hex(64)}`, `partition_key=user#42 sort_key=2024-01-01`],
      },
    },
  ];
}
