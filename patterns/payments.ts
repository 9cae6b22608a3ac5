import type { RuleSpec } from '../src/types.js';
import { END_B64URL, escapeRegex, label, TOKEN_START, TOKEN_START_ANCHOR, UUID } from './parts.js';
import { createSampler, sample } from './sample.js';

// `_prod_` too: gitleaks' stripe rule and trufflehog's detector take it, and a key that says so is no test key.
const STRIPE = ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_', 'sk_prod_', 'rk_prod_'];
const SHOPIFY = ['shpat_', 'shpss_', 'shpca_', 'shppa_'];

const alternation = (prefixes: readonly string[]): string => prefixes.map(escapeRegex).join('|');
const stripeKey = `sk_live_${sample.alnum(24)}`;
/** A sampler of its own for the recall round's examples, so the samples above stay as they were. */
const recall = createSampler(2026113012);
/** Recall6's samples, from a sampler of their own so the samples above stay as they were. */
const recall6 = createSampler(2026120104);
const razorpay = `rzp_live_${recall6.alnum(14)}`;
const paypalToken = `A21AA${createSampler(2026120593).base64url(92)}`;
const adyen = `AQE${recall6.alnum(6)}.${recall6.base64url(60)}`;
/** Adyen's key as its Customer Area gives it (round 41), the third part of any printable characters. */
const round41 = createSampler(2026120441);
const adyenKey = `AQE${round41.base64(70)}=-${round41.base64(43)}=-${round41.from('!#$%()*+,:;<>?@[]^_{}~ABCDEFabcdef0123456789', 16)}`;
/** Round 3's samples, from a sampler of their own so the samples above stay as they were. */
const round3 = createSampler(2026120205);
const mercadoPago = `APP_USR-${round3.digits(16)}-${round3.digits(6)}-${round3.hex(32)}-${round3.digits(9)}`;
const mercadoPagoRegional = `APP_USR-${round3.digits(16)}-${round3.digits(6)}-${round3.hex(32)}__LA_LD__-${round3.digits(9)}`;
const chargebee = `live_${round3.alnum(34)}`;
const mollie = `test_${round3.alnum(30)}`;
/** Round 48's, from a sampler of their own. */
const round48 = createSampler(2026120304);
const clientSecret = `pi_${round48.alnum(24)}_secret_${round48.alnum(25)}`;
const checkout = `sk_sbox_${round3.from('abcdefghijklmnopqrstuvwxyz234567', 26)}`;
const workos = `sk_${Buffer.from(`key_${round3.from('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26)},${round3.alnum(20)}`).toString('base64').replace(/=+$/, '')}`;
const gocardless = `live_${round3.base64url(40)}`;

/** Payments and commerce. Publishable keys (`pk_live_`, Square `sq0idp-` app ids) are public and stay. */
export const paymentRules: readonly RuleSpec[] = [
  {
    id: 'stripe-key',
    family: 'vendor',
    description: `Stripe secret and restricted keys (${STRIPE.join(', ')})`,
    regex: String.raw`${TOKEN_START}((?:${alternation(STRIPE)})[A-Za-z0-9]{20,247})\b`,
    keywords: STRIPE,
    minEntropy: 3,
    examples: {
      match: [
        { input: `stripe=${stripeKey}`, output: `stripe=${label('stripe-key')}` },
        { input: `keys ${stripeKey},${stripeKey}`, output: `keys ${label('stripe-key')},${label('stripe-key')}` },
        { input: `STRIPE_KEY=rk_test_${sample.alnum(99)}`, output: `STRIPE_KEY=${label('stripe-key')}` },
        { input: `charge failed key=sk_prod_${sample.alnum(24)}`, output: `charge failed key=${label('stripe-key')}` },
      ],
      noMatch: ['pk_live_' + 'a1B2'.repeat(6), 'sk_live_short', 'sk_test_' + 'x'.repeat(24), 'sk_test_XXXXXXXXXXXXXXXXXXXXXXXX'],
    },
  },
  {
    id: 'stripe-webhook-secret',
    family: 'vendor',
    description: 'Stripe webhook signing secret (whsec_)',
    regex: String.raw`${TOKEN_START}(whsec_[A-Za-z0-9+/]{32,}={0,2})`,
    keywords: ['whsec_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `STRIPE_WEBHOOK_SECRET=whsec_${sample.alnum(32)} loaded`, output: `STRIPE_WEBHOOK_SECRET=${label('stripe-webhook-secret')} loaded` }],
      noMatch: ['whsec_short', 'whsec_' + 'x'.repeat(32)],
    },
  },
  {
    id: 'shopify-token',
    family: 'vendor',
    description: `Shopify access tokens and shared secret (${SHOPIFY.join(', ')})`,
    regex: String.raw`${TOKEN_START}((?:${alternation(SHOPIFY)})[a-fA-F0-9]{32})\b`,
    keywords: SHOPIFY,
    minEntropy: 3,
    examples: {
      match: [{ input: `X-Shopify-Access-Token: shpat_${sample.hex(32)}`, output: `X-Shopify-Access-Token: ${label('shopify-token')}` }],
      noMatch: ['shpat_' + '0'.repeat(32), 'shpat_short'],
    },
  },
  {
    id: 'square-token',
    family: 'vendor',
    description: 'Square access token (sq0atp-, EAAA and 60 characters) and application secret (sq0csp-)',
    // EAAA… anywhere (gitleaks and trufflehog take it bare; recall round), found by an anchor in
    // capitals with its whole length: `eaaa` as a keyword is all hex (it would hide a hex run
    // starting with it from hex-token-long's prefilter anchor). Measured on the engine-rate corpora.
    regex: String.raw`${TOKEN_START}(sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60})${END_B64URL}`,
    keywords: [],
    anchor: String.raw`sq0(?:atp|csp)-|EAAA[A-Za-z0-9_-]{60}`,
    minEntropy: 3,
    tokenShape: true,
    examples: {
      match: [
        { input: `SQUARE_ACCESS_TOKEN=EAAA${sample.base64url(60)}`, output: `SQUARE_ACCESS_TOKEN=${label('square-token')}` },
        { input: `secret sq0csp-${sample.base64url(43)} ok`, output: `secret ${label('square-token')} ok` },
        { input: `{"msg":"charge","auth":"EAAA${recall.base64url(60)}"}`, output: `{"msg":"charge","auth":"${label('square-token')}"}` },
      ],
      noMatch: [`aws-cli@sha256:eaaa${sample.hex(60)}`, `app sq0idp-${sample.base64url(22)}`],
    },
  },
  {
    id: 'braintree-access-token',
    family: 'vendor',
    description: 'PayPal Braintree access token (access_token$production$…, access_token$sandbox$…)',
    regex: String.raw`${TOKEN_START}(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})\b`,
    keywords: ['access_token$'],
    examples: {
      match: [
        {
          input: `BRAINTREE_TOKEN=access_token$production$${sample.from('0123456789abcdefghijklmnopqrstuvwxyz', 16)}$${sample.hex(32)}`,
          output: `BRAINTREE_TOKEN=${label('braintree-access-token')}`,
        },
      ],
      noMatch: ['access_token$production$short'],
    },
  },  {
    id: 'paypal-access-token',
    family: 'vendor',
    description: "a PayPal REST access token (A21AA…), as an SDK's or a function's debug output prints the one it got",
    // Round 93. The token's own prefix: an OAuth access token PayPal issues for a client's id and secret.
    regex: String.raw`${TOKEN_START}(A21AA[A-Za-z0-9_-]{60,})${END_B64URL}`,
    keywords: ['a21aa'],
    tokenShape: true,
    minEntropy: 4,
    examples: {
      match: [{ input: `[LOG] 'paypal token' '${paypalToken}'`, output: `[LOG] 'paypal token' '${label('paypal-access-token')}'` }],
      noMatch: ['A21AA-placeholder'],
    },
  },
  {
    id: 'razorpay-key',
    family: 'vendor',
    description: 'Razorpay API key id (rzp_live_, rzp_test_); its key secret is found under a Razorpay key by vendor-keyed-secret',
    regex: String.raw`${TOKEN_START}(rzp_(?:live|test)_[A-Za-z0-9]{14,20})\b`,
    keywords: ['rzp_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `razorpay.orders.create key_id=${razorpay} amount=50000`, output: `razorpay.orders.create key_id=${label('razorpay-key')} amount=50000` }],
      noMatch: ['rzp_live_mode=true', `rzp_live_${'x'.repeat(14)}`],
    },
  },
  {
    id: 'adyen-api-key',
    family: 'vendor',
    description: 'Adyen API key: AQE…, base64, -, base64 (and -, 16 characters of any kind), or AQE…, a dot, 50–80 characters',
    // Round 41: the key as the Customer Area gives it, two base64 parts and a third of any
    // printable characters (`…=-…=-\\{:9W5w3)VeIb@(L7`), which goes with it.
    regex: String.raw`${TOKEN_START}(AQE[A-Za-z0-9+/]{40,}={0,2}-[A-Za-z0-9+/]{40,}={0,2}(?:-[!-~]{16})?|AQE[A-Za-z0-9]{5,}\.[A-Za-z0-9_=-]{50,80})${END_B64URL}`,
    keywords: ['aqe'],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `X-API-Key: ${adyen}`, output: `X-API-Key: ${label('adyen-api-key')}` },
        { input: `adyen checkout with ${adyen} failed`, output: `adyen checkout with ${label('adyen-api-key')} failed` },
        { input: `Request headers: {Content-Type=application/json, X-API-Key=${adyenKey}}`, output: `Request headers: {Content-Type=application/json, X-API-Key=${label('adyen-api-key')}}` },
      ],
      noMatch: [`AXE${recall6.alnum(6)}.${recall6.base64url(60)}`, 'AQEyhmfx.short'],
    },
  },
  {
    id: 'mercadopago-access-token',
    family: 'vendor',
    description: 'Mercado Pago production access token (APP_USR-<16 digits>-<6 digits>-<32 hex>-<digits>, also with a __LA_LD__ region tag)',
    regex: String.raw`${TOKEN_START}(APP_USR-[0-9]{16}-[0-9]{6}-[a-f0-9]{32}(?:__[A-Z]{2}_[A-Z]{2}__)?-[0-9]{6,12})\b`,
    keywords: ['app_usr-'],
    examples: {
      match: [
        { input: `MP_ACCESS_TOKEN=${mercadoPago}`, output: `MP_ACCESS_TOKEN=${label('mercadopago-access-token')}` },
        { input: `mercadopago.configure(access_token: '${mercadoPagoRegional}')`, output: `mercadopago.configure(access_token: '${label('mercadopago-access-token')}')` },
      ],
      noMatch: ['APP_USR-1234-demo', `APP_USR-${round3.uuid()}`],
    },
  },
  {
    id: 'stripe-client-secret',
    family: 'vendor',
    description: "a Stripe PaymentIntent's or SetupIntent's client secret (pi_…_secret_…, seti_…_secret_…), which confirms the payment from a client",
    // Round 48: mobile backends log the payment sheet's parameters. Stripe: "do not log it".
    regex: String.raw`${TOKEN_START}((?:pi|seti)_[A-Za-z0-9]{14,40}_secret_[A-Za-z0-9]{10,64})\b`,
    keywords: ['_secret_'],
    examples: {
      match: [{ input: `{"paymentIntent":"${clientSecret}","customer":"cus_9pAXzJ"}`, output: `{"paymentIntent":"${label('stripe-client-secret')}","customer":"cus_9pAXzJ"}` }],
      noMatch: [`{"paymentIntent":"pi_${round48.alnum(24)}","status":"succeeded"}`],
    },
  },
  {
    id: 'live-test-api-key',
    family: 'vendor',
    description: 'API keys written live_ or test_ and 24–34 random letters and digits: Chargebee, Mollie, MessageBird (Lob\'s hex keys are lob-api-key)',
    // gitleaks' chargebee-access-token. Random mixed case and digits only: test and fixture names
    // (`test_should_return_empty_list`) hold underscores, one case or no digit.
    regex: String.raw`${TOKEN_START}((?:live|test)_[A-Za-z0-9]{24,34})\b`,
    keywords: ['live_', 'test_'],
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [
        { input: `chargebeeToken := "${chargebee}"`, output: `chargebeeToken := "${label('live-test-api-key')}"` },
        { input: `mollie client with ${mollie} ready`, output: `mollie client with ${label('live-test-api-key')} ready` },
      ],
      noMatch: ['test_shouldReturnEmptyListWhenNoItems', `test_${'abcdefghij'.repeat(3)}1`, `latest_${round3.alnum(32)}`],
    },
  },
  {
    id: 'sk-secret-key',
    family: 'vendor',
    description: 'secret keys written sk_ and a random run of mixed case and digits, beside Stripe\'s: RevenueCat, WorkOS, Stripe\'s legacy keys',
    // GitHub secret scanning's partner formats (round 3). A random token's shape only: symbols
    // written sk_ (the kernel's sk_buff, sk_filter) are words.
    regex: String.raw`${TOKEN_START}(sk_[A-Za-z0-9]{24,120})\b`,
    keywords: ['sk_'],
    // `sk_` ends "task_", "disk_", "mask_" (Hadoop's task ids woke 0.6% of loghub's lines).
    anchor: String.raw`${TOKEN_START_ANCHOR}sk_[A-Za-z0-9]`,
    // Picks the rule on the lines its keywords woke; the pass's anchor budget is the key rules' (compile.test).
    anchorInPass: false,
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [{ input: `WORKOS_API_KEY=${workos}`, output: `WORKOS_API_KEY=${label('sk-secret-key')}` }, { input: `revenuecat key sk_${round3.alnum(31)} ok`, output: `revenuecat key ${label('sk-secret-key')} ok` }],
      noMatch: ['skb->sk_buff_head_list_for_each', 'sk_filter_trim_cap_called', 'sk_someVeryLongIdentifierNameHere'],
    },
  },
  {
    id: 'checkout-secret-key',
    family: 'vendor',
    description: 'Checkout.com secret keys (sk_, sk_test_ and a UUID; sk_, sk_sbox_ and 26–27 small letters and digits) and Clearbit secret keys (sk_ and 32 hex)',
    // Base32 in Checkout's docs; any digit in keys seen in logs (round 41), so letters and digits.
    regex: String.raw`${TOKEN_START}(sk_(?:(?:test|sbox)_)?(?:${UUID}|[a-z0-9]{26,27})|sk_[0-9a-f]{32})\b`,
    keywords: ['sk_'],
    anchor: String.raw`${TOKEN_START_ANCHOR}sk_[a-z0-9]`,
    // Picks the rule on the lines its keywords woke; the pass's anchor budget is the key rules' (compile.test).
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [
        { input: `checkout secret=${checkout} region=eu`, output: `checkout secret=${label('checkout-secret-key')} region=eu` },
        { input: `{"value":"sk_${round3.uuid()}"}`, output: `{"value":"${label('checkout-secret-key')}"}` },
        { input: `clearbit.key = 'sk_${round3.hex(32)}'`, output: `clearbit.key = '${label('checkout-secret-key')}'` },
      ],
      noMatch: ['sk_buff_data_transfer_ready_ok', `sk_${'a'.repeat(26)}`],
    },
  },
  {
    id: 'gocardless-access-token',
    family: 'vendor',
    description: 'GoCardless live and sandbox access tokens (live_, live-, sandbox_, sandbox- and 40–44 base64url characters)',
    regex: String.raw`${TOKEN_START}((?:live|sandbox)[_-][A-Za-z0-9_-]{40,44})${END_B64URL}`,
    keywords: ['live_', 'live-', 'sandbox_', 'sandbox-'],
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [{ input: `GOCARDLESS_ACCESS_TOKEN=${gocardless}`, output: `GOCARDLESS_ACCESS_TOKEN=${label('gocardless-access-token')}` }, { input: `client = Client(access_token="${gocardless.replace('live_', 'sandbox-')}")`, output: `client = Client(access_token="${label('gocardless-access-token')}")` }],
      noMatch: ['sandbox_environment_bootstrap_completed_for_tenant_a', `live-reload-${'x'.repeat(40)}`],
    },
  },
];
