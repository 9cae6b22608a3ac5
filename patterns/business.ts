import type { RuleSpec } from '../src/types.js';
import { END_B64URL, label, TOKEN_START, UUID, vendorKey } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026113004);

const mapboxPayload = Buffer.from(JSON.stringify({ u: 'acme', a: sample.alnum(24) })).toString('base64url');
const mapbox = `sk.${mapboxPayload}.${sample.base64url(22)}`;
const dropbox = `sl.u.${sample.base64url(180)}`;
const dropboxLongLived = `${sample.alnum(11)}AAAAAAAAAA${sample.base64url(43)}`;
const facebook = `EAAB${sample.alnum(160)}`;
const twitterBearer = `${'A'.repeat(22)}${sample.alnum(8)}%3D${sample.alnum(80)}`;
const yandexOauth = `y0_${sample.base64url(55)}`;
const yandexIam = `t1.${sample.base64url(60)}.${sample.base64url(86)}`;
/** Recall6's samples, from a sampler of their own so the samples above stay as they were. */
const recall6 = createSampler(2026120105);
const stytch = `secret-live-${recall6.base64url(36)}`;
const salesforce = `00D${recall6.alnum(12)}!${recall6.alnum(20)}.${recall6.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 90)}`;
const intercom = `dG9rOj${recall6.base64(54)}=`;
/** Round 3's samples, from a sampler of their own so the samples above stay as they were. */
const round3 = createSampler(2026120206);
const facebookApp = `${round3.digits(15)}|${round3.hex(32)}`;
const clickup = `pk_${round3.digits(8)}_${round3.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32)}`;
/** Samples of their own (round 117), so the samples above stay as they were. */
const round117 = createSampler(2026120517);
const statsig = `secret-${round117.alnum(43)}`;
const klaviyo = `pk_${round117.hex(34)}`;

/**
 * Commerce, shipping, marketing, maps, social and regional clouds (issue 8, round 2; Stripe,
 * Shopify, Square and Braintree are in `payments.ts`). Sources: gitleaks rules duffel, easypost,
 * flutterwave, shippo, plaid, lob, hubspot, sendinblue, mapbox, dropbox, facebook, twitter,
 * yandex, alibaba; GitHub secret scanning's partner list (Yandex, HubSpot, Mapbox, Dropbox, Meta).
 * Bare keys without a prefix (Plaid and Alibaba secrets, Yandex static keys, HubSpot's legacy UUID
 * keys) are `vendor-keyed-secret`'s (`vendor-keys.ts`).
 */
