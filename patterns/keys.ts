/**
 * Regex sources and keyword lists derived from vocabulary keys (`api key`), so a key is written
 * once and every rule that needs it finds it in every spelling: `apiKey`, `api_key`, `API-KEY`,
 * `api.key`, `apikey`.
 *
 * Keywords must occur in every match (they drive the prefilter). A key's regex allows one
 * optional separator between words, so the spellings of its last two words, one of which ends
 * every match, are exact keywords.
 */
import { ANCHOR_ESCAPED_QUOTE, ESCAPED_QUOTE, ESCAPED_QUOTED, escapeRegex } from './parts.js';

const SEPARATORS = ['', '_', '.', '-'];

/**
 * What may end a long key after its last word: a plural (`tokens`), or, for the rules that ask
 * (`numbered`), a digit: Django's `password1`/`password2`, `DB_PASSWORD_2`, EF Core's
 * `@__password_1` (round 115). Only where asked: in every key rule's anchor, the digit took the
 * pass to the edge of RE2's DFA memory (30 keywords more, ~35 → ~335 ms); in the JSON key rule's
 * alone, even as `[s0-9]?` or for six names, it took the room for 45 from ~30 to ~340 ms.
 */
const keyEnd = (numbered: boolean): string => (numbered ? String.raw`(?:s|[_-]?[0-9])?` : 's?');

/** `keyEnd` in an anchor: a superset with fewer states, and no counted repetition (which keeps an anchor out of the pass). */
const anchorKeyEnd = (numbered: boolean): string => (numbered ? String.raw`[s_-]?[0-9]?` : 's?');

/**
 * Keys this short match only as a whole word, after a separator or a word boundary: `pin` is not
 * `spin`, `pass` is not `bypass`. The same line as the engine's key policy (`src/detect/keys.ts`),
 * where only keys of five letters or more count at the end of a run-together key.
 */
const SHORT_KEY_MAX = 4;

const wordsOf = (key: string): string[] => key.split(' ').filter((w) => w.length > 0);
const isShort = (key: string): boolean => wordsOf(key).length === 1 && key.length <= SHORT_KEY_MAX;

/** `api key` → `api[_.-]?key`: one key in any spelling (match case-insensitively). */
export const keySource = (key: string): string => wordsOf(key).map(escapeRegex).join('[_.-]?');

/** The spellings of a key's last two words: `secret access key` → accesskey, access_key, access.key, access-key. */
export function tailSpellings(key: string): string[] {
  const words = wordsOf(key).slice(-2).map((w) => w.toLowerCase());
  return words.length === 1 ? words : SEPARATORS.map((sep) => words.join(sep));
}

/** A key as a query or form parameter name: `api key` → api_key, apikey, api-key. */
export function paramSpellings(key: string): string[] {
  const words = wordsOf(key);
  return words.length === 1 ? words : ['_', '', '-'].map((sep) => words.join(sep));
}

/**
 * Drops every keyword that contains another one: the shorter finds every line the longer would.
 *
 * @example
 * minimalKeywords(['token', 'access_token', 'secret']); // ['token', 'secret']
 */
export function minimalKeywords(keywords: readonly string[]): string[] {
  const unique = [...new Set(keywords)];
  return unique.filter((k) => !unique.some((other) => other !== k && k.includes(other)));
}

/**
 * Who a password is for, run together with a short key in one case (`DBPASS`, PHP's `$dbpass`,
 * `ADMINPWD`, `BINDPW`): a closed list, since a short key counts as a whole word (`bypass`,
 * `compass`, `trespass` are none) and one case shows no word's start (red-team review, N4).
 * Not `ssh`: `sshpass -v` prints `SSHPASS: searching for password prompt…`; nor `store` or `key`:
 * keytool's `-storepass:env STOREPASS` names where the password is (`cli-password-flag` takes the flags).
 */
const SHORT_KEY_OWNERS = [
  'db', 'database', 'admin', 'root', 'smtp', 'mail', 'mysql', 'postgres', 'mongo', 'redis', 'ldap', 'bind', 'ftp', 'vnc',
  'amqp', 'rabbit', 'keystore', 'truststore',
  // Rounds 94 and 101: Metasploit's datastore (`SMBPass => …`) and agent installers (`SERVERPASS=…`).
  'smb', 'server',
];

