/**
 * Regex fragments shared by the rule files. Plain strings of RE2 syntax: a rule's `regex` is
 * still one readable string in its file; these only name the pieces that recur.
 *
 * No fragment matches a line break: `[ \t]` stands where `\s` would (RE2's `\s` includes `\n`),
 * and every negated class excludes `\n` and `\r`.
 */

/**
 * A quote written as an escape: `\\u0022` or `\\u0027` (System.Text.Json's default encoder) or an
 * HTML/XML character reference (`&quot;`, `&#34;`, `&#x22;`, `&#39;`, `&#x27;`, `&apos;`), also as
 * HTML allows and some escapers write it: the hex in upper case (`&#X22;`), zero-padded
 * (`&#034;`, `&#x0022;`, Java's and PHP's older encoders) and `&QUOT;` (escq2).
 */
export const ESCAPED_QUOTE = String.raw`(?:\\u00(?:22|27)|&(?:quot|QUOT|apos|#0*3[49]|#[xX]0*2[27]);)`;

/**
 * `ESCAPED_QUOTE` in fewer characters, for anchors: every `\\u002X` and every character reference,
 * a superset. Each anchor holding the full one put the catalog's anchors past
 * `MAX_PASS_ANCHORS_TOTAL_CHARS` (escq); `\w` takes `&#X22;` and `&QUOT;` in fewer characters than
 * `[#a-z0-9]` took the lower-case ones (escq2).
 */
export const ANCHOR_ESCAPED_QUOTE = String.raw`\\u002[27]|&#?\w+;`;

/** A quote, escaped in a JSON string at any depth (`\"`, `\\\"`) or written as an escape (`\\u0022`, `&quot;`). */
const ANY_QUOTE = String.raw`(?:${ESCAPED_QUOTE}|\\*["'])`;

/**
 * `ANY_QUOTE` or none: where a key or a value may be quoted. The escape first: where nothing in a
 * rule follows (`cookie-header` ends at its separator), RE2 takes the first alternative that fits,
 * and the value would start at `&quot;`.
 */
const ANY_QUOTE_OPT = String.raw`(?:${ESCAPED_QUOTE}|\\*["']?)`;

/**
 * Between a key and its value in any of the shapes logs use: `key: v`, `key=v`, `key => v`,
 * `"key":"v"`, `'key': 'v'`, Go's `key := v`, and JSON inside JSON strings at any depth (`\"key\":\"v\"`,
 * `\\\"key\\\":\\\"v\\\"`), and with quotes written as escapes (`\\u0022key\\u0022:\\u0022v`,
 * `&quot;key&quot;: &quot;v`; escq2).
 */
export const SEP = String.raw`${ANY_QUOTE_OPT}[ \t]*(?:=>|:=|[:=])[ \t]*${ANY_QUOTE_OPT}`;

/**
 * `SEP` for a header name and its value in every shape logs give headers: an object
 * (`"Authorization":"…"`), an array of values (API Gateway `multiValueHeaders`, Go's `http.Header`
 * as JSON or `map[Authorization:[…]]`), a flat pair array (Node's `rawHeaders`:
 * `"Authorization","Bearer …"`) and arrays of pairs (`["authorization","Bearer …"]`). A comma
 * separates only quoted names and values, so prose (`authorization, bearer …`) is not a header.
 * Also as languages print a header map (shapes6): Go's `http.Header{"Authorization":[]string{"…"}}`
 * and gRPC `metadata.MD`, PHP's `print_r` (`[Authorization] => …`) and one-line `var_dump`
 * (`["Authorization"]=> string(60) "…"`), and a name/value pair whose value field follows the name
 * (HAR `{"name":"Authorization","value":"…"}`, .NET `{ Key = Authorization, Value = … }`).
 * Every quote also written as an escape: a header map logged as a JSON string by System.Text.Json
 * (`{\\u0022Authorization\\u0022:\\u0022Bearer …`) or HTML-escaped (`{&quot;authorization&quot;:…`; escq2).
 * A pair's value may be a Python bytes literal, as httpx and h11 log headers
 * (`[(b'authorization', b'Basic …')]`; red-team N3).
 */
