import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** A sampler of its own: examples here must not shift the samples of the files after this one. */
const sql = createSampler(2026120107);
const password = sql.password();

/**
 * Passwords in SQL statements that applications, migrations and audit logs print.
 *
 * Not here: Oracle's and MySQL's `IDENTIFIED BY '…'` (shapes6). Its keyword, `identified`, takes
 * the pass over every byte past RE2's DFA budget (compile.test.ts: 1.3 s instead of ~0.05).
 */
export const sqlRules: readonly RuleSpec[] = [
  {
    id: 'sql-password-function',
    family: 'sql',
    description: "a password in MySQL's SET PASSWORD … = '…' and PASSWORD('…')",
    // `\b` before PASSWORD keeps `check_password('…')` and `setPassword('…')` (code, a call) out.
    regex: String.raw`\b(?i:set[ \t]+password)(?:[ \t]+(?i:for)[ \t]+[^=\r\n]{1,100}?)?[ \t]*=[ \t]*(?:(?i:old_)?(?i:password)[ \t]*\([ \t]*)?'((?:[^'\\\r\n]|''|\\[^\r\n])+)'|\b(?i:old_)?(?i:password)[ \t]*\([ \t]*'((?:[^'\\\r\n]|''|\\[^\r\n])+)'[ \t]*\)`,
    keywords: ['password'],
    // Tier 1b only: `password` is in the pass over every byte already. Not `password[ \t]*=`:
    // that would wake it on every `password=` of a request log, for nothing.
    anchor: String.raw`(?i:password)[ \t]*\(|(?i:set[ \t]+password)[ \t]`,
    anchorInPass: false,
    examples: {
      match: [
        { input: `SET PASSWORD FOR 'app'@'%' = PASSWORD('${password}');`, output: `SET PASSWORD FOR 'app'@'%' = PASSWORD('${label('sql-password-function')}');` },
        { input: `SET PASSWORD FOR app = '${password}'`, output: `SET PASSWORD FOR app = '${label('sql-password-function')}'` },
        { input: `SELECT id FROM users WHERE hash = PASSWORD('${password}')`, output: `SELECT id FROM users WHERE hash = PASSWORD('${label('sql-password-function')}')` },
      ],
      noMatch: ["check_password('x')", "user.setPassword('x')", 'SET PASSWORD FOR app = ?', 'password() returned null'],
    },
  },
];
