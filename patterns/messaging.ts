import type { RuleSpec } from '../src/types.js';
import { END_B64URL, label, NAME_START, SEP, TOKEN_START, UUID, vendorKey } from './parts.js';
import { createSampler, sample } from './sample.js';

const SLACK = ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxc-', 'xoxo-', 'xapp-', 'xoxe.xoxp-', 'xoxe.xoxb-'];

/** A Discord bot token: base64 of the bot's numeric id, a timestamp, an HMAC. */
/** Four characters of the base64 of three ASCII digits: a Discord id's groups. */
const DIGITS_B64 = '[MNO][DTjz][AEIMQUYcgk][w-z0-5]';
const discordBot = `${Buffer.from(sample.digits(18)).toString('base64').replace(/=+$/, '')}.${sample.base64url(6)}.${sample.base64url(38)}`;
const telegramSecret = `AA${sample.base64url(33)}`;
const sendgrid = `SG.${sample.base64url(22)}.${sample.base64url(43)}`;
const twilioKey = `SK${sample.hex(32)}`;
/** A sampler of its own for the recall round's examples, so the samples above stay as they were. */
const recall = createSampler(2026113013);
/** Round 43's samples, on a sampler of their own so the ones above stay as they were. */
const round43 = createSampler(2026120301);
const twilioSecret = round43.alnum(32);
const accountSid = `AC${round43.hex(32)}`;
const authToken = round43.hex(32);
/** Round 48's samples. */
const round48 = createSampler(2026120303);
const natsSeed = `SU${round48.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 56)}`;
const hmacBase64 = Buffer.from(round48.hex(64), 'hex').toString('base64');
const webhookId = round48.uuid();
const webhookSha1 = round48.hex(40);
const mattermostHook = round48.from('abcdefghijklmnopqrstuvwxyz0123456789', 26);
const interactionToken = Buffer.from(`interaction:${round48.digits(19)}:${round48.alnum(60)}`).toString('base64url');
const interactionId = round48.digits(19);
/** Round 55's samples. */
const round55 = createSampler(2026120455 + 1);
const eximPassword = round55.password();
const srtpKey = round55.base64(40);
const nickPassword = round55.password();
const gmailApp = [0, 1, 2, 3].map(() => round55.from('abcdefghijklmnopqrstuvwxyz', 4)).join(' ');
const mailgunKey = `${round55.hex(32)}-${round55.hex(8)}-${round55.hex(8)}`;

/** Mailgun's newer private API key: 32 hex, then two groups of 8. */
const MAILGUN_KEY = String.raw`[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}`;

/**
 * The headers (and Adyen's field) that carry a webhook's signature, the HMAC of its body with the
 * endpoint's secret: whoever reads it can replay the delivery to a receiver that checks no time.
 */
const WEBHOOK_SIGNATURE = String.raw`(?i:x[-_]hub[-_]signature(?:[-_]256)?|x[-_]shopify[-_]hmac[-_]sha256|x[-_]twilio[-_]signature|x[-_]wc[-_]webhook[-_]signature|x[-_]plivo[-_]signature(?:[-_]v[23])?|x[-_]square[-_](?:hmacsha256[-_])?signature|svix[-_]signature|webhook[-_]signature|x[-_]webhook[-_]signature|x[-_]line[-_]signature|x[-_]hubspot[-_]signature(?:[-_]v3)?|x[-_]zm[-_]signature|paddle[-_]signature|x[-_]razorpay[-_]signature|hmac[-_]?signature)`;
const discordHookId = sample.digits(19);
const telegramBotId = sample.digits(10);
/** Samples of their own for the path-alone examples (red-team N5). */
const paths = createSampler(2026120102);
const slackPath = `T${paths.base32(9)}/B${paths.base32(10)}`;
const slackHook = paths.alnum(24);
const discordHookToken = paths.base64url(68);
const teamsPath = `${paths.uuid()}@${paths.uuid()}/IncomingWebhook/${paths.hex(32)}/${paths.uuid()}`;
/** Round 7's, from a sampler of its own. */
const round7 = createSampler(2026120313);
const zapierHook = `${round7.digits(7)}/${round7.from('abcdefghijklmnopqrstuvwxyz0123456789', 7)}`;
const slackBot = `xoxb-${telegramBotId}-${sendgrid.slice(3, 25).replace(/[^A-Za-z0-9]/g, 'q')}`;