export const HEADER_SEP = String.raw`(?:${ANY_QUOTE_OPT}\]?[ \t]*(?:=>|:=|[:=])[ \t]*(?:\[\]string\{|string\([0-9]+\)[ \t]*|\[)?[ \t]*${ANY_QUOTE_OPT}|${ANY_QUOTE}[ \t]*,[ \t]*[bB]?${ANY_QUOTE}|${ANY_QUOTE_OPT}[ \t]*,[ \t]*${ANY_QUOTE_OPT}(?i:value)${ANY_QUOTE_OPT}[ \t]*[:=][ \t]*${ANY_QUOTE_OPT})`;

/**
 * Where a name starts: a word boundary, or right after a quote written as a `\\u` escape
 * (`\\u0022Cookie`), where `\b` sees none (`2C`; escq2), or after an escaped line break or tab:
 * a request's head printed as one string (Python's `send: b'…\\r\\nAuthorization: …'`, Node's
 * `_header`, Go's `%q`, a `"raw"` JSON field) puts `\\n` before each header (red-team N3).
 */
export const NAME_START = String.raw`(?:\b|\\(?:u002[27]|[nrt]))`;

/**
 * A string type written between a key and its `=` in code: Python and TypeScript annotations
 * (`API_KEY: str = …`, `apiKey: string = …`, `Final[str]`), Kotlin and Swift (`: String`), Rust
 * (`: &str`, `: &'static str`), Go (`var apiKey string = …`, no colon). Only string types: a
 * value typed `int` or `bool` is no secret, and a closed list keeps `password: admin = …` prose
 * out. Without it the `:` read as the separator, the type went and the secret stayed (recall round).
 */
const STRING_TYPE = String.raw`(?:(?:typing\.)?(?:Final|Optional|ClassVar)\[(?:str|bytes)\]|&(?:'static[ \t]+)?str|str|string|String|bytes|SecretStr)`;

/**
 * From one argument of a command to the next as auditd's EXECVE record writes them, each in its
 * own quoted field: `a4="-w" a5="…"` (round 98); the value's own quotes follow.
 */
export const EXECVE_NEXT = String.raw`"[ \t]+a[0-9]+=`;

/**
 * Between a key and a bare value in text (`key=v`, `key: v`, `key := v`), quotes handled by
 * `VALUE`. `:=` is one separator: read as `:`, its `=` was taken for the value (review2). The key
 * may close a subscript (`os.environ["API_KEY"] = …`, `ENV['SECRET'] = …`, `cfg[password] = …`)
 * or be PHP's push (`$apikey[] = …`), and a string type may sit before the `=` (`STRING_TYPE`),
 * as code and the config it prints write them (detect-secrets' keyword shapes), also Ada's
 * `: constant String :=` (config-lines). Make's `::=` is one
 * separator too (recall5; its `?=` is the password rule's, its `+=` the token rule's: `CODE_ASSIGN`).
 * LDIF's `key:: v` (v base64'd) is one separator too: read as `:`, the second `:` was the value
 * (review2). The key's closing quote may be escaped, as logstash's `"key" => "v"` is inside a JSON
 * string (recall6), or written as an escape (`\\u0022password\\u0022: …`, `&quot;password&quot;: …`; escq).
 * A Go map of string slices opens its value with `[]string{` (`%#v` of an `http.Header` or
 * `url.Values`: `"Access-Token":[]string{"…"}`; round 117).
 */
export const TEXT_SEP = String.raw`(?:(?:\[\])?\\*["']?|${ESCAPED_QUOTE})\]?[ \t]*(?::[ \t]*(?:constant[ \t]+)?${STRING_TYPE}[ \t]*:?=|[ \t]+string[ \t]*=|=>|::?=|::[ \t]|[:=])[ \t]*(?:\[\]string\{)?`;

