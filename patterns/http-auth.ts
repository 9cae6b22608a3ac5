import type { RuleSpec } from '../src/types.js';
import { escapeRegex, HEADER_SEP, label, NAME_START, SEP, TOKEN68, TOKEN_START } from './parts.js';
import { createSampler, sample } from './sample.js';

const opaque = sample.base64url(32);
const basic = Buffer.from(`admin:${sample.password()}`).toString('base64');
/** A sampler of its own: new examples must not shift the samples after them. */
const pairs = createSampler(2026120123);
const authPassword = `${pairs.alnum(6)}!${pairs.alnum(5)}`;
const apiKey = sample.alnum(40);
const sts = sample.base64(180);
/** A sampler of its own: new examples here must not shift the samples of the files after this one. */
const digest = createSampler(2026113012);
const md5Response = digest.hex(32);
const sha256Response = digest.hex(64);
const serverNonce = digest.base64(32);
const clientNonce = digest.base64(32);
const opaqueValue = digest.hex(32);
const bearerHex = digest.hex(40);
const bearerUuid = digest.uuid();
/** Round 12's (HTTP headers), from a sampler of their own. */
const round12 = createSampler(2026120320);
const hmacSignature = round12.base64(44);
const hawkMac = round12.base64(44);
const oauthSignature = `${round12.base64(27).replace(/=+$/, '')}%3D`;
const ntlmAuthenticate = `TlRMTVNTUAADAAAAGAAY${round12.base64(200).replace(/=+$/, '')}`;

/** A user name before `:` in a `user:password` pair: never a variable or a placeholder. */
const AUTH_USER = '[A-Za-z0-9_.@+-]{1,64}';

/**
 * The password of a `user:password` pair: no `:`, space or quote; it holds a digit or a symbol and
 * opens with none of `$`, `<`, `{`, `[`, `*` (a variable, a placeholder, a template, a redaction, a mask).
 */
const AUTH_PASSWORD_CHAR = String.raw`[^ \t\r\n"'\\:,;&<>)\]}]`;
const AUTH_PASSWORD = String.raw`[0-9!#%+/=?@^_~.-]${AUTH_PASSWORD_CHAR}*|[^ \t\r\n"'\\:,;&<>$\[{*)\]}]${AUTH_PASSWORD_CHAR}*[0-9!#$%*+/=?@^_~.-]${AUTH_PASSWORD_CHAR}*`;

/** Headers whose whole value is a credential, written once: regex and keywords come from here. */
const CREDENTIAL_HEADERS = [
  'x-api-key', 'x-auth-token', 'x-access-token', 'x-xsrf-token', 'x-csrf-token', 'x-amz-security-token',
  'x-goog-api-key', 'x-session-token', 'api-key',
  // Honeycomb's API key header, also what `OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=…` sets (red-team).
  'x-honeycomb-team',
  // Vercel's deployment protection bypass, which opens a protected preview (round 51).
  'x-vercel-protection-bypass',
  // Puppet Enterprise's RBAC token (`curl -H "X-Authentication: …" …/rbac-api/…`; round 84).
  'x-authentication',
  // ZeroTier One's local service token (`curl -H "X-ZT1-Auth: …" localhost:9993/status`; round 90).
  'x-zt1-auth',
];

/**
 * The Authorization header's name as logs write it: `Proxy-Authorization`, and as a CGI/WSGI
 * environment or nginx JSON log variable, `HTTP_AUTHORIZATION`, `http_authorization`,
 * `proxy_authorization`, `hdr_authorization`.
 */
// Or after the words log formats name a header's variable by (`hdr_authorization`,
// `req_authorization`; round 52). Named, not any word: `[a-z]{2,10}_` there made the request
// log with 10% of secrets 35% slower (a counted repetition before every header rule's name).
const AUTHORIZATION = String.raw`(?i:(?:http[_-]|hdr_|req_|header_)?(?:proxy[_-])?authorization)`;
/**
 * `AUTHORIZATION` as a variable's last word (fastlane match's `MATCH_GIT_BASIC_AUTHORIZATION`,
 * round 105): the header's value kept for a tool to send.
 */
const AUTHORIZATION_VARIABLE = String.raw`(?i:(?:[a-z0-9]+_){1,4}authorization)`;

/**
 * Where a header name starts: a word boundary, or curl's `-H` written against it
 * (`-Hauthorization:…`, `-HX-Api-Key:…`), or a quote written as a `\\u` escape
 * (`{\\u0022Authorization\\u0022:…`, escq2), where there is none.
 */
const HEADER_START = String.raw`(?:${NAME_START}|-H)`;

/**
 * Inside a credential, characters that RFC 6750's b64token lacks but real ones hold: `=` padding
 * then more (`abc=def`), Salesforce's session ids (`00D…!AR…`), a FCM server key's
 * `<id>:APA91b…`, Asana's `2/…/…:<hex>` and a percent-encoded bearer token (`…%3D…`) as apps
 * copy it from a URL (round 5: the tail after the first `!`, `:` or `%` stayed in the log).
 */
const TOKEN_JOINT = String.raw`(?:=+|[!:]|%[0-9A-Fa-f]{2})`;

/**
 * Laravel Sanctum's token is its database id, `|`, then the secret (`Bearer 518|AU9b…`): a `|` is
 * no token68 character, and the id alone was too short to be read as one (round 40). Optimizely's
 * personal token opens with its version and `:` (`Bearer 2:Cgjr…`; round 117).
 */
const SANCTUM_ID = String.raw`(?:[0-9]{1,12}[|:])?`;

/**
 * RFC 7235 token68: `=` only as padding at its end, so `token=` (Rails' parameter name, or what is
 * left of it once redacted) is not a credential and a second pass changes nothing. A value that
 * goes on after `=` (`abc=def`) is taken whole: a match ends on a boundary (issue 7).
 */