/**
 * A short key as a key's last word, after `prefix` (the key's characters, in the case the source
 * is read with): alone or after `_`, `.` or `-` (`user_pin`), after a closed list of owners
 * (`DBPASS`, `SHORT_KEY_OWNERS`), or capitalised after a small letter or a digit, a camelCase
 * word (`keystorePass`, `adminPwd`: Tomcat's connector, Java and JS config; N4), as the engine's
 * `keyWords` splits a JSON key. `PassengerCount`, `bypassCache` and `isPassive` end in no short key.
 */
function shortKeySource(short: readonly string[], prefix: string): string {
  return `(?:${prefix}*[_.-])?(?:${SHORT_KEY_OWNERS.join('|')})?(?:${short.map(escapeRegex).join('|')})|${humpSource(short, prefix)}`;
}

/** A short key capitalised after a small letter or a digit, its word's start (`keystorePass`). */
function humpSource(short: readonly string[], prefix: string): string {
  const humps = short.map((k) => escapeRegex(`${k.charAt(0).toUpperCase()}${k.slice(1)}`));
  return `${prefix}*(?-i:[a-z0-9](?:${humps.join('|')}))`;
}

/**
 * The camelCase spellings alone of the short ones of `keys` (`keystorePass`, `adminPwd`), as RE2
 * source without groups, or `undefined` when `keys` holds no short key: for a rule that reads
 * their values more warily than a whole word's (`lowPass=8000` is an audio filter's).
 */
export function humpKeySource(keys: readonly string[]): string | undefined {
  const short = keys.filter(isShort);
  return short.length > 0 ? `(?i:${humpSource(short, '[a-z0-9_.-]')})` : undefined;
}

/**
 * A key of free text (`KEY=value`, `key: value`, `X-Key: value`) ending in one of `keys`, as an
 * RE2 source without groups. A long key may carry any prefix (`DB_PASSWORD`, `myAppSecret`) and a
 * plural `s` (with `numbered`, a digit instead: `password1`; `keyEnd`); a short one (`pin`, `otp`)
 * stands alone, after `_`, `.` or `-` (`user_pin`), after an owner (`DBPASS`) or as a camelCase
 * word (`dbPass`; `shortKeySource`).
 */
export function textKeySource(keys: readonly string[], numbered = false): string {
  const long = keys.filter((k) => !isShort(k)).map(keySource);
  const short = keys.filter(isShort);
  const parts = [];
  if (long.length > 0) parts.push(`[a-z0-9_.-]*(?:${long.join('|')})${keyEnd(numbered)}`);
  if (short.length > 0) parts.push(shortKeySource(short, '[a-z0-9_.-]'));
  return `(?i:${parts.join('|')})`;
}

/**
 * What may follow a short key in text before its value (see `TEXT_SEP`, whose `pin[]=` and
 * `otp]=` hold a bracket). They are the rule's keywords, and a rule whose anchor does not fit the
 * pass over every byte is woken by them alone: a follower missing here is a line never scanned.
 */
const SHORT_KEY_FOLLOWERS = ['=', ':', '"', "'", '\\', ' ', '\t', '[', ']', '&'];

/** What else may follow one in code (`CODE_VALUE` and Make's `?=`): `pw.equals(`, `pw?=`, `pw||=`, `pw!==`. */
const CODE_KEY_FOLLOWERS = ['.', '?', '|', '!'];

/**
 * Keywords for `textKeySource(keys)`: tail spellings of long keys, short keys with what follows
 * them. With `code`, for a rule that reads `CODE_VALUE` as `textKeyAnchor(keys, true)` does.
 */
export function textKeyKeywords(keys: readonly string[], code = false): string[] {
  const followers = code ? [...SHORT_KEY_FOLLOWERS, ...CODE_KEY_FOLLOWERS] : SHORT_KEY_FOLLOWERS;
  return minimalKeywords(
    keys.flatMap((k) => (isShort(k) ? followers.map((f) => `${k}${f}`) : tailSpellings(k))),
  );
}

