import type { RuleSpec, Vocabulary } from '../src/types.js';
import { globKeywords, globSource } from './keys.js';
import { escapeRegex, label, NAME_START, SEP, TWILIO_SID } from './parts.js';
import { createSampler, sample } from './sample.js';

const sessionValue = sample.base64url(40);
const signed = sample.signedCookie().replace(':', '%3A');
const phpsess = sample.from('abcdefghijklmnopqrstuv0123456789', 26);
const token = sample.base64url(48);
/** A sampler of its own: new examples here must not shift the samples of the files after this one. */
const fields = createSampler(2026120101);
const fieldValue = fields.base64url(32);
const fieldSigned = `s%3A${fields.base64url(24)}.${fields.base64url(43)}`;
const fieldAdonis = fields.signedCookie().replace(':', '%3A');
/** Rack's cookie session: base64 data, `--`, an HMAC-SHA1. */
const fieldRack = `${fields.base64url(48)}--${fields.hex(40)}`;
/** A Tornado signed cookie's value: base64 of 32 random bytes (Jupyter's login cookie, round 46). */
const tornadoValue = Buffer.from(fields.hex(64), 'hex').toString('base64');

/** A quote as a field's name or value is written in JSON, JSON inside JSON strings, Go and Python. */
const QUOTE = String.raw`\\*["']`;
/** A key and its separator before a cookie's name or value: `"name":"`, `Name: "`, `name='`, `name=`, `\"name\":\"`. */
const fieldKey = (key: string): string => String.raw`(?i:${key})${QUOTE}?[ \t]*[:=][ \t]*${QUOTE}?`;
/** What may stand between a cookie's name and its value in one object: its other fields, not another object. */
const FIELD_GAP = String.raw`[^{}()\r\n]{0,120}?`;

/**
 * Session, auth, CSRF and remember-me cookies, by name. The cookie name stays, the value goes.
 * Harmless cookies (`theme=dark`, `_ga`) do not match: their names are not in the list. A session
 * cookie is read as `name=value` and as name/value fields (`{"name":"connect.sid","value":"…"}`).
 */
