import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { KEYED_VENDORS } from '../../patterns/vendor-keys.js';
import { createScrubber } from '../../src/index.js';

const scrubber = createScrubber();
const s = createSampler(8_2026);
const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The shapes config files, code and logs assign a key in, as other scanners' suites write them
 * (gitleaks generates its semi-generic rules' true positives in these). `{i}` is the vendor.
 */
const SHAPES = [
  '{i}Token="{s}"', '{i}Token = {s}', '{"{i}_token": "{s}"}', '\\"{i}_token\\": \\"{s}\\"', '{i}_token: \'{s}\'',
  'string {i}Token = "{s}";', 'var {i}Token string = "{s}"', '{i}Token := `{s}`', '${i}Token .= "{s}"',
  '{i}Token,{s},', '  "{i}Token" => "{s}"', '{i}_TOKEN ::= "{s}"', '{i}_TOKEN ?= "{s}"', '{i}_TOKEN += "{s}"',
  '{i}_api_token = "{s}"',
];
const fill = (shape: string, vendor: string, secret: string): string => shape.replaceAll('{i}', vendor).replaceAll('{s}', secret);

describe('vendor-keyed-secret', () => {
  it('redacts a lower-case random key assigned to any listed vendor, in every assignment shape', () => {
    for (const vendor of KEYED_VENDORS) {
      for (const shape of SHAPES) {
        const secret = s.from(LOWER_NUM, 32);
        const line = fill(shape, vendor.replace(/_$/, ''), secret);
        expect(scrubber.redactText(line), line).not.toContain(secret);
      }
    }
  });

  it('leaves words, ids and placeholders under a vendor key alone', () => {
    for (const line of ['ALGOLIA_APP_ID=ABCD1234EF', 'zendesk_token: pending', 'snyk_token="${SNYK_TOKEN}"', 'twitch_token_ttl=3600', 'okta_auth: enabled']) {
      expect(scrubber.redactText(line)).toBe(line);
    }
  });
});

describe('kubernetes-secret-data', () => {
  it('keeps a logged Secret valid JSON at both levels while its values go', () => {
    const value = Buffer.from(s.password()).toString('base64');
    const secret = { apiVersion: 'v1', data: { password: value, 'tls.key': value }, kind: 'Secret', metadata: { name: 'db' } };
    const line = JSON.stringify({ msg: 'applied', object: secret, annotation: JSON.stringify(secret) });

    const out = scrubber.redactText(line);

    expect(out).not.toContain(value);
    const parsed = JSON.parse(out) as { object: { data: Record<string, string> }; annotation: string };
    // Each value on its own, every key kept (s16, a red-team review's W2: the keys after the first were lost).
    expect(Object.keys(parsed.object.data)).toEqual(['password', 'tls.key']);
    expect(JSON.parse(parsed.annotation)).toMatchObject({ kind: 'Secret', data: { password: '[REDACTED:kubernetes-secret-data]', 'tls.key': '[REDACTED:kubernetes-secret-data]' } });
  });
});

describe('prefixed tokens of round 2', () => {
  it('are never half-redacted: a longer identifier that starts with the prefix stays whole', () => {
    const lines = [
      `pplx-${s.alnum(60)}`, `rubygems_${s.hex(60)}`, `sha256~${s.base64url(60)}`, `tk-us-${s.base64url(60)}`,
      `dnkey-${s.alnum(26)}`, `glsa_${s.alnum(32)}_${s.hex(8)}_old`, `xkeysib-${s.hex(20)}-${s.alnum(16)}`,
    ];
    for (const line of lines) expect(scrubber.redactText(`id ${line} end`)).toBe(`id ${line} end`);
  });
});