/**
 * What opens `SEP`, `TEXT_SEP` and `CODE_COMPARE`, up to the `=`, `:` or `=>` every one of their
 * matches holds. Make's `?=` and a comparison's `!=` are `CODE_SEP_OPENING`'s only: one more
 * alternative here, in every key rule's anchor, put the pass past RE2's DFA budget (recall5; in
 * recall6 `,` and `+=`, `.=`, `??=` here took a request log's scrub from ~390 to ~320 MB/s of CPU,
 * so `secret-code-assignment` reads those shapes by keywords the pass holds already).
 */
const SEP_OPENING = String.raw`(?:\\*(?:\[\])?["']?|${ANCHOR_ESCAPED_QUOTE})\]?[ \t]*(?:=>|[:=]|[ \t]string[ \t]*=)`;

/**
 * `SEP_OPENING` and what opens the rest of `CODE_VALUE`: a call's `"key", ` and a statement's
 * `key "`, in one class with the separators (four alternatives put the pass over RE2's DFA budget).
 * Only for keys no SQL or JSON names: `update "sessions" set` woke the token rule on every request
 * log line that ran it, 20% slower (recall5).
 */
const CODE_SEP_OPENING = String.raw`(?:(?:\\*(?:\[\])?["']?|${ANCHOR_ESCAPED_QUOTE})\]?[ \t]*(?:=>|[:=!?,"'\\]|\|\|=|[ \t]string[ \t]*=)|\.equals)`;

/**
 * The anchor of a `textKeySource(keys)` rule: the key and the opening of its separator. The
 * keywords alone woke every line naming a key in prose or SQL (`update "sessions" set …`, issue 9).
 * With `code`, the openings of all of `CODE_VALUE` and of Make's `?=` too.
 */
export function textKeyAnchor(keys: readonly string[], code = false, numbered = false): string {
  return `(?i:(?:${keys.map(keySource).join('|')})${anchorKeyEnd(numbered)})${code ? CODE_SEP_OPENING : SEP_OPENING}`;
}

/**
 * A JSON string's opening quote at depth 0 to 6 (the engine's `MAX_JSON_LEVEL`): 2^n − 1
 * backslashes and `"`. Exact runs, longest first, so a run of other length (an escaped backslash
 * before a closing quote) gives the rule at most one try per level, not one per backslash.
 */
const OPENING_QUOTE = `(?:${[63, 31, 15, 7, 3, 1].map((n) => String.raw`\\{${n}}`).join('|')})?"`;

/**
 * A JSON key (`"apiKey"`, `\"api_key\"` inside a JSON string, `\\\"token\\\"` two strings in: any
 * depth) ending in one of `keys` or its
 * plural (`"tokens"`, `"apiKeys"`: the engine takes a plural only before an array or object), as
 * RE2 source; group 1 is the key.
 */
export function jsonKeySource(keys: readonly string[]): string {
  return String.raw`${OPENING_QUOTE}([A-Za-z0-9_.$@-]*(?i:(?:${keys.map(keySource).join('|')})s?))\\*"[ \t]*:[ \t]*`;
}

/**
 * Keywords for `jsonKeySource(keys)`: the key's tail with its closing quote (`token"` is rare
 * outside keys, `token` is not), or with the first backslash of a quote at any depth (`token\`).
 */
export function jsonKeyKeywords(keys: readonly string[]): string[] {
  return minimalKeywords(
    keys.flatMap((k) => tailSpellings(k).flatMap((s) => [`${s}"`, `${s}\\`, `${s}s"`, `${s}s\\`])),
  );
}

/**
 * The anchor of a `jsonKeySource(keys)` rule: the key, its closing quote and the colon. Any run of
 * backslashes before the quote, as the rule reads it: JSON serialised in JSON strings escapes the
 * quote once more per level (issue 7).
 */
export function jsonKeyAnchor(keys: readonly string[]): string {
  return String.raw`(?i:(?:${keys.map(keySource).join('|')})s?)\\*"[ \t]*:`;
}

