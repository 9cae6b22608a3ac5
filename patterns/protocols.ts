import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** A sampler of its own: examples here must not shift the samples of the files after this one. */
const protocols = createSampler(2026120114);
const password = protocols.password();
const plain = protocols.base64(24);
/** Red-team round: a sampler of their own, so the samples above stay as they were. */
const redTeam = createSampler(2026120126);
const mongoPassword = `${redTeam.alnum(6)}!${redTeam.digits(4)}`;
const maskValue = redTeam.alnum(32);
/** Round 8's, from a sampler of their own. */
const round8 = createSampler(2026120312);
const twitchToken = createSampler(2026120543).from('abcdefghijklmnopqrstuvwxyz0123456789', 30);
const loginPassword = Buffer.from(`${round8.alnum(8)}!${round8.digits(3)}`).toString('base64');
const superDigest = `${round8.base64(27).replace(/=+$/, '')}=`;

/** A double-quoted argument as Redis's MONITOR prints it: `\"` and `\\` escaped inside. */
const REDIS_ARG = String.raw`"(?:[^"\\\r\n]|\\[^\r\n])*"`;
/** The same inside a JSON string: `\"…\"`, MONITOR's escapes doubled. */
const REDIS_ARG_IN_JSON = String.raw`\\"(?:[^"\\\r\n]|\\\\[^\r\n])*\\"`;

/** Redis's two password settings: the server's own and the one a replica gives its master. */
const REDIS_PASSWORD_SETTING = String.raw`(?i:requirepass|masterauth)`;
/** A setting's value: double-quoted (MONITOR's escapes inside), single-quoted, or bare to a space. */
const SETTING_VALUE = String.raw`(?:"((?:[^"\\\r\n]|\\[^\r\n])+)"|'([^'\\\r\n]+)'|([^ \t\r\n"'\\]+))`;

/**
 * A JAAS option's value that is a password: double- or single-quoted, quoted inside a JSON string
 * (`\"…\"`), or bare, a `'` inside it (`O'Brien2024`) or an unclosed one before it (a cut line). Four groups.
 */
const JAAS_SECRET = String.raw`(?:"((?:[^"\\\r\n]|\\[^\r\n])+)"|'([^'\r\n]+)'|\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+"|'?([^ \t\r\n"'\\;][^ \t\r\n"\\;]*))`;
/** Any other option's value, in the same quotings, no group. */
const JAAS_VALUE = String.raw`(?:"(?:[^"\\\r\n]|\\[^\r\n])*"|'[^'\r\n]*'|\\+"(?:[^"\\\r\n]|\\+[^"\\\r\n])*\\+"|'?[^ \t\r\n"'\\;][^ \t\r\n"\\;]*)`;
/** One option: `password=` or a user's `user_<name>=` with its password (eight groups), or any other. */
const JAAS_OPTION = String.raw`[ \t]+(?:(?i:password)=${JAAS_SECRET}|user_[A-Za-z0-9_.-]+=${JAAS_SECRET}|[A-Za-z_][A-Za-z0-9_.-]*=${JAAS_VALUE})`;
/**
 * How many options of one entry the rule reads: each its own groups, since RE2 keeps only a
 * repeated group's last. Kafka's PLAIN broker entry holds username, password and one per user.
 */
const JAAS_MAX_OPTIONS = 12;

/**
 * Credentials in the commands of wire protocols, as their clients and servers print them in debug
 * and monitor logs (s14): Redis's `AUTH`, SMTP's `AUTH PLAIN`, FTP's `PASS`, and the user/password
 * pairs of HTTP client calls. Each is woken by a word the pass over every byte finds already
 * (`auth`, `pass`), so the pass stays as it was; their anchors are tier 1b's.
 */