const TOKEN68_STRICT = String.raw`${SANCTUM_ID}[A-Za-z0-9._~+/-]{6,}(?:${TOKEN_JOINT}[A-Za-z0-9._~+/-]+)*=*`;

/**
 * After a token68 credential: the line's end, a character of neither it nor a quote, an escape
 * (`\\n`), or a closing quote. A quote that opens a parameter's value (`username="ada"`) is
 * followed by the value, also one that starts with a placeholder's `[` or `*` (a second pass over
 * `Digest response="[REDACTED:…]"` must change nothing, review-leaks), `_`, `$` or `<`. Nor a
 * colon before a placeholder: Azure's `SharedKey account:[REDACTED:…]` read the account as the
 * credential on a second scrub (a review's).
 */
const TOKEN68_END = String.raw`(?:$|[^"\\=A-Za-z0-9._~+/:-]|:(?:$|[^\[])|\\+[^"\\]|\\*"(?:$|[^A-Za-z0-9\[*_$<]))`;

/**
 * The directives of web-server and proxy configs that set a request or response header: nginx's
 * `proxy_set_header`, `add_header` (and grpc/uwsgi/fastcgi's), Apache's `RequestHeader set|add|append|merge|setifempty`
 * and `Header [always] set …`, HAProxy's `http-request|http-response set-header|add-header`.
 */
const SET_HEADER = String.raw`(?:(?:proxy|grpc|uwsgi|scgi)_set_header|add_header|(?:RequestHeader|Header(?:[ \t]+always)?)[ \t]+(?i:set|add|append|merge|setifempty)|(?:http|tcp)-(?:request|response)[ \t]+(?:set|add)-header)`;

/** A header of a site's own that carries a credential: its name ends in a credential's word (`X-Origin-Auth`, `X-Internal-Key`). */
const CUSTOM_HEADER = String.raw`(?i:[a-z0-9]+(?:-[a-z0-9]+)*-(?:key|token|secret|auth))`;

/**
 * The schemes the Authorization header's rule knows by name. Only after one of these may the space
 * be URL-encoded (`Authorization=Basic%20…`, OpenTelemetry's `OTEL_EXPORTER_OTLP_HEADERS`, red-team):
 * after any word, `authorization=failed%20because%20…` would read as a credential.
 */
const NAMED_SCHEME = '(?i:bearer|basic|token|jwt|apikey|api-key|key|sso-key|oauth|dpop|negotiate|ntlm|mac|splunk|gitlab-token)';

/** The scheme before a credential in an Authorization value a config sets. */
const CONFIG_SCHEME = String.raw`(?i:bearer|basic|token|apikey|api-key|key|bot|sso-key)`;