/**
 * A `&` and what follows it inside a bare value: a run without `=`, or one with a character no
 * parameter's name holds before its `=` (`&jMk~c=gW6@v`, `&*x=1`): `&name=` starts the next
 * parameter, `&` and `~c=` do not (round 47: `REDIS_PASSWORD=!X@xv…&&jMk~c=gW6@v` lost only its
 * head). A value may open with one (`MEMCACHED_PASSWORD=&P5&6XnY!t6+hLtC+`), not with `&name=`.
 */
const AMPERSAND_RUN = String.raw`&(?:[^ \t\r\n"'\\&;<>|=]*|[^ \t\r\n"'\\&;<>|=]*[^A-Za-z0-9_.%\[\] \t\r\n"'\\&;<>|=-][^ \t\r\n"'\\&;<>|]*)`;
/**
 * `AMPERSAND_RUN` opening a value: never `&name=` (`password=&remember=1` holds none) nor a
 * character reference (`password=&quot;…&quot;`, `&#39;`): a run with a character neither
 * holds (`&TMEe2*jved~…`), or a run of name characters that another `&` follows (`&P5&6XnY!…`).
 */
const AMPERSAND_OPENING = String.raw`&(?:[^ \t\r\n"'\\&;<>|=]*[^A-Za-z0-9_.%#\[\] \t\r\n"'\\&;<>|=-][^ \t\r\n"'\\&;<>|]*|[A-Za-z0-9_.%#-]+${AMPERSAND_RUN})`;

/**
 * A bare value's run: up to whitespace, a quote, `&`, `;` (the next cookie or connection-string
 * field), `<>`, `|` or `\\`; then `&`-runs as long as none is the next parameter (`&x=1`): a password
 * holds `&` (`password: a&b`) far more often than a log line puts a flag parameter after one. The
 * byte after the value is consumed outside the group, since RE2 has no lookahead (review2).
 * Runs after `;`, `|`, `<`, `>` or `\\` (or `\\\\`, one in a JSON string) go on likewise, none
 * empty: `DB_PASSWORD=Ab3;xY9;kQ7z` lost only `Ab3` (leaks3). Where such a run starts a field
 * (`;Persist Security Info=`, `|host:db`), markup (`</td>`), a redirect (`>/tmp/x`) or an escape
 * (`\\n`), the engine cuts the value there (`cutInside` in src/detect/scan.ts), which a regex
 * without lookahead cannot tell.
 */
const BARE_VALUE = String.raw`((?:[\[(]*[^ \t\r\n"'\\&;<>|\[(][^ \t\r\n"'\\&;<>|]*|${AMPERSAND_OPENING})(?:${AMPERSAND_RUN}|(?:[;|<>]|\\\\?)[^ \t\r\n"'\\&;<>|=]+)*)(?:[ \t\r\n"'\\&;<>|]|$)`;

/**
 * A list or tuple of quoted strings after a key, as Python, Ruby and YAML print a form's fields:
 * Django's `<QueryDict: {'password': ['…']}>`, `('…',)`, Rails' `"password"=>["…"]`, `password:
 * ["…"]`. The items go, from the first's first character to the last's last (one item: just it),
 * brackets and the outer quotes kept. A bare value cannot start with an opener and a quote, so
 * the opener alone was read as the value and the password stayed (red-team L3). Two groups.
 */
const LIST_VALUE = String.raw`[\[(][ \t]*(?:"((?:[^"\\\n\r]|\\[^\n\r])+(?:"[ \t]*,[ \t]*"(?:[^"\\\n\r]|\\[^\n\r])+)*)"|'((?:[^'\\\n\r]|\\[^\n\r])+(?:'[ \t]*,[ \t]*'(?:[^'\\\n\r]|\\[^\n\r])+)*)')[ \t]*,?[ \t]*[\])]`;

