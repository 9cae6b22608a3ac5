import type { RuleSpec } from '../src/types.js';
import { escapeRegex, label, TOKEN_START } from './parts.js';
import { createSampler } from './sample.js';

/** This file's own seed, so its examples do not shift the samples of the files before it. */
const sample = createSampler(2026113006);

/**
 * Services whose keys are bare random strings (no prefix), so a key or token is recognisable only
 * by the name it is assigned to: `ALGOLIA_ADMIN_KEY=…`, `"zendesk_token": "…"`,
 * `<twitchToken>…</twitchToken>`. One list, written once: the regex alternation and the keywords
 * come from it. Words common in prose (square, segment, lob) are left out: they would put
 * many clean lines through this rule for little gain. Sources: gitleaks' semi-generic rules (one
 * per service below) and trufflehog's keyword-gated detectors.
 */
export const KEYED_VENDORS: readonly string[] = [
  'adafruit', 'adobe', 'airtable', 'algolia', 'alibaba', 'alicloud', 'aliyun', 'amplitude', 'asana', 'atlassian', 'beamer',
  'bitbucket', 'bittrex', 'bugsnag', 'clickhouse', 'codecov', 'coinbase', 'confluence', 'confluent', 'contentful',
  'databricks', 'datadog', 'discord', 'droneci', 'dropbox', 'etsy', 'facebook', 'fastly', 'finicity', 'finnhub',
  'flickr', 'freshbooks', 'gitter', 'gocardless', 'heroku', 'honeycomb', 'hubspot', 'intercom', 'jfrog', 'artifactory',
  'bintray', 'jira', 'kraken', 'kucoin', 'launchdarkly', 'linkedin', 'looker', 'mailchimp', 'mailgun', 'mapbox',
  'mattermost', 'meraki', 'messagebird', 'message_bird', 'mixpanel', 'netlify', 'newrelic', 'new_relic', 'nytimes',
  'okta', 'opsgenie', 'pagerduty', 'plaid', 'privateai', 'private_ai', 'pusher', 'rapidapi', 'rollbar', 'sendbird',
  'sendgrid', 'sentry', 'shopify', 'snyk', 'sonar', 'squarespace', 'sumo', 'telegram', 'travis',
  'twitch', 'twitter', 'typeform', 'yandex', 'zendesk',
  // Vendors with a rule of their own (cohere-mistral-api-key, cloudflare-api-token, linear-api-key):
  // those rules run first; this one adds the shapes they do not read (`:=`, CSV, XML, declarations).
  'cohere', 'mistral', 'cloudflare', 'linear',
  // AI platforms whose older keys are bare: DeepSeek (sk- and 32 hex), Fireworks, Together.
  'deepseek', 'fireworks', 'together',
  // Recall round: the services of trufflehog's keyword-gated detectors (a vendor's name near a
  // bare key) that logs and configs name: five letters or more, rarely another word in a log line
  // (`gemini`, `octopus`, `wasabi` only ever stand before `_api_key` there). AI, search and data platforms:
  'assemblyai', 'deepgram', 'elevenlabs', 'gemini', 'wandb', 'langfuse', 'tavily', 'serpapi', 'serper',
  'firecrawl', 'browserless', 'runpod', 'anyscale', 'weaviate', 'qdrant', 'meilisearch', 'typesense', 'upstash',
  'clarifai', 'speechmatics', 'deepl',
  // round 33's data and ML platforms (`KAGGLE_KEY=<32 hex>`),
  'kaggle', 'databricks', 'pinecone', 'openrouter', 'perplexity', 'voyageai', 'clearml', 'roboflow', 'labelbox',
  // observability, alerting and error tracking,
  'airbrake', 'raygun', 'honeybadger', 'logrocket', 'lightstep', 'appdynamics', 'instana', 'coralogix', 'logzio',
  'mezmo', 'logdna', 'papertrail', 'loggly', 'logtail', 'betterstack', 'victorops', 'statuspage', 'statuscake',
  'uptimerobot', 'checkly', 'splunk', 'hotjar', 'fullstory', 'statsig', 'flagsmith', 'optimizely',
  // CI, code and package hosting, infrastructure and CDNs,
  'browserstack', 'saucelabs', 'blazemeter', 'bitrise', 'codemagic', 'appveyor', 'teamcity', 'jenkins', 'codacy',
  'codeclimate', 'coveralls', 'deepsource', 'sonarqube', 'gitea', 'dockerhub', 'nuget', 'packagist', 'packagecloud',
  'cloudsmith', 'octopus', 'infisical', 'akeyless', 'linode', 'vultr', 'hetzner', 'scaleway', 'akamai', 'cloudinary',
  'imgix', 'bunnycdn', 'backblaze', 'wasabi', 'minio', 'ngrok', 'keycloak', 'auth0', 'onelogin', 'jumpcloud',
  'stytch', 'firebase', 'salesforce', 'zapier', 'pipedream',
  // payments, finance and crypto,
  'adyen', 'mollie', 'razorpay', 'paystack', 'paymongo', 'klarna', 'recurly', 'chargebee', 'lemonsqueezy',
  'transferwise', 'dwolla', 'currencycloud', 'binance', 'bitfinex', 'bitmex', 'etherscan', 'bscscan', 'infura',
  'alchemy', 'moralis', 'coinmarketcap', 'cryptocompare', 'coinapi', 'tiingo', 'twelvedata', 'iexcloud', 'taxjar',
  // messaging, email and notifications,
  'vonage', 'nexmo', 'plivo', 'sinch', 'telnyx', 'signalwire', 'ringcentral', 'textmagic', 'mailjet', 'mandrill',
  'sparkpost', 'mailerlite', 'elasticemail', 'sendinblue', 'klaviyo', 'customerio', 'onesignal', 'pushover',
  'pushbullet', 'pubnub', 'webex', 'zulip',
  // and SaaS APIs: CRM, docs, media, maps, productivity.
  'pipedrive', 'docusign', 'hellosign', 'pandadoc', 'jotform', 'calendly', 'clickup', 'clockify', 'todoist',
  'trello', 'wrike', 'smartsheet', 'storyblok', 'contentstack', 'webflow', 'wistia', 'unsplash', 'pixabay',
  'shutterstock', 'uploadcare', 'imagekit', 'cloudconvert', 'mapquest', 'tomtom', 'geoapify', 'geocodio',
  'openweather', 'weatherbit', 'accuweather', 'virustotal', 'shodan', 'censys', 'abuseipdb', 'urlscan',
  'alienvault', 'ipinfo', 'ipstack', 'rebrandly', 'bitly', 'gumroad', 'eventbrite', 'spotify', 'youtube',
  'crowdin', 'lokalise', 'zeplin', 'pastebin', 'scraperapi', 'scrapingbee', 'zerobounce', 'kickbox',
  'convertkit', 'getresponse', 'chartmogul', 'geckoboard', 'rockset',
  // Rounds 82-89 (blind): Azure's data and AI services (`COSMOS_KEY`, `SPEECH_KEY`), job and flag
  // services and LLM gateways, back-office SaaS, and the home-server stack's apps (Sonarr's and
  // its siblings' API keys, SABnzbd's, Tautulli's), each a key of 32 hex or so with no prefix.
  'cosmos', 'cosmosdb', 'speech', 'inngest', 'unleash', 'litellm', 'langsmith', 'bamboohr', 'aircall', 'xero',
  'marketo', 'netsuite', 'woocommerce', 'portainer', 'proxmox', 'truenas', 'synology', 'jellyfin', 'emby', 'plex',
  'sonarr', 'radarr', 'lidarr', 'prowlarr', 'readarr', 'bazarr', 'overseerr', 'sabnzbd', 'tautulli', 'gotify',
  'healthchecks', 'n8n', 'pocketbase', 'appwrite', 'directus', 'strapi',
];

