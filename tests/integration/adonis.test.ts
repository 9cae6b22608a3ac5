/**
 * AdonisJS's own logger, `@adonisjs/logger` (6.x on Node 20 and 22; 7.x, which requires Node 24,
 * on Node 24), configured the way an app's `config/logger.ts` does it, logging what an AdonisJS
 * app logs about a request: a Bearer JWT, the `adonis-session` cookie (signed, and the cookie
 * store's encrypted data cookie beside it), the `remember_web` remember-me cookie, the
 * `XSRF-TOKEN` cookie and its `X-XSRF-TOKEN` echo, and an `oat_` access token.
 *
 * One logger, two targets: logscrub into one file, pino's own `pino/file` into another. Both get
 * the same serialized line (same time, pid, hostname), so the logscrub file must be exactly the
 * plain file through `redactText`, hold none of the planted values, and differ from the plain
 * file only inside them.
 */
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { destination } from '../../transports/pino.js';

type AdonisLoggerPackage = typeof import('@adonisjs/logger');
type AdonisLogger = InstanceType<AdonisLoggerPackage['Logger']>;

// 7.x declares engines node >= 24 and is installed under an npm alias beside 6.x.
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);
const ADONIS_LOGGER = NODE_MAJOR >= 24 ? 'adonis-logger-7' : '@adonisjs/logger';
const adonis = (await import(ADONIS_LOGGER)) as AdonisLoggerPackage;
/** The pino that this @adonisjs/logger runs (10.x, its own, not the repo's 9.x): its stream symbol. */
const { symbols } = createRequire(createRequire(import.meta.url).resolve(ADONIS_LOGGER))('pino') as typeof import('pino');

const scrubber = createScrubber();
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'logscrub-adonis-'));
const lines = (file: string): string[] => {
  const text = readFileSync(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
};

/** Ends the transport the logger's config started and waits until every target has closed its file. */
async function closeTransport(logger: AdonisLogger): Promise<void> {
  const stream = (logger.pino as unknown as Record<symbol, NodeJS.WritableStream>)[symbols.streamSym];
  if (stream === undefined) throw new Error('the AdonisJS logger has no pino stream');
  const closed = once(stream, 'close');
  stream.end();
  await closed;
}

interface Traffic {
  /** Every planted credential, as the app holds it. */
  readonly secrets: readonly string[];
  /** The same, in every form it is logged in (cookie values are URI-encoded on the wire). */
  readonly loggedForms: readonly string[];
  /** How many lines at info and above it logs. */
  readonly count: number;
}

/** What an AdonisJS app logs for a browser request, an API request and their responses. */
function logTraffic(logger: AdonisLogger, seed: number): Traffic {
  const s = createSampler(seed);
  const jwt = s.jwt();
  const session = s.signedCookie(); // adonis-session: the signed session id
  const sessionId = s.uuid();
  const sessionData = s.encryptedCookie(); // the cookie store's data, an encrypted cookie named by the session id
  const rememberWeb = s.encryptedCookie(); // remember_web: @adonisjs/auth's remember-me token, encrypted
  const xsrf = s.encryptedCookie(); // XSRF-TOKEN: @adonisjs/shield's CSRF token, encrypted
  const oat = s.oat(); // an @adonisjs/auth opaque access token
  const createdOat = s.oat();
  const secrets = [jwt, session, sessionData, rememberWeb, xsrf, oat, createdOat];
  // The cookie package AdonisJS serializes with URI-encodes values: `s:` travels as `s%3A`.
  const cookie = (name: string, value: string): string => `${name}=${encodeURIComponent(value)}`;

  // ctx.logger: the app logger's child with the request id, as AdonisJS's HttpContext makes it.
  const web = logger.child({ request_id: s.uuid() });
  web.info(
    {
      req: {
        method: 'GET',
        url: '/dashboard?tab=billing&lang=fr',
        headers: {
          host: 'app.example.test',
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0',
          accept: 'text/html,application/xhtml+xml',
          authorization: `Bearer ${jwt}`,
          cookie: [cookie('theme', 'dark'), cookie('adonis-session', session), cookie(sessionId, sessionData), cookie('remember_web', rememberWeb), cookie('XSRF-TOKEN', xsrf)].join('; '),
        },
      },
    },
    'request',
  );
  web.info(
    {
      res: {
        statusCode: 200,
        headers: {
          'set-cookie': [
            `${cookie('adonis-session', session)}; Max-Age=7200; Path=/; HttpOnly; Secure; SameSite=Lax`,
            `${cookie(sessionId, sessionData)}; Max-Age=7200; Path=/; HttpOnly; Secure; SameSite=Lax`,
            `${cookie('remember_web', rememberWeb)}; Max-Age=157680000; Path=/; HttpOnly; Secure; SameSite=Lax`,
            `${cookie('XSRF-TOKEN', xsrf)}; Max-Age=7200; Path=/; Secure; SameSite=Lax`,
          ],
        },
      },
      responseTime: 12.5,
    },
    'request completed',
  );

  const api = logger.child({ request_id: s.uuid() });
  api.info(
    {
      req: {
        method: 'POST',
        url: '/api/v1/tokens',
        // axios echoes the XSRF-TOKEN cookie, decoded, in X-XSRF-TOKEN.
        headers: { host: 'app.example.test', 'content-type': 'application/json', authorization: `Bearer ${oat}`, 'x-xsrf-token': xsrf },
      },
    },
    'request',
  );
  api.info('created access token %s for user %d', createdOat, 42);
  api.debug({ token: createdOat }, 'below the logger level: never serialized');

  // Nothing secret: must come out byte for byte.
  const health = logger.child({ request_id: s.uuid() });
  health.info({ req: { method: 'GET', url: '/health', headers: { 'user-agent': 'kube-probe/1.31', 'x-trace': s.hex(32) } } }, 'request');
  health.info({ commit: s.hex(40), note: 'café ünïcödé "quoted" \\ back\tslash 🚀' }, 'healthy');

  return { secrets, loggedForms: [...new Set(secrets.flatMap((v) => [v, encodeURIComponent(v)]))], count: 6 };
}

/**
 * The spans of `plain` that `redacted` replaced with placeholders, or undefined when the two
 * differ anywhere else.
 */
function replacedSpans(plain: string, redacted: string): string[] | undefined {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const kept = redacted.split(/\[REDACTED:[^\]]+\]/);
  const match = new RegExp(`^${kept.map(escape).join('(.+?)')}$`, 's').exec(plain);
  return match === null ? undefined : match.slice(1);
}

