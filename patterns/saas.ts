import type { RuleSpec } from '../src/types.js';
import { END_B64URL, label, SEP, TOKEN_START } from './parts.js';
import { createSampler, sample } from './sample.js';

const NEW_RELIC = ['NRAK-', 'NRJS-', 'NRII-', 'NRRA-', 'NRAA-', 'NRIQ-'];
const DATADOG_KEYS = ['dd_api_key', 'dd-api-key', 'dd_app_key', 'dd-app-key', 'dd_application_key', 'dd-application-key', 'datadog'];

const sentryOrg = `sntrys_${Buffer.from(JSON.stringify({ iat: 1700000000, url: 'https://sentry.io', org: 'acme' })).toString('base64').replace(/=+$/, '')}_${sample.base64(43)}`;
const fcm = `AAAA${sample.base64url(7)}:APA91b${sample.base64url(134)}`;
/** A fifth red-team review's: Notion's legacy token alone, from a sampler of its own. */
const notionLegacy = `secret_${createSampler(2026120223).alnum(43)}`;
/** Round 12's (HTTP headers), from a sampler of their own. */
const round12 = createSampler(2026120318);
const riotKey = `RGAPI-${round12.uuid()}`;
const deeplKey = `${round12.uuid()}:fx`;
/** Round 73's Apollo graph key, from a sampler of its own. */
const apolloKey = createSampler(2026120473).base64url(22);
/** Round 29's Asana token, from a sampler of its own. */
const asanaPat = `2/${createSampler(2026120330).digits(16)}:${createSampler(2026120331).hex(32)}`;