/**
 * AUTH typed bare, the password its last argument: on redis-cli's command line after its options or at its prompt
 * (`redis-cli -h cache AUTH …`, `127.0.0.1:6379> AUTH default …`), and in a HAProxy health check
 * that logs in (`tcp-check send AUTH\ …\r\n`, its space escaped; round 79).
 */
const REDIS_AUTH_TYPED = String.raw`(?:\bredis-cli(?:[ \t]+-[A-Za-z-]+(?:[ \t]+[^- \t\r\n][^ \t\r\n]*)?)*[ \t]+|:[0-9]{2,5}> |\btcp-check[ \t]+send[ \t]+"?)(?i:auth)(?:\\?[ \t]+[^ \t\r\n\\]+)?\\?[ \t]+([^ \t\r\n\\]+)(?:\\r\\n|[ \t]*\r?$)`;

export const protocolRules: readonly RuleSpec[] = [
  {
    id: 'redis-auth-command',
    family: 'generic',
    description: 'the password of a Redis AUTH or HELLO … AUTH command as MONITOR and slowlog print it: "AUTH" "…", "AUTH" "user" "…", and as ioredis\'s debug log does: -> auth([ \'…\' ])',
    // The password is the command's last argument: after the username where there is one.
    // Raw, or inside a JSON string, where each quote is `\"` and each of MONITOR's escapes `\\`.
    // Or as ioredis's debug log writes a command: `-> auth([ 'user', '…' ])`.
    // HELLO's SETNAME may follow (`"HELLO" "3" "AUTH" "default" "…" "SETNAME" "api"`, round 14),
    // and ioredis writes HELLO so too (`-> hello([ '3', 'AUTH', 'default', '…' ])`, round 47).
    regex: String.raw`"(?i:auth)"[ \t]+(?:${REDIS_ARG}[ \t]+)?"((?:[^"\\\r\n]|\\[^\r\n])+)"[ \t]*(?:\r?$|\\+[nr"]|"(?i:setname)"|[ \t][^"\\\r\n])|-> (?i:auth)\(\[[ \t]*(?:'[^'\r\n]*'[ \t]*,[ \t]*)?'([^'\\\r\n]+)'[ \t]*\]\)|-> (?i:hello)\(\[[ \t]*'[^'\r\n]*'[ \t]*,[ \t]*'(?i:auth)'[ \t]*,[ \t]*'[^'\r\n]*'[ \t]*,[ \t]*'([^'\\\r\n]+)'|\\"(?i:auth)\\"[ \t]+(?:${REDIS_ARG_IN_JSON}[ \t]+)?\\"((?:[^"\\\r\n]|\\\\[^\r\n])+)\\"|${REDIS_AUTH_TYPED}`,
    keywords: ['auth'],
    anchor: String.raw`\\?"(?i:auth)\\?"[ \t]+\\?"|-> (?i:auth)\(\[|-> (?i:hello)\(\[|redis-cli|:[0-9]{2,5}> (?i:auth)|tcp-check[ \t]+send[ \t]`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `1701234567.123456 [0 127.0.0.1:50612] "AUTH" "${password}"`, output: `1701234567.123456 [0 127.0.0.1:50612] "AUTH" "${label('redis-auth-command')}"` },
        { input: `1701234567.123456 [0 10.0.3.7:6379] "auth" "default" "${password}"`, output: `1701234567.123456 [0 10.0.3.7:6379] "auth" "default" "${label('redis-auth-command')}"` },
        { input: `1701234567.123456 [0 unix:/run/redis.sock] "HELLO" "3" "AUTH" "app" "${password}"`, output: `1701234567.123456 [0 unix:/run/redis.sock] "HELLO" "3" "AUTH" "app" "${label('redis-auth-command')}"` },
        { input: `1765553512.294219 [14 10.0.120.96:42755] "HELLO" "3" "AUTH" "default" "${password}" "SETNAME" "gateway"`, output: `1765553512.294219 [14 10.0.120.96:42755] "HELLO" "3" "AUTH" "default" "${label('redis-auth-command')}" "SETNAME" "gateway"` },
        { input: `$ redis-cli -h cache-01 AUTH ${password}`, output: `$ redis-cli -h cache-01 AUTH ${label('redis-auth-command')}` },
        { input: `    tcp-check send AUTH\\ ${password}\\r\\n`, output: `    tcp-check send AUTH\\ ${label('redis-auth-command')}\\r\\n` },
      ],
      noMatch: ['"AUTH" "(redacted)"', '1701234567.1 [0 127.0.0.1:1] "GET" "auth"', '{"auth":"enabled"}', 'redis-cli -h cache-01 AUTH failed: WRONGPASS invalid username-password pair'],
    },
  },
  {
    id: 'redis-password-setting',
    family: 'generic',
    description: "Redis's requirepass and masterauth and Sentinel's auth-pass: redis-server --requirepass …, a container's Args [\"--requirepass\", \"…\"], CONFIG SET requirepass … (MONITOR and redis-cli), a redis.conf line, also commented out",
    // A flag of redis-server's command line, bare or as an item of an argument list (docker
    // inspect's `Args`, compose's `command:`, raw or in a JSON string); the pair MONITOR prints after
    // `"CONFIG" "SET"`; a redis.conf line or CONFIG SET, to the end of the line; Sentinel's
    // `auth-pass <master> …`; a key of JSON or YAML (Helm values, a ConfigMap). foobared, the password redis.conf's comment shows, goes too:
    // deployments copy it (`redis://:foobared@redis:6379`).
    regex: [
      String.raw`--${REDIS_PASSWORD_SETTING}(?:=|[ \t]+)${SETTING_VALUE}`,
      String.raw`\\?["']--${REDIS_PASSWORD_SETTING}\\?["'][ \t]*,[ \t]*(?:${SETTING_VALUE}|\\"([^"\\\r\n]+)\\")`,
      // Or redis-cli's numbered reply to CONFIG GET (`1) "requirepass" 2) "…"`; round 82).
      String.raw`\\?"${REDIS_PASSWORD_SETTING}\\?"(?:[ \t]+(?:[0-9]{1,3}\)[ \t]+)?|[ \t]*:[ \t]*)(?:"((?:[^"\\\r\n]|\\[^\r\n])+)"|\\"([^"\\\r\n]+)\\")`,
      // The line quoted after a file's name or in a message (`redis.conf: requirepass …`, `msg="masterauth …"`; round 14),
      // or after an arrow, up to the next `;` (`rendered redis.conf -> masterauth "…" ; …`; round 60),
      // or as a list's string (an operator's `"customConfig": ["requirepass …", …]`; round 97).
      String.raw`(?:^[ \t]*[-+]?(?:#[ \t]*)?|\b(?i:config)[ \t]+(?i:set)[ \t]+|(?:\.conf:|=\\?"|->|[\[,][ \t]*\\?")[ \t]*)${REDIS_PASSWORD_SETTING}(?:[ \t]*[:=][ \t]*|[ \t]+)${SETTING_VALUE}[ \t]*(?:\r?$|\\+[nr"]|"|;)`,
      String.raw`\b(?i:sentinel)[ \t]+(?:(?i:set)[ \t]+[^ \t\r\n"\\]+[ \t]+(?i:auth-pass)|(?i:auth-pass)[ \t]+[^ \t\r\n"\\]+)[ \t]+${SETTING_VALUE}`,
    ].join('|'),
    keywords: ['requirepass', 'masterauth', 'auth-pass'],
    examples: {
      match: [
        { input: `1714557600.123456 [0 10.0.0.4:51234] "CONFIG" "SET" "requirepass" "${password}"`, output: `1714557600.123456 [0 10.0.0.4:51234] "CONFIG" "SET" "requirepass" "${label('redis-password-setting')}"` },
        { input: `requirepass ${password}`, output: `requirepass ${label('redis-password-setting')}` },
        { input: `[notifier] redis.conf: requirepass ${password}`, output: `[notifier] redis.conf: requirepass ${label('redis-password-setting')}` },
        { input: `level=debug caller=auth.go:252 msg="masterauth ${password}"`, output: `level=debug caller=auth.go:252 msg="masterauth ${label('redis-password-setting')}"` },
      ],
      noMatch: ['"CONFIG" "GET" "requirepass"'],
    },
  },
  {
    id: 'smtp-auth',
    family: 'generic',
    description: "the credentials of SMTP's and IMAP's AUTH PLAIN, XOAUTH2 and OAUTHBEARER with an initial response, base64 (the user and password or token inside), as mail clients' debug logs print them",
    // `C: ` (nodemailer), `> ` (curl -v), `-> `, Python smtplib's `send: '` (round 30) or
    // nothing before the command.
    regex: String.raw`(?:^|[ \t>:"']|\\[nt])(?:[A-Za-z0-9]{1,10}[ \t]+)?AUTH(?:ENTICATE)?[ \t]+(?i:plain|xoauth2?|oauthbearer)[ \t]+([A-Za-z0-9+/]{8,}={0,2})(?:[^A-Za-z0-9+/=]|$)`,
    keywords: ['auth'],
    anchor: String.raw`AUTH(?:ENTICATE)?[ \t]+(?i:plain|xoauth2?|oauthbearer)[ \t]+[A-Za-z0-9+/]`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `[2026-11-30 10:00:00] DEBUG [smtp] C: AUTH PLAIN ${plain}`, output: `[2026-11-30 10:00:00] DEBUG [smtp] C: AUTH PLAIN ${label('smtp-auth')}` },
        { input: `> AUTH XOAUTH2 ${plain}`, output: `> AUTH XOAUTH2 ${label('smtp-auth')}` },
        { input: `A1 AUTHENTICATE PLAIN ${plain}`, output: `A1 AUTHENTICATE PLAIN ${label('smtp-auth')}` },
        { input: `send: 'AUTH PLAIN ${plain}\\r\\n'`, output: `send: 'AUTH PLAIN ${label('smtp-auth')}\\r\\n'` },
      ],
      // AUTH LOGIN's initial response is the user name alone (round 41); the password follows on a
      // line of its own, smtp-login-response's.
      noMatch: ['C: AUTH PLAIN', 'S: 250-AUTH PLAIN LOGIN XOAUTH2', 'C: AUTH LOGIN', "send: 'AUTH LOGIN YWRhQGV4YW1wbGUuY29t\\r\\n'", 'S: 334 VXNlcm5hbWU6', 'C: AUTH PLAIN /* secret */'],
    },
  },
  {
    id: 'smtp-login-response',
    family: 'generic',
    description: "a line of SMTP's AUTH LOGIN exchange from the client, base64 alone: the user name and the password, as mail clients' debug logs print them (PHPMailer's CLIENT -> SERVER: …, Python smtplib's send: '…\\r\\n')",
    // Round 8: after `AUTH LOGIN` the client sends its user name, then its password, each base64
    // on a line of its own. A client line that is base64 alone, token-shaped, is one of them: SMTP's
    // commands are words in capitals (`STARTTLS`) or hold a space. The user name goes with it.
    // Not nodemailer's `C: `: it logs `/* secret */` for the password, and `c:` as a keyword of
    // the pass over every byte woke a third more of loghub's lines.
    regex: String.raw`\bCLIENT -> SERVER:[ \t]+([A-Za-z0-9+/]{8,}={0,2})[ \t]*\r?$|\bsend: '([A-Za-z0-9+/]{8,}={0,2})\\r\\n'`,
    keywords: ['client -> server:', "send: '"],
    anchor: String.raw`CLIENT -> SERVER:|send: '`,
    tokenShape: true,
    examples: {
      match: [
        { input: `2026-12-02 10:00:00\tCLIENT -> SERVER: ${loginPassword}`, output: `2026-12-02 10:00:00\tCLIENT -> SERVER: ${label('smtp-login-response')}` },
        { input: `send: '${loginPassword}\\r\\n'`, output: `send: '${label('smtp-login-response')}\\r\\n'` },
      ],
      noMatch: ['CLIENT -> SERVER: STARTTLS', 'CLIENT -> SERVER: AUTH LOGIN', 'C: QUIT', 'S: 334 VXNlcm5hbWU6', 'RPC: Registered named UNIX socket transport module.', 'CLIENT -> SERVER: EHLO mail.example.com', "send: 'ehlo [127.0.1.1]\\r\\n'"],
    },
  },
  {
    id: 'zookeeper-super-digest',
    family: 'generic',
    description: "ZooKeeper's super user digest (DigestAuthenticationProvider.superDigest=super:<base64 SHA-1>): the password's hash, offline-checkable",
    // Round 8: a JVM flag in every process listing and start-up log of a secured ensemble.
    regex: String.raw`(?i:superDigest)=[^: \t\r\n"']+:([A-Za-z0-9+/]{27}=)`,
    keywords: ['superdigest'],
    examples: {
      match: [
        {
          input: `-Dzookeeper.DigestAuthenticationProvider.superDigest=super:${superDigest} -Djava.security.auth.login.config=/etc/zk/jaas.conf`,
          output: `-Dzookeeper.DigestAuthenticationProvider.superDigest=super:${label('zookeeper-super-digest')} -Djava.security.auth.login.config=/etc/zk/jaas.conf`,
        },
      ],
      noMatch: ['-Dzookeeper.DigestAuthenticationProvider.superDigest=${ZK_SUPER_DIGEST}'],
    },
  },
  {
    id: 'ftp-pass-command',
    family: 'generic',
    description: "the password of FTP's PASS command as a client's trace prints it: > PASS … (curl -v), C: PASS …, ---> PASS …; IRC's PASS oauth:… as Twitch's chat clients send it",
    // Only after a trace's direction marker: `PASS src/app.test.ts` is a test runner's result line.
    // Or after a logger's ` - ` (commons-net's PrintCommandListener in a log4j or logback layout; round 66),
    // a word with no path's `/`, `.` or `:` (a test runner's `- PASS src/app.test.ts` stays).
    // Rounds 98 and 100: FileZilla Server's `(10.0.0.5)> PASS …`, an EDI client's `<send>: PASS …`, a
    // server's `[CLIENT]: PASS …`.
    // Round 103: IRC's PASS as Twitch's chat clients send it, `oauth:` and the token, after any marker.
    regex: String.raw`(?:(?:^|[ \t")]|\\[nt])(?:>|C:|-+>|>>>|<send>:|\[CLIENT\]:)[ \t]*PASS[ \t]+([^ \t\r\n"\\]+)|[ \t]-[ \t]PASS[ \t]+([^ \t\r\n"\\/.:]+))[ \t]*(?:\r?$|\\+[nr"]|")|\b(?i:pass)[ \t]+oauth:([A-Za-z0-9]{20,40})\b`,
    keywords: ['pass'],
    anchor: String.raw`(?:>:?|C:|\]:|[ \t]-[ \t])[ \t]*PASS[ \t]|(?i:pass)[ \t]+oauth:`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `> PASS ${password}`, output: `> PASS ${label('ftp-pass-command')}` },
        { input: `< PASS oauth:${twitchToken}`, output: `< PASS oauth:${label('ftp-pass-command')}` },
        { input: `{"level":"debug","msg":"C: PASS ${password}"}`, output: `{"level":"debug","msg":"C: PASS ${label('ftp-pass-command')}"}` },
      ],
      noMatch: ['PASS src/app.test.ts (5.2 s)', '--- PASS: TestLogin (0.00s)', '> PASS', '---> PASS XXXX', 'PASS tests/login.spec.js', 'ci - PASS src/a.test.ts'],
    },
  },
  {
    id: 'basic-auth-call',
    family: 'generic',
    description: "a password given with its user to an HTTP client: Python requests' auth=('user', '…'), HTTPBasicAuth('user', '…'), aiohttp BasicAuth('user', '…'), Guzzle's 'auth' => ['user', '…'], Symfony HttpClient's auth_basic: ['user', '…'], Elasticsearch's http_auth=/basic_auth=('user', '…')",
    // The user and the password quoted alike; `\'` or `\"` inside a JSON string too. Symfony's
    // HttpClient names its option `auth_basic` (round 68).
    // After `auth =`, `auth:` or `'auth' =>` a pair may be roles or scopes (`auth: ['admin', 'editor']`):
    // there the password needs a digit or a symbol.
    regex: String.raw`\b(?:HTTP)?(?:Basic|Digest|Proxy)Auth[ \t]*\([ \t]*\\?["'][^"'\\\r\n]{1,128}\\?["'][ \t]*,[ \t]*\\?["']([^"'\\\r\n]{1,128})\\?["'][ \t]*[),]|\b(?i:(?:http_?|basic_?)?auth(?:_basic)?)\\?["']?[ \t]*(?:=>?|:)[ \t]*[(\[][ \t]*\\?["'][^"'\\\r\n]{1,128}\\?["'][ \t]*,[ \t]*\\?["']([^"'\\\r\n]{0,127}[0-9!#$%&*+?@^_~][^"'\\\r\n]{0,127})\\?["'][ \t]*[)\],]`,
    keywords: ['auth'],
    anchor: String.raw`(?:Basic|Digest|Proxy)Auth[ \t]*\(|(?i:auth(?:_basic)?)\\?["']?[ \t]*(?:=>?|:)[ \t]*[(\[]`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `requests.get(url, auth=('ada', '${password}'), timeout=5)`, output: `requests.get(url, auth=('ada', '${label('basic-auth-call')}'), timeout=5)` },
        { input: `r = requests.post(url, json=body, auth=HTTPBasicAuth("ada", "${password}"))`, output: `r = requests.post(url, json=body, auth=HTTPBasicAuth("ada", "${label('basic-auth-call')}"))` },
        { input: `$client->request('GET', $url, ['auth' => ['ada', '${password}']]);`, output: `$client->request('GET', $url, ['auth' => ['ada', '${label('basic-auth-call')}']]);` },
        { input: `aiohttp.BasicAuth('ada', '${password}', encoding='latin1')`, output: `aiohttp.BasicAuth('ada', '${label('basic-auth-call')}', encoding='latin1')` },
        // The Elasticsearch clients' http_auth (7.x) and basic_auth (8.x) (round 40).
        { input: `Elasticsearch([{'host': 'es'}], http_auth=('elastic', '${password}'), verify_certs=True)`, output: `Elasticsearch([{'host': 'es'}], http_auth=('elastic', '${label('basic-auth-call')}'), verify_certs=True)` },
      ],
      noMatch: ['auth=(user, password)', "HTTPBasicAuth('ada', os.environ['PW'])", "auth=('ada', '')", "'auth' => ['basic']"],
    },
  },
  {
    id: 'mongo-shell-password',
    family: 'generic',
    description: "the password of the MongoDB shell's db.auth(\"user\", \"…\") and db.changeUserPassword(\"user\", \"…\"), and of an MQTT client's username_pw_set(\"user\", \"…\") (Eclipse Paho): the user stays",
    // Red-team: the shell's positional form; `{user, pwd}` objects are the password rules'. A call
    // that prompts (`passwordPrompt()`) or passes variables names no password.
    regex: String.raw`\.(?:auth|changeUserPassword|username_pw_set)\([ \t]*\\?["'][^"'\\\r\n]*\\?["'][ \t]*,[ \t]*(?:\\?"([^"\\\r\n]+)\\?"|\\?'([^'\\\r\n]+)\\?')`,
    // Tier 1b only: `auth` and `pass` are in the pass over every byte already; Paho's setter (round 47) is `pw_set`'s.
    keywords: ['auth', 'pass', 'pw_set'],
    anchor: String.raw`\.(?:auth|changeUserPassword|username_pw_set)\(`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `db.auth("app", "${mongoPassword}")`, output: `db.auth("app", "${label('mongo-shell-password')}")` },
        { input: `db.changeUserPassword('app', '${mongoPassword}')`, output: `db.changeUserPassword('app', '${label('mongo-shell-password')}')` },
        { input: `client.username_pw_set("gateway", "${mongoPassword}")`, output: `client.username_pw_set("gateway", "${label('mongo-shell-password')}")` },
      ],
      noMatch: ['db.auth("app", passwordPrompt())', 'db.auth(user, pw)'],
    },
  },
  {
    id: 'github-add-mask',
    family: 'generic',
    description: "the value of GitHub Actions' ::add-mask:: workflow command: secret by definition, and printed before the mask applies when a step echoes it",
    // Red-team. To the line's end or the closing quote; a variable (`$TOKEN`, `${{ … }}`) or `***` names none.
    regex: String.raw`::add-mask::([^ \t\r\n"'\\$*][^\r\n"'\\]*)`,
    // `mask`, not `add-mask`: with the merged rules of s16, the longer literal took the pass over
    // every byte out of RE2's DFA with five keys of a config's own (~25 ms to ~750 ms over the examples).
    keywords: ['mask'],
    examples: {
      match: [{ input: `echo "::add-mask::${maskValue}"`, output: `echo "::add-mask::${label('github-add-mask')}"` }],
      noMatch: ['echo "::add-mask::$TOKEN"', '::add-mask::***', 'echo "::add-mask::"'],
    },
  },
  {
    id: 'jaas-user-password',
    family: 'generic',
    description: 'the passwords of a JAAS login module entry on one line: Kafka\'s PlainLoginModule required username="…" password="…" user_admin="…" user_alice="…"; (sasl.jaas.config, KafkaServer { … }), ZooKeeper\'s DigestLoginModule user_super="…"',
    // A red-team review (N9): a broker's `user_<name>="…"` options are its users' passwords, and
    // only `password="…"` went. The entry's flag says it is one (`required`, `optional`, …), and
    // the rule reads its options in order, `password` among them, so all go with it (`spans`).
    regex: String.raw`LoginModule[ \t]+(?:required|requisite|sufficient|optional)${`(?:${JAAS_OPTION})?`.repeat(JAAS_MAX_OPTIONS)}`,
    keywords: ['loginmodule'],
    anchor: String.raw`LoginModule[ \t]+(?:required|requisite|sufficient|optional)`,
    anchorInPass: false,
    kind: 'spans',
    examples: {
      match: [
        {
          input: `KafkaServer { org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${password}" user_admin="${password}" user_alice="${plain}"; };`,
          output: `KafkaServer { org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${label('jaas-user-password')}" user_admin="${label('jaas-user-password')}" user_alice="${label('jaas-user-password')}"; };`,
        },
        { input: `PlainLoginModule required username='svc' password='${plain}';`, output: `PlainLoginModule required username='svc' password='${label('jaas-user-password')}';` },
      ],
      noMatch: [
        'com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true keyTab="/etc/kafka.keytab" principal="kafka/b1@EXAMPLE.COM";',
        'user_id="42" user_admin="true"',
        // Single quotes, as Spring's properties write them (round 113: the quote was read as the value's).
        "PlainLoginModule required username='${CONFLUENT_API_KEY}' password='${CONFLUENT_API_SECRET}';",
      ],
    },
  },
];