/**
 * A `\uXXXX` escape other than the quote it is named for: `\u0022`'s or `\u0027`'s (`ESCAPED_QUOTED`).
 * Exact hex alternatives, since RE2 has no lookahead.
 */
const U_ESCAPE_BUT_0022 = String.raw`\\u(?:[1-9A-Fa-f][0-9A-Fa-f]{3}|0[1-9A-Fa-f][0-9A-Fa-f]{2}|00[013-9A-Fa-f][0-9A-Fa-f]|002[013-9A-Fa-f])`;
const U_ESCAPE_BUT_0027 = String.raw`\\u(?:[1-9A-Fa-f][0-9A-Fa-f]{3}|0[1-9A-Fa-f][0-9A-Fa-f]{2}|00[013-9A-Fa-f][0-9A-Fa-f]|002[0-689A-Fa-f])`;

/** An HTML/XML character reference for `"` and for `'`, in every spelling of `ESCAPED_QUOTE`. */
const HTML_DQ = '&(?:quot|QUOT|#0*34|#[xX]0*22);';
const HTML_SQ = '&(?:#0*39|#[xX]0*27|apos);';

/**
 * A value whose quotes are written as escapes, to the same escape closing it: `\u0022…\u0022` and
 * `\u0027…\u0027` (.NET's System.Text.Json default encoder, and other JSON writers that escape
 * quotes and HTML characters), `&quot;…&quot;` (`&#34;`, `&#x22;`) and `&#39;…&#39;` (`&#x27;`,
 * `&apos;`) in HTML- or XML-escaped text. The bare value stops at `\` and cannot start with `&`,
 * so such a value was never read and leaked whole (escq). Inside, other escapes are the value's
 * (`\u002B`, `&amp;`). Four groups, after `VALUE`'s own four so theirs keep their numbers.
 */
export const ESCAPED_QUOTED = String.raw`\\u0022((?:[^"\\\n\r]|\\[^u\n\r]|${U_ESCAPE_BUT_0022})+)\\u0022|\\u0027((?:[^"\\\n\r]|\\[^u\n\r]|${U_ESCAPE_BUT_0027})+)\\u0027|${HTML_DQ}((?:[^&"<>\\\n\r]|\\[^\n\r]|&(?:amp|lt|gt);|${HTML_SQ})+)${HTML_DQ}|${HTML_SQ}((?:[^&'<>\\\n\r]|\\[^\n\r]|&(?:amp|lt|gt);|${HTML_DQ})+)${HTML_SQ}`;

/**
 * Python's string prefixes (`r"…"`, `b'…'`, `f"…"`, `rb"…"`), C#'s and Objective-C's `@"…"` and
 * SQL Server's Unicode literal (`WITH PASSWORD = N'…'`, round 47): read as a bare value, the
 * prefix went and the string stayed (s14, detect-secrets' keyword shapes).
 */
const PY_PREFIX = '(?:[rRbBuUfF]{1,2}|@|N)?';

/** A triple-quoted Python string on one line (`"""…"""`, `'''…'''`), no quote inside: two groups. */
const PY_QUOTED = String.raw`${PY_PREFIX}"""([^"\\\n\r]+)"""|${PY_PREFIX}'''([^'\\\n\r]+)'''`;

/**
 * A value after `TEXT_SEP`: `"quoted"` or `'quoted'` to the closing quote (escapes honoured, and
 * YAML's and SQL's `''` for a `'` inside: `'it''s-a-pw'` lost only `it`, leaks3),
 * `\"quoted inside JSON\"` at any depth (`\\\"…\\\"` two strings in: a message logged as JSON in
 * a JSON body, escq2), `\'quoted\'` as MariaDB's audit log escapes a statement's quotes (round 77),
 * bare (`BARE_VALUE`), or quoted by escapes (`ESCAPED_QUOTED`). A bare
 * value may hold `,`, `#` and brackets; the engine trims a trailing comma and closing brackets it
 * did not open; a list of quoted strings (`LIST_VALUE`) its items. One group per quoting: the
 * engine takes the first that participates.
 */
