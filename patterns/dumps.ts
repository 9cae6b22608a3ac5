import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120467);
const password = `${sample.alnum(5)}#${sample.alnum(6)}`;

/** The secret keys these dumps print, each holding a word the pass over every byte has already. */
const KEY = String.raw`(?i:[a-z_]*(?:password|passwd|pass|secret|token))`;

/**
 * Round 67 (debug dumps of objects across languages; blind): the shapes of values that no key rule
 * reads, each woken by words the pass already holds. Not yet Hadoop's `fs.azure.account.key.<account>
 * -> <key>` (rounds 65, 67): its examples alone took the guard's input out of RE2's DFA.
 */
export const dumpRules: readonly RuleSpec[] = [
  {
    id: 'dumped-secret-value',
    family: 'password',
    description:
      "a secret in the dump formats of PHP's serialize (s:8:\"password\";s:12:\"…\";), Erlang and Elixir binaries (pass => <<\"…\">>, {default_pass,<<\"…\">>}) and go-spew (Password: (string) (len=12) \"…\")",
    regex: [
      String.raw`${KEY}\\?";s:[0-9]+:\\?"([^"\\\r\n]+)\\?";`,
      String.raw`\b${KEY}[ \t]*(?:=>|,|:)[ \t]*<<"([^"\r\n]+)">>`,
      String.raw`\b${KEY}[ \t]*:[ \t]*\(string\)[ \t]+\(len=[0-9]+\)[ \t]+"((?:[^"\\\r\n]|\\.)+)"`,
    ].join('|'),
    keywords: ['pass', 'secret', 'token'],
    examples: {
      match: [
        { input: `app.DEBUG: cache payload a:2:{s:8:"username";s:5:"admin";s:8:"password";s:12:"${password}";}`, output: `app.DEBUG: cache payload a:2:{s:8:"username";s:5:"admin";s:8:"password";s:12:"${label('dumped-secret-value')}";}` },
        { input: `info: connecting with #{user => <<"svc_ingest">>,pass => <<"${password}">>,host => "10.4.0.12"}`, output: `info: connecting with #{user => <<"svc_ingest">>,pass => <<"${label('dumped-secret-value')}">>,host => "10.4.0.12"}` },
        { input: `  Password: (string) (len=12) "${password}",`, output: `  Password: (string) (len=12) "${label('dumped-secret-value')}",` },
      ],
      noMatch: ['s:8:"password";s:0:"";', '{default_user,<<"guest">>}', 'Password: (string) (len=0) ""'],
    },
  },
];
