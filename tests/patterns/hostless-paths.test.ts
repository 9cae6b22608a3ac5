/**
 * Webhook and bot tokens whose URL path is the secret, logged without the scheme and host
 * (red-team N5): urllib3 writes `https://hooks.slack.com:443 "POST /services/… HTTP/1.1"`, access
 * logs and proxies write the path alone. With the whole URL the vendor rules take them; the path
 * alone must go too, and ordinary paths of the same words stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach, planted } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4e5);
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const keeps = keepsEach(scrubber);

describe('a Slack incoming webhook path with no host', () => {
  const team = `T${sample.from(UPPER, 8)}`;
  const hook = `B${sample.from(UPPER, 10)}`;
  const path = (s: string): string => `/services/${team}/${hook}/${s}`;
  it.each(
    planted(
      [
        (s) => `DEBUG:urllib3.connectionpool:https://hooks.slack.com:443 "POST ${path(s)} HTTP/1.1" 200 2`,
        (s) => `2026-12-01 23:10:00,123 DEBUG urllib3.connectionpool https://hooks.slack.com:443 "POST ${path(s)} HTTP/1.1" 200 22`,
        (s) => `10.0.0.5 - - [01/Dec/2026:23:10:00 +0000] "POST ${path(s)} HTTP/1.1" 200 2 "-" "python-requests/2.32.3"`,
        (s) => `[2026-12-01T23:10:00.000Z] "POST ${path(s)} HTTP/1.1" 200 - 29 2 31 30 "10.0.0.5" "Slackbot 1.0" "6f1c…" "hooks.slack.com" "52.89.214.238:443"`,
        (s) => JSON.stringify({ level: 'debug', method: 'POST', path: path(s), status: 200 }),
        (s) => JSON.stringify({ msg: `POST ${path(s)} 200 in 87ms` }),
        (s) => `proxy: CONNECT hooks.slack.com:443 then POST ${path(s)}`,
        (s) => `webhook_path=${path(s)}`,
      ],
      () => sample.alnum(24),
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  it('takes a Team id of eleven characters and a webhook id of nine', () => {
    const s = sample.alnum(24);
    expectOnlySecretGone(scrubber, `"POST /services/T${sample.from(UPPER, 10)}/B${sample.from(UPPER, 8)}/${s} HTTP/1.1" 200`, s);
  });

  keeps([
    '"POST /services/payments/v2/refunds HTTP/1.1" 200 31',
    '"GET /services/T1/B2/health HTTP/1.1" 200 2',
    'GET /services/TeamService/BillingAPI/listInvoicesForCustomer 200',
    '"GET /services/TEAMS/BUILDS/status HTTP/1.1" 404',
    'registered /services/T5UYD7DIQ/B2L4I2OPALZ/* as a route',
    '"POST /services/T5UYD7DIQ/B2L4I2OPALZ/XXXXXXXXXXXXXXXXXXXXXXXX HTTP/1.1" 200 2',
    'GET /api/services/tenants/42/settings 200',
  ]);
});

describe('a Telegram bot token in a path with no host', () => {
  const bot = sample.digits(10);
  it.each(
    planted(
      [
        (s) => `DEBUG:urllib3.connectionpool:https://api.telegram.org:443 "POST /bot${bot}:${s}/sendMessage HTTP/1.1" 200 735`,
        (s) => `DEBUG:urllib3.connectionpool:https://api.telegram.org:443 "GET /bot${bot}:${s}/getUpdates?offset=0&timeout=10 HTTP/1.1" 200 23`,
        (s) => `DEBUG:urllib3.connectionpool:https://api.telegram.org:443 "GET /file/bot${bot}:${s}/documents/file_1.pdf HTTP/1.1" 200 5120`,
        (s) => `10.0.0.7 - - [01/Dec/2026:23:10:00 +0000] "POST /bot${bot}:${s}/setWebhook HTTP/1.1" 200 68`,
        (s) => JSON.stringify({ level: 30, msg: 'telegram request', path: `/bot${bot}:${s}/sendPhoto` }),
        (s) => `httpx: HTTP Request: POST /bot${bot}:${s}/sendMessage "HTTP/1.1 200 OK"`,
      ],
      () => `AA${sample.base64url(33)}`,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    '"GET /bot/status HTTP/1.1" 200 12',
    'GET /bots/42/settings 200',
    'GET /bot12345:config 200',
    '"GET /robots.txt HTTP/1.1" 200 68',
    `"POST /bot${bot}:<token>/sendMessage HTTP/1.1" 401`,
    'GET /bottles/12345678:AbCdEfGhIjKlMnOpQrStUvWxYz012345678 200',
    'GET /chatbot/1234567:session/history 200',
  ]);
});

describe('a Discord webhook token in a path with no host', () => {
  const id = sample.digits(18);
  it.each(
    planted(
      [
        (s) => `DEBUG:urllib3.connectionpool:https://discord.com:443 "POST /api/webhooks/${id}/${s} HTTP/1.1" 204 0`,
        (s) => `DEBUG:urllib3.connectionpool:https://discord.com:443 "POST /api/webhooks/${id}/${s}?wait=true HTTP/1.1" 200 1024`,
        (s) => `DEBUG:urllib3.connectionpool:https://discord.com:443 "PATCH /api/v10/webhooks/${id}/${s}/messages/@original HTTP/1.1" 200 512`,
        (s) => `10.0.0.9 - - [01/Dec/2026:23:10:00 +0000] "POST /api/webhooks/${id}/${s} HTTP/1.1" 204 0`,
        (s) => JSON.stringify({ level: 'info', url: `/api/webhooks/${id}/${s}`, status: 204 }),
      ],
      () => sample.base64url(68),
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps([
    '"GET /api/webhooks/123/deliveries HTTP/1.1" 200 512',
    '"POST /api/webhooks/github HTTP/1.1" 202 0',
    `"GET /api/webhooks/${id}/deliveries?page=2 HTTP/1.1" 200 512`,
    `"DELETE /api/webhooks/${id} HTTP/1.1" 204 0`,
    `"GET /api/webhooks/${id}/attempts/0b4c2f5e-6c1b-4c53-9a1e-1b2c3d4e5f60 HTTP/1.1" 200 40`,
  ]);
});

describe('a Microsoft Teams webhook path with no host', () => {
  const path = (): string => `${sample.uuid()}@${sample.uuid()}/IncomingWebhook/${sample.hex(32)}/${sample.uuid()}`;
  it.each(
    planted(
      [
        (s) => `10.0.0.9 - - [01/Dec/2026:23:10:00 +0000] "POST /webhookb2/${s} HTTP/1.1" 200 1`,
        (s) => `DEBUG:urllib3.connectionpool:https://acme.webhook.office.com:443 "POST /webhookb2/${s} HTTP/1.1" 200 1`,
        (s) => JSON.stringify({ path: `/webhookb2/${s}`, status: 200 }),
      ],
      path,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  keeps(['"POST /webhookb2/health HTTP/1.1" 200 2', `"GET /webhookb2/${sample.uuid()} HTTP/1.1" 404 0`, '"POST /webhook HTTP/1.1" 200 2', 'POST /webhooks/stripe 200']);
});