/** Monitoring, productivity and identity services. */
export const saasRules: readonly RuleSpec[] = [
  {
    id: 'apollo-graph-key',
    family: 'vendor',
    description: "Apollo GraphOS API keys after APOLLO_KEY or apolloKey: a graph's key (service:<graph id>:<22 characters>) and a user's (user:<id>:<key>)",
    // Rounds 71 and 73 (Apollo Server's and rover's environment). The graph's id stays.
    // After the name Apollo's tools read it by (`APOLLO_KEY`, `apolloKey`): `service:` alone woke
    // every `PowerManagerService:` line of an Android log. The key whole (a name of 22 letters and
    // dashes is cut by no `\b`), and random.
    regex: String.raw`(?i:apollo[a-z_]*key)\\*["']?[ \t]*[=:][ \t]*\\*["']?(?:service|user):[A-Za-z0-9._-]{1,64}:([A-Za-z0-9_-]{22,})(?:$|[^A-Za-z0-9_-])`,
    keywords: ['apollo'],
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [{ input: `APOLLO_KEY=service:shop-graph:${apolloKey} APOLLO_GRAPH_REF=shop-graph@current`, output: `APOLLO_KEY=service:shop-graph:${label('apollo-graph-key')} APOLLO_GRAPH_REF=shop-graph@current` }],
      noMatch: ['APOLLO_KEY=service:api:ready', 'APOLLO_KEY=service:kube-system:metrics-server-v0-7-1-abc'],
    },
  },
  {
    id: 'sentry-token',
    family: 'vendor',
    description: 'Sentry organization auth token (sntrys_) and user auth token (sntryu_)',
    regex: String.raw`${TOKEN_START}(sntrys_eyJ[A-Za-z0-9+/=_]{20,}|sntryu_[a-f0-9]{64}\b)`,
    keywords: ['sntrys_', 'sntryu_'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `SENTRY_AUTH_TOKEN=${sentryOrg}`, output: `SENTRY_AUTH_TOKEN=${label('sentry-token')}` },
        { input: `sentry-cli --auth-token sntryu_${sample.hex(64)}`, output: `sentry-cli --auth-token ${label('sentry-token')}` },
      ],
      noMatch: ['sntrys_short', 'sntryu_' + '0'.repeat(64)],
    },
  },
  {
    id: 'datadog-api-key',
    family: 'vendor',
    description: 'Datadog API key (32 hex) and application key (40 hex) under their keys (DD_API_KEY, DD-APPLICATION-KEY, datadog_api_key, …)',
    regex: String.raw`(?i:dd[_-](?:api|app|application)[_-]key|[a-z0-9_.-]*datadog[a-z0-9_.-]*(?:key|token|secret))${SEP}([a-fA-F0-9]{40}|[a-fA-F0-9]{32})\b`,
    keywords: DATADOG_KEYS,
    minEntropy: 3,
    examples: {
      match: [
        { input: `DD_API_KEY=${sample.hex(32)}`, output: `DD_API_KEY=${label('datadog-api-key')}` },
        { input: `DD-APPLICATION-KEY: ${sample.hex(40)}`, output: `DD-APPLICATION-KEY: ${label('datadog-api-key')}` },
        { input: `datadog_app_key = "${sample.hex(40)}"`, output: `datadog_app_key = "${label('datadog-api-key')}"` },
      ],
      noMatch: ['DD_API_KEY=<DATADOG_API_KEY>', `dd_trace_id=${sample.hex(32)}`, `DD_API_KEY=${'0'.repeat(32)}`],
    },
  },
  {
    id: 'new-relic-key',
    family: 'vendor',
    description: `New Relic keys (${NEW_RELIC.join(', ')}, and ingest license keys ending NRAL)`,
    regex: String.raw`${TOKEN_START}(NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32}|NRRA-[a-f0-9]{42}|NRAA-[a-f0-9]{27}|NRIQ-[A-Za-z0-9_-]{32}|[a-f0-9]{36}NRAL)\b`,
    keywords: [...NEW_RELIC.map((p) => p.toLowerCase()), 'nral'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `NEW_RELIC_API_KEY=NRAK-${sample.alnum(27).toUpperCase()}`, output: `NEW_RELIC_API_KEY=${label('new-relic-key')}` },
        { input: `license_key: ${sample.hex(36)}NRAL`, output: `license_key: ${label('new-relic-key')}` },
      ],
      noMatch: ['NRAK-short', 'general NRAL notes'],
    },
  },
  {
    id: 'linear-api-key',
    family: 'vendor',
    description: 'Linear API key (lin_api_) and OAuth token (lin_oauth_)',
    regex: String.raw`${TOKEN_START}(lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})\b`,
    keywords: ['lin_api_', 'lin_oauth_'],
    minEntropy: 3,
    examples: {
      match: [{ input: `LINEAR_API_KEY=lin_api_${sample.alnum(40)}`, output: `LINEAR_API_KEY=${label('linear-api-key')}` }],
      noMatch: ['lin_api_short', 'lin_api_' + 'x'.repeat(40)],
    },
  },
  {
    id: 'notion-token',
    family: 'vendor',
    description: 'Notion integration token (ntn_), and the legacy secret_ token (43 characters after secret_), under a Notion key or alone',
    // Alone too (round 5: `[DEBUG] Using notion key secret_…`): 43 letters and digits after
    // `secret_` are no identifier; woken by `secret`, which the pass holds already.
    regex: String.raw`${TOKEN_START}(ntn_[0-9]{11}[A-Za-z0-9]{35})\b|(?i:[a-z0-9_.-]*notion[a-z0-9_.-]*)${SEP}(secret_[A-Za-z0-9]{43})\b|${TOKEN_START}(secret_[A-Za-z0-9]{43})\b`,
    keywords: ['ntn_', 'notion', 'secret'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `NOTION_TOKEN=ntn_${sample.digits(11)}${sample.alnum(35)}`, output: `NOTION_TOKEN=${label('notion-token')}` },
        { input: `notion_key: secret_${sample.alnum(43)}`, output: `notion_key: ${label('notion-token')}` },
        { input: `[DEBUG] Using key ${notionLegacy} for request 86bd3c0f`, output: `[DEBUG] Using key ${label('notion-token')} for request 86bd3c0f` },
      ],
      noMatch: ['ntn_short', 'notion_page: secret_santa_2026', 'secret_key_base_for_the_production_environment_v2'],
    },
  },
  {
    id: 'postman-api-key',
    family: 'vendor',
    description: 'Postman API key (PMAK-)',
    // Either case of hex, as gitleaks' rule reads it.
    regex: String.raw`${TOKEN_START}(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})\b`,
    keywords: ['pmak-'],
    minEntropy: 3,
    examples: {
      match: [{ input: `X-Api-Key: PMAK-${sample.hex(24)}-${sample.hex(34)}`, output: `X-Api-Key: ${label('postman-api-key')}` }],
      noMatch: ['PMAK-short'],
    },
  },
  {
    id: 'okta-api-token',
    family: 'vendor',
    description: 'Okta API token (00…, 42 characters) after SSWS or under an Okta key',
    regex: String.raw`(?:${TOKEN_START}SSWS[ \t]+|(?i:[a-z0-9_.-]*okta[a-z0-9_.-]*(?:token|key|secret))${SEP})(00[A-Za-z0-9_-]{40})${END_B64URL}`,
    keywords: ['ssws', 'okta'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `okta request SSWS 00${sample.base64url(40)} GET /api/v1/users`, output: `okta request SSWS ${label('okta-api-token')} GET /api/v1/users` },
        { input: `OKTA_API_TOKEN=00${sample.base64url(40)}`, output: `OKTA_API_TOKEN=${label('okta-api-token')}` },
      ],
      noMatch: ['SSWS ${OKTA_TOKEN}', 'okta_org_url: https://acme.okta.com'],
    },
  },
  {
    id: 'firebase-cloud-messaging-key',
    family: 'vendor',
    description: 'Firebase Cloud Messaging legacy server key (AAAA…:APA91b…)',
    regex: String.raw`${TOKEN_START}(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,})`,
    keywords: [':apa91b'],
    examples: {
      match: [{ input: `FCM_SERVER_KEY=${fcm}`, output: `FCM_SERVER_KEY=${label('firebase-cloud-messaging-key')}` }],
      noMatch: ['AAAAxxxxxxx:APA91bshort'],
    },
  },
  {
    id: 'riot-games-api-key',
    family: 'vendor',
    description: "Riot Games API key (RGAPI- and a UUID), as X-Riot-Token carries it",
    // Round 12 (trufflehog's riotgames): found by its prefix wherever it is.
    regex: String.raw`${TOKEN_START}(RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
    keywords: ['rgapi-'],
    examples: {
      match: [{ input: `headers=map[x-riot-token:[${riotKey}] traceparent:[00-32]]`, output: `headers=map[x-riot-token:[${label('riot-games-api-key')}] traceparent:[00-32]]` }],
      noMatch: ['RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    },
  },
  {
    id: 'deepl-api-key',
    family: 'vendor',
    description: 'DeepL API Free key (a UUID and :fx), after DeepL-Auth-Key or alone',
    // Round 12 (trufflehog's deepl): the `:fx` suffix marks a Free key; a Pro key is a UUID alone,
    // which the Authorization rules take after DeepL-Auth-Key.
    regex: String.raw`${TOKEN_START}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:fx)\b`,
    keywords: [':fx'],
    examples: {
      match: [{ input: `{DeepL-Auth-Key ${deeplKey}|1240} "GET /v2/usage HTTP/1.1"`, output: `{DeepL-Auth-Key ${label('deepl-api-key')}|1240} "GET /v2/usage HTTP/1.1"` }],
      noMatch: ['job 0f8fad5b-d9cb-469f-a165-70867728950e:fxrate done'],
    },
  },
  {
    id: 'asana-token',
    family: 'vendor',
    description: "Asana personal access token (1/ or 2/, the user's id, ':' and 32 hex) under an Asana key (ASANA_ACCESS_TOKEN, asanaToken, …)",
    // Round 29: `ASANA_ACCESS_TOKEN=2/…:…` lost its id to vendor-keyed-secret, whose value ends at
    // the `:`, and kept the 32 hex after it, the secret half. This rule starts where that one
    // does, at the key, and where two rules start at the same byte the first in the catalog
    // reads. Its keywords are vendor-keyed-secret's: `asana` as a literal more took the pass over
    // every byte out of RE2's DFA (catalog examples ~80 -> ~400 ms), and so did an example in
    // upper case (`ASANA_ACCESS_TOKEN=`): the guard reads every example; the rule reads either case.
    regex: String.raw`\b(?i:[a-z0-9_.-]*asana[a-z0-9_.-]*(?:key|token|secret|auth|pass|pwd)[a-z0-9_.-]*)${SEP}([12]/[0-9]{4,20}:[0-9a-f]{32})\b`,
    keywords: ['key', 'token', 'secret', 'auth', 'pass', 'pwd'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `asana_access_token=${asanaPat}`, output: `asana_access_token=${label('asana-token')}` },
        { input: `asana.token: ${asanaPat}`, output: `asana.token: ${label('asana-token')}` },
      ],
      noMatch: ['asana task 1/1204567890123 moved to 2/3', `asana sync 1/12:${'0'.repeat(32)}`],
    },
  },
];
