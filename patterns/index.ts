/**
 * The built-in catalog, in match order. When two rules match at the same position the earlier
 * one wins, so specific token shapes come first and rules that find secrets by their key later;
 * the generic shape rule `hex-token-long` comes last.
 *
 * Rules that find secrets by their key are built from the vocabulary (`./vocabulary.ts`), so a
 * config's extra `sensitiveKeys` and `safeKeys` reach every one of them.
 */
import type { RuleSpec, Vocabulary } from '../src/types.js';
import { adminLineRules } from './admin-lines.js';
import { adonisRules } from './adonis.js';
import { aiProviderRules } from './ai-providers.js';
import { awsRules } from './aws.js';
import { businessRules } from './business.js';
import { callArgumentRules } from './call-arguments.js';
import { commandLineRules } from './command-line.js';
import { configLineRules } from './config-lines.js';
import { configSecretRules } from './config-secrets.js';
import { cookieRules } from './cookies.js';
import { cryptoRules } from './crypto.js';
import { deviceRules } from './devices.js';
import { devtoolRules } from './devtools.js';
import { dumpRules } from './dumps.js';
import { frameworkRules } from './frameworks.js';
import { genericRules } from './generic.js';
import { hexTokenRules } from './hex-token.js';
import { httpAuthRules } from './http-auth.js';
import { echoRules } from './echoes.js';
import { enterpriseRules } from './enterprise.js';
import { identityEdgeRules } from './identity-and-edge.js';
import { jwtRules } from './jwt.js';
import { cjkRules, languageRules, otherLanguageSecretRules, sentenceRules } from './languages.js';
import { mobileRules } from './mobile.js';
import { networkRules } from './network.js';
import { observabilityRules } from './observability.js';
import { opsToolRules } from './ops-tools.js';
import { hostAndMediaRules } from './hosts-and-media.js';
import { securityToolRules } from './security-tools.js';
import { passwordHashRules } from './password-hash.js';
import { privateKeyRules } from './private-key.js';
import { vendorFieldRules } from './vendor-fields.js';
import { sessionIdRules } from './session-id.js';
import { protocolRules } from './protocols.js';
import { sqlRules } from './sql.js';
import { urlCredentialRules } from './url-credentials.js';
import { vendorKeyRules } from './vendor-keys.js';
import { vendorRules } from './vendors.js';
import { windowsRules } from './windows.js';
import { defaultVocabulary } from './vocabulary.js';

export { defaultVocabulary } from './vocabulary.js';

const byId = (rules: readonly RuleSpec[], id: string): RuleSpec => {
  const rule = rules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`catalog: no rule ${id}`);
  return rule;
};

/**
 * Every built-in rule for a vocabulary, in match order.
 *
 * @example
 * catalog({ ...defaultVocabulary, sensitiveKeys: [...defaultVocabulary.sensitiveKeys, 'favourite colour'] });
 */
export function catalog(vocabulary: Vocabulary): readonly RuleSpec[] {
  const hex = hexTokenRules(vocabulary);
  return Object.freeze([
    ...privateKeyRules,
    ...jwtRules,
    ...adonisRules,
    ...vendorRules,
    // Issue 8, round 2: vendor families in files of their own, then secrets found by structure
    // and by a vendor-named key.
    ...aiProviderRules,
    ...devtoolRules,
    ...observabilityRules,
    ...businessRules,
    ...configSecretRules,
    ...vendorFieldRules,
    ...vendorKeyRules,
    ...awsRules,
    ...passwordHashRules,
    ...httpAuthRules,
    ...sessionIdRules,
    // Round 58: what web frameworks sign, store and print under their own names.
    ...frameworkRules,
    // Round 64: what crypto wallets and nodes print that spends their funds.
    ...cryptoRules,
    // Round 67: dump formats no key rule reads.
    ...dumpRules,
    // Round 70: radio networks' keys and game servers' passwords.
    ...deviceRules,
    ...cookieRules(vocabulary),
    byId(hex, 'hex-token'),
    ...commandLineRules,
    // Round 62: Windows' own tools and what credential dumping prints.
    ...windowsRules,
    ...adminLineRules,
    // Round 63: routers', firewalls' and AAA servers' secrets beyond their running config.
    ...networkRules,
    // Round 66: back-office admin tools, their scripting calls and interchange formats.
    ...enterpriseRules,
    ...sqlRules,
    ...callArgumentRules,
    ...protocolRules,
    ...configLineRules(vocabulary),
    // Rounds 59 and 60: what infrastructure tools and clients print under names of their own.
    ...opsToolRules,
    // Rounds 84-88: hypervisors' and tunnels' tokens, stream keys, passwords piped or typed as a user.
    ...hostAndMediaRules,
    // Round 94: what brute-forcing and credential-dumping tools print and are handed.
    ...securityToolRules,
    ...languageRules,
    ...cjkRules,
    ...otherLanguageSecretRules,
    ...genericRules(vocabulary),
    ...sentenceRules,
    ...urlCredentialRules,
    // Rounds 51 and 52: single sign-on, Kerberos and the web's edge.
    ...identityEdgeRules,
    // Round 54: errors that quote back a value they could not use.
    ...echoRules,
    // Round 61: what app stores, build pipelines and mobile SDKs hand out; after the rules of a
    // key's own base64 (private-key-base64, kerberos-keytab), which name what it holds.
    ...mobileRules,
    byId(hex, 'hex-token-long'),
  ]);
}

/** Every built-in rule, on by default, in match order. */
export const builtinRules: readonly RuleSpec[] = catalog(defaultVocabulary);

/** @deprecated Since 0.2: the same list under its one name, `builtinRules`. */
export const builtinPatterns: readonly RuleSpec[] = builtinRules;