/**
 * The key: a vendor's name, then (in any spelling) key, token, secret, auth, pass or pwd, then an
 * optional type as declarations write it (`var twitchToken string = …`, `string etsyToken = …`).
 */
const KEY = String.raw`(?i:[a-z0-9_.-]*(?:${KEYED_VENDORS.map(escapeRegex).join('|')})[a-z0-9_.-]*(?:key|token|secret|auth|pass|pwd)[a-z0-9_.-]*)(?:[ \t]+[A-Za-z][A-Za-z0-9_]{0,15})?`;
/**
 * Every assignment shape config files, code and logs use: `=`, `:`, `:=`, `::=`, `?=`, `+=`, `.=`,
 * `=>`, a CSV comma, an XML element's `>`, a call's `(`; quotes, backticks and JSON escapes around.
 */
const OPERATOR = String.raw`\\?["'\x60]?[ \t]*(?:[?+.]?=|:{1,3}=|=>|:|,|>|\()[ \t]*(?:\\?["'\x60])?`;
/**
 * A token: no spaces, at least one digit (a word or a name is not a key); `.` only inside. A
 * password's symbols inside and at its end (`!#$%^*@`), not first (`$VAR`, `%s`): a value ended at
 * the first of them left the rest of a password behind (round 4: `MINIO_ROOT_PASSWORD=…%B5M…`).
 */
