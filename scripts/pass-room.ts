/**
 * How much room the pass over every byte has left: the catalog plus a rule of N random keywords in
 * the catalog's automaton (the room for rules of its own) and as a config's (in an automaton of its
 * own, as the scrubber compiles it), timed over 2 MiB of the catalog's examples (as the guards in
 * tests/unit/detect/compile.test.ts do). Tens of milliseconds: RE2's DFA; several hundred or
 * more: the automaton outgrew its memory, and a rule's anchor or keywords should be reshaped.
 *
 *   node dist/scripts/pass-room.js [N…]      (default: 0 60 100 150)
 */
import { manyKeywordsRule, passSeconds } from '../tests/support/pass-room.js';

const counts = process.argv.slice(2).map(Number);
for (const n of counts.length > 0 ? counts : [0, 60, 100, 150]) {
  const config = n === 0 ? {} : { customRules: [manyKeywordsRule(n)] };
  const ms = (seconds: number): number => Math.round(seconds * 1000);
  console.log(`${n} keywords more: ${ms(passSeconds(config, { oneAutomaton: true }))} ms of CPU in the catalog's automaton, ${ms(passSeconds(config))} as a config's`);
}
