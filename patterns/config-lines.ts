import type { RuleSpec, Vocabulary } from '../src/types.js';
import { keySource, textKeyKeywords, textKeySource } from './keys.js';
import { label, QUOTED, VALUE } from './parts.js';
import { createSampler } from './sample.js';

/** A sampler of its own: examples here must not shift the samples of the files after this one. */
const sample = createSampler(2026120120);
const password = sample.password();
const token = sample.alnum(32);
const confluentKey = createSampler(2026120217).from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16);
const confluentSecret = createSampler(2026120218).base64(64).replaceAll('/', '+');
const directiveSample = createSampler(2026120219);
const awsSecret = directiveSample.base64(40);
const directiveToken = directiveSample.alnum(32);
const directivePassword = `${directiveSample.alnum(12)}9`;
/** A seventh review's (round 8: Spring's property resolver), from a sampler of its own. */
/** Round 10's (DynamoDB items as SDKs and consoles print them), from a sampler of its own. */
const round10 = createSampler(2026120315);
const itemPassword = `${round10.alnum(7)}${round10.digits(4)}@`;
const itemSecret = round10.alnum(40);
const bundlerPair = `${createSampler(2026120310).hex(8)}:${createSampler(2026120311).hex(8)}`;
const springPassword = `${createSampler(2026120308).alnum(9)}$${createSampler(2026120309).alnum(5)}`;

/**
 * The keys of the code shapes below: passwords, the keys that name only secrets, and the secret
 * and token words. Not all of `sensitiveKeys`: `session` or `credential` as a keyword is a literal
 * the pass over every byte does not hold, and one literal more can take it out of RE2's DFA; every
 * keyword of these holds one it holds (`pass`, `pw`, `key`, `secret`, `token`, `auth`).
 */
const codeKeys = (vocabulary: Vocabulary): readonly string[] => [
  ...vocabulary.passwordKeys,
  ...vocabulary.strictSecretKeys,
  'secret', 'token', 'access token', 'refresh token', 'auth token', 'private key', 'access key', 'auth key',
];

/** Keys a config directive names only a secret by, beside the vocabulary's: Fluentd's `aws_sec_key`, `shared_key`. */
const DIRECTIVE_EXTRA_KEYS = ['sec key', 'shared key', 'shared secret'];

/** Keys a directive names a password by in one word, with nothing before it (OpenLDAP's, nslcd's; round 52). */
const LONE_DIRECTIVE_KEYS = ['bindpw', 'rootpw'];

/**
 * The directive rules' keywords: the secret words every `directiveKeySource` key holds, and the
 * lone keys. A key that ends in `pw` is found with the blank after it (`admin_pw  …`): `pw` alone
 * is in too many words.
 */
const DIRECTIVE_KEYWORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'auth', '_pw ', '-pw ', '.pw ', ...LONE_DIRECTIVE_KEYS];

/**
 * A config directive's key (`config-directive-secret`): a secret's name of two words or more, alone
 * or with more before it (`apikey`, `client_secret`, `aws_sec_key`); one of one word only with one
 * before it (`HTTP_Passwd`, `rpc_token`: alone, `password` is netrc-password-line's, `passwd` a
 * command, `passwd user1`, and `token <value>` prose-token's, a long token after the word); `pass` and `pwd` with one
 * (or `pw`, `admin_pw` in `vault kv get`'s table; round 59) and a separator (`auth_pass`; not `bypass`), but not after `no` (impacket's `-no-pass`, a flag
 * that says there is none).
 */
function directiveKeySource(vocabulary: Vocabulary): string {
  const keys = [...new Set([...vocabulary.sensitiveKeys, ...DIRECTIVE_EXTRA_KEYS])].filter((k) => k.length > 4 && /pass|pwd|secret|token|key|auth/.test(k));
  const named = keys.filter((k) => k.includes(' ')).map(keySource);
  const words = keys.filter((k) => !k.includes(' ')).map(keySource);
  return String.raw`(?i:(?:[a-z0-9]+[_.-]?)?(?:${named.join('|')})s?|[a-z0-9]+[_.-]?(?:${words.join('|')})s?|(?:[a-z0-9]{3,}|[a-z0-9]|[a-mo-z0-9][a-z0-9]|n[a-np-z0-9])[_.-](?:pass|pwd|pw)|${LONE_DIRECTIVE_KEYS.join('|')})`;
}

