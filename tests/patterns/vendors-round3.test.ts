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
const UPPER_HEX = '0123456789ABCDEF';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const b64 = (text: string): string => Buffer.from(text).toString('base64');
const uuidUnderscored = (): string => s.uuid().replaceAll('-', '_');

/** [vendor, a token of its shape, the key name its users assign it to]. */
const TOKENS: readonly (readonly [string, () => string, string])[] = [
  // gitleaks rules
  ['CAST AI', () => `castai_v1_${s.alnum(64)}_${s.alnum(8)}`, 'CASTAI_API_TOKEN'],
  ['Chief Tools PAT', () => `ctp_${s.alnum(36)}`, 'CHIEF_TOKEN'],
  ['Chief Tools access token', () => `cto_${s.alnum(40)}`, 'CHIEF_ACCESS'],
  ['Chief Tools refresh token', () => `ctr_${s.alnum(48)}`, 'CHIEF_REFRESH'],
  ['Chargebee', () => `test_${s.alnum(32)}`, 'CHARGEBEE_API_KEY'],
  ['Chargebee live', () => `live_${s.alnum(34)}`, 'CHARGEBEE_SITE_KEY'],
  ['Azure Data Factory SHIR', () => `IR@${s.uuid()}@adf-orders-prod@we@${s.base64(43)}=`, 'SHIR_AUTH_KEY'],
  ['Bedrock long-term', () => `ABSK${b64(`BedrockAPIKey-${s.from(LOWER_NUM, 4)}-at-${s.digits(12)}:${s.base64(40)}`)}`, 'AWS_BEARER_TOKEN_BEDROCK'],
  ['Bedrock short-term', () => `bedrock-api-key-${b64(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=ASIA${s.base32(16)}&X-Amz-Signature=${s.hex(64)}&Version=1`)}`, 'AWS_BEARER_TOKEN_BEDROCK'],
  // trufflehog detectors
  ['NVIDIA', () => `nvapi-${s.base64url(64)}`, 'NVIDIA_API_KEY'],
  ['Resend', () => `re_${s.from(BASE58, 8)}_${s.from(BASE58, 24)}`, 'RESEND_API_KEY'],
  ['Mercado Pago', () => `APP_USR-${s.digits(16)}-${s.digits(6)}-${s.hex(32)}-${s.digits(9)}`, 'MP_ACCESS_TOKEN'],
  ['ClickUp', () => `pk_${s.digits(8)}_${s.from(UPPER_NUM, 32)}`, 'CLICKUP_TOKEN'],
  ['Zoho', () => `1000.${s.hex(32)}.${s.hex(32)}`, 'ZOHO_REFRESH_TOKEN'],
  ['Adafruit IO', () => `aio_${s.alnum(28)}`, 'ADAFRUIT_IO_KEY'],
  ['Apify', () => `apify_api_${s.alnum(36)}`, 'APIFY_TOKEN'],
  ['LaunchDarkly SDK key', () => `sdk-${s.uuid()}`, 'LAUNCHDARKLY_SDK_KEY'],
  ['LaunchDarkly API token', () => `api-${s.uuid()}`, 'LD_API_TOKEN'],
  // GitHub secret scanning's partner formats
  ['Aiven service password', () => `AVNS_${s.base64url(15)}`, 'AIVEN_PASSWORD'],
  ['Aiven auth token', () => `AVNU_${s.base64(370)}==`, 'AIVEN_TOKEN'],
  ['Block Protocol', () => `b10ck5.${s.hex(32)}.${s.uuid()}`, 'BLOCK_API_KEY'],
  ['GC Notify', () => `gcntfy-${s.from(LOWER_NUM, 20)}-${s.uuid()}-${s.uuid()}`, 'NOTIFY_API_KEY'],
  ['DevCycle', () => `dvc_server_${uuidUnderscored()}_${s.hex(7)}`, 'DEVCYCLE_SERVER_SDK_KEY'],
  ['Docker swarm join token', () => `SWMTKN-1-${s.from(LOWER_NUM, 50)}-${s.from(LOWER_NUM, 25)}`, 'SWARM_TOKEN'],
  ['Docker swarm unlock key', () => `SWMKEY-1-${s.base64(43)}`, 'SWARM_UNLOCK_KEY'],
  ['eBay client secret', () => `PRD-${s.hex(12)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}`, 'EBAY_CLIENT_SECRET'],
  ['GCS HMAC key id', () => `GOOG1E${s.from(UPPER_NUM, 55)}`, 'GCS_ACCESS_KEY_ID'],
  ['Instagram', () => `IGQVJ${s.base64url(140)}`, 'INSTAGRAM_TOKEN'],
  ['Ionic', () => `ion_${s.alnum(42)}`, 'IONIC_TOKEN'],
  ['Mandrill', () => `md-${s.base64url(20)}${s.digits(1)}Q`, 'MANDRILL_API_KEY'],
  ['Mercury', () => `mercury_production_rma_${s.alnum(45)}_yrucrem`, 'MERCURY_API_TOKEN'],
  ['Midtrans', () => `Mid-server-${s.base64url(24)}`, 'MIDTRANS_SERVER_KEY'],
  ['OneChronos', () => `cgxap_${s.alnum(40)}${s.hex(8)}`, 'ONECHRONOS_API_KEY'],
  ['Onfido', () => `api_live.${s.base64url(11)}.${s.base64url(32)}`, 'ONFIDO_API_TOKEN'],
  ['PayPal', () => `A21AA${s.base64url(92)}`, 'PAYPAL_ACCESS_TOKEN'],
  ['Persona', () => `persona_sandbox_${s.uuid()}`, 'PERSONA_API_KEY'],
  ['Postman collection key', () => `PMAT-${s.from(UPPER_NUM, 26)}`, 'POSTMAN_COLLECTION_KEY'],
  ['Prefect user token', () => `pcu_${s.alnum(36)}`, 'PREFECT_API_KEY'],
  ['redirect.pizza', () => `rpa_${s.from(LOWER_NUM, 64)}`, 'REDIRECT_PIZZA_TOKEN'],
  ['Rootly', () => `rootly_${s.hex(64)}`, 'ROOTLY_API_KEY'],
  ['Samsara', () => `samsara_api_${s.alnum(30)}`, 'SAMSARA_API_TOKEN'],
  ['Shopify partner token', () => `prtapi_${s.hex(64)}`, 'SHOPIFY_PARTNER_TOKEN'],
  ['Shopify marketplace token', () => `shpmkt_${s.hex(8)}_${s.hex(32)}`, 'SHOPIFY_MKT_TOKEN'],
  ['Square sandbox secret', () => `sq0csb-${s.base64url(43)}`, 'SQUARE_SANDBOX_SECRET'],
  ['StackHawk', () => `hawk.${s.alnum(20)}.${s.alnum(20)}`, 'HAWK_API_KEY'],
  ['Stripe sys key', () => `sys_live_${s.alnum(34)}`, 'STRIPE_SYS_KEY'],
  ['Thunderstore', () => `tss_${s.alnum(36)}`, 'TCLI_AUTH_TOKEN'],
  ['Telnyx', () => `KEY0${s.from(UPPER_HEX, 31)}_${s.alnum(22)}`, 'TELNYX_API_KEY'],
  ['Vault legacy batch token', () => `b.AAAAAQ${s.base64url(180)}`, 'VAULT_TOKEN'],
  ['Wiseflow', () => `wfs_1_${s.alnum(38)}`, 'WISEFLOW_API_KEY'],
  ['WakaTime', () => `waka_${s.uuid()}`, 'WAKATIME_API_KEY'],
  ['WakaTime app secret', () => `waka_sec_${s.alnum(80)}`, 'WAKATIME_APP_SECRET'],
  ['Yandex legacy translate key', () => `trnsl.1.1.20260101T000000Z.${s.hex(16)}.${s.hex(40)}`, 'YANDEX_TRANSLATE_KEY'],
  ['Zuplo', () => `zpka_${s.hex(32)}_${s.hex(8)}`, 'ZUPLO_API_KEY'],
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
    const sidekiq = `${s.hex(8)}:${s.hex(8)}`;
    const facebook = `${s.digits(15)}|${s.hex(32)}`;
    const lines = [
      [`BUNDLE_ENTERPRISE__CONTRIBSYS__COMToken="${sidekiq}"`, sidekiq],
      [`export BUNDLE_GEMS__CONTRIBSYS__COM=${sidekiq}`, sidekiq],
      [`facebook_token = "${facebook}"`, facebook],
      [`FB_APP_TOKEN=${facebook.replace('|', '%7C')}`, facebook.replace('|', '%7C')],
    ] as const;
    for (const [line, secret] of lines) expect(scrubber.redactText(line), line).not.toContain(secret);
  });

  it('redacts the creds key of gitleaks\' generic-api-key true positives', () => {
    const token = `${s.alnum(20)}${s.digits(6)}Qz`;
    expect(scrubber.redactText(`creds = ${token}`)).not.toContain(token);
  });

  it('redacts a Claude Code session id and an Ansible Vault body logged in one line', () => {
    const session = `session_01${s.alnum(22)}`;
    const body = s.hex(80);
    expect(scrubber.redactText(`see https://claude.ai/code/${session} for context`)).not.toContain(session);
    expect(scrubber.redactText(JSON.stringify({ vars: `$ANSIBLE_VAULT;1.1;AES256\n${body}\n` }))).not.toContain(body);
  });

  it('leaves the look-alikes alone: words, ids and names that only start like a token', () => {
    const lines = [
      'ctr_requests_total 42', 'test_shouldReturnEmptyListWhenNoItems', 'aio_run_until_complete', 'CONSTRAINT pk_orders PRIMARY KEY',
      're_send_mail_queue_worker_started', `request_id=${s.uuid()}`, `mob-${s.uuid()}`, 'took 1000.5 ms', 'PRD-1234 deployed to SBX-cluster',
      `session_${s.alnum(40)} expired`, 'class="md-footer-nav__link md-footer-nav__link--next"', 'skb->sk_buff_head_list_for_each',
      'sandbox_environment_bootstrap_completed_for_tenant_a', 'hawk.example.com resolved', `fb_user_id=${s.digits(15)}|active`,
      'rootly_incident_created', 'persona_production_rollout=50%',
    ];
    for (const line of lines) expect(scrubber.redactText(line)).toBe(line);
  });
});