export const VALUE = String.raw`(?:${PY_QUOTED}|${PY_PREFIX}"((?:[^"\\\n\r]|\\[^\n\r])+)"|${PY_PREFIX}'((?:[^'\\\n\r]|\\[^\n\r]|'')+)'|${PY_PREFIX}\\+"((?:[^"\\\n\r]|\\+[^"\\\n\r])+)\\+"|\\+'((?:[^'\\\n\r]|\\+[^'\\\n\r])+)\\+'|${BARE_VALUE}|${ESCAPED_QUOTED}|${LIST_VALUE})`;

/**
 * A quoted value alone, in the quotings of `VALUE` but its bare one: seven groups, the last four
 * `ESCAPED_QUOTED`'s (`password == \\u0022…\\u0022`, `token === &quot;…&quot;`; escq2).
 */
export const QUOTED = String.raw`"((?:[^"\\\n\r]|\\[^\n\r])+)"|'((?:[^'\\\n\r]|\\[^\n\r])+)'|\\+"((?:[^"\\\n\r]|\\+[^"\\\n\r])+)\\+"|${ESCAPED_QUOTED}`;

/**
 * A quoted value with a digit or a symbol in it and no space: a password, not a field's name or
 * label. Also between quotes written as escapes (escq2), where the value holds no `\\`, `&` or `;`,
 * so it cannot run past its closing escape, and the escape's own digits are not the value's.
 */
const QUOTED_SYMBOLIC = String.raw`\\*"([^"\\ \t\r\n]*[0-9#$%&*+/=@^~][^"\\ \t\r\n]*)\\*"|'([^'\\ \t\r\n]*[0-9#$%&*+/=@^~][^'\\ \t\r\n]*)'|${ESCAPED_QUOTE}([^"'\\&;<> \t\r\n]*[0-9#$%*+/=@^~][^"'\\&;<> \t\r\n]*)${ESCAPED_QUOTE}`;

/** A quoted value with no space in it: a statement's password, not a quoted phrase of prose (`the password "is too short"`). */
const QUOTED_WORD = String.raw`\\*"([^"\\ \t\r\n]+)\\*"|'([^'\\ \t\r\n]+)'`;

/**
 * After a key, code that compares or passes its value rather than assigning it, as detect-secrets'
 * and gitleaks' keyword rules read code (recall5): `password == "…"` (`===`, `!=`, `!==`),
 * `password.equals("…")`, Ruby's `password ||= '…'`, C#'s verbatim `password = @"…"`, the key and
 * its value as a call's arguments (`props.put("password", "…")`, `os.environ.setdefault("SECRET_KEY",
 * "…")`, `("password", "…")`), and a Groovy/Gradle or nginx-style statement `storePassword '…'`
 * (`password "…";`) that ends the line or the JSON string it is logged in, or stands before the
 * source line a C program's log appends (Qlik Replicate's `… password '…' (endpoint_util.c:402)`; round 99), a value with no space. Quoted values only: `if password == expected` compares two
 * variables. A call's value needs a digit or a symbol, so a list of field names
 * (`fields = ('password', 'email')`) stays. Quotes may be written as escapes (escq2). Twelve groups; try it before `TEXT_SEP` and `VALUE`, which
 * read `== "…"` as `=` and the value `=`.
 */
export const CODE_VALUE = String.raw`(?:(?:${ANY_QUOTE_OPT}[ \t]*(?:={2,3}|!==?|\|\|=)[ \t]*|\.equals(?:IgnoreCase)?\([ \t]*|(?:\[\])?[ \t]*=[ \t]*@)(?:${QUOTED})|${ANY_QUOTE}[ \t]*,[ \t]*(?:${QUOTED_SYMBOLIC})|[ \t]+(?:${QUOTED_WORD})[ \t]*(?:;|$|\r|\n|\\*"|\\n|[.,]?[ \t]*[(\[][^()\[\]\r\n]{1,200}\.[a-z]{1,4}:[0-9]+(?::[0-9]+)?[)\]]))`;

