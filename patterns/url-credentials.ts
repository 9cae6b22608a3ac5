import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START, UUID } from './parts.js';
import { createSampler, sample } from './sample.js';

const password = sample.password();
const token = sample.alnum(40);
const hexToken = sample.hex(40);
/** A random 40-hex token of 3.44 bits a character: one in seven or so falls under 3.5. */
const lowHexToken = 'acc6864057a0560f999065b17af869904620160f';
const withAt = `${sample.alnum(6)}@${sample.alnum(5)}`;
const slashed = `${sample.alnum(5)}/${sample.alnum(6)}`;

/**
 * A password holding an unencoded `/`: it opens with a character that is no digit (or with digits
 * and then one that is neither digit nor `/`: not a port), and holds no `@`, `?` or `#`. Nor a
 * port and then `;`: SQL Server's JDBC properties (round 14).
 */
const SLASHED = String.raw`(?:[^0-9@/ \t\r\n"'\\?#]|[0-9]+[^0-9;@/ \t\r\n"'\\?#])[^@ \t\r\n"'\\?#]*`;

/** s14's samples, from a sampler of their own so the ones above stay as they were. */
const s14 = createSampler(2026120116);
/** Round 50's OpenWeatherMap key: 32 hex. */
const appid = createSampler(2026120350).hex(32);
const dsnPassword = `${s14.alnum(7)}!${s14.alnum(5)}`;

/**
 * The path segments of the links an app mails for a one-time login: password reset, e-mail
 * verification and confirmation, account activation, invitations, magic links, unsubscribe.
 * After one, the next segment (or the one after a short id: Django's uidb64, Laravel's user id)
 * is the token (s15).
 */
const LINK_PATHS = String.raw`(?:reset|reset[-_]?password|password(?:[-_]|\\?/)?reset|forgot[-_]?password|verify|verify[-_]?email|verification|confirm|confirmation|confirm[-_]?email|activate|activation|activate[-_]?account|invite|invites|invitation|invitations|magic|magic[-_]?link|magiclink|unsubscribe)`;
/** A short id segment between the name and the token, and the separator a JSON encoder may escape (`\/`). */
const LINK_ID = String.raw`(?:\\?/(?:[A-Za-z0-9_-]{1,12}|accept|confirm|login|verify|token|email))?`;
/** Where a path token ends: the next segment, the query, a quote, a space, the end. */
const LINK_END = String.raw`(?:[/?#&"'\\ \t<>;,)\]]|$)`;
const s15 = createSampler(2026120115);
const resetToken = s15.hex(64);
const djangoToken = `${s15.from('0123456789abcdefghijklmnopqrstuvwxyz', 6)}-${s15.hex(32)}`;
const codeVerifier = createSampler(2026120217).base64url(43);
/** Round 27's: an authorization code as an OAuth client logs its callback. */
const callbackCode = createSampler(2026120327).base64url(43);
/** A calendar feed's token as many apps make it: lower-case letters and digits (round 43). */
const round43 = createSampler(2026120302);
const feedToken = round43.from('abcdefghijklmnopqrstuvwxyz0123456789', 40);
/**
 * What an OAuth callback or token request holds beside its authorization code: the state it
 * returns, the redirect URI, the grant, the client (Entra's `client_info`), the scope. Next to one
 * of these, `code` names that code, not a status or an error's (`code=200`): those are no token.
 */
const OAUTH_CONTEXT = String.raw`(?:state|session_state|redirect_uri|redirectUri|grant_type|client_id|client_info|scope)`;
/**
 * `code=` as a field, form field or Java map entry, then its value (a one-item list too:
 * `code=[…]`): 18 characters or more, as every provider's code is (GitHub's 20 hex, Dex's 25,
 * Keycloak's three UUIDs joined by dots), where an error's, an order's or a region's code is
 * shorter (`AADSTS50126`, `ORD-2024-118734`, `eu-west-1a`; a review). Not a JSON key: `"code":` as
 * a literal of the pass over every byte took it out of RE2's DFA, and `code":` is in pino's
 * `"statusCode":` on every request line.
 */
const CODE_VALUE = String.raw`code=[ \t]*\[?\\*["']?([A-Za-z0-9._~+/%-]{18,})`;
const CODE_FIELD = String.raw`(?:^|[^A-Za-z0-9_.-])${CODE_VALUE}`;
/** A quoted key and its `:` in JSON, a Python dict or Node's inspect (`"code": "`, `'code': '`, `code: '`). */
const quotedKey = (key: string): string => String.raw`(?:^|[^A-Za-z0-9_])\\*["']?${key}\\*["']?[ \t]*:[ \t]*\\*["']`;
/**
 * A quoted code: 18 characters or more with a digit, not at its ends only (`"code":"E_INVALID_GRANT_FOR_CLIENT"`
 * is an error's, beside a `"state"` as often as a callback's).
 */
