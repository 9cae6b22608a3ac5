import type { RuleSpec } from '../src/types.js';
import { label } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120454);

const misplaced = sample.alnum(20);
const hostPassword = sample.alnum(24);
const parsed = `${sample.alnum(6)}9${sample.alnum(5)}`;

/** A value as an error quotes it: in double quotes, or inside a JSON string (`\"…\"`). */
const QUOTED = String.raw`(?:"((?:[^"\\\r\n]|\\[^\r\n])+)"|\\+"((?:[^"\\\r\n]|\\+[^"\\\r\n])+)\\+")`;

/**
 * Round 54 (Node and TypeScript backends, blind): errors that quote the value they could not use,
 * whatever it was for. A secret put where another setting was expected (a password in `DB_PORT`,
 * a connection string with its scheme left out in `PG_CONNECTION`), or a secret handed to
 * `JSON.parse` (a config that expected JSON in an env var), is printed back whole. Only a value
 * shaped like a random token goes (`tokenShape`): `"abc"`, `"staging"`, `"localhost:6379"`,
 * `"<!DOCTYPE "` and `"undefined"` are what these errors quote far more often, and they stay.
 * The errors that name a secret's variable are validation-echoed-secret's, which takes any value.
 */
export const echoRules: readonly RuleSpec[] = [
  {
    id: 'env-validation-echo',
    family: 'generic',
    description: 'a token-shaped value an environment validation error quotes back, whatever the variable: Value for environment variable "DB_PORT" must be numeric, instead received "…" (AdonisJS, @poppinss/validator-lite)',
    regex: String.raw`\benvironment variable \\*["'][A-Za-z_][A-Za-z0-9_]*\\*["'][^\r\n]*?\binstead received ${QUOTED}`,
    keywords: ['instead received'],
    tokenShape: true,
    minEntropy: 3,
    examples: {
      match: [
        { input: `EnvValidationException: Value for environment variable "DB_PORT" must be numeric, instead received "${misplaced}"`, output: `EnvValidationException: Value for environment variable "DB_PORT" must be numeric, instead received "${label('env-validation-echo')}"` },
        { input: `  - Value for environment variable "PG_CONNECTION" must be a valid URL, instead received "app:${hostPassword}@postgres:5432"`, output: `  - Value for environment variable "PG_CONNECTION" must be a valid URL, instead received "${label('env-validation-echo')}"` },
      ],
      noMatch: ['- Value for environment variable "NODE_ENV" must be one of development, production, instead received "staging"', 'Value for environment variable "REDIS_URL" must be a valid URL, instead received "localhost:6379"'],
    },
  },
  {
    id: 'json-parse-echo',
    family: 'generic',
    description: "a token-shaped input JSON.parse quotes back in its error (Node 20+): Unexpected token 'X', \"…\" is not valid JSON",
    regex: String.raw`\bUnexpected token '[^'\r\n]{1,4}', ${QUOTED}(?:\.\.\.)? is not valid JSON`,
    keywords: ['is not valid json'],
    tokenShape: true,
    minEntropy: 3,
    examples: {
      match: [{ input: `SyntaxError: Unexpected token 'k', "${parsed}" is not valid JSON`, output: `SyntaxError: Unexpected token 'k', "${label('json-parse-echo')}" is not valid JSON` }],
      noMatch: [`SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid JSON`, `SyntaxError: Unexpected token 'u', "undefined" is not valid JSON`, `SyntaxError: Unexpected token 'o', "[object Obj"... is not valid JSON`],
    },
  },
];