/**
 * An XML element named by one of `keys` (`<SecretAccessKey>`, `<Password type="x">`, `<ns:api_key>`), as RE2
 * source; group 1 is the text up to the next tag. A long key may carry a prefix (`<DbPassword>`),
 * a short one stands as in text (`<pin>`, `<user_pin>`, `<keystorePass>`; `shortKeySource`); no
 * plural: `<MaxTokens>` is a count.
 */
export function xmlKeySource(keys: readonly string[]): string {
  const long = keys.filter((k) => !isShort(k)).map(keySource);
  const short = keys.filter(isShort);
  const names = [];
  // Attributes (`<Password type="PasswordText">`, `<SecretAccessKey xmlns="…">`) only after a
  // long name: a short one's keyword is `pin>`. Not a self-closing tag (`<Password required="1"/>`).
  if (long.length > 0) names.push(`[A-Za-z0-9_.-]*(?:${long.join('|')})(?:[ \t][^<>\r\n]*[^<>/\r\n])?`);
  if (short.length > 0) names.push(shortKeySource(short, '[A-Za-z0-9_.-]'));
  // Text in a CDATA section (`<password><![CDATA[…]]></password>`) is text too: group 1 holds it, group 2 plain text.
  return String.raw`<(?:[A-Za-z][A-Za-z0-9_.-]*:)?(?i:${names.join('|')})>(?:<!\[CDATA\[([^\r\n]+?)\]\]>|([^<\r\n]+))</`;
}

/**
 * Keywords for `xmlKeySource(keys)`: a long key's tail spellings, the literals the text rules
 * already give the prefilter (a `password>` keyword would lose to `db_password` found at an earlier
 * position), and a short key with the tag's `>` (`pin>`).
 */
export function xmlKeyKeywords(keys: readonly string[]): string[] {
  return minimalKeywords(keys.flatMap((k) => (isShort(k) ? [`${k}>`] : tailSpellings(k))));
}

/**
 * The anchor of an `xmlKeySource(keys)` rule: the tag's `<` and name up to a long key, then the
 * tag's `>` or its attributes (`<Password type="x">`); a short key (`pin`), which takes no
 * attributes, then `>`. Without the `<`, every `token ` in prose woke the rule: 1,053 of the
 * 31,987 loghub lines (`job token for`, `AppWindowToken{… token=`).
 */
export function xmlKeyAnchor(keys: readonly string[]): string {
  const long = keys.filter((k) => !isShort(k)).map(keySource);
  const short = keys.filter(isShort).map(escapeRegex);
  return `<[A-Za-z0-9_.:-]*(?i:(?:${long.join('|')})[ \\t>]${short.length > 0 ? `|(?:${short.join('|')})>` : ''})`;
}

/**
 * A quoted XML attribute value's quote: raw, escaped inside a JSON string (`\"`), or written as an
 * escape, as an HTML form logged escaped writes it (`name=&quot;password&quot;`,
 * `name=\\u0022password\\u0022`; escq2).
 */
const ATTRIBUTE_QUOTE = String.raw`(?:\\*["']|${ESCAPED_QUOTE})`;

/**
 * A tag's `<`: raw, HTML-escaped (`&lt;input …&gt;`) or as System.Text.Json escapes it
 * (`\\u003Cinput …\\u003E`), with the quotes of its attributes (escq2).
 */
const TAG_OPEN = String.raw`(?:<|&lt;|\\u003[cC])`;

/**
 * The opening of an XML element whose `key` or `name` attribute names one of `keys`: .NET's
 * `<add key="Smtp:Password" …`, Spring's `<property name="password" …`, Java's `<entry key="db.password"`.
 * The name may carry a prefix (`DbPassword`, `spring.datasource.password`, `Smtp:Password`).
 */
function xmlNamedSource(keys: readonly string[]): string {
  return String.raw`${TAG_OPEN}[A-Za-z][A-Za-z0-9_.:-]*[ \t](?:[^<>\r\n]*?[ \t])?${xmlNamedAttribute(keys)}`;
}

