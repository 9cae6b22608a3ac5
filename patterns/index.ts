/**
 * The built-in catalog, in match order. When two rules match at the same position the earlier
 * one wins, so specific token shapes come first and rules that find secrets by their key later;
 * the generic shape rule `hex-token-long` comes last.
 */
import type { PatternSpec } from '../src/types.js';
import { adonisRules } from './adonis.js';
import { awsRules } from './aws.js';
import { cookieRules } from './cookies.js';
import { genericRules } from './generic.js';
import { hexTokenRules } from './hex-token.js';
import { httpAuthRules } from './http-auth.js';
import { jwtRules } from './jwt.js';
import { privateKeyRules } from './private-key.js';
import { sessionIdRules } from './session-id.js';
import { urlCredentialRules } from './url-credentials.js';
import { vendorRules } from './vendors.js';

const byId = (rules: readonly PatternSpec[], id: string): PatternSpec => {
  const rule = rules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`catalog: no rule ${id}`);
  return rule;
};

/** Every built-in rule, on by default, in match order. */
export const builtinPatterns: readonly PatternSpec[] = Object.freeze([
  ...privateKeyRules,
  ...jwtRules,
  ...adonisRules,
  ...vendorRules,
  ...awsRules,
  ...httpAuthRules,
  ...sessionIdRules,
  ...cookieRules,
  byId(hexTokenRules, 'hex-token'),
  ...genericRules,
  ...urlCredentialRules,
  byId(hexTokenRules, 'hex-token-long'),
]);
