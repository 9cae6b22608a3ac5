import type { RuleSpec } from '../src/types.js';
import { label, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026113003);

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const dynatrace = `dt0c01.${sample.from(BASE32, 24)}.${sample.from(BASE32, 64)}`;
const grafanaCloud = `glc_${Buffer.from(JSON.stringify({ o: sample.digits(6), n: 'stack-123-hm-read-ci', k: sample.alnum(24), m: { r: 'prod-us-east-0' } })).toString('base64')}`;
const grafanaSa = `glsa_${sample.alnum(32)}_${sample.hex(8)}`;
const grafanaKey = Buffer.from(JSON.stringify({ k: sample.alnum(32), n: 'ci-key', id: 1 })).toString('base64');
const posthog = `phx_${sample.alnum(43)}`;
/** Round 7's, from a sampler of its own. */
const honeycomb = `hcaik_${createSampler(2026120314).from('abcdefghijklmnopqrstuvwxyz0123456789', 58)}`;

/** After a base64 token (`+`, `/`, `=` are its own): where it ends. */
/** Round 76's Sumo Logic HTTP source token, from a sampler of its own. */
const sumoToken = createSampler(2026120476).base64url(24);
const END_B64 = String.raw`(?:[^A-Za-z0-9+/=]|$)`;

/**
 * Monitoring and product analytics (issue 8, round 2; Sentry, Datadog and New Relic are in
 * `saas.ts`). Sources: gitleaks rules dynatrace and grafana; trufflehog detectors grafana,
 * grafanaserviceaccount, posthog; Dynatrace's token-format documentation (dt0c01.<public>.<secret>).
 */
export const observabilityRules: readonly RuleSpec[] = [
  {
    id: 'ingest-url-token',
    family: 'vendor',
    description: "a key in the path of a log or alert intake URL: Sumo Logic's HTTP source (…collection.sumologic.com/receiver/v1/http/<token>), Loggly's (/bulk/<token>/, /inputs/<token>/), Splunk On-Call's REST endpoint, Grafana OnCall's integration URL, a healthchecks.io ping URL",
    // Round 76 (log shippers and alerting as their errors print the URL they failed to reach).
    // The host and the route stay; the path's key goes. Not Loggly's token as syslog structured
    // data (`[<token>@41058]`) nor Datadog's legacy `/v1/input/<key>`: their literals' digits took
    // the pass over every byte's room from 150 keywords to under 100.
    regex: [
      String.raw`\.collection\.sumologic\.com/receiver/v1/(?:http|otlp)/([A-Za-z0-9+/=_-]{20,})`,
      String.raw`loggly\.com/(?:bulk|inputs)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})`,
      String.raw`victorops\.com/integrations/generic/[0-9]+/alert/([0-9a-fA-F-]{32,36})`,
      String.raw`/oncall/integrations/v1/[a-z_]+/([A-Za-z0-9]{20,})`,
      String.raw`hc-ping\.com/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})`,
    ].join('|'),
    keywords: ['sumologic', 'loggly', 'victorops', 'oncall', 'hc-ping'],
    examples: {
      match: [{ input: `POST https://endpoint4.collection.sumologic.com/receiver/v1/http/${sumoToken} 503`, output: `POST https://endpoint4.collection.sumologic.com/receiver/v1/http/${label('ingest-url-token')} 503` }],
      noMatch: ['https://logs-01.loggly.com/bulk/<token>/tag/bulk/', 'https://hc-ping.com/'],
    },
  },
  {
    id: 'dynatrace-token',
    family: 'vendor',
    description: 'Dynatrace API and platform tokens (dt0c01.<24>.<64>, dt0s01.…)',
    // The internal and agent tokens' middle part is 8 characters (GitHub secret scanning's dt0s01, dt0a01; round 3).
    regex: String.raw`${TOKEN_START}(dt0[a-z][0-9]{2}\.[A-Za-z0-9]{8,24}\.[A-Za-z0-9]{64})\b`,
    keywords: ['dt0'],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `Authorization: Api-Token ${dynatrace}`, output: `Authorization: Api-Token ${label('dynatrace-token')}` },
        { input: `oneagent installer token=${dynatrace}&arch=x86`, output: `oneagent installer token=${label('dynatrace-token')}&arch=x86` },
      ],
      noMatch: ['dt0c01.short.token', `dt0c01.${sample.from(BASE32, 24)}.${sample.from(BASE32, 70)}`],
    },
  },
  {
    id: 'grafana-token',
    family: 'vendor',
    description: 'Grafana Cloud access policy token (glc_), service-account token (glsa_) and legacy API key (eyJrIjoi…)',
    regex: String.raw`${TOKEN_START}(glc_[A-Za-z0-9+/]{32,400}={0,3}|eyJrIjoi[A-Za-z0-9+/]{50,400}={0,3})${END_B64}|${TOKEN_START}(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\b`,
    keywords: ['glc_', 'glsa_', 'eyjrijoi'],
    minEntropy: 3.5,
    examples: {
      match: [
        { input: `GRAFANA_CLOUD_TOKEN=${grafanaCloud}`, output: `GRAFANA_CLOUD_TOKEN=${label('grafana-token')}` },
        { input: `grafana sa token ${grafanaSa} rotated`, output: `grafana sa token ${label('grafana-token')} rotated` },
        { input: `{"grafana_api_key":"${grafanaKey}","url":"https://grafana.example.com"}`, output: `{"grafana_api_key":"${label('grafana-token')}","url":"https://grafana.example.com"}` },
      ],
      noMatch: ['glc_short', 'glsa_short_1234', `glsa_${sample.alnum(32)}_${sample.hex(8)}_old`],
    },
  },
  {
    id: 'posthog-personal-key',
    family: 'vendor',
    description: 'PostHog personal API key (phx_); project keys (phc_) are public and stay',
    regex: String.raw`${TOKEN_START}(phx_[A-Za-z0-9]{43})\b`,
    keywords: ['phx_'],
    minEntropy: 3.5,
    examples: {
      match: [{ input: `POSTHOG_PERSONAL_API_KEY=${posthog}`, output: `POSTHOG_PERSONAL_API_KEY=${label('posthog-personal-key')}` }],
      noMatch: [`posthog.init('phc_${sample.alnum(43)}')`, 'phx_short'],
    },
  },
  {
    id: 'honeycomb-key',
    family: 'vendor',
    description: "Honeycomb's ingest and management keys (hcaik_, hcxik_, hcamk_, hcxmk_: 58 small letters and digits after the prefix)",
    // Round 7 (trufflehog's honeycomb): a bare one in a sentence is all lower case and digits,
    // which the key-driven rules read as a name.
    regex: String.raw`${TOKEN_START}(hc[ax][im]k_[0-9a-z]{58})\b`,
    keywords: ['hcaik_', 'hcxik_', 'hcamk_', 'hcxmk_'],
    examples: {
      match: [{ input: `You can find a honeycomb secret ${honeycomb} within`, output: `You can find a honeycomb secret ${label('honeycomb-key')} within` }],
      noMatch: ['hcaik_short', `hcaik_${'x'.repeat(20)}`],
    },
  },
];
