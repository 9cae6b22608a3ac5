/**
 * The room the pass over every byte has left in RE2's DFA: the guard of
 * tests/unit/detect/compile.test.ts, and `node dist/scripts/pass-room.js`.
 */
import { compileRules } from '../../src/detect/compile.js';
import { resolveOptions } from '../../src/index.js';
import { isBuiltinRule } from '../../src/options.js';

/** A config's rule with `n` keywords of 5 to 12 characters, drawn from a fixed seed. */
export function manyKeywordsRule(n: number): { id: string; regex: string; keywords: string[]; examples: { match: never[]; noMatch: never[] } } {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const letters = 'abcdefghijklmnopqrstuvwxyz_-.:';
  const keywords = Array.from({ length: n }, () => Array.from({ length: 5 + Math.floor(next() * 8) }, () => letters[Math.floor(next() * letters.length)]).join(''));
  return { id: 'many-keywords', regex: 'zzqqzz([0-9]{8})', keywords, examples: { match: [], noMatch: [] } };
}

/**
 * Seconds of CPU the pass over every byte takes, warm, over 2 MiB made of the rules' own examples
 * under `config` (as a config file gives it; validated as one): tens of milliseconds in RE2's DFA, several hundred or more out of it.
 * As the scrubber compiles them, a config's rules in an automaton of their own; with `oneAutomaton`,
 * in the catalog's: the room the catalog has left for rules of its own.
 */
export function passSeconds(config: unknown, { oneAutomaton = false } = {}): number {
  const specs = resolveOptions(config).rules;
  const examples = specs.flatMap((r) => [...r.examples.match.map((m) => m.input), ...r.examples.noMatch]).join('\n');
  const bytes = Buffer.from(`${examples}\n`.repeat(Math.ceil((2 << 20) / Buffer.byteLength(examples))));
  const detector = compileRules(specs, { trusted: oneAutomaton ? () => true : isBuiltinRule });
  const pass = (): void => {
    const hits = detector.hits(bytes);
    for (let pos = 0; pos < bytes.length; ) {
      const end = hits.next(pos);
      if (end < 0) break;
      const nl = bytes.indexOf(10, end - 1);
      pos = (nl < 0 ? bytes.length : nl) + 1;
    }
  };
  pass();
  const before = process.cpuUsage();
  pass();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
