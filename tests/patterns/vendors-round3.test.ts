/**
 * Round 3 of other scanners' suites (gitleaks' rules, trufflehog's detectors, detect-secrets'
 * plugins, GitHub secret scanning's partner formats): every shape that went through untouched before, in the contexts
 * those suites put it in. Samples come from a seeded sampler, never from the suites' literals.
 */
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';

const scrubber = createScrubber();
const s = createSampler(3_2026_1201);
const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** [vendor, a token of its shape, the key name its users assign it to]. */
const TOKENS: readonly (readonly [string, () => string, string])[] = [
  // gitleaks rules
  ['Chargebee', () => `test_${s.alnum(32)}`, 'CHARGEBEE_API_KEY'],
  ['Chargebee live', () => `live_${s.alnum(34)}`, 'CHARGEBEE_SITE_KEY'],
  ['Bedrock long-term', () => `ABSK${b64(`BedrockAPIKey-${s.from(LOWER_NUM, 4)}-at-${s.digits(12)}:${s.base64(40)}`)}`, 'AWS_BEARER_TOKEN_BEDROCK'],
  ['Bedrock short-term', () => `bedrock-api-key-${b64(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=ASIA${s.base32(16)}&X-Amz-Signature=${s.hex(64)}&Version=1`)}`, 'AWS_BEARER_TOKEN_BEDROCK'],
  // trufflehog detectors
  ['NVIDIA', () => `nvapi-${s.base64url(64)}`, 'NVIDIA_API_KEY'],
  ['Mercado Pago', () => `APP_USR-${s.digits(16)}-${s.digits(6)}-${s.hex(32)}-${s.digits(9)}`, 'MP_ACCESS_TOKEN'],
  ['ClickUp', () => `pk_${s.digits(8)}_${s.from(UPPER_NUM, 32)}`, 'CLICKUP_TOKEN'],
  ['LaunchDarkly SDK key', () => `sdk-${s.uuid()}`, 'LAUNCHDARKLY_SDK_KEY'],
  ['LaunchDarkly API token', () => `api-${s.uuid()}`, 'LD_API_TOKEN'],
  // GitHub secret scanning's partner formats
  ['Ionic', () => `ion_${s.alnum(42)}`, 'IONIC_TOKEN'],
  ['Mandrill', () => `md-${s.base64url(20)}${s.digits(1)}Q`, 'MANDRILL_API_KEY'],
  ['Checkout.com', () => `sk_sbox_${s.from(BASE32_LOWER, 26)}`, 'CKO_SECRET_KEY'],
  ['Checkout.com UUID key', () => `sk_${s.uuid()}`, 'CKO_SECRET_KEY'],
  ['Clearbit', () => `sk_${s.hex(32)}`, 'CLEARBIT_KEY'],
  ['RevenueCat', () => `sk_${s.alnum(31)}`, 'REVENUECAT_SECRET_KEY'],
  ['GoCardless', () => `live_${s.base64url(40)}`, 'GOCARDLESS_ACCESS_TOKEN'],
  ['MessageBird', () => `live_${s.alnum(25)}`, 'MESSAGEBIRD_ACCESS_KEY'],
  ['DigitalOcean system token', () => `dos_v1_${s.hex(64)}`, 'DIGITALOCEAN_TOKEN'],
  ['Figma OAuth token', () => `figuh_${s.base64url(40)}`, 'FIGMA_TOKEN'],
  ['Dynatrace internal token', () => `dt0s01.${s.from(UPPER_NUM, 8)}.${s.from(UPPER_NUM, 64)}`, 'DT_TOKEN'],
  ['Azure Event Hubs 39-byte key', () => `${s.base64(42)}+AEhD${s.base64(5)}`, 'EVENTHUB_KEY'],
  ['Discord bot token, bare', () => `${b64(s.digits(18)).replace(/=+$/, '')}.${s.base64url(6)}.${s.base64url(38)}`, 'BOT_TOKEN'],
  ['OpenAI legacy key', () => `sk-${s.alnum(48)}`, 'OPENAI_API_KEY'],
  ['scoped sk- key', () => `sk-${s.from(LOWER_NUM, 8)}-${s.alnum(40)}`, 'OPENAI_API_KEY'],
  ['Azure ML classic key', () => `${s.base64(76)}+AMC${s.base64(5)}A==`, 'AZUREML_KEY'],
];

/** The contexts: a bare word in a text line, a JSON value under a neutral key, `KEY=` with the vendor's key. */
const contexts = (token: string, key: string): readonly string[] => [
  `client init with ${token} done`,
  JSON.stringify({ level: 30, value: token }),
  `${key}=${token}`,
];

describe('round 3: prefixed tokens other scanners test', () => {
  it.each(TOKENS.map(([vendor, make, key]) => [vendor, make, key] as const))('redacts a %s token bare, as a JSON value and after its key', (_vendor, make, key) => {
    const token = make();
    for (const line of contexts(token, key)) expect(scrubber.redactText(line), line).not.toContain(token);
  });

  it('redacts the key-shaped credentials gitleaks writes in its {i}Token spellings', () => {
    const facebook = `${s.digits(15)}|${s.hex(32)}`;
    const lines = [
      [`facebook_token = "${facebook}"`, facebook],
      [`FB_APP_TOKEN=${facebook.replace('|', '%7C')}`, facebook.replace('|', '%7C')],
    ] as const;
    for (const [line, secret] of lines) expect(scrubber.redactText(line), line).not.toContain(secret);
  });

  it('redacts the creds key of gitleaks\' generic-api-key true positives', () => {
    const token = `${s.alnum(20)}${s.digits(6)}Qz`;
    expect(scrubber.redactText(`creds = ${token}`)).not.toContain(token);
  });

  it('redacts a Claude Code session id in its URL', () => {
    const session = `session_01${s.alnum(22)}`;
    expect(scrubber.redactText(`see https://claude.ai/code/${session} for context`)).not.toContain(session);
  });

  it('leaves the look-alikes alone: words, ids and names that only start like a token', () => {
    const lines = [
      'test_shouldReturnEmptyListWhenNoItems', 'CONSTRAINT pk_orders PRIMARY KEY', `request_id=${s.uuid()}`, `mob-${s.uuid()}`,
      `session_${s.alnum(40)} expired`, 'class="md-footer-nav__link md-footer-nav__link--next"', 'skb->sk_buff_head_list_for_each',
      'sandbox_environment_bootstrap_completed_for_tenant_a', `fb_user_id=${s.digits(15)}|active`,
    ];
    for (const line of lines) expect(scrubber.redactText(line)).toBe(line);
  });
});
