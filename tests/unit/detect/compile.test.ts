import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../../src/index.js';

describe('the keyword prefilter', () => {
  it('wakes a rule whose keyword holds RE2 metacharacters or a slash', () => {
    const scrubber = createScrubber({
      customRules: [
        { id: 'refresh-path', regex: String.raw`/oauth/refresh/([A-Za-z0-9]{12,})`, keywords: ['/oauth/refresh/'], examples: { match: [], noMatch: [] } },
        { id: 'dotted', regex: String.raw`a\.b\+c=([0-9]{6,})`, keywords: ['a.b+c='], examples: { match: [], noMatch: [] } },
      ],
    });
    expect(scrubber.redactText('GET /oauth/refresh/Zx81LmQ0pW3nVb 200')).toBe('GET /oauth/refresh/[REDACTED:refresh-path] 200');
    expect(scrubber.redactText('x a.b+c=123456 y')).toBe('x a.b+c=[REDACTED:dotted] y');
    expect(scrubber.redactText('x aXb+c=123456 y')).toBe('x aXb+c=123456 y');
  });

  it('lets an anchored rule fire inside another anchored rule\'s hit', () => {
    const line = 'cookie: theme=dark; aws=AKIAQWERTYUIOPASDFGH';
    expect(createScrubber().redactText(line)).toBe('cookie: theme=dark; aws=[REDACTED:aws-access-key-id]');
  });
});
