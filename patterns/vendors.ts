import type { RuleSpec } from '../src/types.js';
import { aiRules } from './ai.js';
import { cloudRules } from './cloud.js';
import { messagingRules } from './messaging.js';
import { partnerRules } from './partner-tokens.js';
import { paymentRules } from './payments.js';
import { saasRules } from './saas.js';
import { sourceControlRules } from './source-control.js';

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
  ...paymentRules,
  ...saasRules,
  ...partnerRules,
];