/** The `key` or `name` attribute that names one of `keys`. */
const xmlNamedAttribute = (keys: readonly string[]): string =>
  String.raw`(?i:key|name|id)[ \t]*=[ \t]*${ATTRIBUTE_QUOTE}(?:[A-Za-z0-9_.-]*:)*${textKeySource(keys)}${ATTRIBUTE_QUOTE}`;

/**
 * A secret held by an XML element that names it in an attribute, as RE2 source; the first group
 * that takes part is the secret: its `value` or `content` attribute (`<add key="Password" value="…"/>`,
 * `<meta name="csrf-token" content="…">`), quoted
 * `"`, `'` or `\"` inside JSON), or the text of an element that is not self-closing, also inside a `<value>` element (.NET's
 * `<setting name="Password"><value>…</value></setting>`, `<entry key="db.password">…</entry>`), or
 * of a CDATA section there.
 */
export function xmlNamedValueSource(keys: readonly string[]): string {
  // Or between quotes written as escapes (`value=&quot;…&quot;`, escq2): ESCAPED_QUOTED's four groups.
  const quoted = String.raw`(?:"([^"\r\n]+)"|'([^'\r\n]+)'|\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+"|${ESCAPED_QUOTED})`;
  const valueAttribute = String.raw`[ \t](?:[^<>\r\n]*?[ \t])?(?i:value|content)[ \t]*=[ \t]*${quoted}`;
  // Text in a CDATA section is text too (`<entry key="db.password"><![CDATA[…]]></entry>`, review-leaks).
  const text = String.raw`(?:[^<>\r\n]*[^<>/\r\n])?>[ \t]*(?:<(?i:value)>[ \t]*)?(?:<!\[CDATA\[([^\r\n]+?)\]\]>|([^<\r\n]+))<`;
  // The value attribute before the key (`<add value="…" key="Password"/>`): the same, in the other order.
  const valueFirst = String.raw`${TAG_OPEN}[A-Za-z][A-Za-z0-9_.:-]*[ \t](?:[^<>\r\n]*?[ \t])?(?i:value|content)[ \t]*=[ \t]*${quoted}[ \t](?:[^<>\r\n]*?[ \t])?${xmlNamedAttribute(keys)}`;
  return `${xmlNamedSource(keys)}(?:${valueAttribute}|${text})|${valueFirst}`;
}

/**
 * A secret held by an XML entry that names it in an element of its own, then gives it in a
 * `<value>` element (round 107): Apigee's key value maps (`<Entry><Key><Parameter>sap.password
 * </Parameter></Key><Value>…</Value>`), a properties map's `<entry><key>db.password</key><value>…`.
 * Two groups: the value in CDATA, or the element's text.
 */
export function xmlElementNamedValueSource(keys: readonly string[]): string {
  const inner = String.raw`(?:<(?i:parameter|string)>[ \t]*)?`;
  const innerEnd = String.raw`(?:</(?i:parameter|string)>[ \t]*)?`;
  const name = String.raw`${TAG_OPEN}(?i:key|name)>[ \t]*${inner}(?:[A-Za-z0-9_.-]*[:/])*${textKeySource(keys)}[ \t]*${innerEnd}</(?i:key|name)>[ \t]*`;
  return String.raw`${name}<(?i:value)>[ \t]*(?:<!\[CDATA\[([^\r\n]+?)\]\]>|([^<\r\n]+))<`;
}

/**
 * The anchor of an `xmlNamedValueSource(keys)` rule: `key=` or `name=`, then the quoted key. Not
 * its closing quote, and an escaped quote in `ANCHOR_ESCAPED_QUOTE`'s short form: the full one at
 * both ends put the catalog's anchors past `MAX_PASS_ANCHORS_TOTAL_CHARS` (escq2).
 */
export function xmlNamedAnchor(keys: readonly string[]): string {
  return String.raw`(?i:key|name|id)[ \t]*=[ \t]*(?:\\*["']|${ANCHOR_ESCAPED_QUOTE})(?:[A-Za-z0-9_.-]*:)*${textKeyAnchorSource(keys)}`;
}

/**
 * `textKeySource` loosened for an anchor in the pass over every byte: a short key after any
 * prefix, a superset of its owners' and camelCase spellings (`DBPASS`, `keystorePass`) and ~160
 * characters shorter, which the pass, at the edge of RE2's DFA memory, could not spare (s16).
 */