export function cookieRules(vocabulary: Vocabulary): RuleSpec[] {
  const names = vocabulary.sessionCookieNames;
  const parts = vocabulary.secretCookieNameParts.map(escapeRegex).join('|');
  const cookie = String.raw`(?i:${globSource(names)})`;
  const min = vocabulary.thresholds.cookieMinLength;
  // Not a Twilio SID under `sid` (`sid=SM…` as a Twilio client logs a message).
  // A value ends before `&name=`, the next field of a form body or query string (`_csrf=…&email=…`,
  // round 6), as a bare value does (`BARE_VALUE` in parts.ts); a `&` not followed by one stays in it.
  // A name may open with a dot (`.AspNetCore.Cookies`, `.ASPXAUTH`; round 51), after which no `\b` stands.
  const dotted = names.filter((n) => n.startsWith('.'));
  const name = dotted.length > 0 ? String.raw`(?:\b${cookie}|(?:^|[^A-Za-z0-9_.-])(?i:${globSource(dotted)}))` : String.raw`\b${cookie}`;
  const pair = String.raw`${name}=(?:${TWILIO_SID}|([^;,"'\\ \t\n\r<>&]{${min},}(?:&[^;,"'\\ \t\n\r<>&=]*)*)(?:[;,"'\\ \t\n\r<>&]|$))`;
  // Printed as fields: the name's field, then the value's, or the value's first (HAR, Go, Python, text;
  // Foundation's NSHTTPCookie description, `name:"sessionid" value:"…"`, round 67).
  const value = String.raw`([^;,"'\\ \t\n\r<>{}()]{${min},})`;
  const nameFirst = String.raw`\b${fieldKey('name|key')}${cookie}(?:${QUOTE}[ \t]*,${FIELD_GAP}|${QUOTE}?[ \t,;]+)\b${fieldKey('value')}${value}`;
  const valueFirst = String.raw`\b${fieldKey('value')}${value}${QUOTE}${FIELD_GAP}\b${fieldKey('name|key')}${cookie}${QUOTE}[ \t]*[,})]`;
  return [
    {
      id: 'cookie-header',
      family: 'cookies',
      description:
        'Cookie header: values of session, auth, CSRF and remember-me cookies and any value that looks like a token go; harmless cookies (theme=dark, _ga, consent) stay',
      regex: String.raw`${NAME_START}(?i:cookie)${SEP}`,
      // No keywords: the anchor itself prefilters. A header wakes the rule only when it holds what
      // the rule reports: a cookie whose name holds a secret part, or a value with a token-length
      // run. Browsers send `cookie` on nearly every request; with the keyword alone it woke 63% of
      // AdonisJS request lines for nothing (issue 9). A value runs to its `;`, spaces included, as
      // the rule reads it (logs print what a browser would not send).
      keywords: [],
      anchor: String.raw`${NAME_START}(?i:cookie)${SEP}[^"\\\n\r]*?(?:(?i:${parts})[^=;"\\ \t\n\r]*[ \t]*=|=[^;"\\\n\r]*[A-Za-z0-9_-]{16})`,
      kind: 'cookie-header',
      secretGroup: 0,
      examples: {
        match: [
          {
            input: `Cookie: theme=dark; adonis-session=${signed}; _ga=GA1.2.1234.5678`,
            output: `Cookie: theme=dark; adonis-session=${label('adonis-signed-cookie')}; _ga=GA1.2.1234.5678`,
          },
          { input: `{"cookie":"PHPSESSID=${phpsess}; lang=en"}`, output: `{"cookie":"PHPSESSID=${label('cookie-header')}; lang=en"}` },
          { input: `cookie: theme=dark; myapp_auth=${token}`, output: `cookie: theme=dark; myapp_auth=${label('cookie-header')}` },
          // A value that is one random run in one case is a token too, whatever the cookie's name.
          { input: `{"cookie":"lang=en; x=${phpsess}"}`, output: `{"cookie":"lang=en; x=${label('cookie-header')}"}` },
          // Quotes written as escapes (escq2): the value ends at its closing `\\u0022` or `&quot;`.
          { input: `{"msg":"{\\u0022Cookie\\u0022:\\u0022lang=en; myapp_auth=${token}\\u0022}"}`, output: `{"msg":"{\\u0022Cookie\\u0022:\\u0022lang=en; myapp_auth=${label('cookie-header')}\\u0022}"}` },
          { input: `<pre>{&quot;cookie&quot;:&quot;lang=en; x=${phpsess}&quot;}</pre>`, output: `<pre>{&quot;cookie&quot;:&quot;lang=en; x=${label('cookie-header')}&quot;}</pre>` },
        ],
        noMatch: ['Cookie: theme=dark; lang=en; cookieconsent_status=dismiss; _ga=GA1.2.1234567890.1234567890', 'cookie: '],
      },
    },
    {
      id: 'set-cookie',
      family: 'cookies',
      description:
        'Set-Cookie header: the value of a session, auth, CSRF or remember-me cookie, or one that looks like a token, goes, as in a Cookie header; harmless cookies (lang, _ga, consent, AWSALB) and Path, Domain, Expires, Max-Age, HttpOnly, Secure, SameSite stay',
      // The value ends before a quote written as a reference (`…&quot;}`, escq2): its `;` would
      // end it only after `&quot`. So a value holds `&` only before a character no such reference has.
      // The cookie's name (group 1) decides, with the value (group 2), as `cookie-header` does.
      regex: String.raw`${NAME_START}(?i:set-cookie)${SEP}\[?\\?"?[ \t]*([^=;,"\\ \t\n\r]+)=((?:[^;"\\\n\r&]|&[^;"\\\n\r&#qQa]|&a[^;"\\\n\r&p])+)`,
      keywords: ['set-cookie'],
      kind: 'set-cookie',
      secretGroup: 2,
      examples: {
        match: [
          {
            input: `Set-Cookie: adonis-session=${signed}; Path=/; HttpOnly; Secure; SameSite=Lax`,
            output: `Set-Cookie: adonis-session=${label('adonis-signed-cookie')}; Path=/; HttpOnly; Secure; SameSite=Lax`,
          },
          {
            input: `{"set-cookie":["remember_web=${sessionValue}; Max-Age=3600; Path=/"]}`,
            output: `{"set-cookie":["remember_web=${label('set-cookie')}; Max-Age=3600; Path=/"]}`,
          },
          // Quotes written as escapes (escq2): the value ends before `&quot;`, not at its `;`.
          { input: `<pre>{&quot;set-cookie&quot;:&quot;remember_web=${sessionValue}&quot;}</pre>`, output: `<pre>{&quot;set-cookie&quot;:&quot;remember_web=${label('set-cookie')}&quot;}</pre>` },
        ],
        noMatch: ['set-cookie header missing', 'Set-Cookie: =; Path=/'],
      },
    },
    {
      id: 'tornado-signed-cookie',
      family: 'cookies',
      description: "Tornado's signed cookie value (2|1:0|10:<time>|<n>:<name>|<n>:<base64 value>|<HMAC>), as Jupyter's login cookie holds it: the value and its signature go, the name stays",
      // Round 46: Jupyter's `username-<host>-<port>` cookie, whose name holds no secret part and
      // whose quoted value holds `|`, so the Cookie header's rule read no token in it.
      regex: String.raw`2\|1:0\|10:[0-9]{10}\|[0-9]{1,3}:[^|\r\n]{1,200}\|([0-9]{1,4}:[A-Za-z0-9+/=_-]{4,}\|[0-9a-f]{64,128})\b`,
      keywords: ['2|1:0|10:'],
      examples: {
        match: [
          {
            input: `Cookie: _xsrf=2|x; username-127-0-0-1-8888="2|1:0|10:1721811231|23:username-127-0-0-1-8888|44:${tornadoValue}|${fields.hex(64)}"`,
            output: `Cookie: _xsrf=2|x; username-127-0-0-1-8888="2|1:0|10:1721811231|23:username-127-0-0-1-8888|${label('tornado-signed-cookie')}"`,
          },
        ],
        noMatch: ['2|1:0|10:1721811231|23:username-127-0-0-1-8888|0:|'],
      },
    },
    {
      id: 'wget-stored-cookie',
      family: 'cookies',
      description:
        "wget -d's `Stored cookie <domain> <port> (ANY) <path> <session> <secure> [expiry …] <name> <value>`: the value of a session, auth or CSRF cookie, or one that looks like a token, goes",
      // Round 44: wget's debug output names the cookie and its value apart, with a space between,
      // which no name=value rule reads. Decided as in a Cookie header: by a secret part of the
      // name (`JSESSIONID`, `__session`), else by a token-length run in the value.
      regex: String.raw`Stored cookie [^ \t\r\n]+ -?[0-9]+(?: \([A-Z]+\))? [^ \t\r\n]* <[a-z]+> <[a-z]+> \[expiry [^\]\r\n]*\] (?:(?i:[^ \t\r\n]*(?:${parts}))[^ \t\r\n]* ([^ \t\r\n]+)|[^ \t\r\n]+ ([^ \t\r\n]*[A-Za-z0-9_-]{16}[^ \t\r\n]*))`,
      keywords: ['stored cookie'],
      examples: {
        match: [
          {
            input: `Stored cookie www.example.com -1 (ANY) / <session> <secure> [expiry 2024-04-02 10:53:19] JSESSIONID ${phpsess.toUpperCase()}.node0`,
            output: `Stored cookie www.example.com -1 (ANY) / <session> <secure> [expiry 2024-04-02 10:53:19] JSESSIONID ${label('wget-stored-cookie')}`,
          },
          {
            input: `Stored cookie portal.example.org -1 (ANY) / <permanent> <insecure> [expiry none] prefs_v2 ${token}`,
            output: `Stored cookie portal.example.org -1 (ANY) / <permanent> <insecure> [expiry none] prefs_v2 ${label('wget-stored-cookie')}`,
          },
        ],
        noMatch: ['Stored cookie www.example.com -1 (ANY) / <permanent> <insecure> [expiry 2025-01-01 00:00:00] lang en-US'],
      },
    },
    {
      id: 'session-cookie',
      family: 'cookies',
      description:
        'session, auth, CSRF and remember-me cookies (adonis-session, remember_*, XSRF-TOKEN, connect.sid, PHPSESSID, JSESSIONID, laravel_session, session, sid, session_id, …), as name=value and printed as name/value fields: HAR, devtools, Puppeteer and Playwright {"name":"connect.sid","value":"…"}, Postman {"key":…,"value":…}, Go http.Cookie{Name:…, Value:…}, Python Cookie(name=…, value=…), name=… value=…',
      regex: `${pair}|${nameFirst}|${valueFirst}`,
      keywords: globKeywords(names),
      // The names once, then what follows one: `=`, a field's closing quote and `,` `}` `)`, or
      // ` value`. A name's leading `*` is left out (`_session`, not `[a-z0-9_.-]*_session`): the
      // anchor need not find where a name starts, and that class before a literal took the pass
      // past RE2's DFA memory (~20 ms to ~750 ms over the examples). So did a second anchor that
      // spelled the names after `"name":"`.
      anchor: String.raw`(?i:${globSource(names.map((n) => n.replace(/^\*+/, '')))})(?:=|${QUOTE}[ \t]*[,})]|${QUOTE}?[ \t,;]+(?i:value))`,
      minEntropy: vocabulary.thresholds.sessionCookieMinEntropy,
      examples: {
        match: [
          { input: `upstream sent adonis-session=${signed}`, output: `upstream sent adonis-session=${label('adonis-signed-cookie')}` },
          { input: `PHPSESSID=${phpsess}`, output: `PHPSESSID=${label('session-cookie')}` },
          { input: `XSRF-TOKEN=${token}; remember_web=${sessionValue}`, output: `XSRF-TOKEN=${label('session-cookie')}; remember_web=${label('session-cookie')}` },
          { input: `connect.sid=s%3A${sessionValue}`, output: `connect.sid=${label('session-cookie')}` },
          // Printed as fields: HAR, devtools, Puppeteer and Playwright cookie objects.
          { input: `{"name":"adonis-session","value":"${fieldAdonis}"}`, output: `{"name":"adonis-session","value":"${label('adonis-signed-cookie')}"}` },
          {
            input: `{"name": "connect.sid", "value": "${fieldSigned}", "domain": "example.com", "path": "/", "httpOnly": true}`,
            output: `{"name": "connect.sid", "value": "${label('session-cookie')}", "domain": "example.com", "path": "/", "httpOnly": true}`,
          },
          { input: `{"value":"${fieldValue}","name":"laravel_session","domain":"example.com"}`, output: `{"value":"${label('session-cookie')}","name":"laravel_session","domain":"example.com"}` },
          { input: `[{"name":"myapp_session","value":"${fieldValue}"}]`, output: `[{"name":"myapp_session","value":"${label('session-cookie')}"}]` },
          // Sorted keys (Python's json.dumps(sort_keys=True)): path, sameSite and secure between.
          {
            input: `{"domain":".example.com","name":"XSRF-TOKEN","path":"/","sameSite":"Lax","secure":true,"value":"${fieldValue}"}`,
            output: `{"domain":".example.com","name":"XSRF-TOKEN","path":"/","sameSite":"Lax","secure":true,"value":"${label('session-cookie')}"}`,
          },
          {
            input: `{"msg":"cookies [{\\"name\\":\\"PHPSESSID\\",\\"value\\":\\"${fieldValue}\\"},{\\"name\\":\\"theme\\",\\"value\\":\\"dark\\"}]"}`,
            output: `{"msg":"cookies [{\\"name\\":\\"PHPSESSID\\",\\"value\\":\\"${label('session-cookie')}\\"},{\\"name\\":\\"theme\\",\\"value\\":\\"dark\\"}]"}`,
          },
          // Postman, Go's http.Cookie, Python's http.cookiejar.Cookie, text.
          { input: `{"key":"JSESSIONID","value":"${fieldValue}","enabled":true}`, output: `{"key":"JSESSIONID","value":"${label('session-cookie')}","enabled":true}` },
          { input: `http.Cookie{Name:"session_id", Value:"${fieldValue}", Path:"/"}`, output: `http.Cookie{Name:"session_id", Value:"${label('session-cookie')}", Path:"/"}` },
          { input: `&http.Cookie{Name: "remember_web", Value: "${fieldValue}"}`, output: `&http.Cookie{Name: "remember_web", Value: "${label('session-cookie')}"}` },
          {
            input: `Cookie(version=0, name='sessionid', value='${fieldValue}', port=None, domain='example.com')`,
            output: `Cookie(version=0, name='sessionid', value='${label('session-cookie')}', port=None, domain='example.com')`,
          },
          { input: `set cookie name=__Host-myapp value=${fieldValue} path=/`, output: `set cookie name=__Host-myapp value=${label('session-cookie')} path=/` },
          // Rack's and ASP.NET Core's names, in a HAR's cookies list (round 44).
          { input: `"cookies":[{"name":"rack.session","value":"${fieldRack}"}]`, output: `"cookies":[{"name":"rack.session","value":"${label('session-cookie')}"}]` },
          { input: `{"name": ".AspNetCore.Cookies", "value": "CfDJ8${fieldValue}", "path": "/"}`, output: `{"name": ".AspNetCore.Cookies", "value": "${label('session-cookie')}", "path": "/"}` },
        ],
        noMatch: [
          'theme=dark; lang=en; cookieconsent_status=dismiss',
          'session=closed',
          'sid=aaaaaaaaaaaa',
          '{"name":"theme","value":"dark"}',
          '{"name":"_ga","value":"GA1.2.1234567890.1234567890"}',
          '{"name":"locale","value":"en-US"}',
          '{"name":".AspNetCore.Culture","value":"c=en-US|uic=en-US"}',
          '{"name":"session","value":"active"}',
          '{"name":"sid","value":"aaaaaaaaaaaaaaaa"}',
          '{"name":"session_timeout","value":"1800"}',
          '[{"name":"sid"},{"value":"f00dbabe-cafe"}]',
          `INSERT INTO "sessions" ("id", "name", "value") VALUES (1, 'session', 'expired')`,
        ],
      },
    },
  ];
}
