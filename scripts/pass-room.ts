/**
 * How much room the pass over every byte has left: the catalog plus a config rule of N random
 * keywords, timed over 2 MiB of the catalog's examples (as the guard in
 * tests/unit/detect/compile.test.ts does). Tens of milliseconds: RE2's DFA; several hundred or
 * more: the automaton outgrew its memory, and a rule's anchor or keywords should be reshaped.
 *
 *   node dist/scripts/pass-room.js [N…]      (default: 0 60 100 150)
 */
import { manyKeywordsRule, passSeconds } from '../tests/support/pass-room.js';

const counts = process.argv.slice(2).map(Number);
for (const n of counts.length > 0 ? counts : [0, 60, 100, 150]) {
  const seconds = passSeconds(n === 0 ? {} : { customRules: [manyKeywordsRule(n)] });
  console.log(`${n} keywords more: ${Math.round(seconds * 1000)} ms of CPU`);
}