/** Chat, e-mail and SMS services: tokens, webhook URLs whose path is the secret, bot tokens. */
export const messagingRules: readonly RuleSpec[] = [
  {
    id: 'webhook-signature',
    family: 'vendor',
    description:
      "a webhook delivery's signature header: GitHub's X-Hub-Signature(-256), Shopify's X-Shopify-Hmac-Sha256, Twilio's, WooCommerce's, Plivo's, Square's, Svix's and Standard Webhooks', LINE's, HubSpot's, Zoom's, Paddle's, Razorpay's, Adyen's hmacSignature",
    // Round 48: the HMAC of a delivery's body with the endpoint's secret; with the body, a replay to
    // a receiver that checks no timestamp. Its scheme (`sha256=`, `v1,`, `t=…,v1=`) stays.
    regex: String.raw`${NAME_START}${WEBHOOK_SIGNATURE}${SEP}(?:sha(?:1|256)=|v[01][,=]|t=[0-9]+,v1=)?([A-Za-z0-9+/_-]{20,}={0,2})`,
    keywords: ['signature', 'hmac'],
    // Every name ends in one of these; a short trigger, the regex decides.
    anchor: String.raw`(?i:signature(?:[-_](?:256|v[23]))?|hmac[-_]sha256)\\*["']?[ \t]*[:=]`,
    anchorInPass: false,
    minEntropy: 3,
    examples: {
      match: [
        { input: `X-Shopify-Topic: orders/create | X-Shopify-Hmac-Sha256: ${hmacBase64} | X-Shopify-Webhook-Id: ${webhookId}`, output: `X-Shopify-Topic: orders/create | X-Shopify-Hmac-Sha256: ${label('webhook-signature')} | X-Shopify-Webhook-Id: ${webhookId}` },
        { input: `svix-id=msg_2Yc8 svix-signature="v1,${hmacBase64}"`, output: `svix-id=msg_2Yc8 svix-signature="v1,${label('webhook-signature')}"` },
        { input: `X-Hub-Signature: sha1=${webhookSha1}`, output: `X-Hub-Signature: sha1=${label('webhook-signature')}` },
      ],
      noMatch: ['X-Hub-Signature-256: missing', 'webhook_signature_verification=enabled', '{"hmacSignature":""}'],
    },
  },
  {
    id: 'chat-hook-token',
    family: 'vendor',
    description: "the secret of a Mattermost incoming webhook's URL (/hooks/<26 letters and digits>) and of a Discord interaction's callback (/interactions/<id>/<token>/callback)",
    // Round 48: the hook's id is all its URL needs to post to the channel, and alerting tools'
    // access and debug logs print the URL; an interaction's token answers as the app for 15 minutes.
    regex: String.raw`/hooks/([a-z0-9]{26})(?:[/?#"'\\ \t]|$)|/interactions/[0-9]{17,20}/([A-Za-z0-9_.-]{40,})/callback`,
    keywords: ['/hooks/', '/interactions/'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `"POST /hooks/${mattermostHook} HTTP/1.1" 200 2 "-" "Alertmanager/0.26.0"`, output: `"POST /hooks/${label('chat-hook-token')} HTTP/1.1" 200 2 "-" "Alertmanager/0.26.0"` },
        { input: `POST /api/v10/interactions/${interactionId}/${interactionToken}/callback 204`, output: `POST /api/v10/interactions/${interactionId}/${label('chat-hook-token')}/callback 204` },
      ],
      noMatch: ['POST /hooks/pre-receive 200', 'GET /hooks/aaaaaaaaaaaaaaaaaaaaaaaaaa 404'],
    },
  },
  {
    id: 'nats-nkey-seed',
    family: 'vendor',
    description: "a NATS nkey's seed, its private key (S and the key's type, U, A, O, N, C or X, then 56 base32 characters); the public key (U…, A…) stays",
    // Round 47: nsc, nats-server's config and clients' debug logs print seeds.
    // Found on a line that names it (`NATS_NKEY_SEED=`, `"seed":`, `nkey`): the shape alone, a
    // counted run in the pass over every byte, slowed every corpus of the bench.
    regex: String.raw`(?i:seed|nkey|nats)[^\r\n]*?${TOKEN_START}(S[UAONCX][A-Z2-7]{56})\b`,
    keywords: ['seed', 'nkey', 'nats'],
    examples: {
      match: [{ input: `NATS_NKEY_SEED=${natsSeed}`, output: `NATS_NKEY_SEED=${label('nats-nkey-seed')}` }],
      noMatch: [`{"public": "U${round48.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 55)}"}`],
    },
  },
  {
    id: 'slack-token',
    family: 'vendor',
    description: `Slack token (${SLACK.join(', ')})`,
    // Round 17: a refresh token's (`xoxe-1-…`) and a rotated token's (`xoxe.xoxp-1-…`) body is
    // base64url, `_` included.
    regex: String.raw`${TOKEN_START}((?:xox[abcoprse]|xapp)-[0-9]{1,16}-[A-Za-z0-9_-]{8,250}|xoxe\.xox[bp]-[0-9]-[A-Za-z0-9_-]{20,250})`,
    keywords: SLACK.filter((p) => !p.startsWith('xoxe.')),
    minEntropy: 3,
    examples: {
      match: [
        { input: `slack xoxb-${sample.digits(12)}-${sample.alnum(24)}`, output: `slack ${label('slack-token')}` },
        // Cut at the query's delimiter, never inside the token; both copies go (issue 7).
        { input: `GET /hook?t=${slackBot}?x=1&again=${slackBot} 200`, output: `GET /hook?t=${label('slack-token')}?x=1&again=${label('slack-token')} 200` },
        { input: `SLACK_APP_TOKEN=xapp-1-A${sample.alnum(10).toUpperCase()}-${sample.digits(13)}-${sample.hex(64)}`, output: `SLACK_APP_TOKEN=${label('slack-token')}` },
        { input: `rotated xoxe.xoxp-1-${sample.alnum(160)}`, output: `rotated ${label('slack-token')}` },
        { input: `user xoxp-${sample.digits(11)}-${sample.digits(11)}-${sample.digits(12)}-${sample.hex(32)}`, output: `user ${label('slack-token')}` },
      ],
      noMatch: ['xoxb-short', `https://example.com/xoxo-${sample.alnum(16)}`, 'xoxb-your-token', 'SLACK_BOT_TOKEN=xoxb-XXXXXXXXXXXX-XXXXXXXXXXXX'],
    },
  },
  {
    id: 'slack-webhook',
    family: 'vendor',
    description: 'Slack incoming-webhook and workflow URL: the path after /services/ goes; the path alone (/services/T…/B…/<token>, as urllib3 and access logs write it): the token goes',
    // The path alone (red-team N5): urllib3 logs `https://hooks.slack.com:443 "POST /services/…"`,
    // access logs and proxies the path only. Without the host the ids' shape must say Slack: a
    // team id `T…` and a webhook id `B…` in capitals and digits, then 24 characters of token, so
    // `/services/payments/v2/refunds` stays.
    // With the host, the path ends in a token: a masked one (`…/B…/****`, round 16) leaves the ids.
    // A slash command's or an interaction's `response_url` (`…/commands/T…/<id>/<token>`,
    // `…/actions/…`) posts to the channel too, and a form body percent-encodes it (round 48).
    regex: String.raw`hooks\.slack\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/_-]{4,}[A-Za-z0-9_-]{16})\b|/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/([A-Za-z0-9]{24})\b|hooks\.slack\.com(?:/|%2[Ff])(?:commands|actions)(?:/|%2[Ff])T[A-Z0-9]{8,12}(?:/|%2[Ff])[0-9]{8,20}(?:/|%2[Ff])([A-Za-z0-9]{20,32})\b`,
    keywords: ['hooks.slack.com', '/services/t'],
    minEntropy: 3,
    examples: {
      match: [
        {
          input: `POST https://hooks.slack.com/services/T${sample.alnum(8)}/B${sample.alnum(8)}/${sample.alnum(24)} 200`,
          output: `POST https://hooks.slack.com/services/${label('slack-webhook')} 200`,
        },
        {
          input: `DEBUG:urllib3.connectionpool:https://hooks.slack.com:443 "POST /services/${slackPath}/${slackHook} HTTP/1.1" 200 2`,
          output: `DEBUG:urllib3.connectionpool:https://hooks.slack.com:443 "POST /services/${slackPath}/${label('slack-webhook')} HTTP/1.1" 200 2`,
        },
      ],
      noMatch: [
        'https://hooks.slack.com/services/',
        '"POST /services/payments/v2/refunds HTTP/1.1" 200',
        `"POST /services/${slackPath}/XXXXXXXXXXXXXXXXXXXXXXXX HTTP/1.1"`,
        `webhook=https://hooks.slack.com/services/${slackPath}/**** channel=#alerts`,
      ],
    },
  },
  {
    id: 'discord-webhook',
    family: 'vendor',
    description: 'Discord webhook URL, or its path alone: the token after /api/webhooks/<id>/ goes',
    // The path alone too (red-team N5: urllib3 and access logs write no host): a snowflake id of
    // 17 to 20 digits and a token of 60 or more is Discord's shape, not `/api/webhooks/123/deliveries`.
    // An interaction's webhook token runs longer than a webhook's 68: it goes whole.
    regex: String.raw`(?:discord(?:app)?\.com)?/api(?:/v[0-9]+)?/webhooks/[0-9]{17,20}/([A-Za-z0-9_-]{60,})${END_B64URL}`,
    keywords: ['discord.com', 'discordapp.com', '/webhook'],
    minEntropy: 3,
    examples: {
      match: [
        {
          input: `notify https://discord.com/api/webhooks/${discordHookId}/${sample.base64url(68)}?wait=true`,
          output: `notify https://discord.com/api/webhooks/${discordHookId}/${label('discord-webhook')}?wait=true`,
        },
        {
          input: `10.0.0.9 - - [01/Dec/2026:23:10:00 +0000] "POST /api/webhooks/${discordHookId}/${discordHookToken} HTTP/1.1" 204 0`,
          output: `10.0.0.9 - - [01/Dec/2026:23:10:00 +0000] "POST /api/webhooks/${discordHookId}/${label('discord-webhook')} HTTP/1.1" 204 0`,
        },
      ],
      noMatch: ['https://discord.com/api/webhooks/123/short', `"GET /api/webhooks/${discordHookId}/deliveries?page=2 HTTP/1.1" 200`],
    },
  },
  {
    id: 'zapier-webhook',
    family: 'vendor',
    description: "Zapier's Catch Hook URL: the account id and the hook's key after /hooks/catch/ (anyone holding it can trigger the Zap)",
    // Round 7 (trufflehog's zapierwebhook): hooks.zapier.com/hooks/catch/<account>/<key>/.
    regex: String.raw`hooks\.zapier\.com/hooks/catch/([0-9]{4,12}/[A-Za-z0-9]{5,12})(?:/|[^A-Za-z0-9/]|$)`,
    keywords: ['hooks.zapier.com'],
    examples: {
      match: [{ input: `zapier: POST https://hooks.zapier.com/hooks/catch/${zapierHook}/ -> 200`, output: `zapier: POST https://hooks.zapier.com/hooks/catch/${label('zapier-webhook')}/ -> 200` }],
      noMatch: ['see https://hooks.zapier.com/hooks/catch/ for details', 'https://zapier.com/apps/webhook/integrations'],
    },
  },
  {
    id: 'discord-bot-token',
    family: 'vendor',
    description: 'Discord bot token (<base64 id>.<timestamp>.<hmac>) under a Discord key, after Bot in a header, or anywhere by its shape: the id\'s base64 of ASCII digits',
    // Bare too (round 3): detect-secrets' DiscordBotTokenDetector and GitHub secret scanning take
    // it anywhere. Three dotted base64url runs alone are any token; the base64 of ASCII digits pins
    // each group of four to [MNO][DTjz][AEIMQUYcgk][w-z0-5], and an id of 17 digits or more has
    // four such groups at least: the bare shape asks two.
    regex: String.raw`(?:${vendorKey('discord')}|${TOKEN_START}Bot[ \t]+)([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})${END_B64URL}|${TOKEN_START}(${DIGITS_B64}${DIGITS_B64}[A-Za-z0-9_-]{15,20}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,38})${END_B64URL}`,
    // No keywords: the bare shape has none. The anchor wakes the rule on a Discord key, a Bot
    // header or the id's first eight characters: the pass looks for it in any case, where four
    // (`ntex` of `context`) hit 574 lines of loghub's 32,000 and eight none.
    keywords: [],
    anchor: String.raw`(?i:discord)|Bot[ \t]|${DIGITS_B64}${DIGITS_B64}`,
    examples: {
      match: [
        { input: `DISCORD_BOT_TOKEN=${discordBot}`, output: `DISCORD_BOT_TOKEN=${label('discord-bot-token')}` },
        { input: `client.login Bot ${discordBot}`, output: `client.login Bot ${label('discord-bot-token')}` },
        { input: `gateway: login Bot\t${discordBot}`, output: `gateway: login Bot\t${label('discord-bot-token')}` },
        { input: `client.run(${discordBot}) failed`, output: `client.run(${label('discord-bot-token')}) failed` },
      ],
      noMatch: ['DISCORD_BOT_TOKEN=<token>', 'Bot M.x.y', `MzQ1.${recall.base64url(6)}.${recall.base64url(30)}`, `XMTk4NjIyNDgzNDcxOTI1MjQ4.${recall.base64url(6)}.${recall.base64url(30)}`],
    },
  },
  {
    id: 'telegram-bot-token',
    family: 'vendor',
    description: 'Telegram bot token: the secret after <bot id>: in api.telegram.org/bot… URLs, in a /bot<id>:… path alone, under a Telegram key, or alone in its shape',
    // The path alone too (red-team N5): urllib3 logs `https://api.telegram.org:443 "POST /bot…"`.
    // `/bot`, a bot id of digits, `:` and 35 token characters is the Bot API's shape alone.
    // With no such key before it (`TeleBot("…")`, `a telegram secret …`; round 7): a bot id of 8
    // to 10 digits, `:AA` and 33 more, the shape the Bot API issues. The bot id, a public name,
    // stays in every shape.
    regex: String.raw`(?:api\.telegram\.org/(?:file/)?bot|/bot|${vendorKey('telegram|tg_bot|tgbot')})[0-9]{5,16}:([A-Za-z0-9_-]{35})${END_B64URL}|(?:^|[^0-9A-Za-z_:])[0-9]{8,10}:(AA[A-Za-z0-9_-]{33})${END_B64URL}`,
    keywords: ['api.telegram.org', 'telegram', 'tg_bot', 'tgbot', '/bot', ':aa'],
    tokenShape: true,
    examples: {
      match: [
        {
          input: `POST https://api.telegram.org/bot${telegramBotId}:${telegramSecret}/sendMessage 200`,
          output: `POST https://api.telegram.org/bot${telegramBotId}:${label('telegram-bot-token')}/sendMessage 200`,
        },
        { input: `TELEGRAM_BOT_TOKEN=${telegramBotId}:${telegramSecret}`, output: `TELEGRAM_BOT_TOKEN=${telegramBotId}:${label('telegram-bot-token')}` },
        { input: `bot = telebot.TeleBot("${telegramBotId}:${telegramSecret}")`, output: `bot = telebot.TeleBot("${telegramBotId}:${label('telegram-bot-token')}")` },
        {
          input: `DEBUG:urllib3.connectionpool:https://api.telegram.org:443 "POST /bot${telegramBotId}:${telegramSecret}/sendMessage HTTP/1.1" 200 735`,
          output: `DEBUG:urllib3.connectionpool:https://api.telegram.org:443 "POST /bot${telegramBotId}:${label('telegram-bot-token')}/sendMessage HTTP/1.1" 200 735`,
        },
      ],
      noMatch: ['https://api.telegram.org/bot<token>/getMe', '"GET /bot/status HTTP/1.1" 200', `TELEGRAM_KEY: ${sample.digits(8)}:AgencyIdentificationCodeContentType`, 'link 00:AA:BB:CC:DD:EE up', 'job 1234567890:AAA-retry-policy-v2'],
    },
  },
  {
    id: 'teams-webhook',
    family: 'vendor',
    description: 'Microsoft Teams incoming-webhook URL (*.webhook.office.com/webhookb2/…, outlook.office.com/webhook/…), or its /webhookb2/<guid>@<guid>/… path alone: the path goes',
    // The path alone too (red-team N5: access logs write no host), when it opens with the two
    // GUIDs (`<group>@<tenant>`) of Teams' webhooks.
    // A URL whose secret part a log masked (`…/IncomingWebhook/***/***`, round 48) holds none: the
    // run may not end at a `*`.
    regex: String.raw`(?:\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)/([A-Za-z0-9@/_-]{60,})(?:[^A-Za-z0-9@/_*-]|$)|/webhookb2/(${UUID}@${UUID}/[A-Za-z0-9@/_-]{40,})(?:[^A-Za-z0-9@/_*-]|$)`,
    keywords: ['.webhook.office.com', 'outlook.office.com', 'outlook.office365.com', '/webhook'],
    examples: {
      match: [
        {
          input: `teams: https://acme.webhook.office.com/webhookb2/${sample.uuid()}@${sample.uuid()}/IncomingWebhook/${sample.hex(32)}/${sample.uuid()}/V2${sample.base64url(40)}`,
          output: `teams: https://acme.webhook.office.com/webhookb2/${label('teams-webhook')}`,
        },
        {
          input: `"POST /webhookb2/${teamsPath} HTTP/1.1" 200 1`,
          output: `"POST /webhookb2/${label('teams-webhook')} HTTP/1.1" 200 1`,
        },
      ],
      noMatch: ['https://acme.webhook.office.com/webhookb2/', '"POST /webhookb2/health HTTP/1.1" 200'],
    },
  },
  {
    id: 'sendgrid-api-key',
    family: 'vendor',
    description: 'SendGrid API key (SG.<22>.<43>)',
    regex: String.raw`${TOKEN_START}(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})${END_B64URL}`,
    keywords: ['sg.'],
    minEntropy: 3,
    examples: {
      match: [{ input: `SENDGRID_API_KEY=${sendgrid} sent`, output: `SENDGRID_API_KEY=${label('sendgrid-api-key')} sent` }],
      noMatch: ['msg.id=42 SG.short', `SG.${'x'.repeat(22)}.${'x'.repeat(43)}`],
    },
  },
  {
    id: 'mailgun-api-key',
    family: 'vendor',
    description: 'Mailgun private API key (key-<32 hex>), and the newer <32 hex>-<8>-<8> key under a Mailgun key or on a line that names Mailgun',
    // Round 54: an AdonisJS mail config dump ("mailer":"mailgun", …, "key":"…"), the key under a bare `key`.
    regex: String.raw`${TOKEN_START}(key-[0-9a-f]{32})\b|${vendorKey('mailgun')}(${MAILGUN_KEY})\b|(?i:mailgun)[^\r\n]*?\b(${MAILGUN_KEY})\b|\b(${MAILGUN_KEY})\b[^\r\n]*?(?i:mailgun)`,
    keywords: ['key-', 'mailgun'],
    minEntropy: 3,
    examples: {
      match: [
        { input: `mg api=key-${sample.hex(32)}`, output: `mg api=${label('mailgun-api-key')}` },
        { input: `MAILGUN_API_KEY: ${sample.hex(32)}-${sample.hex(8)}-${sample.hex(8)}`, output: `MAILGUN_API_KEY: ${label('mailgun-api-key')}` },
        { input: `mail config {"mailer":"mailgun","key":"${mailgunKey}","domain":"mg.example.com"}`, output: `mail config {"mailer":"mailgun","key":"${label('mailgun-api-key')}","domain":"mg.example.com"}` },
      ],
      noMatch: [`pubkey-${sample.hex(32)}`, 'key-value store', 'key-' + '0'.repeat(32)],
    },
  },
  {
    id: 'mailchimp-api-key',
    family: 'vendor',
    description: 'Mailchimp API key (<32 hex>-us<datacenter>)',
    // The optional key in front makes the match start where a key rule's would (`hex-token`
    // takes `api_key=<32 hex>`): at the same start the earlier rule in the catalog wins.
    regex: String.raw`(?:(?i:[a-z0-9_.-]*(?:key|token|secret)[a-z0-9_.-]*)${SEP})?${TOKEN_START}([0-9a-f]{32}-us[0-9]{1,2})\b`,
    // With its datacenter digit: `-us` alone woke every `en-US` (issue 9).
    keywords: ['-us0', '-us1', '-us2', '-us3', '-us4', '-us5', '-us6', '-us7', '-us8', '-us9'],
    minEntropy: 3,
    examples: {
      match: [{ input: `MAILCHIMP_API_KEY=${sample.hex(32)}-us12`, output: `MAILCHIMP_API_KEY=${label('mailchimp-api-key')}` }],
      noMatch: ['Accept-Language: en-US', `${'0'.repeat(32)}-us12`],
    },
  },
  {
    id: 'postmark-token',
    family: 'vendor',
    description: 'Postmark server and account tokens (a UUID) under a Postmark key or X-Postmark-Server-Token header',
    regex: String.raw`(?:${vendorKey('postmark')})(${UUID})\b`,
    keywords: ['postmark'],
    examples: {
      match: [{ input: `X-Postmark-Server-Token: ${sample.uuid()}`, output: `X-Postmark-Server-Token: ${label('postmark-token')}` }],
      noMatch: [`postmark message id ${sample.uuid()}`, `{"PostmarkMessageID":"${sample.uuid()}"}`],
    },
  },
  {
    id: 'twilio-api-key',
    family: 'vendor',
    description: 'Twilio API key (SK + 32 hex, anywhere) and auth token (32 hex) under a Twilio key; account SIDs (AC…) are ids and stay',
    // A bare `SK…` too (gitleaks and trufflehog take it; recall round), found by an anchor in
    // capitals with its whole length: `sk` as a keyword would wake every "task" and "disk".
    // Measured on the engine-rate corpora.
    // Round 43: a client made with an SID and its secret prints both (`Client('SK…', '<secret>')`,
    // `new Twilio("AC…", "<auth token>")`): the argument after the SID goes too, an API key's
    // secret (32 letters and digits) or an account's auth token (32 hex).
    regex: String.raw`${vendorKey('twilio')}(SK[0-9a-fA-F]{32}|[0-9a-f]{32})\b|${TOKEN_START}(?:(SK[0-9a-f]{32})|AC[0-9a-f]{32})\b(?:\\?['"][ \t]*,[ \t]*\\?['"]([0-9A-Za-z]{32})\\?['"])?`,
    keywords: [],
    moreSecrets: [{ group: 3, ruleId: 'twilio-api-key' }],
    anchor: String.raw`(?i:twilio)|SK[0-9a-f]{32}|AC[0-9a-f]{32}\\?['"][ \t]*,[ \t]*\\?['"][0-9A-Za-z]{32}\\?['"]`,
    // In any case in the pass, as other anchors (session 36). In capitals, for `ac` of hex ids
    // starting a count of 32 there (JSONL's pass had run 2.3× slower), its capitals split RE2's
    // byte classes in every state of the automaton; with counts capped in the pass (`capCounts`)
    // the bench corpora's pass hits the same lines as fast, and a config of 60 keywords more went
    // from 390 to 137 ms over the catalog's examples, past RE2's DFA memory to inside it.
    minEntropy: 3,
    examples: {
      match: [
        { input: `TWILIO_API_KEY=${twilioKey} created`, output: `TWILIO_API_KEY=${label('twilio-api-key')} created` },
        { input: `TWILIO_AUTH_TOKEN=${sample.hex(32)}`, output: `TWILIO_AUTH_TOKEN=${label('twilio-api-key')}` },
        { input: `created key ${twilioKey} for subaccount`, output: `created key ${label('twilio-api-key')} for subaccount` },
        { input: `>>> client = Client('${twilioKey}', '${twilioSecret}', account_sid='${accountSid}')`, output: `>>> client = Client('${label('twilio-api-key')}', '${label('twilio-api-key')}', account_sid='${accountSid}')` },
        { input: `const client = new Twilio("${accountSid}", "${authToken}");`, output: `const client = new Twilio("${accountSid}", "${label('twilio-api-key')}");` },
      ],
      noMatch: [`{"account_sid":"${accountSid}","sid":"SM${round43.hex(32)}"}`, `TWILIO_ACCOUNT_SID=AC${sample.hex(32)}`, `twilio_key: ASK${sample.hex(32)}`, `TWILIO_AUTH_TOKEN=${'0'.repeat(32)}`, `queued TASK${recall.hex(32)}`, `SK${recall.hex(40)}`],
    },
  },
  {
    id: 'exim-client-send',
    family: 'config',
    description: "the password an Exim plaintext authenticator sends, as exim -bP prints its config: client_send = ^user^… (PLAIN), client_send = : user : … (LOGIN)",
    // Round 55. The user stays; what follows it is the password, unless an expansion (`${…}`) looks it up.
    regex: String.raw`\bclient_send[ \t]*=[ \t]*(?:\^[^^\r\n]*\^([^ \t\r\n^$][^ \t\r\n^]*)|:[ \t]*[^:\r\n]*?[ \t]*:[ \t]*([^ \t\r\n:$][^ \t\r\n:]*))`,
    keywords: ['client_send'],
    examples: {
      match: [{ input: `  client_send = ^postmaster@example.net^${eximPassword}`, output: `  client_send = ^postmaster@example.net^${label('exim-client-send')}` }],
      noMatch: ['  client_send = ^${extract{user}{${lookup{$host}lsearch{/etc/exim4/passwd.client}}}}^${extract{pass}{…}}'],
    },
  },
  {
    id: 'sdes-srtp-key',
    family: 'private-key',
    description: "an SRTP master key and salt as SDP's SDES attribute carries it: a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:…|2^31; whoever reads it decrypts the call",
    // Round 55 (SIP traces). The key parameters after the key (`|2^31|1:1`) stay.
    regex: String.raw`\ba=crypto:[0-9]+[ \t]+[A-Z0-9_]+[ \t]+inline:([A-Za-z0-9+/]{20,}={0,2})`,
    keywords: ['a=crypto:'],
    examples: {
      match: [{ input: `a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:${srtpKey}|2^31`, output: `a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:${label('sdes-srtp-key')}|2^31` }],
      noMatch: ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:'],
    },
  },
  {
    id: 'nickserv-identify',
    family: 'command-line',
    description: "the password an IRC client identifies with to NickServ: PRIVMSG NickServ :IDENTIFY [account] …, /msg NickServ identify …",
    regex: String.raw`\b(?i:nickserv)[ \t]+:?(?i:identify)[ \t]+(?:[^ \t\r\n]+[ \t]+)?([^ \t\r\n]+)[ \t]*$`,
    keywords: ['nickserv'],
    examples: {
      match: [
        { input: `[2025-01-21 08:37:58] >> PRIVMSG NickServ :IDENTIFY bob ${nickPassword}`, output: `[2025-01-21 08:37:58] >> PRIVMSG NickServ :IDENTIFY bob ${label('nickserv-identify')}` },
        { input: `/msg NickServ identify ${nickPassword}`, output: `/msg NickServ identify ${label('nickserv-identify')}` },
      ],
      noMatch: ['NickServ identify failed for bob'],
    },
  },
  {
    id: 'google-app-password',
    family: 'vendor',
    description: "a Google app password (16 small letters in four groups, abcd efgh ijkl mnop) on a line that names Gmail or an app password: sasl_passwd's [smtp.gmail.com]:587 user:…, msmtp's … password …",
    // Round 41. Four words of four letters are prose too: only after a `:`, `=` or `password`,
    // and ending the value (a quote, an escaped line break or the line's end).
    regex: String.raw`(?i:gmail|smtp\.google|app[ _-]?password)[^\r\n]*?(?:[:=]|(?i:password|passwd|pass)[ \t]*[:=]?)[ \t]*\\?["']?([a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?:\\?["']|\\[nr]|[ \t]*$)`,
    keywords: ['gmail', 'smtp.google', 'app password', 'app_password', 'app-password', 'apppassword'],
    examples: {
      match: [
        { input: `[smtp.gmail.com]:587 ada@example.com:${gmailApp}`, output: `[smtp.gmail.com]:587 ada@example.com:${label('google-app-password')}` },
        { input: `msmtp: account default: host smtp.gmail.com port 587 tls on auth on user ada@example.com password ${gmailApp}`, output: `msmtp: account default: host smtp.gmail.com port 587 tls on auth on user ada@example.com password ${label('google-app-password')}` },
      ],
      noMatch: ['gmail: sent the mail from your home account', 'GMAIL_APP_PASSWORD=${GMAIL_APP_PASSWORD}'],
    },
  },
];