/**
 * A directive's value: one word with a digit or a symbol in it, not a flag, not quoted (a quoted
 * one is key-quoted-value's, which keeps the quotes), not JSON (a request's body after its path:
 * `PUT …/reset-password {"type":"password",…}`, round 27; `auth_pass [Xq7#…]` is a value).
 */
const DIRECTIVE_VALUE = String.raw`((?:[^- \t\r\n"'{[]|[{[][^" \t\r\n])[^ \t\r\n]*[0-9!#$%&*+,.:;<=>?@^_~/\\-][^ \t\r\n]*|[0-9!#$%&*+,.:;<=>?@^_~/\\][^ \t\r\n]*)`;

/**
 * A PHP `var_dump` key, `["password"]`, also a protected property's (`["password":protected]`);
 * `\"` inside a JSON string. Not a private one's: its class (`["password":"App\User":private]`)
 * is read as the key's value by the key rules once the value is redacted, so a second scrub would
 * change the line.
 */
const VAR_DUMP_KEY = (keys: string): string => String.raw`\[\\*"${keys}\\*"(?::protected)?\]`;

/** A CEF custom field's label that names a secret: `password`, `api_token`, `client secret`, ending in the word. */
const CEF_LABEL = String.raw`(?i:[a-z0-9_. -]{0,24}(?:password|passwd|pwd|secret|token|api[_ -]?key|credential|auth[_ -]?key)s?)`;

/** A PHP `print_r` key of a protected property: `[password:protected]`. */
const PRINT_R_PROPERTY = (keys: string): string => String.raw`\[${keys}:protected\]`;

/**
 * A field of a `.pgpass` line: `\:` and `\\` escaped, no space, no quote; `*` matches any value.
 * Not empty: IPv6 addresses (`fe80::1:2:3`) have empty fields between their colons.
 */
const PGPASS_FIELD = String.raw`(?:[^:\\ \t\r\n"]|\\[:\\])+`;

/**
 * Where a `.pgpass` line starts: a line's start, after a JSON string's `\n` (a `cat ~/.pgpass` or a
 * dump logged as one record), or a JSON string's opening quote. Where it ends: the line's, the
 * string's, or at the `\` of an escaped line break. Only the `\`: a match ends the engine's search
 * there, so the next line of the dump starts at its `n` (`\bn`; RE2 has no lookahead to leave the
 * whole escape unread). Or an Ansible loop's item, as a task that writes the file prints it
 * (`ok: [db03] => (item=host:5432:*:app:…)`; round 77).
 */
const PGPASS_START = String.raw`(?:^|\\[rn]|[:\[,][ \t]*"|\bn|\(item=)`;
const PGPASS_END = String.raw`[ \t]*(?:\r?$|\\|"|\)$)`;

/** A `.pgpass` line whose port is `port`, its password the group. */
const pgpassLine = (port: string): string =>
  String.raw`${PGPASS_START}${PGPASS_FIELD}:${port}:${PGPASS_FIELD}:${PGPASS_FIELD}:((?:[^:\\ \t\r\n"]|\\[:\\]){4,})${PGPASS_END}`;

/**
 * Secrets in the lines of config files and dumps that logs print whole (config-lines): PostgreSQL's
 * `.pgpass`, Wi-Fi PSKs of wpa_supplicant, hostapd and NetworkManager, R's assignment operators, and
 * PHP's `var_dump` with a value on the line after its key. Each is woken by a word the pass over
 * every byte holds already but two: `psk` (no word it holds is in every PSK line) and `.pgpass`'s
 * port between colons (no word at all). Measured with both, the pass's guard in
 * `tests/unit/detect/compile.test.ts` stays a DFA for every config there (~20-25 ms of CPU).
 */
