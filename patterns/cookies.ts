import type { RuleSpec, Vocabulary } from '../src/types.js';
import { globAnchor, globKeywords, globSource } from './keys.js';
import { escapeRegex, label, SEP } from './parts.js';
import { sample } from './sample.js';

const sessionValue = sample.base64url(40);
const signed = sample.signedCookie().replace(':', '%3A');
const phpsess = sample.from('abcdefghijklmnopqrstuv0123456789', 26);
const token = sample.base64url(48);

/**
 * Session, auth, CSRF and remember-me cookies, by name. The cookie name stays, the value goes.
 * Harmless cookies (`theme=dark`, `_ga`) do not match: their names are not in the list.
 */
export function cookieRules(vocabulary: Vocabulary): RuleSpec[] {
  const names = vocabulary.sessionCookieNames;
  const parts = vocabulary.secretCookieNameParts.map(escapeRegex).join('|');
  return [
    {
      id: 'cookie-header',
      family: 'cookies',
      description:
        'Cookie header: values of session, auth, CSRF and remember-me cookies and any value that looks like a token go; harmless cookies (theme=dark, _ga, consent) stay',
      regex: String.raw`\b(?i:cookie)${SEP}`,
      // No keywords: the anchor itself prefilters. A header wakes the rule only when it holds what
      // the rule reports: a cookie whose name holds a secret part, or a value with a token-length
      // run. Browsers send `cookie` on nearly every request; with the keyword alone it woke 63% of
      // AdonisJS request lines for nothing (issue 9). A value runs to its `;`, spaces included, as
      // the rule reads it (logs print what a browser would not send).
      keywords: [],
      anchor: String.raw`\b(?i:cookie)${SEP}[^"\\\n\r]*?(?:(?i:${parts})[^=;"\\ \t\n\r]*=|=[^;"\\\n\r]*[A-Za-z0-9_-]{16})`,
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
        ],
        noMatch: ['Cookie: theme=dark; lang=en; cookieconsent_status=dismiss; _ga=GA1.2.1234567890.1234567890', 'cookie: '],
      },
    },
    {
      id: 'set-cookie',
      family: 'cookies',
      description: 'Set-Cookie header: the value goes; the name and Path, Domain, Expires, Max-Age, HttpOnly, Secure, SameSite stay',
      regex: String.raw`\b(?i:set-cookie)${SEP}\[?\\?"?[ \t]*[^=;,"\\ \t\n\r]+=([^;"\\\n\r]+)`,
      keywords: ['set-cookie'],
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
        ],
        noMatch: ['set-cookie header missing', 'Set-Cookie: =; Path=/'],
      },
    },
    {
      id: 'session-cookie',
      family: 'cookies',
      description:
        'session, auth, CSRF and remember-me cookies (adonis-session, remember_*, XSRF-TOKEN, connect.sid, PHPSESSID, JSESSIONID, laravel_session, session, sid, session_id, …)',
      regex: String.raw`\b(?i:${globSource(names)})=([^;,"'\\ \t\n\r<>]{${vocabulary.thresholds.cookieMinLength},})`,
      keywords: globKeywords(names),
      anchor: globAnchor(names),
      minEntropy: vocabulary.thresholds.sessionCookieMinEntropy,
      examples: {
        match: [
          { input: `upstream sent adonis-session=${signed}`, output: `upstream sent adonis-session=${label('adonis-signed-cookie')}` },
          { input: `PHPSESSID=${phpsess}`, output: `PHPSESSID=${label('session-cookie')}` },
          { input: `XSRF-TOKEN=${token}; remember_web=${sessionValue}`, output: `XSRF-TOKEN=${label('session-cookie')}; remember_web=${label('session-cookie')}` },
          { input: `connect.sid=s%3A${sessionValue}`, output: `connect.sid=${label('session-cookie')}` },
        ],
        noMatch: ['theme=dark; lang=en; cookieconsent_status=dismiss', 'session=closed', 'sid=aaaaaaaaaaaa'],
      },
    },
  ];
}
