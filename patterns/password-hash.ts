import type { RuleSpec } from '../src/types.js';
import { label, SEP, TEXT_SEP, TOKEN_START, TOKEN_VALUE } from './parts.js';
import { createSampler, sample } from './sample.js';

/** The crypt(3) alphabet: `./0-9A-Za-z`. */
const crypt = (n: number): string => sample.from('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', n);
const b64 = (n: number): string => sample.base64(n);
/** A sampler of its own for the recall round's examples, so the samples above stay as they were. */
const recall = createSampler(2026113014);
/** A sixth red-team review's: a PHC string's salt and hash (base64, no padding), its own sampler. */
const round6 = createSampler(2026120220);
const adonisSalt = round6.base64(22).replace(/=+$/, '');
const adonisHash = round6.base64(86).replace(/=+$/, '');
const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The names of one-time codes, each before `code` or `codes` (`verification_code`, `otpCode`,
 * `recoveryCodes`; rounds 25 and 27): words that say the code logs someone in, resets or confirms
 * an account, and OAuth's `authorization_code` (Keycloak's, three UUIDs joined by dots, has no
 * token's shape). Not `error`, `status`, `http`, `exit`, `country`, `zip`, nor `auth` (a card
 * payment's authorisation code, `auth_code=A1B2C3`) or
 * `device` alone (a phone's model code, `device_code=SM-G991B`; a review): `DEVICE_CODE` below.
 */
const CODE_KINDS = String.raw`(?:recovery|backup|scratch|emergency|mfa|2fa|otp|totp|sms|email|e[_-]?mail|verification|verify|confirmation|confirm|one[_-]?time|login|signin|sign[_-]?in|reset|security|magic|activation|invite|invitation|authorization)`;
/**
 * A one-time code: digits, letters and digits in groups (`yp15-sf1d`), or a token, 4 characters or
 * more. No `=` (the list below would run into the next field: `code=123456,userId=42`).
 */
const ONE_CODE = String.raw`[A-Za-z0-9_.~+/%-]{4,}`;
/**
 * An OAuth device flow's device code (RFC 8628), as its client polls with it or the authorization
 * server's answer gives it (`{"device_code": "…", "user_code": …}`, round 48): 20 characters or more.
 */
/** A group of a recovery code with a digit in it: four to sixteen characters (Heroku's, 16 hex; round 93). */
const CODE_GROUP_WITH_DIGIT = String.raw`(?:[0-9][A-Za-z0-9]{3,15}|[A-Za-z][0-9][A-Za-z0-9]{2,15}|[A-Za-z]{2}[0-9][A-Za-z0-9]{1,15}|[A-Za-z]{3,15}[0-9][A-Za-z0-9]{0,15})`;
/** A recovery code in prose: a group with a digit, perhaps a second group (`0c59 65a8`), or a group and one with a digit (`zukl-3cap`). */
const PROSE_CODE = String.raw`(?:${CODE_GROUP_WITH_DIGIT}(?:[ -][A-Za-z0-9]{4,12})?|[A-Za-z0-9]{4,12}-${CODE_GROUP_WITH_DIGIT})`;
/** A recovery code in prose, or three groups or more, the first with a digit (`C7GC-S0Z2-ENVT`) or all of four capitals or digits (`PTKK-PG3K-W4F3`): `user-agent` is a word. */
const PROSE_CODES = String.raw`(?:${CODE_GROUP_WITH_DIGIT}(?:-[A-Za-z0-9]{4,12}){2,}|[A-Z0-9]{4}(?:-[A-Z0-9]{4}){2,}|${PROSE_CODE})`;
const DEVICE_CODE = String.raw`(?i:device[_-]?code)(?:=|\\?"[ \t]*:[ \t]*\\?")([A-Za-z0-9_.~+/%-]{20,})`;
/**
 * Recovery codes after a message that names them, from the first code's first character to the
 * last's last, as above: a list (round 52: `generated backup codes for user_id=42: ["…", …]`;
 * rounds 68 and 72: `backupcodes regenerated …: […]`, `two_factor_recovery_codes decrypted for
 * user 118 […]`, `event=recovery_codes_generated codes=[…]`), or codes after a colon, each with
 * a digit, in groups or not, after commas or blanks (`recovery codes generated for user #1:
 * 0c59 65a8, a91c 0aef`, `Generated backup codes for user jdoe: zukl-3cap btft-5wn2`; round 66),
 * `backup code used: 93330196`), where the colon ends the message's words: in JSON the next
 * member's value is no code (`"msg":"generated recovery codes","userId":42,"codes":[…]`). The words
 * may quote a name or end in a user's field (`displayed to user 'cmkadmin':`, `for user_id=88213:`;
 * round 91), then a blank (`host=web01:8443` is a port); a code may have three groups or more
 * (`C7GC-S0Z2-ENVT`; round 92). Every code holds a digit: `user-agent` after one is a word.
 */
const PROSE_CODE_LIST = String.raw`(?i:backup|recovery|scratch)[ \t_-]?(?i:codes?)(?:[^\r\n\[\]]{0,60}?[:=]?[ \t]*\[[ \t]*\\?["']((?:[^\]\r\n])*?)\\?["'][ \t]*\]|[^\r\n\[\]"{}:=]{0,60}?(?:(?i:user(?:_?id)?)=[^ \t\r\n:=]+)?:[ \t]+(${PROSE_CODES}(?:(?:[ \t]*,[ \t]*|[ \t]+)${PROSE_CODES})*)(?:$|[^A-Za-z0-9-]))`;
const codeSample = createSampler(2026120325);
/** 🔐, which opens the line systemd-cryptenroll prints a recovery key on. */
const LOCK = '\u{1F510}';
const round88 = createSampler(2026120588);
/** BitLocker's recovery password: each group of six a multiple of 11 below 720896. */
const bitlockerKey = Array.from({ length: 8 }, () => String(Number(round88.from('0123456789', 4)) * 11 + 11).padStart(6, '0')).join('-');
const cryptenrollKey = Array.from({ length: 8 }, () => round88.from('cbdefghijklnrtuv', 8)).join('-');
const messageCode = createSampler(2026120455).digits(6);
const round58 = createSampler(2026120458);
const otpValue = round58.digits(8);
const jsonCode = round58.digits(6);

/** A token's hash: 64 hex characters, as AdonisJS stores an access token's SHA-256. */
const tokenDigest = sample.hex(64);

/**
 * An AdonisJS access-token row (`auth_access_tokens`) as JSON, at any depth: the `tokenable_id`
 * column says the row's `hash` is a token's. Either order, at most 400 characters apart.
 */
const Q = String.raw`\\*"`;
const ADONIS_ROW = [
  String.raw`${Q}tokenable_?[iI]d${Q}[^\r\n]{0,400}?${Q}hash${Q}[ \t]*:[ \t]*${Q}([A-Za-z0-9+/=_-]{16,})${Q}`,
  String.raw`${Q}hash${Q}[ \t]*:[ \t]*${Q}([A-Za-z0-9+/=_-]{16,})${Q}[^\r\n]{0,400}?${Q}tokenable_?[iI]d${Q}`,
].join('|');

const mysqlHash = createSampler(2026120477).hex(40).toUpperCase();
const couchKey = createSampler(2026120474).hex(40);
const couchSalt = createSampler(2026120473).hex(32);
const keycloakHash = createSampler(2026120476).base64(88);
const keycloakSalt = createSampler(2026120475).base64(24);
const yubicoOtp = `cccccc${createSampler(2026120478).from('cbdefghijklnrtuv', 38)}`;

/**
 * Password hashes and one-time-password seeds (issue 8). A hash of a password is an offline-
 * crackable verifier and a TOTP seed mints codes forever: neither belongs in a log. The
 * algorithm and cost parameters stay (they help debugging); the salt and the hash go, to the end
 * of their alphabet's run: a longer string never loses only its first 53 characters (issue 7).
 */
export const passwordHashRules: readonly RuleSpec[] = [
  {
    id: 'password-hash',
    family: 'password-hash',
    description: 'password hashes in modular crypt and framework formats and as databases keep them: bcrypt ($2a$/$2b$/$2y$), argon2 ($argon2id$), sha-crypt ($5$/$6$), md5-crypt ($1$), Mosquitto PBKDF2 ($7$), yescrypt ($y$), scrypt ($scrypt$, scrypt:), Django and Werkzeug PBKDF2 (pbkdf2_sha256$, pbkdf2:sha256:), Apache htpasswd ($apr1$), LDAP userPassword ({SSHA}, {SHA}, {SSHA512}, …), PostgreSQL SCRAM and md5 verifiers (SCRAM-SHA-256$…, md5<hex>), SQL Server login hashes (0x0200…, 0x0100…)',
    regex: [
      // Matches without a group, so it reports nothing: Puppet's file checksums are hex after the
      // same braces (`content changed '{md5}<hex>' to '{md5}<hex>'`), LDAP's schemes base64 (fp6).
      String.raw`\{(?i:md5|sha1?|sha224|sha256|sha384|sha512)\}[0-9a-f]{32,128}\b`,
      // A `$` may be doubled, as docker-compose escapes it in Traefik's basicauth labels
      // (`basicauth.users=admin:$$2y$$05$$…`, red-team).
      String.raw`\$2[abxy]?\$\$?[0-9]{2}\$\$?([./A-Za-z0-9]{53,})`,
      String.raw`\$argon2(?:id|i|d)\$(?:v=[0-9]+\$)?m=[0-9]+,t=[0-9]+,p=[0-9]+\$([A-Za-z0-9+/]{8,}\$[A-Za-z0-9+/]{16,})`,
      String.raw`\$[156]\$(?:rounds=[0-9]+\$)?([./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,})`,
      String.raw`\$y\$[./A-Za-z0-9]+\$([./A-Za-z0-9]{4,}\$[./A-Za-z0-9]{43,})`,
      // passlib's `$scrypt$ln=…`, and the PHC string of AdonisJS v6's default hasher and of
      // @phc/scrypt: `$scrypt$n=16384,r=8,p=1$<salt>$<hash>` (round 6). Not passlib's
      // `$pbkdf2-sha256$…`: its literal took configs with keys of their own out of RE2's DFA.
      String.raw`\$scrypt\$l?n=[0-9]+,r=[0-9]+,p=[0-9]+(?:,[a-z]+=[0-9]+)*\$([A-Za-z0-9+/.]{4,}\$[A-Za-z0-9+/.]{20,})`,
      String.raw`\bpbkdf2_sha(?:1|256|512)\$[0-9]+\$([A-Za-z0-9./+]{4,}\$[A-Za-z0-9+/]{20,}={0,2})`,
      String.raw`${TOKEN_START}(?:pbkdf2:sha(?:1|256|512)|scrypt)(?::[0-9]+)+\$([A-Za-z0-9]{4,}\$[a-f0-9]{40,})`,
      // Recall round: Apache's MD5 (htpasswd), and LDAP's userPassword schemes (OpenLDAP, 389-ds):
      // base64 of the digest and its salt after the scheme in braces.
      String.raw`\$apr1\$\$?([./A-Za-z0-9]{1,8}\$\$?[./A-Za-z0-9]{22})`,
      String.raw`\{(?i:ssha|sha|ssha256|ssha384|ssha512|sha256|sha384|sha512|smd5|md5|pbkdf2-sha256|pbkdf2-sha512)\}([A-Za-z0-9+/]{20,}={0,2})`,
      // Round 70: Mosquitto's password file, PBKDF2-SHA512 (`$7$<iterations>$<salt>$<hash>`).
      String.raw`\$7\$[0-9]+\$([A-Za-z0-9+/]{12,}={0,2}\$[A-Za-z0-9+/]{40,}={0,2})`,
      // Round 72: PostgreSQL's SCRAM verifier (`pg_authid.rolpassword`, `\du+`, pg_dumpall):
      // `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`, which a dictionary cracks.
      String.raw`SCRAM-SHA-(?:1|256)\$[0-9]+:([A-Za-z0-9+/]{12,}={0,2}\$[A-Za-z0-9+/]{27,}={0,2}:[A-Za-z0-9+/]{27,}={0,2})`,
      // Round 77: CouchDB's admins in local.ini, `-pbkdf2-<derived key>,<salt>,<iterations>`.
      String.raw`-pbkdf2(?::sha256)?-([0-9a-f]{40,128},[0-9a-f]{16,64}),[0-9]+`,
      // Rounds 74 and 94: SQL Server's login hashes (sys.sql_logins, sqlmap, nmap's
      // ms-sql-dump-hashes): 0x0200, a salt and SHA-512 (2012 on); 0x0100, a salt and SHA-1 (2005),
      // or two (2000). And PostgreSQL's md5 verifier, `md5` and MD5(password || user) in hex
      // (pg_shadow, pgbouncer's userlist.txt).
      String.raw`\b0x0[12]00((?:[0-9A-F]{48}|[0-9A-F]{88}|[0-9A-F]{136}|[0-9a-f]{48}|[0-9a-f]{88}|[0-9a-f]{136}))\b`,
      String.raw`(?:^|[^A-Za-z0-9_{-])md5([0-9a-f]{32})\b`,
    ].join('|'),
    keywords: ['$2a$', '$2b$', '$2y$', '$2x$', '$2$', '$argon2', '$1$', '$5$', '$6$', '$7$', '$y$', '$scrypt$', 'pbkdf2_sha', 'pbkdf2:', 'scrypt:', '$apr1$', '{ssha', '{sha', '{smd5}', '{md5}', '{pbkdf2-', 'scram-sha-', '-pbkdf2', '0x0100', '0x0200', 'md5'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `{"email":"ada@example.com","hash":"$2b$12$${crypt(53)}"}`, output: `{"email":"ada@example.com","hash":"$2b$12$${label('password-hash')}"}` },
        { input: `user row: $argon2id$v=19$m=65536,t=3,p=4$${b64(22)}$${b64(43)} saved`, output: `user row: $argon2id$v=19$m=65536,t=3,p=4$${label('password-hash')} saved` },
        { input: `root:$6$${crypt(16)}$${crypt(86)}:19700:0:99999:7:::`, output: `root:$6$${label('password-hash')}:19700:0:99999:7:::` },
        { input: `INSERT INTO auth_user VALUES (7, 'pbkdf2_sha256$600000$${sample.alnum(22)}$${b64(43)}=')`, output: `INSERT INTO auth_user VALUES (7, 'pbkdf2_sha256$600000$${label('password-hash')}')` },
        { input: `pw_hash scrypt:32768:8:1$${sample.alnum(16)}$${sample.hex(128)}`, output: `pw_hash scrypt:32768:8:1$${label('password-hash')}` },
        { input: `{"password_hash":"$scrypt$n=16384,r=8,p=1$${adonisSalt}$${adonisHash}"}`, output: `{"password_hash":"$scrypt$n=16384,r=8,p=1$${label('password-hash')}"}` },
        { input: `hash=$2y$10$${crypt(60)} ok`, output: `hash=$2y$10$${label('password-hash')} ok` },
        { input: `ada:$apr1$${recall.from(CRYPT, 8)}$${recall.from(CRYPT, 22)}`, output: `ada:$apr1$${label('password-hash')}` },
        // `olcRootPW` names a password (round 52): its whole value goes, scheme too, as `userPassword:`'s does.
        { input: `olcRootPW: {SSHA}${recall.base64(32)}`, output: `olcRootPW: ${label('password-hash')}` },
        { input: `admin = -pbkdf2-${couchKey},${couchSalt},10`, output: `admin = -pbkdf2-${label('password-hash')},10` },
      ],
      noMatch: ['echo "$1$2"', 'price $5$ each', '$2b$12$short', '$argon2id$v=19$m=65536,t=3,p=4$', 'digest {sha256} of the file', '{"sha":"main"}'],
    },
  },
  {
    id: 'salted-hex-hash',
    family: 'password-hash',
    description: 'a salted hex digest of a password (`<md5|sha1|sha256|sha512 hex>:<salt>`, as Magento, osCommerce, Joomla and vBulletin store them) under a password key or a hash a password check logs',
    // A digest alone is a checksum; with its salt after a colon, under a password's key or in a
    // password check's message (`validatePassword hash=…:…`; round 68), it is a verifier a
    // dictionary cracks offline. Magento 2 adds its version (`:1`).
    regex: String.raw`(?:${TOKEN_START}(?i:[a-z0-9_.-]*(?:pass|pwd)[a-z0-9_.-]*)${TEXT_SEP}|(?i:pass|pwd)[^\r\n]{0,60}?\b(?i:hash|digest)${TEXT_SEP}|(?i:pass|pwd)[^\r\n]{0,60}?\b(?i:hash|digest)[ \t]+)\\*["']?((?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}):[A-Za-z0-9./]{2,64}(?::[0-9])?)(?:$|[^A-Za-z0-9./:_-])`,
    keywords: ['pass', 'pwd'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `validatePassword hash=${sample.hex(32)}:${sample.alnum(32)} ok`, output: `validatePassword hash=${label('salted-hex-hash')} ok` },
      ],
      noMatch: [`password check: file hash=${sample.hex(64)} ok`, `pass sha=${sample.hex(40)}:src/app.js`],
    },
  },
  {
    id: 'mysql-native-hash',
    family: 'password-hash',
    description: "MySQL's native password hash (`*` and 40 hex capitals, SHA1(SHA1(password))) in a row of mysql.user or a listing that names mysql_native_password or authentication_string",
    // Round 77 (and 65): `SELECT user, host, plugin, authentication_string FROM mysql.user` prints
    // it in a table row beside its plugin's name; a dictionary cracks it offline. `IDENTIFIED BY
    // PASSWORD '*…'` is sql-identified-by's.
    // The plugin's column beside the hash's, either side, or the column's name before it.
    regex: String.raw`(?i:native_password)[ \t]*\|[ \t]*(\*[0-9A-F]{40})\b|(\*[0-9A-F]{40})[ \t]*\|[ \t]*(?i:mysql_native_password)|(?i:authentication_string)[^*\r\n]{0,40}(\*[0-9A-F]{40})\b|(?i:password_hash)[^*\r\n]{0,40}(\*[0-9A-F]{40})\b(?:['"]?[ \t]+to[ \t]+['"]?(\*[0-9A-F]{40})\b)?`,
    // Puppet's mysql_user writes the old hash and the new when it changes one (rounds 84 and 88).
    moreSecrets: [{ group: 5, ruleId: 'mysql-native-hash' }],
    // Tier 1b only: woken by `pass`, which the pass finds, on lines that name the plugin or the column.
    keywords: ['pass'],
    anchor: String.raw`(?i:native_password|authentication_string|password_hash)`,
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [{ input: `| app_rw | % | mysql_native_password | *${mysqlHash} |`, output: `| app_rw | % | mysql_native_password | ${label('mysql-native-hash')} |` }],
      noMatch: [`SELECT user FROM mysql.user WHERE plugin = 'mysql_native_password'; -- 3 rows, *${mysqlHash.slice(0, 8)}`],
    },
  },
  {
    id: 'credential-value-salt',
    family: 'password-hash',
    description: "a password hash stored as a JSON pair of value and salt: Keycloak's credential secret_data ({\"value\":\"…\",\"salt\":\"…\"}), in a table row, a realm export or escaped in a JSON string",
    // Round 78: with its salt and the hash's parameters beside it, a dictionary cracks it offline.
    regex: String.raw`\\*"value\\*"[ \t]*:[ \t]*\\*"([A-Za-z0-9+/]{20,}={0,2})\\*"[ \t]*,[ \t]*\\*"salt\\*"`,
    // Tier 1b only: found on lines the pass finds by `pass` or `cred` (the credential's type or table).
    keywords: ['pass', 'cred'],
    anchor: String.raw`\\*"salt\\*"`,
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [{ input: `kc.credential row=5ce0ae60 type=password data={"value":"${keycloakHash}","salt":"${keycloakSalt}","additionalParameters":{}}`, output: `kc.credential row=5ce0ae60 type=password data={"value":"${label('credential-value-salt')}","salt":"${keycloakSalt}","additionalParameters":{}}` }],
      noMatch: ['kc.credential row=5ce0ae60 type=password data={"value":"","salt":""}'],
    },
  },
  {
    id: 'password-hash-field',
    family: 'password-hash',
    description: 'a bare password hash (base64 or hex, 20 characters or more) under a password-hash key: Firebase Auth\'s export ("passwordHash":"…", "salt":"…"), password_hash=…, hashedPassword: …',
    // Round 73. A hash with no scheme's `$` or `{…}` (those are password-hash's, which keeps the
    // algorithm), under a key that says whose hash it is: a verifier a dictionary cracks offline.
    regex: String.raw`${TOKEN_START}(?i:[a-z0-9_.-]*(?:pass(?:word)?|pwd)[_.-]?hash(?:ed)?|hashed[_.-]?pass(?:word)?)${TEXT_SEP}\\*["']?([A-Za-z0-9+/]{20,}={0,2})(?:$|[^A-Za-z0-9+/=$_.:-])`,
    keywords: ['pass', 'pwd'],
    minEntropy: 3,
    examples: {
      match: [{ input: `{"email":"ada@example.com","passwordHash":"${sample.base64(88)}"}`, output: `{"email":"ada@example.com","passwordHash":"${label('password-hash-field')}"}` }],
      noMatch: ['password_hash=null', `{"passwordHashAlgorithm":"SCRYPT"}`],
    },
  },
  {
    id: 'totp-secret',
    family: 'password-hash',
    description: 'TOTP / 2FA seed (base32) under an OTP, MFA or two-factor key (totp, otp_secret, mfaSecret, two_factor_seed, …), a TOTP device\'s hex key after a message about it (TOTP setup … key=…), and the seeds of an authenticator app\'s export (otpauth-migration://offline?data=…)',
    // Google Authenticator's export QR (round 52): a protobuf of every account's seed, in base64.
    // And a TOTP device's key in hex where a message about one prints it (django-otp's key=<40 hex>; round 72).
    regex: String.raw`${TOKEN_START}(?i:[a-z0-9_.-]*(?:otp|mfa|two[_.-]?factor)[a-z0-9_.-]*(?:secret|seed|key)|t?otp)${SEP}([A-Z2-7]{16,128}={0,6})\b|otpauth-migration://offline\?data=([A-Za-z0-9%+/_-]{16,}(?:=|%3[Dd]){0,2})|\b(?i:[th]otp)\b[^\r\n]{0,80}?[ \t,]key=([0-9a-f]{32,64})\b`,
    // Not `2fa`: it is all hex, and woke the prefilter on ~2% of clean bench lines (in UUIDs and trace ids).
    keywords: ['otp', 'mfa', 'two_factor', 'twofactor', 'two-factor', 'two.factor'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `enrolled user=7 two_factor_seed=${sample.base32(32)}`, output: `enrolled user=7 two_factor_seed=${label('totp-secret')}` },
        { input: `MFA_SECRET=${sample.base32(16)}`, output: `MFA_SECRET=${label('totp-secret')}` },
        { input: `otp: ${sample.base32(16)}`, output: `otp: ${label('totp-secret')}` },
        { input: `scanned QR: otpauth-migration://offline?data=${encodeURIComponent(codeSample.base64(60))}`, output: `scanned QR: otpauth-migration://offline?data=${label('totp-secret')}` },
      ],
      noMatch: ['mfa_seed: 123456', 'mfa_enabled: TRUE', 'otp_secret: AAAAAAAAAAAAAAAA'],
    },
  },
  {
    id: 'one-time-code',
    family: 'password-hash',
    description:
      'a one-time code under a name that says so: verification, confirmation, OTP, MFA, SMS, reset, device and recovery/backup codes, one or a list (verification_code=…, "otpCode":"…", recovery_codes=[…], "recoveryCodes":{"L":[…]})',
    // Rounds 25 and 27: the code a user types to log in, reset a password or confirm an address
    // (Cognito's ConfirmForgotPassword, a queue's EMAIL_VERIFY message), a device flow's
    // device_code, and the recovery codes an MFA enrolment hands out, which log in once each.
    // As `key=` (any of the names), or as a JSON key for a list of codes or an OTP's or MFA's code
    // (the keywords): `code: ` in prose is every error's too, `code":` is in pino's `"statusCode":`
    // on every request line, and the literals that would find `"verificationCode":` alone took the
    // pass over every byte out of RE2's DFA. A list goes from its first item's first character to
    // its last's last, so a JSON list stays one.
    // The kind may end a camelCase name (`"twoFactorRecoveryCodes":[…]`, AdonisJS' 2FA; round 82).
    regex: String.raw`(?:(?:^|[^A-Za-z0-9])(?:(?i:${CODE_KINDS}[_-]?codes?)=|(?i:${CODE_KINDS}[_-]?codes)\\?":|(?i:t?otp|mfa)[_-]?(?i:code)\\?":)|[a-z0-9](?:Recovery|Backup|Scratch|Emergency)Codes\\?":)[ \t]*(?:\[[ \t]*(?:\{[ \t]*\\?"S\\?"[ \t]*:[ \t]*)?\\?["']((?:[^\]\r\n])*?)\\?["'][ \t]*\}?[ \t]*\]|\\?["']?(${ONE_CODE}(?:,${ONE_CODE})*)(?:$|[^=A-Za-z0-9_.~+/%-])|\{[ \t]*\\?"L\\?"[ \t]*:[ \t]*\[[ \t]*\{[ \t]*\\?"S\\?"[ \t]*:[ \t]*\\?"((?:[^\]\r\n])*?)\\?"[ \t]*\}[ \t]*\])|(?:^|[^A-Za-z0-9])(?:${DEVICE_CODE}|${PROSE_CODE_LIST})`,
    // `backup`, `recovery` and `scratch` for the messages about codes: in the pass, fewer and
    // shorter literals than each way of writing `backup codes`.
    keywords: ['code=', 'codes=', 'codes":', 'codes\\":', 'otp', 'mfa', 'device_code', 'devicecode', 'device-code', 'backup', 'recovery', 'scratch'],
    // Six digits may repeat one (`266668`: 1.25 bits a character); a run of one is no code.
    minEntropy: 1,
    examples: {
      // Short: the pass's DFA guard reads every example (more shapes in tests/patterns/identity-and-ci.test.ts).
      match: [
        { input: `{"otpCode":"${codeSample.digits(6)}"}`, output: `{"otpCode":"${label('one-time-code')}"}` },
        { input: `otp_code=${codeSample.digits(6)}`, output: `otp_code=${label('one-time-code')}` },
        { input: `[2fa] generated backup codes for user_id=42: ["${codeSample.alnum(4)}-${codeSample.alnum(4)}","${codeSample.alnum(4)}-${codeSample.alnum(4)}"]`, output: `[2fa] generated backup codes for user_id=42: ["${label('one-time-code')}"]` },
      ],
      noMatch: ['error_code=E1001', 'reset_code=null'],
    },
  },
  {
    id: 'disk-recovery-key',
    family: 'password-hash',
    description:
      "a disk's recovery key, which unlocks it without its password: BitLocker's recovery password (eight groups of six digits: manage-bde, Get-BitLockerVolume, an AD or Intune export) and systemd-cryptenroll's (eight groups of eight modhex letters)",
    // Rounds 85 and 88.
    // After what names or prints the key, anywhere before it on its line (`RecoveryPassword : …`,
    // msFVE-RecoveryPassword, `🔐 …`): the pass has no room for the digits' shape alone, nor for an
    // anchor of these words.
    regex: String.raw`(?:${LOCK}|(?i:recovery|cryptenroll|bitlocker))[^\r\n]*?[^0-9A-Za-z-]([0-9]{6}(?:-[0-9]{6}){7}|[cbdefghijklnrtuv]{8}(?:-[cbdefghijklnrtuv]{8}){7})(?:[^0-9A-Za-z-]|$)`,
    keywords: ['recovery', 'cryptenroll', 'bitlocker', LOCK],
    minEntropy: 2.5,
    examples: {
      match: [
        { input: `KeyProtectorType: RecoveryPassword, RecoveryPassword: ${bitlockerKey}`, output: `KeyProtectorType: RecoveryPassword, RecoveryPassword: ${label('disk-recovery-key')}` },
        { input: `    \u{1F510} ${cryptenrollKey}`, output: `    \u{1F510} ${label('disk-recovery-key')}` },
      ],
      noMatch: ['recovery key 000000-000000-000000-000000-000000-000000-000000-000000', `${round88.digits(6)}-${round88.digits(6)}-${round88.digits(6)}-${round88.digits(6)}-${round88.digits(6)}-${round88.digits(6)}-${round88.digits(6)}-${round88.digits(6)}`],
    },
  },
  {
    id: 'otp-message-code',
    family: 'password-hash',
    description: "a one-time code in the text of the SMS or e-mail that sends it, as a provider's client logs the message: Your verification code is 482913, 482913 is your Acme login code (also form-encoded: code+is+482913)",
    // Round 55 (Twilio's and Vonage's clients). Digits only, after or before a kind of code that
    // logs someone in or confirms them, or after the brand that sends it, in capitals (`Your
    // Northwind code is 734005`, rounds 58 and 61): `error code is 500` and `your order code is 4411` stay. Round 64: the codes that approve a
    // withdrawal, reset, recover, activate, pair or unlock (`Your Acme withdrawal code is 027383`).
    // Rounds 70 and 73: a code after a colon or a verb that sent it (Telegram's `Login code: 33129.`,
    // `sent SMS code 258239 to +1…`); not `SMS code 21211` alone, a provider's error.
    regex: String.raw`(?i:verification|verify|log[ +-]?in|sign[ +-]?in|security|one[ +-]time|otp|2fa|mfa|auth(?:entication)?|access|confirmation|passcode|withdrawal|approval|reset|recovery|activation|pairing|unlock)[ +](?i:code)[ +](?i:is)(?::)?[ +]([0-9]{4,8})\b|\b(?i:your)[ +](?:[A-Z][A-Za-z0-9&'.-]*[ +]){1,3}(?i:code)[ +](?i:is)(?::)?[ +]([0-9]{4,8})\b|\b([0-9]{4,8})[ +](?i:is[ +]your)[ +](?:[A-Za-z0-9.&'-]+[ +]){0,3}(?i:verification|verify|log[ +-]?in|sign[ +-]?in|security|one[ +-]time|otp|2fa|mfa|auth(?:entication)?|access|confirmation|passcode)[ +](?i:code)|\b(?i:(?:sent|your)[ +](?:sms|login|verification)[ +]code[ +:]|(?:login|verification)[ +]code:)[ +]?([0-9]{4,8})\b`,
    keywords: ['code is', 'code+is', 'is your', 'is+your', 'sms code', 'login code', 'verification code'],
    // A code may repeat a digit (`898888`, 0.65 bits a character; round 75): only a run of one goes unread.
    minEntropy: 0.5,
    examples: {
      match: [
        { input: `POST /Messages.json data: Body=Your+Acme+verification+code+is+${messageCode}&To=%2B4477`, output: `POST /Messages.json data: Body=Your+Acme+verification+code+is+${label('otp-message-code')}&To=%2B4477` },
        { input: `sms sent: "${messageCode} is your Acme login code."`, output: `sms sent: "${label('otp-message-code')} is your Acme login code."` },
      ],
      noMatch: ['the error code is 5000', 'Your order code is 4411 for pickup'],
    },
  },
  {
    id: 'otp-value',
    family: 'password-hash',
    description: 'digits after the word OTP or passcode in a message: Generated email OTP 48213957 for user jdoe (Keycloak), otp=482913, OTP: 482913, OTP for jdoe is 482913; an MFA code as a CLI takes it: --mfa-token=…, --token-code …',
    // Round 58: the code a server logs as it makes or checks one, with no `code` after the word.
    // Four digits or more and no date, version, address or path after them: `otp 5 attempts`,
    // `OTP 2026-12-01` and `otp length 6` stay.
    // Round 74: an MFA code as CLIs take it (saml2aws' `--mfa-token=409453`, `aws sts … --token-code 123456`).
    // Or the last word of a column's or a field's name (`SET login_otp='482915'`; round 77).
    // Or an attempt at one, as Devise's form posts it (`"otp_attempt"=>"191299"`), and Swift's
    // optional around it (`otp: Optional("144906")`; round 67).
    regex: String.raw`(?:\b|_)(?i:t?otp|passcode|mfa[_-]?(?:token|code)|token[_-]?code)(?:[ _-]?(?i:code|attempt))?(?:[ \t]+(?i:for)[ \t]+[^ \t:=]{1,64})?(?:\\?["']?[ \t]*(?:=>|[:=])[ \t]*(?:Optional\()?|[ \t]+(?:(?i:is|was|sent|generated|verified|received)[ \t]*:?[ \t]*)?)\\?["']?([0-9]{4,10})(?:$|[^0-9A-Za-z:/_.-]|[.](?:$|[^0-9A-Za-z]))|\b(?i:otp)[ \t]*[:=][ \t]*\\?["']?([cbdefghijklnrtuv]{32,48})\b`,
    // Or a YubiKey's OTP, 44 letters of modhex (`pam_yubico: … OTP: cccccc…`; round 78).
    keywords: ['otp', 'passcode', 'mfa', 'token-code', 'token_code'],
    minEntropy: 1,
    examples: {
      match: [
        { input: `Generated email OTP ${otpValue} for user jdoe`, output: `Generated email OTP ${label('otp-value')} for user jdoe` },
        { input: `UPDATE users SET login_otp='${otpValue}', login_otp_expires=NOW() WHERE id=7;`, output: `UPDATE users SET login_otp='${label('otp-value')}', login_otp_expires=NOW() WHERE id=7;` },
        { input: `pam_yubico(sshd:auth): pam_yubico.c:1021 (pam_sm_authenticate): OTP: ${yubicoOtp} ID: ${yubicoOtp.slice(0, 12)}`, output: `pam_yubico(sshd:auth): pam_yubico.c:1021 (pam_sm_authenticate): OTP: ${label('otp-value')} ID: ${yubicoOtp.slice(0, 12)}` },
      ],
      noMatch: ['error: otp 5 attempts exceeded', 'otp length 6', 'OTP 2026-12-01 rollout', 'otp_expiry=3000', 'max_otp_attempts=5', 'login_otp_expires=1200'],
    },
  },
  {
    id: 'json-one-time-code',
    family: 'password-hash',
    description: 'a one-time code under a JSON key that names a kind of code: "ConfirmationCode":"839201" (Cognito), "verificationCode":"…", "sms_code":"…", "emailCode":"…"',
    // Round 58. `one-time-code` takes the keys of a list (`codes":`) and an OTP's or MFA's code;
    // `code":` alone is in pino's `"statusCode":` on every request line, so this rule's keywords
    // name the kinds, and the value is digits (in groups) or an uppercase code with a dash.
    regex: String.raw`(?i:verification|confirmation|sms|email|reset|login)[_]?(?i:code)\\?": ?\\?"([0-9]{4,10}|[0-9]{3}[ -][0-9]{3}|[A-Z0-9]{3,8}-[A-Z0-9]{3,8})\\?"|(?i:verif|otp|2fa|mfa|one-time|passcode)[^\r\n]{0,80}?\\?"code\\?": ?\\?"([0-9]{4,8})\\?"`,
    // Or under `"code"` alone, after a word within the line that says what it is for (GraphQL's
    // `operation=VerifyPhone variables={…,"code":"016450"}`, `OTP generated {"code":"…"}`; rounds 58, 61).
    // Found by `code":"` and its spellings (a string after the key): an anchor of the kinds in
    // any case before `code"` put the pass over every byte past RE2's DFA memory on its own, and
    // the kinds' spellings as literals took twelve of its room. pino's `"statusCode":200` is a number.
    keywords: ['code":"', 'code": "', 'code\\":\\"', 'code\\": \\"'],
    minEntropy: 1,
    examples: {
      match: [{ input: `{"ClientId":"3n4b5urk1ft4fl3mg5e62d9ado","Username":"jane","ConfirmationCode":"${jsonCode}"}`, output: `{"ClientId":"3n4b5urk1ft4fl3mg5e62d9ado","Username":"jane","ConfirmationCode":"${label('json-one-time-code')}"}` }],
      noMatch: ['{"statusCode":"200","errorCode":"E1001"}', '{"emailCode":"WELCOME"}'],
    },
  },
  {
    id: 'token-hash',
    family: 'password-hash',
    description: 'a token\'s stored hash under a token-hash key (tokenHash, token_hash, TOKEN_DIGEST, hashedToken) or as the hash of an AdonisJS access-token row',
    // A hash of a bearer token lets whoever holds it check guesses offline and, where the store
    // compares hashes, stands in for the token: a verifier, not a digest. `hash` alone is a
    // digest marker (`sha256`, `etag`), so only a key that names a token's hash, or the row
    // AdonisJS writes, counts. JSON keys at any depth are the sensitive-key rule's.
    regex: String.raw`${TOKEN_START}(?i:[a-z0-9_.-]*(?:token[_.-]?(?:hash|digest)|hashed[_.-]?token))${TEXT_SEP}${TOKEN_VALUE}|${ADONIS_ROW}`,
    keywords: ['tokenhash', 'token_hash', 'token-hash', 'token.hash', 'tokendigest', 'token_digest', 'token-digest', 'token.digest', 'hashedtoken', 'hashed_token', 'hashed-token', 'hashed.token', 'tokenable'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `verify token_hash=${tokenDigest} user=7`, output: `verify token_hash=${label('token-hash')} user=7` },
        { input: `TOKEN_DIGEST: "${sample.base64url(43)}"`, output: `TOKEN_DIGEST: "${label('token-hash')}"` },
        {
          input: `{"id":12,"tokenable_id":3,"type":"auth_token","name":null,"hash":"${tokenDigest}","abilities":"[\\"*\\"]"}`,
          output: `{"id":12,"tokenable_id":3,"type":"auth_token","name":null,"hash":"${label('token-hash')}","abilities":"[\\"*\\"]"}`,
        },
        {
          input: `{"body":"{\\"hash\\":\\"${tokenDigest}\\",\\"tokenableId\\":3}"}`,
          output: `{"body":"{\\"hash\\":\\"${label('token-hash')}\\",\\"tokenableId\\":3}"}`,
        },
        { input: `{"tokenHash":"${tokenDigest}"}`, output: `{"tokenHash":"${label('sensitive-key')}"}` },
      ],
      noMatch: [
        `{"file":"app.js","hash":"${tokenDigest}"}`,
        `token_hash=${'0'.repeat(64)}`,
        'token_hash: missing',
        `{"id":1,"tokenable_id":3,"hash":"<hash>"}`,
      ],
    },
  },
];
