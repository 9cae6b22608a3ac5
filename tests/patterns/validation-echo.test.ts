/**
 * Validation errors that echo what was submitted (FastAPI's 422 body, pydantic v2's errors): the
 * field's name is in `loc` or on the line before, the value under `input` or `input_value`. A
 * red-team review (N6) found the submitted password kept. It goes under a secret's field name; any
 * other field's input stays, and so does the rest of the error.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x422);
const password = (): string => `${sample.alnum(5)}!${sample.alnum(6)}`;

const keeps = keepsEach(scrubber);

const detail = (loc: readonly (string | number)[], input: string, type = 'string_too_short', msg = 'String should have at least 12 characters'): object => ({
  type,
  loc,
  msg,
  input,
  ctx: { min_length: 12 },
});

describe('a validation error that echoes a secret field (N6)', () => {
  it.each(
    planted(
      [
        (s) => JSON.stringify({ detail: [detail(['body', 'password'], s)] }),
        (s) => JSON.stringify({ detail: [detail(['body', 'user', 'password'], s)] }),
        (s) => JSON.stringify({ detail: [detail(['body', 'new_password'], s, 'string_pattern_mismatch', "String should match pattern '^(?=.*[0-9]).+$'")] }),
        (s) => JSON.stringify({ detail: [detail(['body', 'items', 0, 'api_key'], s)] }),
        (s) => JSON.stringify({ detail: [detail(['query', 'token'], s)] }),
        (s) => JSON.stringify({ level: 'warning', msg: `422 Unprocessable Entity: ${JSON.stringify({ detail: [detail(['body', 'password'], s)] })}` }),
        (s) => `INFO: 422 response body={"detail":[{"type":"string_too_short","loc":["body","password"],"msg":"String should have at least 12 characters","input":"${s}","ctx":{"min_length":12}}]}`,
        (s) => `errors=[{'type': 'string_too_short', 'loc': ('password',), 'msg': 'String should have at least 12 characters', 'input': '${s}', 'ctx': {'min_length': 12}, 'url': 'https://errors.pydantic.dev/2.9/v/string_too_short'}]`,
        (s) => `errors=[{'type': 'string_too_short', 'loc': ('body', 'password'), 'msg': 'String should have at least 12 characters', 'input': "${s}"}]`,
        (s) => JSON.stringify({ msg: `1 validation error for SignupForm\npassword\n  String should have at least 12 characters [type=string_too_short, input_value='${s}', input_type=str]` }),
        (s) => `1 validation error for SignupForm\\npassword\\n  String should have at least 12 characters [type=string_too_short, input_value='${s}', input_type=str]`,
        (s) => `password\\n  String should have at least 12 characters [type=string_too_short, input_value='${s}', input_type=str]`,
        (s) => JSON.stringify({ msg: `2 validation errors for User\nuser.password\n  String should match pattern '[0-9]' [type=string_pattern_mismatch, input_value="${s}", input_type=str]` }),
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));
});

describe('validation errors that echo no secret (N6)', () => {
  keeps([
    JSON.stringify({ detail: [{ type: 'missing', loc: ['body', 'password'], msg: 'Field required', input: null }] }),
    JSON.stringify({ detail: [detail(['body', 'username'], 'ab', 'string_too_short', 'String should have at least 3 characters')] }),
    JSON.stringify({ detail: [detail(['body', 'email'], 'ada@example', 'value_error', 'value is not a valid email address')] }),
    JSON.stringify({ detail: [{ loc: ['body', 'password'], msg: 'field required', type: 'value_error.missing' }] }),
    JSON.stringify({ detail: [{ type: 'missing', loc: ['body', 'password'], msg: 'Field required', input: { username: 'ada' } }] }),
    JSON.stringify({ detail: [{ type: 'string_too_short', loc: ['body', 'password'], msg: 'String should have at least 12 characters', input: '' }] }),
    'username\\n  String should have at least 3 characters [type=string_too_short, input_value=\'ab\', input_type=str]',
    "errors=[{'type': 'missing', 'loc': ('password',), 'msg': 'Field required', 'input': {'username': 'ada'}}]",
    'password_confirm\\n  Value error, passwords do not match [type=value_error, input_value={}, input_type=dict]',
  ]);
});

describe('a word that introduces the value after a quoted key (round 24)', () => {
  // The word, not the value, went: `"APP_KEY": [REDACTED] "…"`.
  it.each(
    planted(
      [
        (s) => `EnvValidationException: Validation failed for one or more environment variables - Invalid value for "APP_KEY": Value "${s}" must be at least 32 characters long`,
        (s) => JSON.stringify({ msg: `Invalid value for "APP_KEY": Value "${s}" must be at least 32 characters long` }),
        (s) => `[20:54:29.078] WARN (411): E_VALIDATION_ERROR confirmed rule failed for field "password": value="${s}" confirmation="x"`,
        (s) => `"password": is "${s}"`,
        // Its spellings (a review of round 24's change): single quotes, blanks, a colon or `=` after the word.
        (s) => `"password": value '${s}'`,
        (s) => `"password": Value  "${s}"`,
        (s) => `"password": value: "${s}"`,
        (s) => `"password": value = "${s}"`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps(['"password": missing', 'Invalid value for "APP_KEY": Value "" must be set', '"password": value=""']);
});
