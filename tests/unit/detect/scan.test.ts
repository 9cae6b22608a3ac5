import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../patterns/sample.js';
import { shannonEntropy } from '../../../src/detect/entropy.js';
import { createScrubber } from '../../../src/index.js';

const scrubber = createScrubber();
const entropy = (text: string): number => shannonEntropy(Buffer.from(text, 'latin1'), 0, text.length);

/** The first `count` values from `next` whose entropy lies in [low, high): random, but plain-looking. */
function plainLooking(next: () => string, low: number, high: number, count: number): string[] {
  const found: string[] = [];
  for (let i = 0; i < 100_000 && found.length < count; i++) {
    const value = next();
    const bits = entropy(value);
    if (bits >= low && bits < high) found.push(value);
  }
  return found;
}

describe('a token under a token-named key in text', () => {
  const s = createSampler(2026113011);
  // One random UUID in 22 and one 32-hex key in 5 fall under the generic 3.5-bit floor: their
  // alphabets are small. They are still issued keys (issue 8), so they must go like the others.
  const values = [
    ...plainLooking(() => s.uuid(), 3.0, 3.5, 3),
    ...plainLooking(() => s.hex(32), 3.0, 3.5, 3),
    ...plainLooking(() => s.from('abcdefghijklmnopqrstuvwxyz0123456789', 24), 3.0, 3.5, 3),
  ];

  it('finds plain-looking samples to test with', () => {
    expect(values).toHaveLength(9);
  });

  it.each(values)('is redacted even when its alphabet keeps its entropy low: %s', (value) => {
    for (const line of [`token=${value}`, `MYAPP_TOKEN=${value} ok`, `refresh_token: "${value}"`]) {
      expect(scrubber.redactText(line)).not.toContain(value);
    }
  });

  it('keeps a nil UUID and a repeated pattern, which are no keys', () => {
    const lines = ['token=00000000-0000-0000-0000-000000000000', 'token=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'];
    for (const line of lines) expect(scrubber.redactText(line)).toBe(line);
  });
});

describe('a keyed match rejected for its value', () => {
  it('lets the key after it be read: the rule searches again from the rejected value, not past it', () => {
    const secret = createSampler(2026120109).password();
    for (const line of [
      `ssl.keystore.password = null ssl.key.password = ${secret}`,
      `password: null, db_password=${secret}`,
      `{"password":"[FILTERED]","new_password":"${secret}"}`,
      `PASSWORD=\${DB_PASSWORD} PASSWORD=${secret}`,
    ]) {
      expect(scrubber.redactText(line), line).not.toContain(secret);
    }
  });
});

describe('a value that holds a mask text of the config', () => {
  const s = createSampler(2026120301);
  const mask = `xoxb-${s.digits(10)}-MASKED`;
  const masking = createScrubber({ redactor: { type: 'mask', text: mask } });

  it('is redacted already where the mask stands apart in it, and so is a rule match inside the mask', () => {
    for (const line of [`TELEGRAM_BOT_TOKEN=${s.digits(10)}:${mask}`, `FLY_API_TOKEN="FlyV1 ${mask}"`, `{'passwords': [${mask}]}`, `API_KEY=${mask} sent`]) {
      expect(masking.redactText(line), line).toBe(line);
    }
    const wrapped = createScrubber({ redactor: { type: 'mask', text: `<${mask}>` } });
    expect(wrapped.redactText(`slack <${mask}>`)).toBe(`slack <${mask}>`);
  });

  it('is compared as the bytes the mask is written as, so a mask beyond ASCII counts too', () => {
    const accented = createScrubber({ redactor: { type: 'mask', text: `\u00e9-${mask}` } });
    const line = `FLY_API_TOKEN="FlyV1 \u00e9-${mask}"`;
    expect(accented.redactText(line)).toBe(line);
  });

  it('hides no secret that merely holds the mask text: inside a token, or a mask of three characters or fewer', () => {
    const token = `${s.alnum(12)}****${s.alnum(12)}`;
    expect(createScrubber({ redactor: { type: 'mask', text: '****' } }).redactText(`token=${token}`)).toBe('token=****');
    const password = `${s.alnum(6)}-${s.alnum(6)} - ${s.alnum(6)}`;
    expect(createScrubber({ redactor: { type: 'mask', text: '-' } }).redactText(`{"password":"${password}"}`)).toBe('{"password":"-"}');
  });
});

describe('a placeholder of ours followed by a value', () => {
  const s = createSampler(2026120111);

  it('is no key: a rule id that ends like one (`-api-key`, `-token`) never makes the next value a secret', () => {
    const changed = scrubber.ruleIds.flatMap((id) =>
      [`[REDACTED:${id}]: 401 Unauthorized`, `[REDACTED:${id}:1a2b3c4d] = Xk9fQ2mL7pR4tV8w`, `{"msg":"[REDACTED:${id}]: 12345678"}`].filter(
        (line) => scrubber.redactText(line) !== line,
      ),
    );
    expect(changed).toEqual([]);
  });

  it('still lets a real key after it be read', () => {
    const secret = s.alnum(24);
    expect(scrubber.redactText(`[REDACTED:jwt] api_key=${secret}`)).not.toContain(secret);
  });
});

describe('a secret printed again on its line', () => {
  const s = createSampler(2026120301);
  const password = `${s.from('abcdefghijklmnopqrstuvwxyz', 6)}${s.from('0123456789', 4)}*`;

  it('goes wherever it stands as a value of its own: a table row beside the URL that holds it', () => {
    const line = `14 | pg_dwh | postgres | localhost | dbt | ${password} | 5432 | postgres://dbt:${password}@localhost:5432/`;
    const out = scrubber.redactText(line);
    expect(out).not.toContain(password);
    expect(out).toBe(`14 | pg_dwh | postgres | localhost | dbt | [REDACTED:url-credentials] | 5432 | postgres://dbt:[REDACTED:url-credentials]@localhost:5432/`);
  });

  it('goes again before a sentence stop, and under the rule that found it first', () => {
    expect(scrubber.redactText(`password=${password}; retrying with ${password}.`)).toBe('password=[REDACTED:password-assignment]; retrying with [REDACTED:password-assignment].');
  });

  it('is left inside a longer value or a dotted name, where it is some other thing', () => {
    const token = s.alnum(24);
    const line = `refresh_token=${token} id=${token}7 tag=${token}_v2 cookie=app.${token}.idToken`;
    expect(scrubber.redactText(line)).toBe(`refresh_token=[REDACTED:secret-assignment] id=${token}7 tag=${token}_v2 cookie=app.${token}.idToken`);
  });

  it('goes after a run of dots, which is no dotted name, however long', () => {
    const dots = '.'.repeat(1 << 20);
    expect(scrubber.redactText(`password=${password} ${dots}${password}${dots} ok`)).toBe(`password=[REDACTED:password-assignment] ${dots}[REDACTED:password-assignment]${dots} ok`);
  });

  it('is left when it is short: a value of under eight bytes again is not the secret', () => {
    expect(scrubber.redactText('password=Ab3$xy7 user Ab3$xy7 in group Ab3$xy7')).toBe('password=[REDACTED:password-assignment] user Ab3$xy7 in group Ab3$xy7');
  });

  it('is found only on its own line', () => {
    expect(scrubber.redactText(`password=${password}\nretrying with ${password}\n`)).toBe(`password=[REDACTED:password-assignment]\nretrying with ${password}\n`);
  });
});