function textKeyAnchorSource(keys: readonly string[]): string {
  const long = keys.filter((k) => !isShort(k)).map(keySource);
  const short = keys.filter(isShort).map(escapeRegex);
  const parts = [];
  if (long.length > 0) parts.push(`[a-z0-9_.-]*(?:${long.join('|')})s?`);
  if (short.length > 0) parts.push(`[a-z0-9_.-]*(?:${short.join('|')})`);
  return `(?i:${parts.join('|')})`;
}

/**
 * A JSON string's quote, also escaped inside another JSON string (`\"`), or written as an escape:
 * JSON that System.Text.Json logged as a string (`\\u0022`) or HTML-escaped (`&quot;`; escq2).
 */
const JSON_QUOTE = String.raw`(?:\\*"|${ESCAPED_QUOTE})`;

/**
 * A secret in a name/value pair that names it, as JSON writes environment lists, tags and
 * parameters, as RE2 source: Kubernetes and ECS `{"name":"DB_PASSWORD","value":"…"}`, AWS tags
 * `{"Key":"api_token","Value":"…"}`, CloudFormation `{"ParameterKey":"DbPassword",
 * "ParameterValue":"…"}`, Keycloak's credentials (`{"type":"password","value":"…"}`, a client's
 * `{"type":"secret","value":"…"}`; round 27), also serialised inside a JSON string. The name first, as they write it.
 * Eight groups: the value in plain JSON (escapes kept whole), inside a string (up to `\"`), or
 * between quotes written as escapes (`\\u0022value\\u0022:\\u0022…\\u0022`, `&quot;value&quot;:…`);
 * and OpenTelemetry's attribute, its value typed (`{"key":"db.password","value":{"stringValue":"…"}}`,
 * an array's first string; round 18), plain or inside a string.
 */
export function jsonNamedValueSource(keys: readonly string[]): string {
  // SCIM's and JSON Patch's operations name theirs by path (`{"op":"replace","path":"password","value":"…"}`; round 52).
  // Azure API Management's named value calls it `displayName` (round 107).
  const name = String.raw`${JSON_QUOTE}(?i:(?:display_?)?name|key|type|path|parameter_?(?:key|name))${JSON_QUOTE}[ \t]*:[ \t]*${JSON_QUOTE}(?:[A-Za-z0-9_.-]*[:/])*${textKeySource(keys)}${JSON_QUOTE}`;
  // Or between quotes written as escapes (escq2): ESCAPED_QUOTED's four groups.
  const otlp = String.raw`"value"[ \t]*:[ \t]*\{[ \t]*(?:"arrayValue"[ \t]*:[ \t]*\{[ \t]*"values"[ \t]*:[ \t]*\[[ \t]*\{[ \t]*)?"stringValue"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\[^\r\n])+)"|\\+"value\\+"[ \t]*:[ \t]*\{[ \t]*\\+"stringValue\\+"[ \t]*:[ \t]*\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+"`;
  const value = String.raw`${otlp}|"(?i:value|parameter_?value)"[ \t]*:[ \t]*"((?:[^"\\\r\n]|\\[^\r\n])+)"|\\+"(?i:value|parameter_?value)\\+"[ \t]*:[ \t]*\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+"|${ESCAPED_QUOTE}(?i:value|parameter_?value)${ESCAPED_QUOTE}[ \t]*:[ \t]*(?:${ESCAPED_QUOTED})`;
  // AWS SSM's Parameter puts its type between (`"Name":"/prod/db/password","Type":"SecureString",
  // "Value":"…"`, red-team): up to two such fields, by name, may stand between the name and the value;
  // also a flag that says the value is a secret (API Management's `"secret":true`, round 107).
  const between = String.raw`(?:${JSON_QUOTE}(?i:type|data_?type|version|secret|sensitive|encrypted|is_?secret)${JSON_QUOTE}[ \t]*:[ \t]*(?:${JSON_QUOTE}[A-Za-z0-9_./:-]*${JSON_QUOTE}|[0-9]+|true|false)[ \t]*,[ \t]*){0,2}`;
  return String.raw`${name}[ \t]*,[ \t]*${between}(?:${value})`;
}

