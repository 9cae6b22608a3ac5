/**
 * Seeded, deterministic benchmark corpora. The same options give the same bytes on every machine.
 *
 * - `jsonl`: pino / AdonisJS request logs (one JSON record a line), with look-alikes that are not
 *   secrets on every line (request UUIDs, trace ids, commit SHAs, sha256 digests).
 * - `text`: nginx / ALB access lines and application prose.
 * - `events`: short pino request lines of about 300 bytes, the events a CloudWatch writer sends.
 * - CloudWatch Logs subscription payloads (gzip + base64), for the Lambda scenario to come.
 *
 * `density` is the share of lines that carry a planted secret. Every planted secret is listed in a
 * sidecar (line number → secrets) so recall can be computed from any approach's output.
 */
import { gzipSync } from 'node:zlib';
import { createRandom, createSampler, type Sampler } from '../patterns/sample.js';

export type CorpusKind = 'jsonl' | 'text' | 'events';

export interface CorpusOptions {
  readonly kind: CorpusKind;
  /** Approximate size in bytes. */
  readonly bytes: number;
  /** Share of lines with a planted secret: 0, 0.01, 0.1. */
  readonly density: number;
  readonly seed?: number;
}

export interface Corpus {
  readonly data: Buffer;
  readonly lines: number;
  /** Planted secrets by zero-based line number. */
  readonly planted: ReadonlyMap<number, readonly string[]>;
}

const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'];
const ROUTES = ['/api/v1/users', '/api/v1/orders', '/health', '/api/v1/invoices', '/login', '/api/v1/search'];
const AGENTS = ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Safari/537.36', 'okhttp/4.12.0', 'curl/8.5.0'];

interface Planted {
  /** Fields merged into a JSON record, or text appended to a text line. */
  readonly json: (record: Record<string, unknown>) => void;
  readonly text: string;
  readonly secrets: readonly string[];
}

/** One planted secret of a kind picked at random, in the places real apps leak them. */
function plant(s: Sampler, pick: number): Planted {
  switch (pick % 9) {
    case 0: {
      const jwt = s.jwt();
      return { json: (r) => ((r.request as Record<string, Record<string, unknown>>).headers!.authorization = `Bearer ${jwt}`), text: `authorization="Bearer ${jwt}"`, secrets: [jwt] };
    }
    case 1: {
      const value = s.signedCookie();
      return { json: (r) => ((r.request as Record<string, Record<string, unknown>>).headers!.cookie = `theme=dark; adonis-session=${value}`), text: `cookie="adonis-session=${value}"`, secrets: [value.slice(2)] };
    }
    case 2: {
      const token = s.oat();
      return { json: (r) => (r.token = token), text: `issued ${token} to user 7`, secrets: [token.slice(4)] };
    }
    case 3: {
      const password = s.password();
      return { json: (r) => (r.body = { email: 'ada@example.com', password }), text: `login user=ada password=${password}`, secrets: [password] };
    }
    case 4: {
      const id = s.awsAccessKeyId();
      const secret = s.awsSecretKey();
      return { json: (r) => (r.env = { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: secret }), text: `AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${secret}`, secrets: [id, secret] };
    }
    case 5: {
      const hex = s.hex(128);
      return { json: (r) => (r.msg = `password reset ${hex} issued`), text: `GET /reset?token=${hex}`, secrets: [hex] };
    }
    case 6: {
      const password = s.password();
      return { json: (r) => (r.db = `postgres://app:${password}@db.internal:5432/app`), text: `connecting to postgres://app:${password}@db.internal:5432/app`, secrets: [password] };
    }
    case 7: {
      const key = s.alnum(32);
      return { json: (r) => (r.Item = { pk: { S: 'USER#42' }, apiKey: { S: key } }), text: `dynamodb item {"apiKey":{"S":"${key}"}}`, secrets: [key] };
    }
    default: {
      const session = s.uuid();
      return { json: (r) => (r.sessionId = session), text: `sessionId=${session} resumed`, secrets: [session] };
    }
  }
}