export const businessRules: readonly RuleSpec[] = [
  {
    id: 'duffel-token',
    family: 'vendor',
    description: 'Duffel API access token (duffel_test_, duffel_live_)',
    regex: String.raw`${TOKEN_START}(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})${END_B64URL}`,
    keywords: ['duffel_'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `DUFFEL_ACCESS_TOKEN=duffel_live_${sample.base64url(43)}`, output: `DUFFEL_ACCESS_TOKEN=${label('duffel-token')}` }],
      // Too long for Duffel's; one case, so no other service's key either (prefixed-live-key).
      noMatch: ['duffel_test_mode=true', `duffel_test_${sample.base64url(50).toLowerCase()}`],
    },
  },
  {
    id: 'easypost-api-key',
    family: 'vendor',
    description: 'EasyPost production and test API keys (EZAK, EZTK and 54 characters)',
    regex: String.raw`${TOKEN_START}(EZ[AT]K[A-Za-z0-9]{54})\b`,
    keywords: ['ezak', 'eztk'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `easypost client key=EZAK${sample.alnum(54)}`, output: `easypost client key=${label('easypost-api-key')}` }],
      noMatch: ['EZAK' + 'x'.repeat(54), `EZTK${sample.alnum(30)}`],
    },
  },
  {
    id: 'flutterwave-key',
    family: 'vendor',
    description: 'Flutterwave secret, public and encryption keys (FLWSECK-, FLWPUBK-, also _TEST)',
    regex: String.raw`${TOKEN_START}(FLW(?:SECK|PUBK)(?:_TEST)?-[a-hA-H0-9]{32}-X|FLWSECK(?:_TEST)?-?[a-hA-H0-9]{12})\b`,
    keywords: ['flwseck', 'flwpubk'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `FLW_SECRET_KEY=FLWSECK_TEST-${sample.hex(32)}-X`, output: `FLW_SECRET_KEY=${label('flutterwave-key')}` },
        { input: `encryption key FLWSECK_TEST${sample.hex(12)} loaded`, output: `encryption key ${label('flutterwave-key')} loaded` },
      ],
      noMatch: ['FLWSECK_TEST-short', 'FLWPUBK_TEST-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX-X'],
    },
  },
  {
    id: 'shippo-token',
    family: 'vendor',
    description: 'Shippo API token (shippo_live_, shippo_test_ and 40 hex)',
    regex: String.raw`${TOKEN_START}(shippo_(?:live|test)_[a-fA-F0-9]{40})\b`,
    keywords: ['shippo_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `Authorization: ShippoToken shippo_test_${sample.hex(40)}`, output: `Authorization: ShippoToken ${label('shippo-token')}` }],
      noMatch: ['shippo_test_mode', `shippo_live_${sample.hex(44)}`],
    },
  },
  {
    id: 'plaid-token',
    family: 'vendor',
    description: 'Plaid access token (access-sandbox-, access-development-, access-production- and a UUID); the bare secret is found under a Plaid key by vendor-keyed-secret',
    regex: String.raw`${TOKEN_START}(access-(?:sandbox|development|production)-${UUID})${END_B64URL}`,
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `{"access_token":"access-sandbox-${sample.uuid()}","item_id":"M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op"}`, output: `{"access_token":"${label('plaid-token')}","item_id":"M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op"}` },
        { input: `plaid item exchange ok access-production-${sample.uuid()}`, output: `plaid item exchange ok ${label('plaid-token')}` },
      ],
      noMatch: ['access-sandbox-short', `PLAID_CLIENT_ID=${sample.hex(24)}`, `access-sandbox-${sample.uuid()}-x`],
    },
  },
  {
    id: 'lob-api-key',
    family: 'vendor',
    description: 'Lob secret and publishable API keys (live_ / test_ and 35 hex; live_pub_ / test_pub_ and 31 hex)',
    regex: String.raw`${TOKEN_START}((?:live|test)_(?:pub_[a-f0-9]{31}|[a-f0-9]{35}))\b`,
    keywords: ['live_', 'test_'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `LOB_API_KEY=test_${sample.hex(35)}`, output: `LOB_API_KEY=${label('lob-api-key')}` },
        { input: `lob.letters.create with live_pub_${sample.hex(31)}`, output: `lob.letters.create with ${label('lob-api-key')}` },
      ],
      noMatch: ['test_user_signup passed', `test_${sample.hex(32)}`, `live_${sample.hex(40)}`],
    },
  },
  {
    id: 'hubspot-token',
    family: 'vendor',
    description: 'HubSpot private-app and personal access keys (pat-na1-, pat-eu1-, … and a UUID); the legacy UUID key is found under a HubSpot key by vendor-keyed-secret',
    regex: String.raw`${TOKEN_START}(pat-(?:na|eu|ap)[0-9]-${UUID})${END_B64URL}`,
    keywords: ['pat-na', 'pat-eu', 'pat-ap'],
    examples: {
      match: [
        { input: `Authorization: Bearer pat-na1-${sample.uuid()}`, output: `Authorization: Bearer ${label('hubspot-token')}` },
      ],
      noMatch: ['pat-na1-short', `pat-na1-${sample.uuid()}-extra`, `compat-na1-${sample.uuid()}`],
    },
  },
  {
    id: 'brevo-api-key',
    family: 'vendor',
    description: 'Brevo (Sendinblue) API key and SMTP key (xkeysib-, xsmtpsib- and 64 hex-16)',
    regex: String.raw`${TOKEN_START}(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})\b`,
    keywords: ['xkeysib-', 'xsmtpsib-'],
    minEntropy: 3,
    examples: {
      match: [{ input: `api-key: xkeysib-${sample.hex(64)}-${sample.alnum(16)}`, output: `api-key: ${label('brevo-api-key')}` }],
      noMatch: ['xkeysib-short', `xkeysib-${sample.hex(20)}-${sample.alnum(16)}`],
    },
  },
  {
    id: 'mapbox-secret-token',
    family: 'vendor',
    description: 'Mapbox secret and temporary access tokens (sk.eyJ…, tk.eyJ…); a public pk. token stays unless it is assigned to a Mapbox key (vendor-keyed-secret)',
    regex: String.raw`${TOKEN_START}((?:sk|tk)\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,})${END_B64URL}`,
    keywords: ['sk.eyj', 'tk.eyj'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `MAPBOX_DOWNLOADS_TOKEN=${mapbox}`, output: `MAPBOX_DOWNLOADS_TOKEN=${label('mapbox-secret-token')}` }],
      noMatch: [`tiles requested with public token pk.${mapboxPayload}.${sample.base64url(22)}`, 'sk.eyJ.short'],
    },
  },
  {
    id: 'dropbox-token',
    family: 'vendor',
    description: 'Dropbox short-lived access token (sl., sl.u.) and long-lived token (<11>AAAAAAAAAA<43>)',
    regex: String.raw`${TOKEN_START}(sl\.(?:u\.)?[A-Za-z0-9_=-]{130,}|[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43})${END_B64URL}`,
    keywords: ['sl.', 'a'.repeat(10)],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `Authorization: Bearer ${dropbox}`, output: `Authorization: Bearer ${label('dropbox-token')}` },
        { input: `dropbox client token ${dropboxLongLived}`, output: `dropbox client token ${label('dropbox-token')}` },
      ],
      noMatch: ['ssl.conf loaded from /etc/nginx/ssl.conf', `sl.${sample.base64url(40)}`],
    },
  },
  {
    id: 'facebook-access-token',
    family: 'vendor',
    description: 'Meta / Facebook Graph API access token (EAA… , 100 characters or more)',
    regex: String.raw`${TOKEN_START}(EAA[A-Za-z0-9]{97,})\b`,
    // An anchor, not the keyword `eaa`: the prefilter ignores case, and `eaa` is in one hex run of
    // twenty (trace ids, digests), which then all went through this rule. Tokens write EAA in
    // capitals and are base62, so the anchor asks for a letter past `f` within 16 characters
    // (or, to stay a superset, 16 hex): the pass, which ignores case, hits 0 to 1 line of each
    // 4 MiB bench corpus for it and 15 to 62 for the hex, which tier 1b's Set, in capitals, drops.
    // Looked for in capitals by the pass (`passExactCase`), it split the automaton's letters in
    // two and took ~100 keywords of a config's room (s39: the catalog's examples plus 60 took
    // ~330 ms instead of ~25).
    keywords: [],
    anchor: 'EAA[0-9A-Fa-f]{0,15}[G-Zg-z]|EAA[0-9A-Fa-f]{16}',
    minEntropy: 3.5,
    examples: {
      match: [{ input: `GET /v19.0/me?access_token=${facebook}&fields=id`, output: `GET /v19.0/me?access_token=${label('facebook-access-token')}&fields=id` }],
      noMatch: [`EAA${sample.alnum(40)}`, `XEAA${sample.alnum(120)}`],
    },
  },
  {
    id: 'twitter-bearer-token',
    family: 'vendor',
    description: 'X / Twitter app-only bearer token (21 or 22 A then 80–110 characters)',
    // The token as issued starts with 21 A (`AAAAAAAAAAAAAAAAAAAAAMLhe…`; round 5), gitleaks' rule says 22.
    regex: String.raw`${TOKEN_START}(A{21}[A-Za-z0-9%]{81,111})(?:[^A-Za-z0-9%]|$)`,
    // Ten, not 22: the same literal as dropbox-token's, so the prefilter holds one.
    keywords: ['a'.repeat(10)],
    minEntropy: 3,
    examples: {
      match: [{ input: `TWITTER_BEARER_TOKEN=${twitterBearer}`, output: `TWITTER_BEARER_TOKEN=${label('twitter-bearer-token')}` }],
      noMatch: ['A'.repeat(120)],
    },
  },
  {
    id: 'yandex-token',
    family: 'vendor',
    description: 'Yandex OAuth token (y0_ … y3_), Cloud API key (AQVN…) and IAM token (t1.…); the static key secret (YC…) is found under a Yandex key by vendor-keyed-secret',
    regex: String.raw`${TOKEN_START}(y[0-3]_[A-Za-z0-9_-]{50,}|AQVN[A-Za-z0-9_-]{35,38}|t1\.[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]{86}={0,2})${END_B64URL}`,
    keywords: ['y0_', 'y1_', 'y2_', 'y3_', 'aqvn', 't1.'],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `Authorization: OAuth ${yandexOauth}`, output: `Authorization: OAuth ${label('yandex-token')}` },
        { input: `yc config set service-account-key AQVN${sample.base64url(36)}`, output: `yc config set service-account-key ${label('yandex-token')}` },
        { input: `iam token ${yandexIam} issued`, output: `iam token ${label('yandex-token')} issued` },
      ],
      noMatch: ['instance type t1.micro', 'y0_short', `YC${sample.base64url(38)} alone`],
    },
  },
  {
    id: 'alibaba-access-key',
    family: 'vendor',
    description: 'Alibaba Cloud AccessKey ID (LTAI…); the AccessKey secret is found under an Alibaba / Aliyun key by vendor-keyed-secret',
    regex: String.raw`${TOKEN_START}(LTAI[A-Za-z0-9]{12,20})\b`,
    keywords: ['ltai'],
    minEntropy: 3,
    examples: {
      match: [{ input: `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${sample.alnum(20)}`, output: `ALIBABA_CLOUD_ACCESS_KEY_ID=${label('alibaba-access-key')}` }],
      noMatch: ['LTAI' + 'x'.repeat(20), `LTAI${sample.alnum(30)}`, 'LTAIS_GENERIC_NAME'],
    },
  },
  {
    id: 'stytch-secret',
    family: 'vendor',
    description: 'Stytch project secret (secret-live-, secret-test- and 36 characters)',
    regex: String.raw`${TOKEN_START}(secret-(?:live|test)-[A-Za-z0-9_=-]{36})${END_B64URL}`,
    keywords: ['secret-live-', 'secret-test-'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `STYTCH_SECRET=${stytch}`, output: `STYTCH_SECRET=${label('stytch-secret')}` }],
      noMatch: ['secret-live-rotation-policy', `secret-test-${'x'.repeat(36)}`],
    },
  },
  {
    id: 'salesforce-access-token',
    family: 'vendor',
    description: 'Salesforce OAuth access / session token (00D<org id>!<opaque>), as the sf and sfdx CLIs print it',
    regex: String.raw`${TOKEN_START}(00D[A-Za-z0-9]{12}![A-Za-z0-9._]{90,})`,
    keywords: ['00d'],
    // `00d` alone is in one hex id of ten: the pass looks for the org id and its `!` instead.
    anchor: String.raw`00D[A-Za-z0-9]+!`,
    minEntropy: 3.5,
    examples: {
      match: [{ input: `Access Token      ${salesforce}`, output: `Access Token      ${label('salesforce-access-token')}` }],
      noMatch: ['Id                00D5fORGIDEXAMPLE', `00D${recall6.alnum(12)}!short`],
    },
  },
  {
    id: 'intercom-access-token',
    family: 'vendor',
    description: 'Intercom access token (dG9rOj…, the base64 of tok:)',
    regex: String.raw`${TOKEN_START}(dG9rOj[A-Za-z0-9+/]{40,}={0,2})`,
    keywords: ['dg9roj'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `Authorization: Bearer ${intercom}`, output: `Authorization: Bearer ${label('intercom-access-token')}` }, { input: `INTERCOM_TOKEN=${intercom}`, output: `INTERCOM_TOKEN=${label('intercom-access-token')}` }],
      noMatch: ['dG9rOjE=', 'dG9rOj short'],
    },
  },
  {
    id: 'facebook-app-token',
    family: 'vendor',
    description: 'Meta / Facebook app access token (<app id>|<app secret>, also %-escaped) under a Facebook key; Graph API URLs carry it as access_token, secret-query-param\'s',
    // gitleaks' facebook-access-token, which needs "facebook" near it: the bare shape is a number,
    // a pipe and a word, which pipe-separated logs write every line.
    regex: String.raw`${vendorKey('facebook|fb[_.]')}([0-9]{15,16}(?:\||%)[A-Za-z0-9_-]{27,40})\b`,
    // `fb` alone is in one hex run of eight (trace ids, UUIDs), `fb-` in one UUID of twenty: the
    // keywords take its separator, `_` or `.`, and the anchor the whole key.
    keywords: ['facebook', 'fb_', 'fb.'],
    anchor: String.raw`(?i:(?:facebook|fb[_.])[a-z0-9_.-]*(?:key|token|secret|auth|pass))`,
    // Picks the rule on the lines its keywords woke; the pass's anchor budget is the key rules' (compile.test).
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [
        { input: `facebook_token = "${facebookApp}"`, output: `facebook_token = "${label('facebook-app-token')}"` },
        { input: `FB_APP_TOKEN=${facebookApp.replace('|', '%7C')}`, output: `FB_APP_TOKEN=${label('facebook-app-token')}` },
      ],
      noMatch: [`fb_user_id=${round3.digits(15)}|active`, `${facebookApp} done`],
    },
  },
  {
    id: 'statsig-server-secret',
    family: 'vendor',
    description: "Statsig's server secret key (secret- and 32 or more letters and digits, mixed case); its client keys (client-) are public and stay",
    // Round 117: passed to statsig.initialize("secret-…") as the first argument, with no key.
    regex: String.raw`${TOKEN_START}(secret-[A-Za-z0-9]{32,64})\b`,
    keywords: ['secret-'],
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [{ input: `    statsig.initialize("${statsig}", StatsigOptions(tier="production"))`, output: `    statsig.initialize("${label('statsig-server-secret')}", StatsigOptions(tier="production"))` }],
      noMatch: [`statsig.initialize("client-${round117.alnum(43)}")`, 'kubectl get secret-reader-token-7f9c2a1b3d5e7f9a1b3c5d7e9f1a3b5c', 'secret-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    },
  },
  {
    id: 'klaviyo-private-key',
    family: 'vendor',
    description: "Klaviyo's private API key (pk_ and 34 hex digits); its public key, the site id, is six characters",
    // Round 117: in a psql table of integration settings, with no key beside it. Stripe's public
    // keys are pk_live_/pk_test_, ClickUp's pk_<id>_<…>: no 34 hex.
    regex: String.raw`${TOKEN_START}(pk_[0-9a-f]{34})\b`,
    keywords: ['pk_'],
    anchor: 'pk_[0-9a-f]',
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [{ input: `  646 | umbrella   | klaviyo  | ${klaviyo} | 2025-01-02 | t`, output: `  646 | umbrella   | klaviyo  | ${label('klaviyo-private-key')} | 2025-01-02 | t` }],
      noMatch: ['CONSTRAINT pk_orders PRIMARY KEY', `pk_${'0'.repeat(34)}`],
    },
  },
  {
    id: 'clickup-personal-token',
    family: 'vendor',
    description: 'ClickUp personal API token (pk_<user id>_<32 upper-case letters and digits>)',
    regex: String.raw`${TOKEN_START}(pk_[0-9]{6,10}_[0-9A-Z]{32})\b`,
    keywords: ['pk_'],
    anchor: 'pk_[0-9]',
    // Picks the rule on the lines its keywords woke; the pass's anchor budget is the key rules' (compile.test).
    anchorInPass: false,
    minEntropy: 3.5,
    examples: {
      match: [{ input: `CLICKUP_API_TOKEN=${clickup}`, output: `CLICKUP_API_TOKEN=${label('clickup-personal-token')}` }],
      noMatch: ['CONSTRAINT pk_orders PRIMARY KEY', `pk_${round3.digits(8)}_${'A'.repeat(32)}`],
    },
  },
];