/** HTTP credentials in headers: the header name and the scheme stay, the credential goes. */
export const httpAuthRules: readonly RuleSpec[] = [
  {
    id: 'http-digest-response',
    family: 'http-auth',
    description: 'the response of HTTP Digest authentication (RFC 7616) in an Authorization header or a bare Digest credential, also SIP\'s: the hash that proves the password',
    // `response` is H(H(user:realm:password):nonce:…): with the username, realm, nonce and uri
    // beside it in the same header, it is a password hash open to an offline dictionary attack,
    // and a replayable credential while the nonce lives. The other parameters stay: nonce and
    // opaque are the server's (its WWW-Authenticate challenge shows them to anyone), cnonce and
    // nc are counters that prove nothing without the response (gitleaks and trufflehog take none
    // of them). Before `http-authorization`, so the whole header is this rule's: that one would
    // read `username=` as a token68 credential.
    // The header's name may be elsewhere or nowhere (review-leaks): Apache's `%{Authorization}i`,
    // a JSON value under another key, a SIP client's message. `Digest` and a hex response after
    // `response=` are shape enough.
    regex: String.raw`(?:${HEADER_START}${AUTHORIZATION}${HEADER_SEP}|\b)(?i:digest)[ \t]+[^\r\n]*?\b(?i:response)[ \t]*=[ \t]*\\*"?([0-9a-fA-F]{32}(?:[0-9a-fA-F]{32}(?:[0-9a-fA-F]{64})?)?)\b`,
    keywords: ['authorization', 'digest'],
    // Where a Digest header's response is: the keyword `authorization` is on most request lines.
    anchor: String.raw`(?i:digest)[ \t][^\r\n]*(?i:response)[ \t]*=`,
    examples: {
      match: [
        {
          input: `Authorization: Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", algorithm=SHA-256, nonce="${serverNonce}", nc=00000001, cnonce="${clientNonce}", qop=auth, response="${sha256Response}", opaque="${opaqueValue}"`,
          output: `Authorization: Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", algorithm=SHA-256, nonce="${serverNonce}", nc=00000001, cnonce="${clientNonce}", qop=auth, response="${label('http-digest-response')}", opaque="${opaqueValue}"`,
        },
        {
          input: `{"headers":{"authorization":"Digest username=\\"ada\\", realm=\\"api\\", uri=\\"/x\\", response=\\"${md5Response}\\""}}`,
          output: `{"headers":{"authorization":"Digest username=\\"ada\\", realm=\\"api\\", uri=\\"/x\\", response=\\"${label('http-digest-response')}\\""}}`,
        },
        // No header name before it: a JSON value under another key (review-leaks).
        {
          input: `{"auth":"Digest username=\\"ada\\", realm=\\"api\\", response=\\"${md5Response}\\""}`,
          output: `{"auth":"Digest username=\\"ada\\", realm=\\"api\\", response=\\"${label('http-digest-response')}\\""}`,
        },
        // SIP (RFC 3261) writes it without spaces; some clients leave the response unquoted.
        {
          input: `Proxy-Authorization: Digest username="1001",realm="asterisk",uri="sip:100@10.0.0.1",response=${md5Response},algorithm=MD5`,
          output: `Proxy-Authorization: Digest username="1001",realm="asterisk",uri="sip:100@10.0.0.1",response=${label('http-digest-response')},algorithm=MD5`,
        },
      ],
      noMatch: [
        `WWW-Authenticate: Digest realm="http-auth@example.org", qop="auth", algorithm=SHA-256, nonce="${serverNonce}", opaque="${opaqueValue}"`,
        'Authorization: Digest auth failed: response mismatch for user ada',
        `authorization digest response=${md5Response.slice(0, 31)}`,
      ],
    },
  },
  {
    id: 'http-signature',
    family: 'http-auth',
    description: "the signature or MAC of a signed HTTP request's Authorization: Hawk's mac=, an HTTP Signature's or HMAC scheme's signature=, OAuth 1's oauth_signature=",
    // Round 12: as SigV4's Signature and a presigned URL's, a request's signature goes (a request
    // replayed within its window passes); the parameters around it stay, the key id included.
    // The header's name may be elsewhere or nowhere (nginx's "$http_authorization", HAProxy's
    // captures): the scheme and the parameter are shape enough.
    regex: String.raw`\b(?:(?i:hawk)[ \t]+|HMAC-SHA[0-9]+[ \t]+|hmac-sha[0-9]+[ \t]+|OAuth[ \t]+|(?i:signature)(?:[ \t]+|:[ \t]*))[^\r\n]*?\b(?:mac|signature|oauth_signature)[ \t]*=[ \t]*\\*"([A-Za-z0-9+/=%_-]{16,})\\*"`,
    keywords: ['hawk', 'signature'],
    anchor: String.raw`(?i:hawk|hmac-sha[0-9]+|oauth|signature)[ \t:]`,
    anchorInPass: false,
    examples: {
      match: [
        {
          input: `authorization: HMAC-SHA256 keyId="cYBjyH4n5t21RDSY", algorithm="hmac-sha256", headers="(request-target) host date digest", signature="${hmacSignature}"`,
          output: `authorization: HMAC-SHA256 keyId="cYBjyH4n5t21RDSY", algorithm="hmac-sha256", headers="(request-target) host date digest", signature="${label('http-signature')}"`,
        },
        {
          input: `headers=map[authorization:[Hawk id="olwesutre1ya", ts="1790686345", nonce="wwwOuu", mac="${hawkMac}"] Host:[api.example.com]]`,
          output: `headers=map[authorization:[Hawk id="olwesutre1ya", ts="1790686345", nonce="wwwOuu", mac="${label('http-signature')}"] Host:[api.example.com]]`,
        },
        {
          input: `Authorization: OAuth oauth_nonce="nuQoy12jweGr2g3yT9N7", oauth_signature="${oauthSignature}", oauth_signature_method="HMAC-SHA1", oauth_version="1.0"`,
          output: `Authorization: OAuth oauth_nonce="nuQoy12jweGr2g3yT9N7", oauth_signature="${label('http-signature')}", oauth_signature_method="HMAC-SHA1", oauth_version="1.0"`,
        },
      ],
      noMatch: ['WWW-Authenticate: Hawk error="Stale timestamp"', 'signature verification failed for key kid-2024', 'Authorization: OAuth oauth_signature_method="HMAC-SHA1"'],
    },
  },
  {
    id: 'ntlm-authenticate',
    family: 'http-auth',
    description: "NTLM's authenticate message (the third, base64 TlRMTVNTUAAD…): it holds the NTLMv2 response, a hash of the password open to an offline attack",
    // Round 12: `Authorization: NTLM …` is http-authorization's; the message alone too (nginx's
    // "$http_authorization", a proxy's capture). Its first bytes, `NTLMSSP\0` and type 3, are
    // fixed; the negotiate and challenge messages (types 1 and 2) hold no secret.
    regex: String.raw`${TOKEN_START}(TlRMTVNTUAAD[A-Za-z0-9+/]{20,}={0,2})`,
    keywords: ['tlrmtvntuaad'],
    examples: {
      match: [{ input: `"DELETE /api/v1/metrics HTTP/1.1" 204 3702 "-" "okhttp/4.12.0" "NTLM ${ntlmAuthenticate}"`, output: `"DELETE /api/v1/metrics HTTP/1.1" 204 3702 "-" "okhttp/4.12.0" "NTLM ${label('ntlm-authenticate')}"` }],
      noMatch: ['WWW-Authenticate: NTLM TlRMTVNTUAACAAAADAAMADgAAAAFgomi', '"NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw=="'],
    },
  },
  {
    id: 'http-authorization',
    family: 'http-auth',
    description: 'Authorization / Proxy-Authorization header with a scheme (Bearer, Basic, Token, …)',
    // Rails writes `Token token="…", email="…"`: the credential is the `token` parameter's value.
    // cPanel and WHM name the user before their API token (`Authorization: whm root:<token>`; round 68):
    // after a scheme of their own, a user's name and `:` stay.
    // A parameter's name is no credential (`Digest username="ada"`, leaks review): a token68 is
    // not followed by a quote that opens a value, only by one that closes it (`"Basic …=="}`).
    // A scheme of its own is a word of 24 characters at most (`AWS4-HMAC-SHA256`): a key with no
    // scheme (`Authorization=sk_<uuid> Cko-Idempotency-Key=…`, Checkout.com's; round 95) is no
    // scheme before the next field.
    regex: String.raw`${HEADER_START}${AUTHORIZATION}${HEADER_SEP}(?:${NAMED_SCHEME}(?:\\?[ \t]+|%20)|(?i:[a-z][a-z0-9._-]{0,23})\\?[ \t]+(?:[a-z][a-z0-9._@-]{0,31}:)?)(?:(?i:token)=\\?"?)?(${TOKEN68_STRICT})${TOKEN68_END}`,
    keywords: ['authorization'],
    examples: {
      match: [
        { input: `Authorization: Bearer ${opaque}`, output: `Authorization: Bearer ${label('http-authorization')}` },
        { input: `{"authorization":"Basic ${basic}"}`, output: `{"authorization":"Basic ${label('http-authorization')}"}` },
        { input: `proxy-authorization=Token ${opaque}`, output: `proxy-authorization=Token ${label('http-authorization')}` },
        // Laravel Sanctum's `<id>|<token>` (round 40).
        { input: `{"authorization":["Bearer 518|${opaque}"]}`, output: `{"authorization":["Bearer ${label('http-authorization')}"]}` },
        { input: `msg="{\\"Authorization\\":\\"Bearer ${opaque}\\"}"`, output: `msg="{\\"Authorization\\":\\"Bearer ${label('http-authorization')}\\"}"` },
        // Two strings in (issue 7: JSON in JSON at any depth).
        {
          input: `{"body":"{\\"headers\\":\\"{\\\\\\"Authorization\\\\\\":\\\\\\"Bearer ${opaque}\\\\\\"}\\"}"}`,
          output: `{"body":"{\\"headers\\":\\"{\\\\\\"Authorization\\\\\\":\\\\\\"Bearer ${label('http-authorization')}\\\\\\"}\\"}"}`,
        },
        // Every shape of headers (issue 8): multiValueHeaders, rawHeaders, pairs, Go's http.Header, CGI env, Rails.
        {
          input: `{"multiValueHeaders":{"Authorization":["Bearer ${opaque}"]}}`,
          output: `{"multiValueHeaders":{"Authorization":["Bearer ${label('http-authorization')}"]}}`,
        },
        {
          input: `{"rawHeaders":["Host","api","Authorization","Bearer ${opaque}"]}`,
          output: `{"rawHeaders":["Host","api","Authorization","Bearer ${label('http-authorization')}"]}`,
        },
        { input: `[["authorization","Basic ${basic}"]]`, output: `[["authorization","Basic ${label('http-authorization')}"]]` },
        { input: `header=map[Authorization:[Bearer ${opaque}]]`, output: `header=map[Authorization:[Bearer ${label('http-authorization')}]]` },
        { input: `{"http_authorization":"Bearer ${opaque}"}`, output: `{"http_authorization":"Bearer ${label('http-authorization')}"}` },
        { input: `'HTTP_AUTHORIZATION': 'Basic ${basic}'`, output: `'HTTP_AUTHORIZATION': 'Basic ${label('http-authorization')}'` },
        { input: `curl -sS -Hauthorization:Bearer\\ ${opaque} https://x`, output: `curl -sS -Hauthorization:Bearer\\ ${label('http-authorization')} https://x` },
        { input: `curl -H'Authorization: Basic ${basic}' https://x`, output: `curl -H'Authorization: Basic ${label('http-authorization')}' https://x` },
        { input: `Authorization: Token token="${opaque}", email="ada@example.com"`, output: `Authorization: Token token="${label('http-authorization')}", email="ada@example.com"` },
        // Header maps as languages print them (shapes6): Go's http.Header and gRPC metadata.MD,
        // PHP's print_r and var_dump, HAR and .NET name/value pairs.
        {
          input: `http.Header{"Accept":[]string{"*/*"}, "Authorization":[]string{"Basic ${basic}"}}`,
          output: `http.Header{"Accept":[]string{"*/*"}, "Authorization":[]string{"Basic ${label('http-authorization')}"}}`,
        },
        { input: `    [Authorization] => Basic ${basic}`, output: `    [Authorization] => Basic ${label('http-authorization')}` },
        { input: `["Authorization"]=> string(34) "Basic ${basic}"`, output: `["Authorization"]=> string(34) "Basic ${label('http-authorization')}"` },
        { input: `{"name":"authorization","value":"Basic ${basic}"}`, output: `{"name":"authorization","value":"Basic ${label('http-authorization')}"}` },
        { input: `{ Key = Authorization, Value = Basic ${basic} }`, output: `{ Key = Authorization, Value = Basic ${label('http-authorization')}` + ' }' },
        // Quotes written as escapes (escq2): a header map System.Text.Json logged as a string, or HTML-escaped.
        {
          input: `{"msg":"{\\u0022Authorization\\u0022:\\u0022Bearer ${opaque}\\u0022}"}`,
          output: `{"msg":"{\\u0022Authorization\\u0022:\\u0022Bearer ${label('http-authorization')}\\u0022}"}`,
        },
        { input: `<pre>{&quot;proxy-authorization&quot;:&quot;Basic ${basic}&quot;}</pre>`, output: `<pre>{&quot;proxy-authorization&quot;:&quot;Basic ${label('http-authorization')}&quot;}</pre>` },
        // A header list URL-encoded into one variable (OpenTelemetry's exporters; red-team).
        {
          input: `OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20${basic},x-scope-orgid=42`,
          output: `OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20${label('http-authorization')},x-scope-orgid=42`,
        },
      ],
      noMatch: [
        'Authorization: Bearer',
        'authorization failed for user bob',
        'authorization: denied (policy)',
        'authorization, bearer tokens rotated',
        // A parameter's name is no token68 credential (leaks review).
        'Authorization: Digest username="ada", realm="api", uri="/x"',
        'Authorization: Digest username="_svc", realm="api"',
        '{"rawHeaders":["Authorization","Bearer <token>"]}',
        '{"name":"Authorization","value":"Bearer"}',
        '[Authorization] => Array',
      ],
    },
  },
  {
    id: 'http-authorization-raw',
    family: 'http-auth',
    description: 'Authorization header whose value is a bare credential, no scheme',
    // A list of header names is no header: in `"vary":"…, Authorization","access-control-allow-headers":…`
    // and `["Authorization","X-Requested-With"]` what follows is a key or another name (round 6).
    // So the value must look like a token and not be followed by a key's `":`.
    regex: String.raw`${HEADER_START}(?:${AUTHORIZATION}|${AUTHORIZATION_VARIABLE})${HEADER_SEP}(${TOKEN68}{16,})(?:[^"\\A-Za-z0-9._~+/=-]|$|\\+[^"\\]|\\*"[ \t]*(?:[^: \t]|$))`,
    keywords: ['authorization'],
    minEntropy: 3,
    tokenShape: true,
    examples: {
      match: [
        { input: `authorization: ${opaque}`, output: `authorization: ${label('http-authorization-raw')}` },
        { input: `{"proxy_authorization":"${opaque}"}`, output: `{"proxy_authorization":"${label('http-authorization-raw')}"}` },
      ],
      noMatch: [
        'authorization: aaaaaaaaaaaaaaaaaaaa',
        'Authorization: required',
        '{"vary":"Accept-Encoding, Cookie, Authorization","access-control-allow-headers":"Authorization, X-CSRF-Token"}',
        '{"allowed":["Authorization","X-Requested-With"]}',
      ],
    },
  },
  {
    id: 'http-authorization-member',
    family: 'http-auth',
    description: "an Authorization header's bare value as a JSON or dict member, short or full of symbols: {\"Authorization\":\"…\"}, {'authorization': '…'}",
    // Round 36: a webhook's headers in an SQS or SNS body, `\"authorization\":\"PVIp)9GO…\"`.
    // http-authorization-raw reads a token68 of 16 or more; a member's quotes bound the value, so
    // here it may be as short as a password and hold any symbol but a blank: a scheme and its
    // credential (`Bearer …`) are the other rules'.
    regex: String.raw`${HEADER_START}${AUTHORIZATION}\\*["'][ \t]*:[ \t]*\\*["']([^"'\\ \t\r\n]{8,256})\\*["']`,
    keywords: ['authorization'],
    anchor: String.raw`${AUTHORIZATION}\\*["'][ \t]*:`,
    anchorInPass: false,
    minEntropy: 3,
    tokenShape: true,
    examples: {
      match: [
        { input: `{"body":"{\\"headers\\":{\\"authorization\\":\\"PVIp)9GO5LGA@m%11rF:\\"},\\"retry\\":0}"}`, output: `{"body":"{\\"headers\\":{\\"authorization\\":\\"${label('http-authorization-member')}\\"},\\"retry\\":0}"}` },
        { input: `{'Authorization': 'Orchid26518rj'}`, output: `{'Authorization': '${label('http-authorization-member')}'}` },
      ],
      noMatch: ['{"authorization":"required"}', '{"Authorization":"********"}', '{"authorization":"Bearer"}'],
    },
  },
  {
    id: 'basic-credential',
    family: 'http-auth',
    description: "a Basic credential (base64 of user:password) with no Authorization header before it: an Authorization value logged as a bare field (nginx's \"$http_authorization\"), in a message, under any JSON key",
    // As bearer-token: the value must look random (mixed case and digits, as base64 of a
    // user:password pair does) and be 12 characters or more, so `Basic realm="api"` and
    // `basic authentication failed` stay.
    regex: String.raw`\b(?i:basic)(?:[ \t]+|%20|\+)([A-Za-z0-9+/]{12,}={0,2})${TOKEN68_END}`,
    keywords: ['basic'],
    minEntropy: 3,
    tokenShape: true,
    examples: {
      match: [{ input: `10.1.2.3 - ada [02/Dec/2026:02:47:12 +0000] "GET /admin/ HTTP/1.1" 200 7910 "-" "curl/8.4.0" "Basic ${basic}"`, output: `10.1.2.3 - ada [02/Dec/2026:02:47:12 +0000] "GET /admin/ HTTP/1.1" 200 7910 "-" "curl/8.4.0" "Basic ${label('basic-credential')}"` }],
      noMatch: ['WWW-Authenticate: Basic realm="api"', 'basic authentication failed for user ada', 'auth_basic_user_file /etc/nginx/.htpasswd', 'Basic Auth'],
    },
  },
  {
    id: 'bearer-token',
    family: 'http-auth',
    description: 'a Bearer credential with no Authorization header before it: in a message (sending Bearer …), as a JSON value under any key, URL-encoded (Bearer%20…)',
    // Prose names the scheme too (`Bearer token expired`, `bearer tokens rotated`): the credential
    // must look like a token (16 or more characters, mixed case and digits, a UUID or a one-case
    // key) and be random enough. A JWT after it keeps the JWT's label.
    // RFC 6750's b64token: `=` only at its end, so the next field of a logfmt line is not taken
    // for one (`token_type=Bearer expires_at=2026-11-12T07:31:44Z`, round 4); inside, `!`, `:` and
    // percent escapes as in TOKEN_JOINT.
    regex: String.raw`\b(?i:bearer)(?:[ \t]+|%20|\+)(${SANCTUM_ID}[A-Za-z0-9._~+/-]{12,}(?:(?:[!:]|%[0-9A-Fa-f]{2})[A-Za-z0-9._~+/-]+)*=*)${TOKEN68_END}`,
    keywords: ['bearer'],
    // Tier 1b only: every line of the bench corpora and loghub with `bearer` had the anchor too
    // (120 of 124,634): in the pass it cost characters and spared nothing.
    anchorInPass: false,
    anchor: String.raw`(?i:bearer)(?:[ \t]|%20|\+)`,
    minEntropy: 3,
    tokenShape: true,
    examples: {
      match: [
        { input: `sending Bearer ${bearerHex} to upstream`, output: `sending Bearer ${label('bearer-token')} to upstream` },
        { input: `{"auth":"Bearer ${opaque}","retry":1}`, output: `{"auth":"Bearer ${label('bearer-token')}","retry":1}` },
        { input: `{"args":["upstream","bearer ${bearerUuid}"]}`, output: `{"args":["upstream","bearer ${label('bearer-token')}"]}` },
        { input: `redirect h=Bearer%20${opaque}&x=1`, output: `redirect h=Bearer%20${label('bearer-token')}&x=1` },
      ],
      noMatch: [
        'Bearer token expired for user ada',
        'rotating bearer tokens nightly',
        '{"token_type":"Bearer","expires_in":3600}',
        'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
        'Bearer <token>',
        'Bearer abcdefghijklmnopqrstuv',
        'token_type=Bearer expires_at=2026-11-12T07:31:44.823Z',
      ],
    },
  },
  {
    id: 'websocket-protocol-token',
    family: 'http-auth',
    description: 'a token carried in Sec-WebSocket-Protocol (browsers cannot set Authorization on a WebSocket): access_token, <token>; bearer.<token>; base64url.bearer.authorization.k8s.io.<token>',
    // The header lists subprotocols; a token is the item that is not a protocol name: long,
    // high in entropy, optionally after a marker item or a dotted marker prefix.
    regex: String.raw`${HEADER_START}(?i:sec-websocket-protocol)${HEADER_SEP}(?:[A-Za-z0-9._-]{1,64}[ \t]*,[ \t]*){0,8}(?i:(?:base64url\.)?bearer\.authorization\.k8s\.io\.|authorization\.bearer\.|bearer\.|access[_-]?token\.|token\.)?(${TOKEN68}{23,}[A-Za-z0-9_~+/=-])(?:[^A-Za-z0-9._~+/=\[-]|$)`,
    keywords: ['sec-websocket-protocol'],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `Sec-WebSocket-Protocol: access_token, ${opaque}`, output: `Sec-WebSocket-Protocol: access_token, ${label('websocket-protocol-token')}` },
        { input: `{"sec-websocket-protocol":"graphql-ws, bearer.${opaque}"}`, output: `{"sec-websocket-protocol":"graphql-ws, bearer.${label('websocket-protocol-token')}"}` },
        {
          input: `sec-websocket-protocol=base64url.bearer.authorization.k8s.io.${sample.base64url(60)}, base64.binary.k8s.io`,
          output: `sec-websocket-protocol=base64url.bearer.authorization.k8s.io.${label('websocket-protocol-token')}, base64.binary.k8s.io`,
        },
      ],
      noMatch: ['Sec-WebSocket-Protocol: graphql-transport-ws', 'Sec-WebSocket-Protocol: wamp.2.json, wamp.2.msgpack', 'sec-websocket-protocol: actioncable-v1-json, actioncable-unsupported'],
    },
  },
  {
    id: 'server-config-header',
    family: 'http-auth',
    description: 'a credential a web server or proxy config sets as a header: nginx proxy_set_header / add_header, Apache RequestHeader / Header set, HAProxy http-request set-header; Authorization (after its scheme) and the credential headers',
    // The directive, the header's name, a space and the value: `$http_authorization`, `%[req.hdr(…)]`
    // and `%{…}e` pass a value through and stay (a credential holds none of `$`, `%`, `[`).
    regex: String.raw`\b${SET_HEADER}[ \t]+\\?["']?(?:${AUTHORIZATION}|(?i:${CREDENTIAL_HEADERS.map(escapeRegex).join('|')}))\\?["']?[ \t]+(?:\\?["'](?:${CONFIG_SCHEME}[ \t]+)?(${TOKEN68}{8,})\\?["']|(?:${CONFIG_SCHEME}\\[ \t])?(${TOKEN68}{8,})(?:[ \t;]|$))`,
    keywords: ['authorization', ...CREDENTIAL_HEADERS],
    examples: {
      match: [
        { input: `proxy_set_header Authorization "Basic ${basic}";`, output: `proxy_set_header Authorization "Basic ${label('server-config-header')}";` },
        { input: `    proxy_set_header X-Api-Key ${apiKey};`, output: `    proxy_set_header X-Api-Key ${label('server-config-header')};` },
        { input: `RequestHeader set Authorization "Bearer ${opaque}"`, output: `RequestHeader set Authorization "Bearer ${label('server-config-header')}"` },
        { input: `  http-request set-header Authorization "Basic ${basic}"`, output: `  http-request set-header Authorization "Basic ${label('server-config-header')}"` },
      ],
      noMatch: ['proxy_set_header Authorization $http_authorization;', 'proxy_set_header Host $host;', 'http-request set-header X-Api-Key %[req.hdr(x-key)]', 'proxy_set_header Authorization "";'],
    },
  },
  {
    id: 'server-config-custom-header',
    family: 'http-auth',
    description: "a token a proxy config sets in a header of its own whose name ends in Key, Token, Secret or Auth: nginx's proxy_set_header X-Internal-Key …, Varnish and Fastly VCL's set bereq.http.X-Origin-Auth = \"…\", Emissary's add_request_headers {x-upstream-key: {value: …}}",
    // Round 79 (and 73): a shared secret between a CDN or an ingress and its origin, in a name of
    // the site's own. The value is 16 or more of a token's alphabet and token-shaped: `$host`,
    // `%[req.hdr(…)]` and `$scheme$host$uri` (a cache key) hold `$`, `%` or `[` and stay.
    regex: String.raw`(?:\b${SET_HEADER}[ \t]+\\?["']?${CUSTOM_HEADER}\\?["']?[ \t]+|\bmore_set_(?:input_)?headers[ \t]+\\?["']${CUSTOM_HEADER}:[ \t]*|\bset[ \t]+(?:req|bereq|resp|beresp)\.http\.${CUSTOM_HEADER}[ \t]*=[ \t]*|(?:^|[ \t{,])${CUSTOM_HEADER}["']?:[ \t]*\{[ \t]*["']?value["']?:[ \t]*)\\?["']?([A-Za-z0-9_+/=.~-]{16,})(?:\\?["']|[ \t;,}]|$)`,
    // Tier 1b only: the names end in words the pass over every byte finds already.
    keywords: ['key', 'token', 'secret', 'auth'],
    anchor: String.raw`${SET_HEADER}|more_set_|\.http\.|(?i:key|token|secret|auth)["']?:[ \t]*\{`,
    anchorInPass: false,
    minEntropy: 3,
    tokenShape: true,
    examples: {
      match: [
        { input: `snippet="proxy_set_header X-Internal-Key \\"${apiKey}\\";"`, output: `snippet="proxy_set_header X-Internal-Key \\"${label('server-config-custom-header')}\\";"` },
        { input: `  set bereq.http.X-Origin-Auth = "${opaque}";`, output: `  set bereq.http.X-Origin-Auth = "${label('server-config-custom-header')}";` },
        { input: `add_request_headers: {x-upstream-key: {value: "${bearerUuid}", append: false}}`, output: `add_request_headers: {x-upstream-key: {value: "${label('server-config-custom-header')}", append: false}}` },
      ],
      noMatch: ['proxy_set_header X-Cache-Key $scheme$host$request_uri;', 'set req.http.X-Cache-Key = req.url;', 'add_header X-Request-Token-Type bearer;', 'proxy_set_header X-Forwarded-Auth "enabled-for-all-users";'],
    },
  },
  {
    id: 'nginx-secure-link-secret',
    family: 'http-auth',
    description: "the secret word of nginx's secure_link_md5 expression, which signs expiring download links: secure_link_md5 \"$secure_link_expires$uri$remote_addr <secret>\";",
    // Round 79: whoever has it signs links of their own. The expression is variables and literals;
    // the secret is its last word that is no variable, 8 characters or more.
    // Or first, before a variable (`"s3cr3t$uri$secure_link_expires"`).
    regex: String.raw`\bsecure_link_md5[ \t]+\\?"(?:[^"\r\n]*?[ \t])?([^ \t"\\$\r\n][^ \t"\\$\r\n]{7,})(?:\$|[ \t]*\\?")`,
    keywords: ['secure_link_md5'],
    minEntropy: 2.5,
    examples: {
      match: [{ input: `    secure_link_md5 "$secure_link_expires$uri$remote_addr ${opaque}";`, output: `    secure_link_md5 "$secure_link_expires$uri$remote_addr ${label('nginx-secure-link-secret')}";` }],
      noMatch: ['    secure_link_md5 "$secure_link_expires$uri$remote_addr $secret_from_map";'],
    },
  },
  {
    id: 'cloudfront-origin-header',
    family: 'http-auth',
    description: "the value of a custom header CloudFront sends its origin, named for a secret (X-Origin-Verify, X-…-Key, -Token, -Secret, -Auth), as get-distribution-config prints it: {\"HeaderName\": \"X-Origin-Verify\", \"HeaderValue\": \"…\"}",
    // Round 79: the origin lets through whoever sends it, so it is the distribution's shared secret.
    regex: String.raw`\\?"HeaderName\\?"[ \t]*:[ \t]*\\?"(?:${CUSTOM_HEADER}|(?i:[a-z0-9-]*-verify))\\?"[ \t]*,[ \t]*\\?"HeaderValue\\?"[ \t]*:[ \t]*\\?"([^"\\\r\n]{8,})\\?"`,
    keywords: ['headervalue'],
    minEntropy: 3,
    examples: {
      match: [{ input: `"Items": [{"HeaderName": "X-Origin-Verify", "HeaderValue": "${apiKey}"}]`, output: `"Items": [{"HeaderName": "X-Origin-Verify", "HeaderValue": "${label('cloudfront-origin-header')}"}]` }],
      noMatch: ['"Items": [{"HeaderName": "X-Forwarded-Host", "HeaderValue": "www.example.com"}]'],
    },
  },
  {
    id: 'api-key-header',
    family: 'http-auth',
    description: 'X-Api-Key, X-Auth-Token, X-XSRF-Token, X-CSRF-Token, X-Amz-Security-Token and similar headers',
    regex: String.raw`${HEADER_START}(?i:${CREDENTIAL_HEADERS.map(escapeRegex).join('|')})${HEADER_SEP}(${TOKEN68}{8,}|[A-Za-z0-9%._~+/=-]{8,})`,
    keywords: CREDENTIAL_HEADERS,
    // The value must look like a token: a header's name as a string in a list or map is followed
    // by the next name or key, which reads as a word (`["X-Auth-Token","Content-Type"]`,
    // `{"csrfTokenName":"X-CSRF-TOKEN","tokenCount":42}`: review3, FP3, a JSON key was lost).
    tokenShape: true,
    examples: {
      match: [
        { input: `X-Api-Key: ${apiKey}`, output: `X-Api-Key: ${label('api-key-header')}` },
        { input: `x-xsrf-token=${opaque}`, output: `x-xsrf-token=${label('api-key-header')}` },
        { input: `curl -HX-Api-Key:${apiKey} https://x`, output: `curl -HX-Api-Key:${label('api-key-header')} https://x` },
        { input: `X-Amz-Security-Token: ${sts}`, output: `X-Amz-Security-Token: ${label('api-key-header')}` },
        // A JSON key: `sensitive-key`'s match starts at the quote, so it labels the value, as it
        // did before only when some other keyword of it stood on the line (issue 9).
        { input: `{"multiValueHeaders":{"x-api-key":["${apiKey}"]}}`, output: `{"multiValueHeaders":{"x-api-key":["${label('sensitive-key')}"]}}` },
        // A header's name and value as fields (shapes6): .NET, PHP's print_r. (HAR's JSON pair
        // is json-named-token's: every one of these names is a secret key.)
        { input: `{ Key = X-Api-Key, Value = ${apiKey} }`, output: `{ Key = X-Api-Key, Value = ${label('api-key-header')} }` },
        { input: `    [X-Auth-Token] => ${opaque}`, output: `    [X-Auth-Token] => ${label('api-key-header')}` },
        // Quotes written as escapes (escq2).
        { input: `{"msg":"[[\\u0022x-auth-token\\u0022,\\u0022${opaque}\\u0022]]"}`, output: `{"msg":"[[\\u0022x-auth-token\\u0022,\\u0022${label('api-key-header')}\\u0022]]"}` },
      ],
      noMatch: ['X-Api-Key: <key>', 'the x-api-key header is missing', '{"name":"X-Api-Key","value":"<key>"}'],
    },
  },
  {
    id: 'auth-user-password',
    family: 'http-auth',
    description: 'a user:password pair under a name that ends in auth (BASIC_AUTH=user:pw, ELASTIC_CLOUD_AUTH, basicAuth, --basic-auth user:pw): the user stays, the password goes',
    // Red-team: what Basic auth sends, written before it is encoded. The name may end in `auth` only
    // (`AUTH_PROVIDER=google:oauth2` names a provider); a flag's value may follow a space. The
    // password must hold a digit or a symbol and be random enough: `auth: jwt:v2`,
    // `requestedAuth=Kerberos:Negotiate`, `auth=session:cookie` and `ldap:389` say which auth is
    // used. It holds no `:`, so `google:oauth2:openid` is a list, and never opens a variable, a
    // placeholder or a redaction (`$PW`, `<password>`, `[REDACTED:…]`).
    // The name is no part of a URN (`urn:ietf:params:oauth:grant-type:device_code`, round 41).
    // A Ruby symbol's `:` is no URN's (Logstash's `:cloud_auth=>"elastic:…"`; round 99).
    regex: String.raw`(?:(?:^|[^:])${NAME_START}(?i:[a-z0-9_.-]*auth)${SEP}|(?:^|[^A-Za-z0-9_:]):(?i:cloud|basic|http|proxy|user)_auth[ \t]*=>[ \t]*\\?["']?|--(?i:[a-z0-9-]*auth)(?:[ \t]+|=)\\?["']?)${AUTH_USER}:(${AUTH_PASSWORD})(?:$|[ \t"'\\,;&<>)\]}])`,
    // Tier 1b only by this word: `auth` is in the pass over every byte already.
    keywords: ['auth'],
    minEntropy: 2.5,
    examples: {
      match: [
        { input: `BASIC_AUTH=admin:${authPassword}`, output: `BASIC_AUTH=admin:${label('auth-user-password')}` },
        { input: `export ELASTIC_CLOUD_AUTH="elastic:${authPassword}"`, output: `export ELASTIC_CLOUD_AUTH="elastic:${label('auth-user-password')}"` },
        { input: `{"basicAuth":"admin:${authPassword}","url":"https://es:9200"}`, output: `{"basicAuth":"admin:${label('auth-user-password')}","url":"https://es:9200"}` },
        { input: `--basic-auth ci@example.com:${authPassword}`, output: `--basic-auth ci@example.com:${label('auth-user-password')}` },
      ],
      noMatch: ['AUTH_METHOD=basic', 'auth=true', 'AUTH_PROVIDER=google:oauth2', 'auth: jwt:v2', 'auth: ldap:389', 'requestedAuth=Kerberos:Negotiate', 'BASIC_AUTH=$ES_USER:$ES_PASSWORD', 'basic_auth: "admin:<password>"', 'auth=google:oauth2:openid', 'grant_type=urn:ietf:params:oauth:grant-type:device_code device_code=…'],
    },
  },
  {
    id: 'auth-token-value',
    family: 'http-auth',
    description: 'a long random token under a key that is just auth: auth=…, {auth=…} (a query string as API Gateway logs it), "auth": "…"',
    // Round 75: a WebSocket's `?auth=<token>` as API Gateway's execution log prints the query
    // (`{auth=…, room=…}`). Most values under `auth` say which auth is used (`basic`, `oauth2`,
    // `AzureActiveDirectory`, `PRESHARED_KEY`), so the value is 24 or more of base64url's alphabet
    // and token-shaped; base64 of `user:password` is registry-auth's.
    regex: String.raw`(?:^|[^A-Za-z0-9_.-])\\?["']?(?i:auth)\\?["']?[ \t]*[=:][ \t]*\\?["']?([A-Za-z0-9_-]{24,})(?:$|[^A-Za-z0-9_.+/=-])`,
    // Tier 1b only by this word: `auth` is in the pass over every byte already.
    keywords: ['auth'],
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [{ input: `Method request query string: {auth=${opaque}, room=support-7}`, output: `Method request query string: {auth=${label('auth-token-value')}, room=support-7}` }],
      noMatch: ['auth=PRESHARED_KEY cipher=AES_GCM_16_256', '{"auth":"AzureActiveDirectoryServicePrincipal"}', 'oauth=' + 'x'.repeat(30), `author=${'ab12'.repeat(8)}`],
    },
  },
];
