import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START, TOKEN_START_ANCHOR } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026120210);

const ionic = `ion_${sample.alnum(42)}`;
const mandrill = `md-${sample.base64url(20)}${sample.digits(1)}A`;

/**
 * GitHub secret scanning's partner tokens and trufflehog's prefixed detectors, round 3. A family
 * rule for ~30 more partner prefixes (Aiven, Docker swarm, PayPal, Postman PMAT-, WakaTime, …) was
 * written and left out: its 33 short keywords took the pass over every byte out of RE2's DFA on
 * the catalog's own examples (2 MiB: ~20 → ~800 ms of CPU; compile.test.ts).
 */
export const partnerRules: readonly RuleSpec[] = [
  {
    id: 'ionic-token',
    family: 'vendor',
    description: 'Ionic personal access and refresh tokens (ion_ and 36–56 letters and digits)',
    regex: String.raw`${TOKEN_START}(ion_[A-Za-z0-9]{36,56})\b`,
    keywords: ['ion_'],
    // `ion_` ends "session_", "version_", "region_": the rule runs only where it starts a token.
    anchor: String.raw`${TOKEN_START_ANCHOR}ion_[A-Za-z0-9]`,
    // Picks the rule on the lines its keywords woke; the pass's anchor budget is the key rules' (compile.test).
    anchorInPass: false,
    minEntropy: 3.5,
    examples: {
      match: [{ input: `Authorization: Bearer ${ionic}`, output: `Authorization: Bearer ${label('ionic-token')}` }, { input: `ionic login ${ionic}`, output: `ionic login ${label('ionic-token')}` }],
      noMatch: [`session_${sample.alnum(40)} expired`, 'ion_channel_open', `ion_${'a'.repeat(40)}`],
    },
  },
  {
    id: 'mandrill-api-key',
    family: 'vendor',
    description: 'Mailchimp Transactional (Mandrill) API key (md- and 22 base64url characters)',
    regex: String.raw`${TOKEN_START}(md-[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)`,
    keywords: ['md-'],
    // `md-` ends "cmd-": the pass looks for it where a token starts. Random only: CSS classes
    // (md-footer-nav__link) are words in one case.
    anchor: String.raw`${TOKEN_START_ANCHOR}md-[A-Za-z0-9_-]`,
    // Picks the rule on the lines its keywords woke; the pass's anchor budget is the key rules' (compile.test).
    anchorInPass: false,
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [{ input: `MANDRILL_API_KEY=${mandrill}`, output: `MANDRILL_API_KEY=${label('mandrill-api-key')}` }, { input: `mandrill.messages.send key ${mandrill}`, output: `mandrill.messages.send key ${label('mandrill-api-key')}` }],
      noMatch: ['class="md-footer-nav__link md-footer-nav__link--next"', 'md-button-toggle-group1', `xmd-${sample.base64url(22)}`],
    },
  },
];
