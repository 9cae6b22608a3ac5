import type { RuleSpec } from '../src/types.js';
import { aiRules } from './ai.js';
import { cloudRules } from './cloud.js';
import { messagingRules } from './messaging.js';
import { escapeRegex, label } from './parts.js';
import { sample } from './sample.js';
import { sourceControlRules } from './source-control.js';

/** Each vendor's prefixes, written once: the regex alternation and the keywords come from them. */
const STRIPE = ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'];

const alternation = (prefixes: readonly string[]): string => prefixes.map(escapeRegex).join('|');

/**
 * Vendor tokens, one file per group of services (issue 8). A prefixed token is recognisable
 * anywhere and needs no context; a vendor whose keys are bare random strings is found only under
 * a key naming it (`vendorKey` in `./parts.ts`), and only the value goes.
 */
export const vendorRules: readonly RuleSpec[] = [
  ...aiRules,
  ...sourceControlRules,
  ...cloudRules,
  ...messagingRules,
  {
    id: 'stripe-key',
    family: 'vendor',
    description: `Stripe secret and restricted keys (${STRIPE.join(', ')})`,
    regex: String.raw`\b((?:${alternation(STRIPE)})[A-Za-z0-9]{20,247})\b`,
    keywords: STRIPE,
    examples: {
      match: [{ input: `stripe=sk_live_${sample.alnum(24)}`, output: `stripe=${label('stripe-key')}` }],
      noMatch: ['pk_live_' + 'a1B2'.repeat(6), 'sk_live_short'],
    },
  },
];
