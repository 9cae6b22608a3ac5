/**
 * Secrets in the shapes code writes them, as detect-secrets' keyword detector reads them and as
 * stack traces, REPL sessions and config dumps put code in logs (s14): Python's string prefixes and
 * triple quotes, a value compared before its key (`"…" == password`), a fallback after a key
 * (`process.env.API_TOKEN || "…"`, `getenv("…") ?: "…"`, `or "…"`), a statement `secret "…";`,
 * and C's `char password[] = @"…"`. Only the secret goes; words and placeholders stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xc0de5);
const token = (): string => `${sample.alnum(10)}8Qz${sample.alnum(11)}`;

const shapes: readonly ((key: string, s: string) => string)[] = [
  (k, s) => `${k} = r"${s}"`,
  (k, s) => `${k} = b'${s}'`,
  (k, s) => `${k} = f"${s}"`,
  (k, s) => `${k} = """${s}"""`,
  (k, s) => `${k}: str = '''${s}'''`,
  (k, s) => `if ("${s}" == ${k}) {`,
  (k, s) => `if '${s}' !== this.${k}:`,
  (k, s) => `const v = process.env.${k} || "${s}";`,
  (k, s) => `val v = System.getenv("${k}") ?: "${s}"`,
  (k, s) => `v = os.environ.get("${k}") or "${s}"`,
  (k, s) => `$v = $_ENV['${k}'] ?? '${s}';`,
  (k, s) => `${k} "${s}";`,
  (k, s) => `char ${k}[] = @"${s}";`,
  (k, s) => JSON.stringify({ msg: `File "app.py", line 3, in <module>\n    ${k} = r"${s}"` }),
];

describe('a secret in the shapes code writes it', () => {
  const keys = ['password', 'api_key', 'API_TOKEN', 'client_secret', 'authToken'];
  const cases = keys.flatMap((key) =>
    shapes.map((shape) => {
      const s = token();
      return [shape(key, s), s] as const;
    }),
  );
  it.each(cases)('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it.each([
    'if ("expired" == token) {',
    'if (password == confirmation) {',
    'const v = process.env.API_TOKEN || "";',
    'const v = process.env.API_TOKEN || "anonymous";',
    'token = f"{settings.token}"',
    'api_key = r"${API_KEY}"',
    'secret "none";',
    'if "password" == field.name:',
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});