function jsonLine(s: Sampler, random: () => number, i: number, planted: Planted | undefined): string {
  const method = METHODS[Math.floor(random() * METHODS.length)] as string;
  const route = ROUTES[Math.floor(random() * ROUTES.length)] as string;
  const record: Record<string, unknown> = {
    level: 30,
    time: 1764400000000 + i * 7,
    pid: 4242,
    hostname: 'web-1',
    request_id: s.uuid(),
    traceId: s.hex(32),
    msg: 'request completed',
    request: { method, url: `${route}?page=${i % 9}`, headers: { 'user-agent': AGENTS[i % AGENTS.length], accept: 'application/json', 'x-amzn-trace-id': `Root=1-${s.hex(8)}-${s.hex(24)}` } },
    response: { statusCode: 200, contentLength: Math.floor(random() * 9000) },
    responseTime: Math.round(random() * 2000) / 100,
  };
  if (i % 50 === 0) record.commit = s.hex(40);
  if (i % 70 === 0) record.image = `app@sha256:${s.hex(64)}`;
  planted?.json(record);
  return JSON.stringify(record);
}

function textLine(s: Sampler, random: () => number, i: number, planted: Planted | undefined): string {
  const route = ROUTES[Math.floor(random() * ROUTES.length)] as string;
  const base =
    i % 3 === 0
      ? `2026-11-29T10:${String(i % 60).padStart(2, '0')}:00.000Z INFO [worker-${i % 4}] user ${i % 997} fetched ${route} in ${Math.floor(random() * 900)} ms (trace ${s.hex(32)})`
      : `10.0.${i % 256}.${(i * 7) % 256} - - [29/Nov/2026:10:00:${String(i % 60).padStart(2, '0')} +0000] "GET ${route}?page=${i % 9} HTTP/1.1" 200 ${Math.floor(random() * 9000)} "-" "${AGENTS[i % AGENTS.length]}" ${s.uuid()}`;
  return planted === undefined ? base : `${base} ${planted.text}`;
}

/** A short pino request line of about 300 bytes. */
function eventLine(s: Sampler, random: () => number, i: number): string {
  const route = ROUTES[Math.floor(random() * ROUTES.length)] as string;
  return JSON.stringify({
    level: 30,
    time: 1764400000000 + i * 7,
    pid: 4242,
    hostname: 'web-1',
    reqId: s.uuid(),
    msg: 'request completed',
    req: { method: METHODS[i % METHODS.length], url: `${route}?page=${i % 9}`, userAgent: AGENTS[i % AGENTS.length] },
    res: { statusCode: 200 },
    responseTime: Math.round(random() * 2000) / 100,
  });
}

/**
 * @example
 * const { data, planted } = generateCorpus({ kind: 'jsonl', bytes: 1 << 20, density: 0.01 });
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? 1;
  const s = createSampler(seed);
  const random = createRandom(seed + 1);
  const planted = new Map<number, readonly string[]>();
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < options.bytes; i++) {
    const secret = random() < options.density ? plant(s, Math.floor(random() * 9)) : undefined;
    const line =
      options.kind === 'jsonl' ? jsonLine(s, random, i, secret)
      : options.kind === 'text' ? textLine(s, random, i, secret)
      : eventLine(s, random, i);
    if (secret !== undefined) planted.set(i, secret.secrets);
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return { data: Buffer.from(`${lines.join('\n')}\n`), lines: lines.length, planted };
}

/**
 * A CloudWatch Logs subscription event (`{ awslogs: { data } }`) holding `messages`, as the
 * Lambda receives it: JSON, gzipped, base64.
 */
export function subscriptionEvent(messages: readonly string[], logGroup = '/aws/lambda/app'): { awslogs: { data: string } } {
  const payload = {
    messageType: 'DATA_MESSAGE',
    owner: '123456789012',
    logGroup,
    logStream: '2026/11/29/[$LATEST]0123456789abcdef',
    subscriptionFilters: ['logscrub'],
    logEvents: messages.map((message, i) => ({ id: `3700000000000000000000000000000000000000000000${String(i).padStart(10, "0")}`, timestamp: 1764400000000 + i, message })),
  };
  return { awslogs: { data: gzipSync(JSON.stringify(payload)).toString('base64') } };
}

/**
 * Share of planted secrets absent from an approach's output. `outputLines` must correspond to
 * input lines one to one (every approach here writes one line per record).
 */
export function recallOf(planted: ReadonlyMap<number, readonly string[]>, outputLines: readonly string[]): number {
  let total = 0;
  let removed = 0;
  for (const [line, secrets] of planted) {
    const out = outputLines[line] ?? '';
    for (const secret of secrets) {
      total++;
      if (!out.includes(secret)) removed++;
    }
  }
  return total === 0 ? 1 : removed / total;
}
