/**
 * How much room the pass over every byte has left: the catalog plus a config rule of N random
 * keywords, timed over 2 MiB of the catalog's examples (as the guard in
 * tests/unit/detect/compile.test.ts does). Tens of milliseconds: RE2's DFA; several hundred or
 * more: the automaton outgrew its memory, and a rule's anchor should be reshaped.
 *
 *   node dist/scripts/pass-room.js [N…]      (default: 0 150 170 200)
 */
import { compileRules } from '../src/detect/compile.js';
import { resolveOptions } from '../src/index.js';

function manyKeywordsRule(n: number): { id: string; regex: string; keywords: string[]; examples: { match: never[]; noMatch: never[] } } {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const letters = 'abcdefghijklmnopqrstuvwxyz_-.:';
  const keywords = Array.from({ length: n }, () => Array.from({ length: 5 + Math.floor(next() * 8) }, () => letters[Math.floor(next() * letters.length)]).join(''));
  return { id: 'many-keywords', regex: 'zzqqzz([0-9]{8})', keywords, examples: { match: [], noMatch: [] } };
}

const counts = process.argv.slice(2).map(Number);
for (const n of counts.length > 0 ? counts : [0, 150, 170, 200]) {
  const specs = resolveOptions(n === 0 ? {} : { customRules: [manyKeywordsRule(n)] }).rules;
  const examples = specs.flatMap((r) => [...r.examples.match.map((m) => m.input), ...r.examples.noMatch]).join('\n');
  const bytes = Buffer.from(`${examples}\n`.repeat(Math.ceil((2 << 20) / Buffer.byteLength(examples))));
  const detector = compileRules(specs);
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
  console.log(`${n} keywords more: ${Math.round((used.user + used.system) / 1000)} ms of CPU`);
}
