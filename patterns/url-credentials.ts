import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { sample } from './sample.js';

const password = sample.password();
const token = sample.alnum(40);
const hexToken = sample.hex(40);
const withAt = `${sample.alnum(6)}@${sample.alnum(5)}`;

/** Credentials inside URLs: `scheme://user:password@host`. The user and host stay. */
export const urlCredentialRules: readonly RuleSpec[] = [
  {
    id: 'url-token-user',
    family: 'url-credentials',
    description: 'a token as the user name of a URL (https://TOKEN@host, https://TOKEN:x-oauth-basic@host), as git remotes and CI clones write it',
    // Before `url-credentials`, which would take `x-oauth-basic` for the password and keep the token.
    regex: String.raw`\b(?i:https?|git|ssh|wss?|git\+https)://((?:[A-Za-z_-]*[0-9]){2}[A-Za-z0-9_-]*)(?::(?i:x-oauth-basic))?@[A-Za-z0-9]`,
    // No keywords: the anchor itself prefilters; `://` alone wakes every line with a URL.
    keywords: [],
    anchor: String.raw`://[^/@ \t\r\n"'\\]*@`,
    // A user name is a word or a name (`jenkins-deploy-bot`, `ci2`); a token is random, digits in it.
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `git clone https://${hexToken}@github.com/org/repo.git`, output: `git clone https://${label('url-token-user')}@github.com/org/repo.git` },
        { input: `remote: https://${token}:x-oauth-basic@github.com/org/repo`, output: `remote: https://${label('url-token-user')}:x-oauth-basic@github.com/org/repo` },
      ],
      noMatch: ['https://jenkins-deploy-bot-user@git.example.com/r.git', 'https://deploy42@git.example.com/r.git', 'https://aaaaaaaaaaaaaaaaaaaaaaaa@host/x', 'ssh://git@github.com/org/repo.git'],
    },
  },
  {
    id: 'url-credentials',
    family: 'url-credentials',
    description: 'password in a URL or connection string (scheme://user:password@host)',
    // A password may hold an unencoded `@` (`p@ss@host`): the last `@` before the host ends it, but
    // never one after a `?`, `#`, `&` or `=` (`https://u:pw@host?email=a@b.c` keeps its query).
    // An unencoded `/` is not followed: it cannot be told from the path. No `[` in the user: that
    // is our own placeholder for a token user (`https://[REDACTED:url-token-user]@host`).
    regex: String.raw`\b[A-Za-z][A-Za-z0-9+.-]{1,30}://[^:/@ \t\r\n"'\\[]*:([^@/ \t\r\n"'\\]+(?:@[^@/ \t\r\n"'\\?#&=]+)*)@`,
    // No keywords: the anchor itself prefilters; `://` alone wakes every line with a URL.
    keywords: [],
    anchor: String.raw`://[^/@ \t\r\n"'\\]*@`,
    examples: {
      match: [
        { input: `DATABASE_URL=postgres://app:${password}@db.internal:5432/app`, output: `DATABASE_URL=postgres://app:${label('url-credentials')}@db.internal:5432/app` },
        { input: `{"redis":"rediss://:${password}@cache:6380"}`, output: `{"redis":"rediss://:${label('url-credentials')}@cache:6380"}` },
        { input: `mongodb://app:${withAt}@db:27017/app`, output: `mongodb://app:${label('url-credentials')}@db:27017/app` },
        { input: `https://ci:${password}@host/cb?email=ada@example.com`, output: `https://ci:${label('url-credentials')}@host/cb?email=ada@example.com` },
      ],
      noMatch: ['https://example.com:8443/path', 'mailto:ops@example.com', 'git@github.com:org/repo.git'],
    },
  },
];