/**
 * `CODE_VALUE`'s `== "…"` (`===`) and C#'s `= @"…"` alone, for keys that SQL and JSON name
 * (`"sessions"`, `"token"`): the other shapes open with a quote, `!` or `.`, which their anchors
 * would then have to take, and a quote wakes them on every such line. Seven groups.
 */
export const CODE_COMPARE = String.raw`(?:${ANY_QUOTE_OPT}\]?[ \t]*={2,3}[ \t]*|[ \t]*=[ \t]*@)(?:${QUOTED})`;

/**
 * `CODE_VALUE`'s `!= "…"` (`!==`) alone, for the rule that reads it in tier 1b only
 * (`secret-code-assignment`): `!` in the key rules' anchors costs the pass its DFA (see
 * `SEP_OPENING`). Seven groups.
 */
export const CODE_COMPARE_NOT = String.raw`${ANY_QUOTE_OPT}\]?[ \t]*!==?[ \t]*(?:${QUOTED})`;

/**
 * After a key, a fallback in code: `process.env.API_TOKEN || "…"`, `getenv("API_TOKEN") ?: "…"`,
 * `os.environ.get("API_TOKEN") or "…"`, `?? "…"` (s14). Seven groups.
 */
export const CODE_FALLBACK = String.raw`${ANY_QUOTE_OPT}[\])]?[ \t]*(?:\|\||\?\?|\?:|[ \t]or[ \t])[ \t]*(?:${QUOTED})`;

/** After a key, an nginx- or Groovy-style statement: `secret "…";` (s14, detect-secrets). Seven groups. */
export const CODE_STATEMENT = String.raw`[ \t]+(?:${QUOTED})[ \t]*;`;

/** A quoted value compared with a key that follows it: `"…" == password`, `'…' !== apiKey` (s14). Seven groups. */
export const COMPARED_FIRST = String.raw`(?:${QUOTED})[ \t]*[!=]==?[ \t]*(?:[A-Za-z_$][A-Za-z0-9_$]*\.)*`;

/**
 * After a token key, the assignments of code and build files that `TEXT_SEP` does not read (recall6,
 * gitleaks' sample shapes): Make's `+=`, `?=` and `:::=`, PHP's `.=` and `??=`, then any of
 * `TOKEN_VALUE`'s quotings. For the token rule alone: its value must still look like a token, so
 * `token += 1` or `password += c` in logged code stays.
 */
export const CODE_ASSIGN = String.raw`\\*["']?\]?[ \t]*(?:[+.]=|\?\??=|:::=|,)[ \t]*`;

/**
 * After a token key, a call's next argument (recall6): `GetEnvOrDefault("api_token", "…")`,
 * `System.setProperty("api.key", "…")`, `os.Setenv("GITHUB_TOKEN", "…")`, Gradle's
 * `buildConfigField 'String', 'API_KEY', '"…"'` (a Java literal inside a Groovy one). The key is
 * quoted and the value too: `token, expires` in prose is no call. Eight groups.
 */
export const CALL_ARGUMENT = String.raw`${ANY_QUOTE}[ \t]*,[ \t]*(?:'\\?"([^"'\\ \t\r\n]+)\\?"'|${QUOTED})`;

/**
 * `VALUE` for a token (`api_key=…`, `secret: …`): bare, it also stops at `,` and brackets, since
 * tokens hold none and a structure printed around one does (`token=Token{a64f992 ActivityRecord}`),
 * and may open with one, as Go prints a one-item slice and Java a multi-valued map
 * (`client_secret=[…]`, `{code=[…], redirect_uri=[…]}`; round 27). Quoted by escapes too
 * (`ESCAPED_QUOTED`), its groups last.
 */