function expectOnlySecretsRedacted(plain: readonly string[], redacted: readonly string[], traffic: Traffic): void {
  const plainText = plain.join('\n');
  const redactedText = redacted.join('\n');
  // The plain file really holds what was planted, or the rest proves nothing.
  for (const secret of traffic.secrets) expect([secret, encodeURIComponent(secret)].some((form) => plainText.includes(form)), secret).toBe(true);
  expect(plain.length).toBe(traffic.count);
  expect(redacted.length).toBe(traffic.count);

  // Line by line: the engine's own result on what AdonisJS wrote, and changed only inside secrets.
  for (const [i, line] of plain.entries()) {
    expect({ line: i, got: redacted[i] }).toEqual({ line: i, got: scrubber.redactText(line) });
    const spans = replacedSpans(line, redacted[i] as string);
    expect(spans, `line ${i} differs outside its placeholders`).toBeDefined();
    for (const span of spans ?? []) {
      expect(traffic.loggedForms.some((form) => form.includes(span)), `line ${i} redacted ${JSON.stringify(span)}, which is no planted secret`).toBe(true);
    }
  }
  // The clean lines came through untouched.
  expect(redacted.slice(-2)).toEqual(plain.slice(-2));

  for (const form of traffic.loggedForms) expect(redactedText).not.toContain(form);
  // No part of a secret either: not its id, not its MAC (a token's prefix like `oat_` may stay).
  for (const secret of traffic.secrets) {
    for (const part of secret.split(/[.:]/).filter((p) => p.length >= 8)) expect(redactedText).not.toContain(part);
  }
}

describe(`AdonisJS's logger (${ADONIS_LOGGER} on Node ${NODE_MAJOR}) with a logscrub target`, () => {
  it('writes a request log that holds none of the tokens, and everything else as pino/file writes it', async () => {
    // Arrange: config/logger.ts, as an AdonisJS app writes it.
    const dir = tempDir();
    const scrubbedFile = join(dir, 'logs', 'app.log');
    const plainFile = join(dir, 'plain.log');
    const config = adonis.defineConfig({
      default: 'app',
      loggers: {
        app: {
          enabled: true,
          name: 'adonis-app',
          level: 'info',
          transport: {
            targets: adonis
              .targets()
              .push({ target: 'logscrub/pino', level: 'info', options: { destination: scrubbedFile } })
              .push(adonis.targets.file({ destination: plainFile }))
              .toArray(),
          },
        },
      },
    });
    // The `logger` service of an AdonisJS app is the manager: a Logger for the default logger.
    const logger = new adonis.LoggerManager(config);

    // Act
    const traffic = logTraffic(logger, 11);
    await closeTransport(logger);

    // Assert
    expectOnlySecretsRedacted(lines(plainFile), lines(scrubbedFile), traffic);
  });

  it("redacts in the app's thread with logscrub/pino's destination() as the logger's destination", async () => {
    // Arrange: for apps that run no worker threads. 7.x names the option `destination`; 6.x
    // spells it `desination` (7.x still reads that spelling, deprecated).
    const dir = tempDir();
    const scrubbed = destination({ destination: join(dir, 'app.log'), sync: true });
    const plain: string[] = [];
    const both = adonis.multistream([
      { stream: scrubbed, level: 'info' },
      { stream: { write: (line: string) => void plain.push(line.replace(/\n$/, '')) }, level: 'info' },
    ]);
    const logger = new adonis.Logger({ enabled: true, name: 'adonis-app', level: 'info', ...(NODE_MAJOR >= 24 ? { destination: both } : { desination: both }) });

    // Act
    const traffic = logTraffic(logger, 12);
    await scrubbed.end();

    // Assert
    expectOnlySecretsRedacted(plain, lines(join(dir, 'app.log')), traffic);
  });
});