const QUOTED_CODE = String.raw`([A-Za-z0-9._~+/%-]{8,}[0-9][A-Za-z0-9._~+/%-]{8,}|[0-9][A-Za-z0-9._~+/%-]{17,})`;
/** The code as a quoted field beside its context's, in either order (round 43: Ally's `"query":{"code":…,"state":…}`). */
const CODE_QUOTED = String.raw`${quotedKey('code')}${QUOTED_CODE}\\*["'][ \t]*,[ \t]*\\*["']?${OAUTH_CONTEXT}\\*["']?[ \t]*:|${quotedKey(OAUTH_CONTEXT)}[^"'\\\r\n]*\\*["'][ \t]*,[ \t]*\\*["']?code\\*["']?[ \t]*:[ \t]*\\*["']${QUOTED_CODE}\\*["']`;
/** A sixth red-team review's: Google's authorization code as a SPA posts it to its API. */
const googleCode = `4/0A${createSampler(2026120222).base64url(58)}`;
const contextCode = `ac_${createSampler(2026120541).base64url(30)}`;

/** An Oracle user in a logon: a name, a quoted one, or a proxy user with its schema (`proxy[app]`). */
const ORACLE_USER = String.raw`(?:"[^"\r\n/@]+"|[A-Za-z0-9_$#.]+(?:\[[A-Za-z0-9_$#.]+\])?)`;

/** An Oracle password before its `@connect`: quoted (it may then hold `@`), or a run that is no variable. */
const ORACLE_PASSWORD = String.raw`"([^"\r\n]+)"|([^$ \t\r\n"'@/\\{}][^ \t\r\n"'@/\\{}]*)`;

const s16 = createSampler(2026120124);
const oraclePassword = `${s16.alnum(6)}${s16.digits(3)}`;

/** Credentials inside URLs: `scheme://user:password@host`. The user and host stay. */