export const TOKEN_VALUE = String.raw`(?:${PY_QUOTED}|${PY_PREFIX}"((?:[^"\\\n\r]|\\[^\n\r])+)"|${PY_PREFIX}'((?:[^'\\\n\r]|\\[^\n\r])+)'|${PY_PREFIX}\\+"((?:[^"\\\n\r]|\\+[^"\\\n\r])+)\\+"|\\+'((?:[^'\\\n\r]|\\+[^'\\\n\r])+)\\+'|\[?([^ \t\r\n"'\\&,;<>(){}\[\]|]+)|${ESCAPED_QUOTED})`;

/**
 * Where a token may start: a word boundary, or right after an escape that ends in a word
 * character, where `\b` sees none. A percent escape in a URL-encoded context (`?token%3Dghp_…`,
 * `%22AKIA…%22`, `%20sk-…`), a JSON string escape in a multi-line message (`\nAKIA…`, `\tghp_…`)
 * or a `\u` escape (Go's `\u0026`, `\u003d`). The escape is consumed outside the secret group.
 */
export const TOKEN_START = String.raw`(?:\b|%[0-9A-Fa-f]{2}|\\[nrt]|\\u[0-9A-Fa-f]{4})`;

/**
 * `TOKEN_START` for an anchor, its counted repetitions written out (the prefilter's pass holds
 * anchors; counted repeats multiply its states). For a prefix that ends common words (`sk_` in
 * "task_", `ion_` in "session_"): the pass looks for it only where a token starts.
 */
export const TOKEN_START_ANCHOR = String.raw`(?:\b|%[0-9A-Fa-f][0-9A-Fa-f]|\\[nrt]|\\u[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f])`;

/** RFC 6750 token68 / base64 characters: what a bearer or basic credential is made of. */
export const TOKEN68 = String.raw`[A-Za-z0-9._~+/=-]`;

/** A UUID, any version. */
/**
 * A Twilio resource's SID (`SM…`, `AC…`, `CA…`: two capitals, 32 hex) where a value is read:
 * an id a Twilio client logs under `sid` in every response, no session. A rule lists it as an
 * alternative with no group before its value's, so it matches and finds no secret (F8).
 */
export const TWILIO_SID = String.raw`[A-Z]{2}[0-9a-f]{32}\b`;

export const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

/**
 * A vendor-named credential key before its value, in any spelling and shape logs use:
 * `HEROKU_API_KEY=v`, `"herokuApiKey": "v"`, `heroku-token: v`; not `HEROKU_APP_ID=v`. `words` is
 * an RE2 alternation of lower-case vendor names (`cloudflare|cf_api`); one of them is then a
 * keyword of every match.
 */
export const vendorKey = (words: string): string =>
  String.raw`(?i:[a-z0-9_.-]*(?:${words})[a-z0-9_.-]*(?:key|token|secret|auth|pass)[a-z0-9_.-]*)${SEP}`;

/**
 * After a token whose alphabet holds `-` (where `\b` cannot tell where it ends): the next
 * character is none of its own, or the line ends. Outside the secret group, so it stays.
 */
export const END_B64URL = String.raw`(?:[^A-Za-z0-9_-]|$)`;

/** The default `label` placeholder, for writing expected outputs in examples. */
export const label = (id: string): string => `[REDACTED:${id}]`;

/**
 * `record` as JSON serialised inside `levels` JSON strings, each the `body` of an object (an SNS
 * message in an SQS body in a Lambda event is three), for writing examples at depth.
 *
 * @example
 * nestJson({ a: 1 }, 1); // '{"body":"{\\"a\\":1}"}'
 */
export function nestJson(record: unknown, levels: number): string {
  let value = record;
  for (let i = 0; i < levels; i++) value = { body: JSON.stringify(value) };
  return JSON.stringify(value);
}

/** Escapes a literal for use inside an RE2 source. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