/**
 * A secret in a name/value pair written as text, not JSON, as RE2 source (round 4): YAML's flow
 * style `{name: db-password, value: …}`, Go's `%+v` `{Name:DB_PASSWORD Value:…}`, Python's repr
 * `{'name': 'DB_PASSWORD', 'value': '…'}`, Android's `putString(key=auth_token, value=…)`. Six
 * groups: the value in single or double quotes, or bare to a space, comma or closing bracket; a
 * property's message's value in quotes or brackets; a logfmt field's after its message.
 */
export function textNamedValueSource(keys: readonly string[]): string {
  // `key` not before ` = `: .NET's `{ Key = X-Api-Key, Value = … }` is api-key-header's, a header.
  // Spring Boot's failure analysis names a property so (`Property: app.jwt.secret  Value: "…"`; round 50).
  const name = String.raw`\b(?:(?i:name|property)'?[ \t]*[:=]|(?i:key)'?(?:=|:))[ \t]*['"]?(?:[A-Za-z0-9_.-]*[:/])*${textKeySource(keys)}['"]?`;
  const value = String.raw`'?(?i:value)'?[ \t]*[:=][ \t]*(?:'([^'\r\n]+)'|"([^"\r\n]+)"|([^ \t\r\n,'"}\])]+))`;
  // Frameworks resolving their configuration say it in words (round 50): Quarkus's `property
  // 'quarkus.datasource.password' has value '…'`, Micronaut's `Resolved property [….password] to
  // value […]`, Tomcat's `failed to set property [certificateKeystorePassword] to […]`. Two groups.
  const message = String.raw`\b(?i:property)[ \t]+['\[]?${textKeySource(keys)}['\]]?[ \t]+(?:(?i:has|to)[ \t]+(?i:value)[ \t]+|to[ \t]+)(?:'([^'\r\n]+)'|\[([^\]\r\n]+)\])`;
  // Authelia's logfmt names the key in its message and gives the value a field of its own
  // (`msg="Configuration key jwt_secret set from file" value="…"`, round 52). One group.
  const logfmt = String.raw`\b(?i:configuration key)[ \t]+${textKeySource(keys)}[ \t]+[^"\r\n]*"[ \t]+value="([^"\\\r\n]+)"`;
  return String.raw`${name}[ \t]*(?:,[ \t]*|[ \t]+)${value}|${message}|${logfmt}`;
}

/** The anchor of a `textNamedValueSource` rule, for tier 1b only: the value's key, or a property's word. */
export const TEXT_NAMED_ANCHOR = String.raw`(?i:value)'?[ \t]*[:=]|(?i:property)[ \t]+['\[]`;
// (Authelia's `configuration key … value="…"` holds `value=` too.)

/**
 * Keywords of the `jsonNamedValueSource` rules: words of secret keys that other rules already
 * put in the pass over every byte (a test checks that these rules leave the pass as it was).
 */
export const JSON_NAMED_KEYWORDS: readonly string[] = ['pass', 'pwd', 'secret', 'key', 'auth', 'token'];

/** The anchor of a `jsonNamedValueSource` rule, for tier 1b only (`anchorInPass: false`): the value's key. */
export const JSON_NAMED_ANCHOR = String.raw`(?i:value|parameter_?value)(?:\\*"|${ANCHOR_ESCAPED_QUOTE})[ \t]*:`;

/**
 * Names with `*` wildcards (`remember_*`) as one RE2 alternation, each `*` standing for name
 * characters.
 */
export function globSource(names: readonly string[]): string {
  return names.map((n) => n.split('*').map(escapeRegex).join('[a-z0-9_.-]*')).join('|');
}

/** Keywords for `globSource(names)`: the longest literal piece of each name. */
export function globKeywords(names: readonly string[]): string[] {
  return minimalKeywords(
    names.map((n) => n.split('*').reduce((a, b) => (b.length > a.length ? b : a), '').toLowerCase()),
  );
}