export const urlCredentialRules: readonly RuleSpec[] = [
  {
    id: 'oracle-connect-string',
    family: 'url-credentials',
    description: "password in Oracle's user/password@connect logon inside a JDBC URL (jdbc:oracle:thin:scott/…@db:1521:ORCL, oci) or a Python driver's connect call (cx_Oracle/oracledb.connect(\"u/…@dsn\") and connect(\"u\", \"…\", dsn))",
    // Red-team: Oracle's JDBC URL carries the logon before `@`, not as `//user:password@`, so
    // url-credentials never saw it. The command-line tools' logon is cli-password-option's. With
    // no user (`jdbc:oracle:thin:@//db/svc`, a wallet's `/@alias`) nothing goes.
    regex: String.raw`\b(?i:jdbc:oracle:(?:thin|oci8?|kprb)):${ORACLE_USER}/(?:${ORACLE_PASSWORD})@|\b(?i:cx_oracle|oracledb)\.(?i:connect)\([ \t]*(?:\\?["']${ORACLE_USER}/(?:${ORACLE_PASSWORD})@|\\?["'][A-Za-z0-9_$#.]+\\?["'][ \t]*,[ \t]*\\?["']([^"'\r\n\\]+)\\?["'])`,
    // One literal every shape holds: `jdbc:oracle`, `cx_oracle.connect(` and `oracledb.connect(`
    // as three took the five-keys config's pass out of RE2's DFA (~25 ms -> ~700 ms).
    keywords: ['oracle'],
    examples: {
      match: [
        { input: `jdbc:oracle:thin:scott/${oraclePassword}@db.example.com:1521:ORCL`, output: `jdbc:oracle:thin:scott/${label('oracle-connect-string')}@db.example.com:1521:ORCL` },
        { input: `url=jdbc:oracle:thin:app_user/${oraclePassword}@//db:1521/svc`, output: `url=jdbc:oracle:thin:app_user/${label('oracle-connect-string')}@//db:1521/svc` },
        { input: `jdbc:oracle:thin:"scott"/"${oraclePassword}"@db:1521/svc`, output: `jdbc:oracle:thin:"scott"/"${label('oracle-connect-string')}"@db:1521/svc` },
        { input: `conn = cx_Oracle.connect("scott/${oraclePassword}@orcl")`, output: `conn = cx_Oracle.connect("scott/${label('oracle-connect-string')}@orcl")` },
        { input: `cx_Oracle.connect("scott", "${oraclePassword}", "db:1521/orcl")`, output: `cx_Oracle.connect("scott", "${label('oracle-connect-string')}", "db:1521/orcl")` },
      ],
      noMatch: ['jdbc:oracle:thin:@//db:1521/svc', 'jdbc:oracle:thin:/@wallet_alias', 'jdbc:oracle:thin:${DB_USER}/${DB_PASSWORD}@db:1521/svc', 'cx_Oracle.connect(dsn)'],
    },
  },
  {
    id: 'go-sql-dsn',
    family: 'url-credentials',
    description: "password in a Go SQL driver DSN, which has no scheme: user:password@tcp(host:3306)/db (go-sql-driver/mysql, also unix(…))",
    // Logged by Go services at start-up and in connection errors (s14). The password runs to the
    // last `@` before the protocol; a URL's (`mysql://u:p@tcp(…)`) is url-credentials'.
    // No brackets in the password: `[REDACTED:go-sql-dsn]` is ours, and a second scrub leaves it.
    regex: String.raw`(?:^|[^A-Za-z0-9_.:/-])[A-Za-z0-9_.-]{1,64}:([^ \t\r\n"'\\[\]]{1,128})@(?:tcp6?|udp|unix)\(`,
    keywords: ['@tcp(', '@tcp6(', '@udp(', '@unix('],
    examples: {
      match: [
        { input: `dsn=root:${dsnPassword}@tcp(127.0.0.1:3306)/app?parseTime=true`, output: `dsn=root:${label('go-sql-dsn')}@tcp(127.0.0.1:3306)/app?parseTime=true` },
        { input: `[mysql] 2026/11/30 10:00:00 connecting to app:${dsnPassword}@tcp(db:3306)/app`, output: `[mysql] 2026/11/30 10:00:00 connecting to app:${label('go-sql-dsn')}@tcp(db:3306)/app` },
        { input: `{"dsn":"app:${dsnPassword}@unix(/run/mysqld/mysqld.sock)/app"}`, output: `{"dsn":"app:${label('go-sql-dsn')}@unix(/run/mysqld/mysqld.sock)/app"}` },
      ],
      noMatch: ['dsn=root@tcp(127.0.0.1:3306)/app', 'user:@tcp(db:3306)/app'],
    },
  },
  {
    id: 'url-token-user',
    family: 'url-credentials',
    description: 'a token as the user name of a URL (https://TOKEN@host, https://TOKEN:x-oauth-basic@host), as git remotes and CI clones write it',
    // Before `url-credentials`, which would take `x-oauth-basic` for the password and keep the token.
    // And NATS's token (`nats://<token>@nats:4222`, round 14).
    regex: String.raw`\b(?i:https?|git|ssh|wss?|git\+https|nats|tls)://((?:[A-Za-z_-]*[0-9]){2}[A-Za-z0-9_-]*)(?::(?i:x-oauth-basic))?@[A-Za-z0-9]`,
    // No keywords: the anchor itself prefilters; `://` alone wakes every line with a URL.
    keywords: [],
    anchor: String.raw`://[^/@ \t\r\n"'\\]*@`,
    // A user name is a word or a name (`jenkins-deploy-bot`, `ci2`); a token is random, digits in it.
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `git clone https://${hexToken}@github.com/org/repo.git`, output: `git clone https://${label('url-token-user')}@github.com/org/repo.git` },
        { input: `remote: https://${token}:x-oauth-basic@github.com/org/repo`, output: `remote: https://${label('url-token-user')}:x-oauth-basic@github.com/org/repo` },
        { input: `nats: connecting to nats://${token}@nats.messaging.svc:4222`, output: `nats: connecting to nats://${label('url-token-user')}@nats.messaging.svc:4222` },
      ],
      noMatch: ['https://jenkins-deploy-bot-user@git.example.com/r.git', 'https://deploy42@git.example.com/r.git', 'https://aaaaaaaaaaaaaaaaaaaaaaaa@host/x', 'ssh://git@github.com/org/repo.git'],
    },
  },
  {
    id: 'url-hex-token-user',
    family: 'url-credentials',
    description: 'a hex token of 32 characters or more as the user name of a URL (https://<40 hex>@github.com/…), as git remotes write a classic personal access token',
    // url-token-user asks 3.5 bits a character of any token; hex holds at most 4, and one random
    // 40-hex token in five or so falls under 3.5 (`e3b1…`: 3.46). Hex this long is no user's name.
    regex: String.raw`\b(?i:https?|git|ssh|wss?|git\+https|nats|tls)://([0-9a-fA-F]{32,128})(?::(?i:x-oauth-basic))?@[A-Za-z0-9]`,
    keywords: [],
    anchor: String.raw`://[^/@ \t\r\n"'\\]*@`,
    minEntropy: 2.5,
    examples: {
      match: [{ input: `git clone https://${lowHexToken}@github.com/org/repo.git`, output: `git clone https://${label('url-hex-token-user')}@github.com/org/repo.git` }],
      noMatch: ['https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@host/x', 'https://deadbeef@host/x'],
    },
  },
  {
    id: 'url-credentials',
    family: 'url-credentials',
    description: 'password in a URL or connection string (scheme://user:password@host)',
    // A password may hold an unencoded `@` (`p@ss@host`): the last `@` before the host ends it, as
    // WHATWG's parser reads it, but never one after a `?`, `&` or `=` (`https://u:pw@host?email=a@b.c`
    // keeps its query). A `#` there is the password's (`p@ss#word1@mongo`: only `p` went, leaks3):
    // a fragment holding an `@` and no `/` after a URL with a password is rarer than such a password.
    // An unencoded `/` (`postgres://app:ab/cd@db`) is read too, but only when what follows the
    // colon is no port (`https://host:8443/a/@scope/pkg` keeps its path) and holds no `?` or `#`
    // before the `@` (a query's `email=a@b`). No `[` in the user: that is our own placeholder for
    // a token user (`https://[REDACTED:url-token-user]@host`).
    // A port and then `;` is no password: SQL Server's JDBC URL puts its properties there
    // (`jdbc:sqlserver://db:1433;user=app;password=p@ss;`, round 14), password-assignment's.
    // An AWS access key id as the user (SES's SMTP credentials, `smtps://AKIA…:…@email-smtp…`,
    // round 24) goes too: this match moves the scan past it, so its own rule would never see it.
    // A user with a domain of its own, its `@` unencoded (govc's `GOVC_URL=https://administrator@
    // vsphere.local:…@vcsa/sdk`, `smtp://me@example.com:…@smtp.example.com`; round 84): its
    // password is no port (`user@host:8443/…`) and holds no `/`.
    regex: String.raw`\b[A-Za-z][A-Za-z0-9+.-]{1,30}://(?:(?:((?:AKIA|ASIA)[A-Z0-9]{16})|[^:/@ \t\r\n"'\\[]*):((?:[^@/ \t\r\n"'\\0-9]|[0-9]+[^0-9;@/ \t\r\n"'\\])[^@/ \t\r\n"'\\]*(?:@[^@/ \t\r\n"'\\?&=]+)*|[0-9]+(?:@[^@/ \t\r\n"'\\?&=]+)*|${SLASHED})|[^:/@ \t\r\n"'\\[]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+:((?:[^@/ \t\r\n"'\\0-9]|[0-9]+[^0-9;@/ \t\r\n"'\\])[^@/ \t\r\n"'\\]*(?:@[^@/ \t\r\n"'\\?&=]+)*))@`,
    secretGroup: 2,
    moreSecrets: [{ group: 1, ruleId: 'aws-access-key-id' }],
    // No keywords: the anchor itself prefilters; `://` alone wakes every line with a URL. The
    // anchor allows a `/` before the `@`, as the regex does.
    keywords: [],
    anchor: String.raw`://[^@ \t\r\n"'\\]*@`,
    examples: {
      match: [
        { input: `DATABASE_URL=postgres://app:${password}@db.internal:5432/app`, output: `DATABASE_URL=postgres://app:${label('url-credentials')}@db.internal:5432/app` },
        { input: `{"redis":"rediss://:${password}@cache:6380"}`, output: `{"redis":"rediss://:${label('url-credentials')}@cache:6380"}` },
        { input: `mongodb://app:${withAt}@db:27017/app`, output: `mongodb://app:${label('url-credentials')}@db:27017/app` },
        { input: `https://ci:${password}@host/cb?email=ada@example.com`, output: `https://ci:${label('url-credentials')}@host/cb?email=ada@example.com` },
        // An unencoded `/` in the password (issue 8).
        { input: `DATABASE_URL=postgres://app:${slashed}@db.internal:5432/app`, output: `DATABASE_URL=postgres://app:${label('url-credentials')}@db.internal:5432/app` },
        { input: `redis://:9${slashed}@cache:6379/0`, output: `redis://:${label('url-credentials')}@cache:6379/0` },
      ],
      noMatch: [
        'https://example.com:8443/path',
        'mailto:ops@example.com',
        'git@github.com:org/repo.git',
        'GET https://registry.example.com:8443/npm/@scope/pkg 200',
        'http://localhost:3000/api/users/@me',
        'https://host:443/a?next=/b@c',
      ],
    },
  },
  {
    id: 'url-credentials-escaped',
    family: 'url-credentials',
    description: 'password in a URL whose slashes JSON escaped (PHP json_encode: scheme:\\/\\/user:password@host)',
    // Round 21: Monolog and Doctrine log a DSN inside JSON as PHP's `json_encode` writes it, every
    // `/` as `\/` (12 lines went through whole). As `url-credentials`, a port then a path is none.
    regex: String.raw`\b[A-Za-z][A-Za-z0-9+.-]{1,30}:\\/\\/[^:/@ \t\r\n"'\\[]*:((?:[^@/ \t\r\n"'\\0-9]|[0-9]+[^0-9;@/ \t\r\n"'\\])(?:[^@/ \t\r\n"'\\]|\\/)*|[0-9]+)@`,
    // In the second automaton: a block without JSON's `\/` cannot hold it.
    keywords: [':\\/\\/'],
    examples: {
      match: [
        { input: `doctrine.ERROR: Connection refused {"dsn":"mysql:\\/\\/shop:${password}@db.local\\/wp"}`, output: `doctrine.ERROR: Connection refused {"dsn":"mysql:\\/\\/shop:${label('url-credentials-escaped')}@db.local\\/wp"}` },
        { input: `{"url":"redis:\\/\\/:${slashed.replace(/\//g, '\\/')}@cache:6379\\/0"}`, output: `{"url":"redis:\\/\\/:${label('url-credentials-escaped')}@cache:6379\\/0"}` },
      ],
      noMatch: ['{"url":"https:\\/\\/registry.example.com:8443\\/npm\\/@scope\\/pkg"}', '{"link":"https:\\/\\/host\\/cb?email=ada@example.com"}'],
    },
  },
  {
    id: 'link-path-token',
    family: 'url-credentials',
    description: 'the one-time token in the path of a password-reset, e-mail verification, activation, invitation, magic-login or unsubscribe link (/reset-password/<token>, /invitations/accept/<token>): a UUID, 20 or more hex, or a random token of mixed case',
    // Access and request logs print the request a mailed link makes: whoever reads them can use
    // it while it is valid. A slug (`/confirm/order-12345-confirmation`), a word or a file stays.
    // Okta's activation and recovery links put the token before the verb (round 41:
    // `https://<org>.okta.com/tokens/<token>/verify`).
    regex: String.raw`/(?:${LINK_PATHS}|log[-_]?in|sign[-_]?in)${LINK_ID}\\?/([A-Za-z0-9_~.:%-]{16,256})${LINK_END}|/tokens/([A-Za-z0-9_-]{20,64})/verify\b`,
    // A login link only with the slash after its name (`/users/log_in/<token>`, Phoenix's magic
    // link; round 58): `/login` alone is on every other line of a web app's access log.
    keywords: ['/reset', '/verif', '/confirm', '/activat', '/invit', '/magic', '/unsubscribe', '/forgot', '/password', ...['log_in', 'log-in', 'login', 'sign_in', 'sign-in', 'signin'].flatMap((w) => [`/${w}/`, `/${w}\\/`])],
    // A slash before the name: `connection reset`, `ssl verify` in prose wake nothing. Tier 1b
    // only: in the pass the anchor hit every line its keywords hit (60 of 124,634 lines of the
    // bench corpora and loghub) and took 56 of the characters kept for keys of a config's own.
    anchorInPass: false,
    anchor: String.raw`/(?:reset|verif|confirm|activat|invit|magic|unsubscribe|forgot|password|log[-_]?in|sign[-_]?in)`,
    tokenShape: true,
    minEntropy: 3,
    examples: {
      match: [
        { input: `"GET /reset-password/${resetToken}?email=ada%40example.com HTTP/1.1" 200`, output: `"GET /reset-password/${label('link-path-token')}?email=ada%40example.com HTTP/1.1" 200` },
      ],
      // More shapes and look-alikes in tests/patterns/url-path-tokens.test.ts: each example line
      // is input to compile.test.ts's guard of the pass, which these links, all of them, tipped.
      noMatch: ['GET /confirm/order-12345-confirmation 200'],
    },
  },
  {
    id: 'link-query-token',
    family: 'url-credentials',
    description: "the one-time token in the query of a password-reset, verification, invitation, recovery or e-mail login link (/reset?ticket=…, /password/new?t=…, /account/recover?t=…), and the path token of an e-mail login link (/session/email-login/<token>): a UUID, 16 or more letters and digits in one case, or a random token of mixed case",
    // Round 41: the same links as link-path-token's with the token as a parameter, whatever its
    // name (`t`, `ticket`, `k`), as Auth0's password-change tickets and many apps' reset links
    // carry it. The first random-looking value of the link's query: `?email=ada%40x.com`,
    // `?lang=en` and `?next=%2Fhome` look like none.
    regex: String.raw`/(?:${LINK_PATHS}|recover|recovery|password[-_/]new|new[-_]password)(?:[-_/][A-Za-z0-9_-]+){0,2}(?:\\?/)?\?(?:[^ \t\r\n"'#?<>\\]*?&)?[A-Za-z_][A-Za-z0-9_.-]*=([A-Za-z0-9_~.%-]{16,})${LINK_END}|/(?:email[-_]?login|login[-_/]email)\\?/([A-Za-z0-9_~.%-]{16,})${LINK_END}`,
    keywords: ['/reset', '/verif', '/confirm', '/activat', '/invit', '/magic', '/unsubscribe', '/password', '/recover', '/new-password', '/new_password', '/email-login', '/email_login', '/emaillogin', '/login/email', '/login-email'],
    anchorInPass: false,
    anchor: String.raw`/(?:reset|verif|confirm|activat|invit|magic|unsubscribe|password|recover|new[-_]password|email[-_]?login|login[-_/]email)`,
    tokenShape: true,
    minEntropy: 3,
    // Generic: a safe parameter stays (`?etag=`, `?page_token=`). And so no keyed value is screened
    // against its 16 keywords to be labelled by it, which it never reads alone (`shapesIn`).
    generic: true,
    examples: {
      match: [
        { input: `"GET /account/recover?t=${resetToken.slice(0, 32)} HTTP/1.1" 302`, output: `"GET /account/recover?t=${label('link-query-token')} HTTP/1.1" 302` },
        { input: `"GET /session/email-login/${resetToken.slice(0, 32)} HTTP/1.1" 302`, output: `"GET /session/email-login/${label('link-query-token')} HTTP/1.1" 302` },
      ],
      noMatch: ['GET /verify?email=ada%40example.com&lang=en 200', 'GET /reset?next=%2Fdashboard 302'],
    },
  },
  {
    id: 'query-appid-key',
    family: 'url-credentials',
    description: "an API key a URL's query carries as appid (OpenWeatherMap, Wolfram|Alpha): ?q=Berlin&appid=…",
    // Round 50: a key by a name that says application, not key; a Steam game's `appid=570` is no token.
    regex: String.raw`[?&](?i:appid)=([A-Za-z0-9_-]{12,})(?:[^A-Za-z0-9_%-]|$)`,
    keywords: ['appid='],
    minEntropy: 3,
    examples: {
      match: [{ input: `HTTP GET https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=${appid}`, output: `HTTP GET https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=${label('query-appid-key')}` }],
      noMatch: ['GET /api/appdetails?appid=570&cc=us', 'GET /store?appid=com.example.app'],
    },
  },
  {
    id: 'calendar-feed-token',
    family: 'url-credentials',
    description: "the secret of a calendar feed's URL (/ical/<org>/<token>.ics, webcal://…/<token>.ics, Google Calendar's /private-<hex>/basic.ics): whoever has the link reads the calendar",
    // Round 43: a subscribed calendar's importer (Google, Outlook) fetches the feed's secret URL
    // on a schedule, and every access log keeps it. A token of 20 or more letters and digits, or
    // a UUID, as the file's name, or Google's `private-` segment; a named file stays (`team-holidays-2025.ics`).
    regex: String.raw`/(?:([A-Za-z0-9]{20,128}|${UUID})\.ics|private-([0-9a-f]{32})/(?:basic|full)\.ics)\b`,
    keywords: ['.ics'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `"GET https://app.example.com:443/ical/initech/${feedToken}.ics HTTP/1.1" "Google-Calendar-Importer"`, output: `"GET https://app.example.com:443/ical/initech/${label('calendar-feed-token')}.ics HTTP/1.1" "Google-Calendar-Importer"` },
        { input: `GET /calendar/ical/ada%40example.com/private-${round43.hex(32)}/basic.ics 200`, output: `GET /calendar/ical/ada%40example.com/private-${label('calendar-feed-token')}/basic.ics 200` },
      ],
      noMatch: ['GET /downloads/team-holidays-2025.ics 200', 'GET /calendar/ical/en.usa%23holiday%40group.v.calendar.google.com/public/basic.ics 200', 'GET /events/20250318T090000Z.ics 200'],
    },
  },
  {
    id: 'auth-flow-code',
    family: 'url-credentials',
    description: "a login or reset flow's one-time value under its own name, as a parameter, form field, JSON field or key=value: OAuth PKCE's code_verifier, OAuth 1.0a's oauth_verifier, a SAML POST binding's SAMLResponse, Firebase's oobCode",
    // code_verifier with the authorization code gets the tokens, as oauth_verifier with the request
    // token does in OAuth 1.0a (round 54: Twitter's callback); SAMLResponse is a signed assertion,
    // a login while it is valid; oobCode is the token of Firebase's reset and verification links.
    // Their own rule, not three more sensitive keys: those went into every key rule's anchor in
    // the pass over every byte, which then had no room left (s17). To the next parameter, quote,
    // space or markup; percent-encoding stays inside the value.
    regex: String.raw`(?i:(?:code|oauth)[_-]?verifier|saml[_-]?response|oob[_-]?code)(?:\\?["']?[ \t]*(?:[:=]|=>)[ \t]*\[?\\?["']?|%3[Dd])([A-Za-z0-9%+/=_.~-]{16,})`,
    keywords: ['verifier', 'samlresponse', 'saml_response', 'saml-response', 'oobcode', 'oob_code', 'oob-code'],
    minEntropy: 3,
    examples: {
      match: [
        {
          input: `POST /oauth/token grant_type=authorization_code&code_verifier=${codeVerifier}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb`,
          output: `POST /oauth/token grant_type=authorization_code&code_verifier=${label('auth-flow-code')}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb`,
        },
        {
          input: `"GET /auth/twitter/callback?oauth_verifier=${codeVerifier} HTTP/1.1" 302 73`,
          output: `"GET /auth/twitter/callback?oauth_verifier=${label('auth-flow-code')} HTTP/1.1" 302 73`,
        },
      ],
      noMatch: ['code_verifier=missing', 'PKCE code_verifier mismatch for client web', 'oobCode=<redacted>'],
    },
  },
  {
    id: 'oauth-callback-code',
    family: 'url-credentials',
    description: "an OAuth authorization code as a client logs its callback or token request: code=… beside state, redirect_uri, grant_type, client_id, client_info or scope (Dex, Keycloak, Okta, Entra, GitHub, Hydra, Spring's form map)",
    // Round 27: `?code=` and `&code=` are secret-query-param's; a client's own log writes the
    // callback's fields as key=value (`handleCallback code=… state=… redirect_uri=…`) or a form
    // map (`{grant_type=[authorization_code], code=[…], redirect_uri=[…]}`). The code with the
    // client's credentials gets tokens until it is used or expires. Both orders, on one line.
    // The context is the next field or the one before, its value one word: the match spans no
    // other field, whose secret the rules after this one would then not read (round 18's
    // `?state=%7B…token…%7D&code=`), and a URL's query (`&code=` after `state=`) is left to
    // secret-query-param.
    regex: String.raw`${CODE_FIELD}\\*["']?\]?[ \t]*[ ,&][ \t]*\\*["']?${OAUTH_CONTEXT}\\*["']?[ \t]*[:=]|[^A-Za-z0-9_]${OAUTH_CONTEXT}\\*["']?[ \t]*[:=][ \t]*\\*["']?[^ \t\r\n"'\\,&;]*\\*["']?[ \t]*[ ,][ \t]*${CODE_VALUE}|${CODE_QUOTED}`,
    // `code=`, not the context's words: any literal more put the pass over every byte out of RE2's
    // DFA (catalog examples ~80 -> ~350 ms), and `code=` stands for `?code=`, `&code=` and `#code=` there.
    // A quoted key's `code` from its opening quote, whatever escapes its closing one (`"code":`,
    // `\"code\":`): `"statusCode":` is none. Node's inspect (`{ code: '…' }`) quotes no key.
    keywords: ['code=', '"code', "'code", "code: '"],
    // On the lines those woke (`"code"` is every error's), a code's opening: after `=` or a quoted
    // key's `:` and quote, then the code's first character.
    anchor: String.raw`(?i:code)(?:=|\\*["']?[ \t]*:[ \t]*\\*["'][A-Za-z0-9._~+/%-])`,
    anchorInPass: false,
    // GitHub's codes are 20 hex characters (~3 bits each).
    minEntropy: 2.6,
    examples: {
      match: [
        {
          input: `DEBUG [auth] handleCallback provider=okta code=${callbackCode} state=Xq8${callbackCode.slice(0, 12)} redirect_uri=https://app.example.com/cb`,
          output: `DEBUG [auth] handleCallback provider=okta code=${label('oauth-callback-code')} state=Xq8${callbackCode.slice(0, 12)} redirect_uri=https://app.example.com/cb`,
        },
        {
          input: `RestTemplate : Writing [{grant_type=[authorization_code], code=[${callbackCode}], redirect_uri=[https://app.example.com/cb]}]`,
          output: `RestTemplate : Writing [{grant_type=[authorization_code], code=[${label('oauth-callback-code')}], redirect_uri=[https://app.example.com/cb]}]`,
        },
        {
          input: `{"msg":"ally callback received","driver":"github","query":{"code":"${callbackCode}","state":"${callbackCode.slice(2, 22)}"}}`,
          output: `{"msg":"ally callback received","driver":"github","query":{"code":"${label('oauth-callback-code')}","state":"${callbackCode.slice(2, 22)}"}}`,
        },
        { input: `callback params {'state': 'xyz', 'code': '${callbackCode}'}`, output: `callback params {'state': 'xyz', 'code': '${label('oauth-callback-code')}'}` },
      ],
      noMatch: [
        'exit code=1 state=failed',
        'error code=AADSTS50126 client_id=web',
        'code=E1001 state=open',
        '{"err":{"code":"E_INVALID_CREDENTIALS_FOR_USER","state":"rejected"}}',
        '{"code":"ERR_ORDER_ALREADY_PAID","state":"paid","scope":"billing"}',
      ],
    },
  },
  {
    id: 'oauth-code-after-context',
    family: 'url-credentials',
    description: "an OAuth authorization code as key=value later on a line about the flow (OAuth, authorization, callback, PKCE, a token endpoint): POST /oauth/token code=…, exchanging authorization code code=…, a token request's body, duo_code=… in a callback",
    // Rounds 82-93's leaks: the client's log names the flow first, then the code, with no
    // callback field beside it (oauth-callback-code's context). A token's shape, a digit among
    // letters, and 18 characters or more: `error code=AUTHORIZATION_PENDING` stays. The match
    // spans the fields between: the other rules read them again (scan.ts, `readContext`).
    // Not a query's bare `?code=` (secret-query-param's) nor a callback's fields (oauth-callback-code's).
    regex: [
      String.raw`(?i:oauth|authoriz|pkce|/token\b)[^\r\n]*?(?:^|[^A-Za-z0-9_.?&-])(?:(?i:auth|authorization|oauth|duo|sso|login)_)?code=[ \t]*\[?\\*["']?([A-Za-z0-9._~+/%-]{18,})`,
      String.raw`(?i:oauth|authoriz|pkce|/token\b|callback)[^\r\n]*?[?&;](?i:auth|authorization|oauth|duo|sso|login)_code=([A-Za-z0-9._~+/%-]{18,})`,
    ].join('|'),
    keywords: ['code='],
    tokenShape: true,
    minEntropy: 3,
    examples: {
      match: [{ input: `POST /oauth/token code=${contextCode} -> 200`, output: `POST /oauth/token code=${label('oauth-code-after-context')} -> 200` }],
      noMatch: ['oauth: token request failed error code=AUTHORIZATION_PENDING_FOR_DEVICE', 'callback: exit code=1'],
    },
  },
  {
    id: 'google-oauth-code',
    family: 'url-credentials',
    description: "Google's OAuth authorization code (4/0A…) wherever it is: a request body's {\"code\":…} as a SPA posts it to its API, a callback URL, a message",
    // Round 6: `?code=` is secret-query-param's, a JSON body's field was no one's; `"code"` is
    // every error's too (`"code":"E_INVALID_CREDENTIALS"`), and as a literal of the pass over
    // every byte it took configs with keys of their own out of RE2's DFA (27 of 80 against 9).
    regex: String.raw`${TOKEN_START}(4(?:/|%2[Ff])0A[A-Za-z0-9_-]{30,})`,
    keywords: ['4/0a', '4%2f0a'],
    minEntropy: 3.5,
    examples: {
      match: [
        {
          input: `{"body":{"code":"${googleCode}","redirectUri":"https://app.example.com/auth/google"}}`,
          output: `{"body":{"code":"${label('google-oauth-code')}","redirectUri":"https://app.example.com/auth/google"}}`,
        },
      ],
      noMatch: ['{"err":{"code":"E_INVALID_CREDENTIALS","message":"Invalid user credentials"}}', 'ratio 4/0A', 'GET /v4/0Alpha'],
    },
  },
  {
    id: 'django-reset-token',
    family: 'url-credentials',
    description: "Django's password-reset and activation token in a link path: /reset/<uidb64>/<timestamp in base 36>-<hash>/ (the uid stays)",
    regex: String.raw`/(?:reset|activate|confirm)/[A-Za-z0-9_-]{1,22}/([0-9a-z]{1,13}-[0-9a-f]{20,40})${LINK_END}`,
    keywords: ['/reset/', '/activate/', '/confirm/'],
    examples: {
      match: [{ input: `"GET /accounts/reset/MQ/${djangoToken}/ HTTP/1.1" 302 0`, output: `"GET /accounts/reset/MQ/${label('django-reset-token')}/ HTTP/1.1" 302 0` }],
      noMatch: ['GET /reset/done/ 200'],
    },
  },
];
