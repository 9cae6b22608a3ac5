import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { sample } from './sample.js';

const oat = sample.oat();
const signed = sample.signedCookie();
const encrypted = sample.encryptedCookie();

/**
 * AdonisJS credentials: opaque access tokens (`oat_<id>.<secret>`), signed (`s:`) and encrypted
 * (`e:`) cookie values, also URL-encoded (`s%3A`). The prefix stays as a hint of what was there.
 */
export const adonisRules: readonly RuleSpec[] = [
  {
    id: 'adonis-access-token',
    family: 'adonis',
    description: 'AdonisJS opaque access token (oat_<id>.<secret>)',
    regex: String.raw`${TOKEN_START}oat_([A-Za-z0-9_-]+\.[A-Za-z0-9_-]{20,})`,
    keywords: ['oat_'],
    examples: {
      match: [{ input: `issued ${oat} to user 7`, output: `issued oat_${label('adonis-access-token')} to user 7` }],
      noMatch: ['boat_trip.itinerary', 'oat_.x'],
    },
  },
  {
    id: 'adonis-signed-cookie',
    family: 'adonis',
    description: 'AdonisJS signed cookie value s:<base64url message>.<hmac>, also URL-encoded s%3A',
    regex: String.raw`${TOKEN_START}s(?::|%3[Aa])((?:eyJ|ewog|ewoi)[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{20,})`,
    keywords: ['eyj', 'ewog', 'ewoi'],
    examples: {
      match: [
        { input: `value=${signed}`, output: `value=s:${label('adonis-signed-cookie')}` },
        { input: `v=${signed.replace(':', '%3A')}`, output: `v=s%3A${label('adonis-signed-cookie')}` },
      ],
      noMatch: ['s:eyJshort', 'class:eyJ12345678.abcdefghijklmnopqrstuvwxyz'],
    },
  },
  {
    id: 'adonis-encrypted-cookie',
    family: 'adonis',
    description: 'AdonisJS encrypted cookie value e:<payload>.<iv>.<hmac>, also URL-encoded e%3A',
    regex: String.raw`${TOKEN_START}e(?::|%3[Aa])([A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,})`,
    // No keywords: `e:` alone is everywhere in text logs ("Type: …"); the anchor, the marker and 16
    // payload characters, prefilters.
    keywords: [],
    anchor: String.raw`${TOKEN_START}e(?::|%3[Aa])[A-Za-z0-9_-]{16}`,
    examples: {
      match: [{ input: `cart=${encrypted}`, output: `cart=e:${label('adonis-encrypted-cookie')}` }],
      noMatch: ['type:abc.def.ghi', 'e:short.short.short'],
    },
  },
];