export function configLineRules(vocabulary: Vocabulary): readonly RuleSpec[] {
  const keys = codeKeys(vocabulary);
  const key = textKeySource(keys);
  const directiveKey = directiveKeySource(vocabulary);
  return [
    {
      id: 'pgpass-entry',
      family: 'generic',
      description: 'the password of a .pgpass line the log names the file beside, any port or `*`: cat ~/.pgpass: …, writing pgpass entry: …, echo … >> ~/.pgpass',
      // Round 14: `*` for the port (`db:*:*:app:…`), which pgpass-line cannot look for in the pass;
      // here the file's name picks the rule, in tier 1b: the pass finds its `pass` already
      // (`pgpass` as a literal of its own took the catalog's pass from ~40 to ~130 ms).
      regex: [
        String.raw`(?i:pgpass)(?:[^:\r\n]{0,12}:|[ \t]+(?i:entry|line))[ \t]+${PGPASS_FIELD}:(?:[0-9]{1,5}|\*):${PGPASS_FIELD}:${PGPASS_FIELD}:((?:[^:\\ \t\r\n"']|\\[:\\]){4,})(?:[ \t"'\\]|\r?$)`,
        String.raw`\becho[ \t]+['"]?${PGPASS_FIELD}:(?:[0-9]{1,5}|\*):${PGPASS_FIELD}:${PGPASS_FIELD}:((?:[^:\\ \t\r\n"']|\\[:\\]){4,})['"]?[ \t]*>>?[ \t]*[^ \t\r\n]*(?i:pgpass)`,
      ].join('|'),
      keywords: ['pass'],
      anchor: String.raw`(?i:pgpass)`,
      anchorInPass: false,
      examples: {
        match: [
          { input: `+ echo db-primary.internal:*:*:app:${password} >> ~/.pgpass`, output: `+ echo db-primary.internal:*:*:app:${label('pgpass-entry')} >> ~/.pgpass` },
          { input: `writing pgpass entry: orders-db:*:inventory:deploy:${password} request_id=9c014fbe`, output: `writing pgpass entry: orders-db:*:inventory:deploy:${label('pgpass-entry')} request_id=9c014fbe` },
          { input: `debug: cat /root/.pgpass: orders-db:5432:*:keycloak:${password}`, output: `debug: cat /root/.pgpass: orders-db:5432:*:keycloak:${label('pgpass-entry')}` },
        ],
        noMatch: ['chmod 0600 ~/.pgpass', 'PGPASSFILE: /etc/app/.pgpass', 'pgpass: host:*:*:app:'],
      },
    },
    {
      id: 'pgpass-line',
      family: 'generic',
      description: 'the password of a PostgreSQL .pgpass line, hostname:port:database:username:password (`*` for any field but the port, `\\:` inside one; the port one PostgreSQL, PgBouncer or CockroachDB listens on), printed by cat ~/.pgpass or a PGPASSFILE dump',
      // Only the whole line: five fields, the port one PostgreSQL listens on. A timestamp has more
      // fields or a space (`2026-11-30 10:00:00:123:INFO`), a MAC address six and two digits a
      // field, a Redis key a short id (`key:1:field:x:y`), an empty password is none. No keyword
      // names such a line: the pass looks for the port between colons (`anchor`), rare elsewhere.
      // The ports PostgreSQL and its kin use: 5432-5434, PgBouncer's 6432, 15432, DigitalOcean's
      // 25060, CockroachDB's 26257; literals, which cost the pass's automaton fewer states than any
      // port of 4 or 5 digits (`:[1-9][0-9]{3}[0-9]?:`). Nor the port `*` (`*:*:*:postgres:…`):
      // `:(?:[0-9]{4,5}|\*):`, or a rule of its own woken by `:*:`, `*:*:` or `^\*:`, took the pass
      // out of RE2's DFA for eight keys of a config's own (compile.test.ts: ~20 → 750-1,250 ms of CPU).
      regex: pgpassLine(String.raw`(?:543[2-4]|6432|15432|25060|26257)`),
      keywords: [],
      anchor: String.raw`:(?:543[2-4]|6432|15432|25060|26257):`,
      examples: {
        match: [
          { input: `db.internal:5432:app:ada:${password}`, output: `db.internal:5432:app:ada:${label('pgpass-line')}` },
          { input: `ok: [db03] => (item=db.internal:5432:*:replicator:${password})`, output: `ok: [db03] => (item=db.internal:5432:*:replicator:${label('pgpass-line')})` },
        ],
        noMatch: ['2026-11-30 10:00:00:123:INFO:app:started', 'host:5432:db:user:', 'key:1:field:x:y', 'fe80::1:2:3:4', '00:1a:2b:3c:4d:5e', '2026-11-30T10:00:00.000Z'],
      },
    },
    {
      id: 'cef-labelled-secret',
      family: 'structured',
      description: "a CEF custom string whose label names a secret: cs1Label=password … cs1=… (ArcSight's Common Event Format, either order)",
      // Round 18: a WAF or an IdP logs the credential it saw in a custom field; the field's label,
      // not its key, says what it holds. RE2 has no back-reference: one alternative per field.
      regex: [1, 2, 3, 4, 5, 6]
        .flatMap((n) => [
          String.raw`\bcs${n}Label=${CEF_LABEL}(?:[ \t][^|\r\n]*?)?[ \t]cs${n}=([^ \t\r\n|]+)`,
          String.raw`\bcs${n}=([^ \t\r\n|]+)(?:[ \t][^|\r\n]*?)?[ \t]cs${n}Label=${CEF_LABEL}(?:[ \t|]|\r?$)`,
        ])
        .join('|'),
      keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth'],
      anchor: String.raw`\bcs[1-6]Label=`,
      anchorInPass: false,
      examples: {
        match: [
          { input: `|8|cs1Label=password cs1=${password} outcome=failure`, output: `|8|cs1Label=password cs1=${label('cef-labelled-secret')} outcome=failure` },
          { input: `|3|cs2=${password} cs2Label=api_token`, output: `|3|cs2=${label('cef-labelled-secret')} cs2Label=api_token` },
        ],
        noMatch: ['|8|cs1Label=password_policy cs1=strong', '|8|cs1Label=user cs1=ada cs2Label=password'],
      },
    },
    {
      id: 'typed-attribute-secret',
      family: 'structured',
      description:
        "a DynamoDB attribute named by a secret's key, its value under its type: {'password': {'S': '…'}} (boto3, Python's repr), password: { S: '…' } (util.inspect); JSON's are sensitive-key's",
      // Round 10: the issue's DynamoDB item dumped while debugging. The type descriptor (`S`, `N`,
      // `B`) stands between the key and its value, where the key rules look for the value.
      regex: String.raw`\b${key}\\*["']?[ \t]*:[ \t]*\{[ \t]*\\*["']?[SNB]\\*["']?[ \t]*:[ \t]*(?:${QUOTED})`,
      keywords: textKeyKeywords(keys),
      anchor: String.raw`\{[ \t]*\\*["']?[SNB]\\*["']?[ \t]*:`,
      anchorInPass: false,
      examples: {
        match: [
          {
            input: `Item: {'pk': {'S': 'TENANT#408'}, 'smtpPassword': {'S': '${itemPassword}'}, 'active': {'BOOL': True}}`,
            output: `Item: {'pk': {'S': 'TENANT#408'}, 'smtpPassword': {'S': '${label('typed-attribute-secret')}'}, 'active': {'BOOL': True}}`,
          },
          { input: `output: { Item: { email: { S: 'ada@example.com' }, password: { S: '${itemPassword}' } } }`, output: `output: { Item: { email: { S: 'ada@example.com' }, password: { S: '${label('typed-attribute-secret')}' } } }` },
          { input: `{ clientSecret: { S: "${itemSecret}" } }`, output: `{ clientSecret: { S: "${label('typed-attribute-secret')}" } }` },
        ],
        noMatch: ["{'pk': {'S': 'TENANT#1'}, 'email': {'S': 'ada@example.com'}}", "{'passwordUpdatedAt': {'N': '1796208711817'}}", "{'password': {'S': ''}}"],
      },
    },
    {
      id: 'r-assignment-secret',
      family: 'generic',
      description: "a quoted secret given to a secret key by R's assignment operators: password <- \"…\", api_key <<- '…', and the other way round, \"…\" -> token",
      // Quoted values only: `password <- readline()` and `token <- get_token()` read it from elsewhere,
      // and `x < -1` compares. The arrow is one token: `password < -1` is no assignment.
      regex: String.raw`\b${key}[ \t]*<<?-[ \t]*(?:${QUOTED})|(?:${QUOTED})[ \t]*->>?[ \t]*${key}\b`,
      keywords: textKeyKeywords(keys),
      examples: {
        match: [
          { input: `password <- "${password}"`, output: `password <- "${label('r-assignment-secret')}"` },
          { input: `  api_key <<- '${token}'`, output: `  api_key <<- '${label('r-assignment-secret')}'` },
          { input: `"${token}" -> github_token`, output: `"${label('r-assignment-secret')}" -> github_token` },
        ],
        noMatch: ['x <- 5', 'if (a < -1) stop()', 'password <- readline("Password: ")', 'token <- Sys.getenv("API_TOKEN")', 'if (password < -1)'],
      },
    },
    {
      id: 'php-dump-secret',
      family: 'generic',
      description: 'the value of a secret key in a PHP var_dump, on the line after its key (["password"]=>\\n  string(12) "…", logged as one line with \\n escapes) or on the same line, and an object property\'s in print_r ([password:protected] => …)',
      // Logged as one record, var_dump's line break is a JSON string's `\n` (`\r\n` on Windows); the
      // value's quotes are `\"` there, and it never holds an unescaped quote. A property's key
      // carries its visibility (`:protected`), which the key rules read as the key's value.
      regex: String.raw`${VAR_DUMP_KEY(key)}[ \t]*=>[ \t]*(?:(?:\\r)?\\n)?[ \t]*string\([0-9]+\)[ \t]*\\*"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\*"|${PRINT_R_PROPERTY(key)}[ \t]*=>[ \t]*([^ \t\r\n"'\\]+)`,
      keywords: textKeyKeywords(keys),
      examples: {
        match: [
          {
            input: `{"msg":"array(2) {\\n  [\\"user\\"]=>\\n  string(3) \\"ada\\"\\n  [\\"password\\"]=>\\n  string(${password.length}) \\"${password}\\"\\n}"}`,
            output: `{"msg":"array(2) {\\n  [\\"user\\"]=>\\n  string(3) \\"ada\\"\\n  [\\"password\\"]=>\\n  string(${password.length}) \\"${label('php-dump-secret')}\\"\\n}"}`,
          },
          { input: `    [password:protected] => ${password}`, output: `    [password:protected] => ${label('php-dump-secret')}` },
        ],
        noMatch: [String.raw`{"msg":"[\"password\"]=>\n  NULL"}`, String.raw`{"msg":"[\"password_length\"]=>\n  string(2) \"12\""}`, '[password:protected] => '],
      },
    },
    {
      id: 'php-var-dump-next-line',
      family: 'generic',
      description: 'the value of a secret key in a PHP var_dump printed as lines: ["password"]=> on one line, string(12) "…" on the next, at the key\'s column',
      // The YAML name/value machinery (`yaml-named`): the key line ends the match (group 2, the
      // line's end), and the value is looked for on the next lines at the key's column (group 1),
      // behind `string(N)` (`VALUE_KEY`), also in the next block of a stream. Lines of input only:
      // in a JSON string's `\n` escapes, `php-dump-secret` reads the key and the value at once.
      regex: String.raw`^([ \t]*)${VAR_DUMP_KEY(key)}[ \t]*=>[ \t]*(\r?$)`,
      keywords: textKeyKeywords(keys),
      kind: 'yaml-named',
      examples: {
        match: [
          {
            input: `array(2) {\n  ["user"]=>\n  string(3) "ada"\n  ["password"]=>\n  string(${password.length}) "${password}"\n}`,
            output: `array(2) {\n  ["user"]=>\n  string(3) "ada"\n  ["password"]=>\n  string(${password.length}) "${label('php-var-dump-next-line')}"\n}`,
          },
        ],
        noMatch: ['  ["password"]=>\n  NULL\n  ["user"]=>\n  string(3) "ada"', '  ["password"]=>\n  string(0) ""', '  ["password_length"]=>\n  string(2) "12"', '  ["password"]=>\n  array(1) {\n    [0]=>\n    string(3) "abc"\n  }'],
      },
    },
    {
      id: 'wifi-psk',
      family: 'generic',
      description: 'a Wi-Fi pre-shared key or passphrase: wpa_supplicant psk="…" and psk=<64 hex>, hostapd wpa_passphrase= / wpa_psk= / sae_password= / wep_key0=, NetworkManager psk= and nmcli 802-11-wireless-security.psk: …, a router\'s nvram wl0_wpa_psk= and OpenWrt\'s uci wireless.<iface>.key=',
      // `key_mgmt=WPA-PSK` names the method: `psk` must be the key, then `=` or `:`. nmcli prints
      // `<hidden>` without --show-secrets and `--` for none: placeholders (`trivialValues`), they stay.
      // Round 57: a router's nvram (`wl0_wpa_psk=`), hostapd's WEP keys, OpenWrt's `uci show`.
      regex: String.raw`(?:^|[^A-Za-z0-9_.-]|\\[nt])(?:[A-Za-z0-9-]+\.|wl[0-9.]*_)?(?i:psk|wpa_psk|wpa_passphrase|sae_password|wep_key[0-3])\\*["']?[ \t]*[:=][ \t]*${VALUE}|\bwireless\.[A-Za-z0-9@_\[\].-]+\.key[ \t]*=[ \t]*${VALUE}`,
      keywords: ['psk', 'wpa_passphrase', 'sae_password', 'wep_key', 'wireless.'],
      examples: {
        match: [
          { input: `\tpsk="${password}"`, output: `\tpsk="${label('wifi-psk')}"` },
          { input: `802-11-wireless-security.psk:          ${password}`, output: `802-11-wireless-security.psk:          ${label('wifi-psk')}` },
          { input: `wireless.@wifi-iface[1].key='${password}'`, output: `wireless.@wifi-iface[1].key='${label('wifi-psk')}'` },
        ],
        noMatch: ['key_mgmt=WPA-PSK', 'psk=<hidden>', 'psk=*', 'proto=RSN', '802-11-wireless-security.psk-flags:    0 (none)'],
      },
    },
    {
      id: 'basic-auth-user-info',
      family: 'generic',
      description: "the secret of Confluent's basic.auth.user.info (Schema Registry, Kafka Connect, ksqlDB clients): <API key>:<secret>, as a property, an environment variable or JSON; the key stays",
      regex: String.raw`(?i:basic[._]auth[._]user[._]info)\\*["']?[ \t]*[:=][ \t]*\\*["']?[^:"'\\ \t\r\n]+:([^"'\\ \t\r\n]+)`,
      keywords: ['basic.auth.user.info', 'basic_auth_user_info'],
      examples: {
        match: [{ input: `schema.registry.basic.auth.user.info=${confluentKey}:${confluentSecret}`, output: `schema.registry.basic.auth.user.info=${confluentKey}:${label('basic-auth-user-info')}` }],
        noMatch: ['basic.auth.credentials.source=USER_INFO', 'basic.auth.user.info=${file:/mnt/secrets/sr.properties:user.info}'],
      },
    },
    {
      id: 'config-directive-secret',
      family: 'generic',
      description:
        "a secret in a config directive printed alone on its line, the key and its value apart by spaces (Fluentd's aws_sec_key, Fluent Bit's HTTP_Passwd, keepalived's auth_pass, apikey, shared_key), when the value holds a digit or a symbol",
      // Config dumps print a directive per line, `<key> <value>` (Fluentd, Fluent Bit, keepalived,
      // nginx, Squid). The key ends in a secret's name with a word before it (`aws_sec_key`,
      // `HTTP_Passwd`) or is one only a secret has (`apikey`, `client_secret`); `password` alone is
      // netrc-password-line's, `passwd` alone a command (`passwd user1`), and `pass` or `pwd` need a
      // word and a separator before them (`bypass 10.0.0.0/8`). Alone on the line, so prose, which
      // goes on after the value, stays; a letters-only value (`token expired`) too. Spaces only: a
      // tab after the key is a tab-separated dump, secret-field's. Woken by the words the pass
      // finds lines by already. Fluent Bit's dump flattened onto one line counts too, a directive
      // between `|`s (`[OUTPUT] |     Name  datadog |     apikey …`).
      // `grep -n` prints the file and the line first (`/etc/nslcd.conf:22:bindpw …`, round 52).
      regex: String.raw`^(?:[^ \t\r\n:]+:[0-9]+:)?[ \t]*${directiveKey} +${DIRECTIVE_VALUE}[ \t]*\r?$|\|[ \t]+${directiveKey} +${DIRECTIVE_VALUE}[ \t]*(?:\||\r?$)`,
      keywords: DIRECTIVE_KEYWORDS,
      minEntropy: 2.5,
      generic: true,
      examples: {
        match: [
          { input: `    aws_sec_key  ${awsSecret}`, output: `    aws_sec_key  ${label('config-directive-secret')}` },
          { input: `    HTTP_Passwd  ${password}`, output: `    HTTP_Passwd  ${label('config-directive-secret')}` },
          { input: `  auth_pass   ${directivePassword}`, output: `  auth_pass   ${label('config-directive-secret')}` },
          { input: `apikey ${directiveToken}`, output: `apikey ${label('config-directive-secret')}` },
          { input: `\tshared_key ${directiveToken}`, output: `\tshared_key ${label('config-directive-secret')}` },
          { input: `    rpc_token ${directiveToken}`, output: `    rpc_token ${label('config-directive-secret')}` },
          { input: `[OUTPUT] |     Name  datadog |     apikey ${directiveToken} |     Host x`, output: `[OUTPUT] |     Name  datadog |     apikey ${label('config-directive-secret')} |     Host x` },
          { input: `    client_secret ${directiveToken}`, output: `    client_secret ${label('config-directive-secret')}` },
          { input: `/etc/nslcd.conf:22:bindpw ${password}`, output: `/etc/nslcd.conf:22:bindpw ${label('config-directive-secret')}` },
        ],
        noMatch: [
          'passwd user1',
          'passwd -l deploy',
          '  bypass 10.0.0.0/8',
          '  token expired',
          '    api_key ${API_KEY}',
          '    ssl_private_key /etc/ssl/private/server.key',
          '  secret 42',
          '  api_key_file /run/secrets/api_key',
          'token refreshed for user 42',
          '    aws_sec_key xxxxxx',
          'retrying | api_key rotation2 pending | attempt 3',
        ],
      },
    },
    {
      id: 'bundler-credentials',
      family: 'generic',
      description:
        "Bundler's credentials for a gem server, user:password in BUNDLE_<HOST>= (BUNDLE_GEMS__CONTRIBSYS__COM for Sidekiq Pro and Enterprise, BUNDLE_RUBYGEMS__PKG__GITHUB__COM)",
      // Round 7 (gitleaks' sidekiq-secret): Bundler reads a server's credentials from the variable
      // named after its host, dots as `__`; the pair goes whole, Sidekiq's user name being half of
      // its license. A build option (`BUNDLE_BUILD__NOKOGIRI=--use-system-libraries`) has no `:`
      // pair; `BUNDLE_WITHOUT=development:test` names no host.
      // Also as a key of JSON, a Ruby hash or a Python dict (`"BUNDLE_…" => "…"`, round 29).
      regex: String.raw`\bBUNDLE_(?:[A-Z0-9_-]+__)+[A-Z]{2,}\\?["']?[ \t]*(?:=>|[=:])[ \t]*\\?["']?([^- \t\r\n"'\\:][^ \t\r\n"'\\:]*:[^ \t\r\n"'\\]+)`,
      keywords: ['bundle_'],
      examples: {
        match: [
          { input: `export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${bundlerPair}`, output: `export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${label('bundler-credentials')}` },
          { input: `env: BUNDLE_GEMS__CONTRIBSYS__COM="${bundlerPair}" RAILS_ENV=production`, output: `env: BUNDLE_GEMS__CONTRIBSYS__COM="${label('bundler-credentials')}" RAILS_ENV=production` },
        ],
        noMatch: ['BUNDLE_WITHOUT=development:test', 'BUNDLE_BUILD__NOKOGIRI=--use-system-libraries', 'BUNDLE_PATH__SYSTEM=true', 'BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDS}'],
      },
    },
    {
      id: 'spring-resolved-property',
      family: 'generic',
      description:
        "the value Spring's property resolver logs at DEBUG for a key that names a secret: Found key 'spring.datasource.password' in PropertySource '…' with value '…'",
      // Round 8: Spring Boot 1 and 2 log the value itself; newer ones `with value of type String`,
      // which stays. The key's last part names a secret (`password`, `client-secret`, `api-key`,
      // `jwt.secret`, `token`); the value is read to the closing quote.
      // Round 28: also `with value of type String: …` where a wrapper prints the value after the
      // type, and `Resolved placeholder '…' as '…'`.
      regex: String.raw`\b(?:Found key|Resolved placeholder) '(?:[^'\r\n]*[._-])?(?i:[a-z]*(?:password|passwd|pwd|secret|token|credentials?)|(?:api|access|private|secret|signing|encryption|master)[._-]?key)' (?:in [^\r\n]*? with value (?:'([^'\r\n]+)'|of type [A-Za-z.]+: ([^ \t\r\n]+))|as '([^'\r\n]+)')`,
      keywords: ['pass', 'pwd', 'secret', 'token', 'key'],
      anchor: String.raw`with value '|with value of type [A-Za-z.]+: |Resolved placeholder '`,
      anchorInPass: false,
      generic: true,
      examples: {
        match: [
          {
            input: `o.s.c.e.PropertySourcesPropertyResolver : Found key 'spring.datasource.password' in PropertySource 'applicationConfig: [classpath:/application.properties]' with value '${springPassword}'`,
            output: `o.s.c.e.PropertySourcesPropertyResolver : Found key 'spring.datasource.password' in PropertySource 'applicationConfig: [classpath:/application.properties]' with value '${label('spring-resolved-property')}'`,
          },
          {
            input: `Found key 'app.jwt.secret' in PropertySource 'systemEnvironment' with value '${springPassword}'`,
            output: `Found key 'app.jwt.secret' in PropertySource 'systemEnvironment' with value '${label('spring-resolved-property')}'`,
          },
        ],
        noMatch: [
          "Found key 'spring.datasource.password' in PropertySource 'systemEnvironment' with value of type String",
          "Found key 'spring.datasource.url' in PropertySource 'applicationConfig' with value 'jdbc:postgresql://db/app'",
          "Found key 'server.port' in PropertySource 'commandLineArgs' with value '8443'",
          "Found key 'app.token-ttl' in PropertySource 'systemEnvironment' with value '3600'",
        ],
      },
    },
    {
      id: 'inline-directive-secret',
      family: 'generic',
      description:
        "a token-shaped secret after a secret's key and spaces inside a line, as a config flattened onto one line prints it: Fluentd's `using configuration file: <match app.**> @type s3 aws_sec_key … s3_bucket …`",
      // config-directive-secret's keys and values, where the line goes on: the value must look like
      // a token (mixed classes, 3 bits a character), so a word or a count after a key stays
      // (`api_key rotation pending`, `client_secret 3 days old`). The match starts at the key: a
      // match from the section's tag would move the rules that start inside it (the `aws_key_id`
      // before) past their own secrets.
      // A path's last name is no key (`VAULT_TOKEN_FILE=/run/secrets/vault-token INVOCATION_ID=…`,
      // an env dump's next variable; round 35): the scan's `namesPath`, for every generic rule.
      // No `"` in the value: an XML element's attribute is none (`<masterKey p4:requiresEncryption="true">`, round 58).
      regex: String.raw`\b${directiveKey} +${DIRECTIVE_VALUE.replaceAll(String.raw`[^ \t\r\n]`, String.raw`[^ \t\r\n"]`)}(?:[ \t<]|\r?$)`,
      keywords: DIRECTIVE_KEYWORDS,
      minEntropy: 3,
      tokenShape: true,
      generic: true,
      examples: {
        match: [
          {
            input: `[info]: using configuration file: <match app.**> @type s3 aws_sec_key ${awsSecret} s3_bucket logs </match>`,
            output: `[info]: using configuration file: <match app.**> @type s3 aws_sec_key ${label('inline-directive-secret')} s3_bucket logs </match>`,
          },
          { input: `<store> @type http auth_token ${directiveToken}</store>`, output: `<store> @type http auth_token ${label('inline-directive-secret')}</store>` },
        ],
        noMatch: [
          '<match app.**> @type s3 aws_sec_key ${AWS_SECRET} s3_bucket logs </match>',
          'rotated the api_key rotation2 for tenant t-42',
          'client_secret 3 days old',
          'checked db_password length 12 of 16',
          'GetUserSPNs.py -no-pass CORP.local/jdoe@dc01 -dc-ip 10.0.0.1',
        ],
      },
    },
  ];
}
