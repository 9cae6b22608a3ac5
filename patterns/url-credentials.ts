import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { sample } from './sample.js';

const password = sample.password();

/** Credentials inside URLs: `scheme://user:password@host`. The user and host stay. */
export const urlCredentialRules: readonly RuleSpec[] = [
  {
    id: 'url-credentials',
    family: 'url-credentials',
    description: 'password in a URL or connection string (scheme://user:password@host)',
    regex: String.raw`\b[A-Za-z][A-Za-z0-9+.-]{1,30}://[^:/@ \t\r\n"'\\]*:([^@/ \t\r\n"'\\]+)@`,
    keywords: ['://'],
    anchor: String.raw`://[^/@ \t\r\n"'\\]*@`,
    examples: {
      match: [
        { input: `DATABASE_URL=postgres://app:${password}@db.internal:5432/app`, output: `DATABASE_URL=postgres://app:${label('url-credentials')}@db.internal:5432/app` },
        { input: `{"redis":"rediss://:${password}@cache:6380"}`, output: `{"redis":"rediss://:${label('url-credentials')}@cache:6380"}` },
      ],
      noMatch: ['https://example.com:8443/path', 'mailto:ops@example.com', 'git@github.com:org/repo.git'],
    },
  },
];