const VALUE = String.raw`((?:[A-Za-z0-9_=+/~.-][A-Za-z0-9_=+/~.!#$%^*@-]*)?[0-9][A-Za-z0-9_=+/~.!#$%^*@-]*[A-Za-z0-9_=+/~!#$%^*@-]|[0-9])`;
/**
 * Where it ends: not at a `.` or `:` that a word goes on after (`50423869:AgencyIdentificationCode…`
 * is one name, not a number then a word).
 */
const END = String.raw`(?:[^A-Za-z0-9_=+/~.:!#$%^*@-]|[.:](?:[^A-Za-z0-9_=+/~!#$%^*@-]|$)|$)`;

const lower = sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 32);
/** A sampler of its own for the recall round's examples, so the samples above stay as they were. */
const recall = createSampler(2026113011);

/** Secrets of the services above, found by the name they are assigned to (issue 8, round 2). */
export const vendorKeyRules: readonly RuleSpec[] = [
  {
    id: 'vendor-keyed-secret',
    family: 'vendor',
    description: `a key or token of a service whose keys have no prefix (${KEYED_VENDORS.length} services: Algolia, Zendesk, Twitch, Snyk, …), by the name it is assigned to, in config, code, XML and log shapes`,
    regex: String.raw`\b${KEY}${OPERATOR}${VALUE}${END}`,
    // Keyed on the credential word every match holds, not on the 90 vendor names: the prefilter is
    // one automaton of every rule's keywords, and 90 more literals (650 characters) pushed it past
    // RE2's memory budget, tripling the cost of clean text lines (measured on the bench's text-1).
    keywords: ['key', 'token', 'secret', 'auth', 'pass', 'pwd'],
    // On a line those words woke, the rule runs only where a vendor's name precedes one: the
    // words alone are on a line in twenty of system logs (issue 9's tier 1 runs this per line).
    anchor: String.raw`(?i:(?:${KEYED_VENDORS.map(escapeRegex).join('|')})[a-z0-9_.-]*(?:key|token|secret|auth|pass|pwd))`,
    minEntropy: 3,
    // Found by its key, as the generic rules: a safe key stays (`DISCORD_PUBLIC_KEY`, round 41).
    generic: true,
    examples: {
      match: [
        { input: `ALGOLIA_ADMIN_KEY=${lower}`, output: `ALGOLIA_ADMIN_KEY=${label('vendor-keyed-secret')}` },
        { input: `var twitchToken string = "${sample.from('abcdefghijklmnopqrstuvwxyz0123456789', 30)}"`, output: `var twitchToken string = "${label('vendor-keyed-secret')}"` },
        { input: `SNYK_TOKEN := "${sample.uuid()}"`, output: `SNYK_TOKEN := "${label('vendor-keyed-secret')}"` },
        { input: `  "zendeskToken" => "${sample.alnum(40)}"`, output: `  "zendeskToken" => "${label('vendor-keyed-secret')}"` },
        { input: `flickrToken,${lower},`, output: `flickrToken,${label('vendor-keyed-secret')},` },
        // The whole value is sk-dash-api-key's shape, whose label it takes (round 3).
        { input: `DEEPSEEK_API_KEY=sk-${sample.hex(32)}`, output: `DEEPSEEK_API_KEY=${label('sk-dash-api-key')}` },
        { input: `PLAID_SECRET=${sample.hex(30)}`, output: `PLAID_SECRET=${label('vendor-keyed-secret')}` },
        { input: `\\"sumologic_collector_auth\\": \\"${sample.alnum(64)}\\"`, output: `\\"sumologic_collector_auth\\": \\"${label('vendor-keyed-secret')}\\"` },
        // Recall round: trufflehog's keyword-gated services.
        { input: `SPLUNK_HEC_TOKEN=${recall.uuid()}`, output: `SPLUNK_HEC_TOKEN=${label('vendor-keyed-secret')}` },
        { input: `razorpay_key_secret: "${recall.alnum(24)}"`, output: `razorpay_key_secret: "${label('vendor-keyed-secret')}"` },
      ],
      noMatch: [
        'ALGOLIA_APP_ID=ABCD1234EF',
        'twitter_token: pending',
        'DATADOG_API_KEY=${DD_API_KEY}',
        'okta_token_ttl=3600',
        'zendesk_ticket_key: PROJ-12',
        `algolia search key rotated at ${sample.digits(10)}`,
        'jenkins_build_token: release',
        'GEMINI_API_KEY=${GEMINI_API_KEY}',
      ],
    },
  },
  {
    id: 'prefixed-live-key',
    family: 'vendor',
    description: "a service's key written <prefix>_live_ or <prefix>_test_ and 24–64 random letters and digits (acme_live_…, rk_live_…), anywhere, prose included; not a publishable pk_ key nor Branch's key_",
    // Round 43: many services write their own prefix before Stripe's `live`/`test` (`tfk_live_…`),
    // and support threads quote the key in prose. After the vendor rules, which label their own
    // (`duffel_live_`, `shippo_test_`, `sk_live_`). Random mixed case and digits only, as
    // live-test-api-key: names (`unit_test_should_pass`) hold underscores, one case or no digit.
    // The prefix is any but `pk` (Stripe's publishable keys), `cs` (a Stripe Checkout Session's
    // id, `cs_live_…`) and `key` (Branch's SDK keys, public as well; its secret is
    // `secret_live_…`; round 48), spelled out since RE2 has no lookahead.
    regex: String.raw`${TOKEN_START}((?:[abd-jl-oq-z][a-z0-9]{1,9}|c[a-rt-z0-9][a-z0-9]{0,8}|cs[a-z0-9]{1,8}|p[a-jl-z0-9][a-z0-9]{0,8}|pk[a-z0-9]{1,8}|k[a-df-z0-9][a-z0-9]{0,8}|ke[a-xz0-9][a-z0-9]{0,7}|key[a-z0-9]{1,7})_(?:live|test)_[A-Za-z0-9]{24,64})\b`,
    keywords: ['_live_', '_test_'],
    minEntropy: 3.5,
    tokenShape: true,
    examples: {
      match: [
        { input: `customer says key tfk_live_${recall.alnum(32)} gets 401`, output: `customer says key ${label('prefixed-live-key')} gets 401` },
        { input: `{"apiKey":"acme_test_${recall.alnum(40)}"}`, output: `{"apiKey":"${label('prefixed-live-key')}"}` },
      ],
      noMatch: [`pk_live_${recall.alnum(32)}`, `{"id":"cs_live_${recall.alnum(58)}","paymentStatus":"paid"}`, `Branch SDK initialized with key key_live_${recall.alnum(32)}`, 'unit_test_shouldReturnEmptyListWhenNoItems', `my_test_${'abcdefghij'.repeat(3)}`, 'run_live_migration_for_all_tenants_2024'],
    },
  },
];
