/**
 * Seeded, deterministic benchmark corpora. The same options give the same bytes on every machine.
 *
 * - `jsonl`: pino / AdonisJS request logs (one JSON record a line), with look-alikes that are not
 *   secrets on every line (request UUIDs, trace ids, commit SHAs, sha256 digests); with `intl`,
 *   names and messages in other scripts on a share of them.
 * - `text`: nginx / ALB access lines and application prose.
 * - `events`: short pino request lines of about 300 bytes, the events a CloudWatch writer sends.
 * - `reqlog`: a production AdonisJS/pino log (issue 9): request lines with benign cookie headers
 *   and user agents, SQL about `"sessions"`, image digests and fingerprinted assets (64-hex).
 * - CloudWatch Logs subscription payloads (gzip + base64), for the Lambda scenario to come.
 * - `adonisRequests`: AdonisJS requests as objects for pino to serialise (the pino scenario's
 *   apps generate them in their own process; the planted secrets travel on each request).
 *
 * `density` is the share of lines that carry a planted secret. Every planted secret is listed in a
 * sidecar (line number → secrets) so recall can be computed from any approach's output.
 */
import { gzipSync } from 'node:zlib';
import { createRandom, createSampler, type Sampler } from '../patterns/sample.js';

export type CorpusKind = 'jsonl' | 'text' | 'events' | 'reqlog' | 'adversarial';

export interface CorpusOptions {
  readonly kind: CorpusKind;
  /** Approximate size in bytes. */
  readonly bytes: number;
  /** Share of lines with a planted secret: 0, 0.01, 0.1. */
  readonly density: number;
  /**
   * `jsonl`: share of lines with a person's name and a message in scripts beyond ASCII (an app's
   * users abroad), where the engine's second automaton runs (its keywords beyond ASCII). Default 0.
   */
  readonly intl?: number;
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

/** People's names and an app's messages in the scripts of its users abroad. */
const INTL_NAMES = ['Анна Смирнова', '王芳', '김민준', 'Zoë Müller', 'محمد أحمد', 'יוסי כהן', 'Nguyễn Văn An', 'Şükrü Öztürk', '佐藤花子', 'Παπαδόπουλος'];
const INTL_MESSAGES = ['заказ оформлен', '订单已创建', '注文が作成されました', 'pedido criado com sucesso', 'تم إنشاء الطلب', 'Bestellung für Jürgen erstellt', '주문이 생성되었습니다', 'sipariş oluşturuldu'];

function jsonLine(s: Sampler, random: () => number, i: number, planted: Planted | undefined, intl = 0): string {
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
  if (intl > 0 && random() < intl) {
    record.user = { name: INTL_NAMES[i % INTL_NAMES.length], locale: LOCALES[i % LOCALES.length] };
    record.note = INTL_MESSAGES[i % INTL_MESSAGES.length];
  }
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
 * The worst shapes tests/unit/detect/linear-time.test.ts found for the scan loops (issue 7), as a
 * corpus: a bench row shows what they cost beside ordinary lines. No secrets: nothing is planted.
 */
const ADVERSARIAL: readonly ((i: number) => string)[] = [
  // A Cookie header of many `;` pairs without `=`.
  (i) => `cookie: ${'a;'.repeat(1500)}x${i}`,
  // BEGIN markers and no END.
  (i) => `-----BEGIN PRIVATE KEY----- ${i}`,
  // Keys after long runs of backslashes, one string in.
  (i) => `{"m":"${`${'\\'.repeat(50)}\\"token\\":`.repeat(20)}${i}"}`,
  // Unterminated JSON keys and quotes never closed after keys.
  (i) => `{"password${' "secret'.repeat(300)} ${i}`,
  // Keys without values.
  (i) => `${'token= password: api_key=> '.repeat(100)}${i}`,
];

/** At most this much: these lines run at a few MB/s, and the row reports a rate, not a total. */
const ADVERSARIAL_MAX_BYTES = 4 * 1024 * 1024;

function generateAdversarial(options: CorpusOptions): Corpus {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < Math.min(options.bytes, ADVERSARIAL_MAX_BYTES); i++) {
    const line = (ADVERSARIAL[i % ADVERSARIAL.length] as (i: number) => string)(i);
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return { data: Buffer.from(`${lines.join('\n')}\n`), lines: lines.length, planted: new Map() };
}

/**
 * @example
 * const { data, planted } = generateCorpus({ kind: 'jsonl', bytes: 1 << 20, density: 0.01 });
 */
export function generateCorpus(options: CorpusOptions): Corpus {
  if (options.kind === 'reqlog') return generateRequestLog(options);
  if (options.kind === 'adversarial') return generateAdversarial(options);
  const seed = options.seed ?? 1;
  const s = createSampler(seed);
  const random = createRandom(seed + 1);
  const planted = new Map<number, readonly string[]>();
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < options.bytes; i++) {
    const secret = random() < options.density ? plant(s, Math.floor(random() * 9)) : undefined;
    const line =
      options.kind === 'jsonl' ? jsonLine(s, random, i, secret, options.intl)
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

/** One AdonisJS request as a request-logging middleware hands it to pino: `logger.info({ req, res, responseTime }, …)`. */
export interface AdonisRequest {
  /** The request id less its last 12 hex digits: the logger appends a counter, so every line is its own. */
  readonly idPrefix: string;
  readonly req: { readonly method: string; readonly url: string; readonly headers: Readonly<Record<string, string>>; readonly remoteAddress: string };
  readonly res: { readonly statusCode: number; readonly headers?: Readonly<Record<string, string | readonly string[]>> };
  /** The credentials planted in it: none may reach the log file. */
  readonly secrets: readonly string[];
}

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
];
const CLIENTS = ['okhttp/4.12.0', 'axios/1.7.9', 'curl/8.5.0', 'ELB-HealthChecker/2.0'];
const PAGES = ['/', '/dashboard', '/projects', '/projects/42', '/settings/profile', '/invoices?page=2', '/search?q=quarterly+report'];
const API = ['/api/v1/projects', '/api/v1/projects/42/tasks', '/api/v1/me', '/api/v1/invoices?status=open&page=3', '/api/v1/notifications?unread=1', '/health'];
const LOCALES = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'nl-NL'];
const STATUS = [200, 200, 200, 200, 200, 200, 200, 204, 302, 304, 404, 422];
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/** The cookies a browser sends to an app it has visited before: preferences, analytics, consent; no credentials. */
function benignCookies(s: Sampler, random: () => number): string {
  const ga = (): string => `GA1.2.${s.from('0123456789', 10)}.${1764000000 + Math.floor(random() * 400000)}`;
  const parts = [`theme=${random() < 0.6 ? 'dark' : 'light'}`, `locale=${LOCALES[Math.floor(random() * LOCALES.length)]}`, `_ga=${ga()}`];
  if (random() < 0.7) parts.push(`_gid=${ga()}`);
  if (random() < 0.5) parts.push('cookieconsent_status=dismiss');
  return parts.join('; ');
}

interface Mutable {
  url: string;
  headers: Record<string, string>;
  res: { statusCode: number; headers?: Record<string, string | string[]> };
}

/**
 * Plants one credential of the kinds an AdonisJS app leaks into request logs: the session cookie,
 * the remember-me cookie, the CSRF cookie with its header echo, a Bearer JWT, a Bearer access
 * token, an access token in a download link, the cookies set on login. Returns the secrets; the
 * hint a redaction keeps (`s:`, `e:`, `oat_`) is not part of them.
 */
function plantRequest(s: Sampler, pick: number, r: Mutable): string[] {
  const addCookie = (pair: string): void => {
    r.headers.cookie = r.headers.cookie === undefined ? pair : `${r.headers.cookie}; ${pair}`;
  };
  switch (pick) {
    case 0: {
      const value = s.signedCookie();
      addCookie(`adonis-session=${value}`);
      return [value.slice(2)];
    }
    case 1: {
      const value = s.encryptedCookie();
      addCookie(`remember_web=${value}`);
      return [value.slice(2)];
    }
    case 2: {
      const value = s.encryptedCookie();
      addCookie(`XSRF-TOKEN=${value}`);
      r.headers['x-xsrf-token'] = value;
      return [value.slice(2)];
    }
    case 3: {
      const jwt = s.jwt();
      r.headers.authorization = `Bearer ${jwt}`;
      return [jwt];
    }
    case 4: {
      const token = s.oat();
      r.headers.authorization = `Bearer ${token}`;
      return [token.slice(4)];
    }
    case 5: {
      const token = s.oat();
      r.url = `/api/v1/exports/${s.from('123456789', 4)}.csv?api_token=${token}`;
      return [token.slice(4)];
    }
    default: {
      const session = s.signedCookie();
      const xsrf = s.encryptedCookie();
      r.url = '/login';
      r.res = { statusCode: 302, headers: { location: '/dashboard', 'set-cookie': [`adonis-session=${session}; Path=/; HttpOnly; Secure; SameSite=Lax`, `XSRF-TOKEN=${xsrf}; Path=/; SameSite=Lax`] } };
      return [session.slice(2), xsrf.slice(2)];
    }
  }
}

/** The kinds `plantRequest` knows. */
export const REQUEST_SECRET_KINDS = 7;

/**
 * AdonisJS HTTP requests as a request-logging middleware logs them: browsers (most with benign
 * cookies: theme, locale, _ga, consent) and API clients; `density` of them carry one planted
 * credential. Deterministic by seed.
 *
 * @example
 * const requests = adonisRequests({ count: 1000, density: 0.01 });
 * logger.child({ request_id: `${requests[0].idPrefix}000000000000` }).info({ req: requests[0].req, res: requests[0].res }, 'request completed');
 */
export function adonisRequests(options: { readonly count: number; readonly density: number; readonly seed?: number }): AdonisRequest[] {
  const seed = options.seed ?? 1;
  const s = createSampler(seed);
  const random = createRandom(seed + 1);
  const out: AdonisRequest[] = [];
  for (let i = 0; i < options.count; i++) out.push(adonisRequest(s, random, options.density));
  return out;
}

/** One request of `adonisRequests`, drawn from the caller's sampler and random stream. */
function adonisRequest(s: Sampler, random: () => number, density: number): AdonisRequest {
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const browser = random() < 0.7;
  const ip = `${random() < 0.5 ? '203.0.113' : '198.51.100'}.${1 + Math.floor(random() * 254)}`;
  const xhr = browser && random() < 0.5;
  const headers: Record<string, string> = {
    host: 'app.example.com',
    'user-agent': browser ? pickOf(BROWSERS) : pickOf(CLIENTS),
    accept: browser && !xhr ? HTML : 'application/json, text/plain, */*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (browser) headers['accept-language'] = `${pickOf(LOCALES)},en;q=0.9`;
  if (browser && random() < 0.6) headers.referer = `https://app.example.com${pickOf(PAGES)}`;
  if (browser && random() < 0.9) headers.cookie = benignCookies(s, random);
  headers['x-forwarded-for'] = ip;
  headers['x-forwarded-proto'] = 'https';
  headers['x-amzn-trace-id'] = `Root=1-${s.hex(8)}-${s.hex(24)}`;
  const post = random() < 0.15;
  const r: Mutable = { url: browser && !xhr ? pickOf(PAGES) : pickOf(API), headers, res: { statusCode: post ? 201 : pickOf(STATUS) } };
  if (post) headers['content-type'] = 'application/json';
  const secrets = random() < density ? plantRequest(s, Math.floor(random() * REQUEST_SECRET_KINDS), r) : [];
  return {
    idPrefix: s.uuid().slice(0, 24),
    req: { method: post ? 'POST' : 'GET', url: r.url, headers: r.headers, remoteAddress: '10.0.3.17' },
    res: r.res,
    secrets,
  };
}

const SQL = [
  'select * from "sessions" where "id" = ? limit ?',
  'update "sessions" set "last_activity" = ?, "updated_at" = ? where "id" = ?',
  'insert into "sessions" ("user_id", "ip_address", "user_agent", "created_at") values (?, ?, ?, ?)',
  'select "users".* from "users" inner join "sessions" on "sessions"."user_id" = "users"."id" where "users"."id" = ? limit ?',
  'select * from "projects" where "team_id" = ? order by "updated_at" desc limit ?',
  'delete from "sessions" where "last_activity" < ?',
];
const JOBS = ['SendWelcomeEmail', 'GenerateInvoicePdf', 'SyncStripeCustomer', 'PruneExpiredSessions', 'ResizeAvatar'];
const IMAGES = ['ghcr.io/acme/web', 'ghcr.io/acme/worker', '123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme/api'];

/**
 * One line of a production AdonisJS app's pino log, as it reaches a file or CloudWatch: mostly
 * request lines (browsers send their benign cookies on nearly every one), then Lucid's SQL debug
 * lines (`update "sessions" set …`), queue jobs with their user agents, deploys naming image
 * digests (64-hex) and fingerprinted assets. `planted`: a request line with one credential.
 */
function requestLogLine(s: Sampler, random: () => number, i: number, density: number): { line: string; secrets: readonly string[] } {
  const head = `{"level":30,"time":${1764400000000 + i * 7},"pid":4242,"hostname":"web-1"`;
  const kind = random();
  if (kind < 0.7) {
    const r = adonisRequest(s, random, density);
    const record = { level: 30, time: 1764400000000 + i * 7, pid: 4242, hostname: 'web-1', request_id: `${r.idPrefix}${s.hex(12)}`, req: r.req, res: r.res, responseTime: Math.round(random() * 2000) / 100, msg: 'request completed' };
    return { line: JSON.stringify(record), secrets: r.secrets };
  }
  if (kind < 0.88) {
    const sql = SQL[Math.floor(random() * SQL.length)] as string;
    return { line: `{"level":20,"time":${1764400000000 + i * 7},"pid":4242,"hostname":"web-1","connection":"pg","inTransaction":false,"duration":[0,${Math.floor(random() * 9e6)}],"sql":${JSON.stringify(sql)},"bindings":[${Math.floor(random() * 5000)},"${s.uuid()}"],"msg":"sql query"}`, secrets: [] };
  }
  if (kind < 0.95) {
    const job = JOBS[Math.floor(random() * JOBS.length)] as string;
    return { line: `${head},"job":"${job}","jobId":"${s.uuid()}","attempt":${1 + Math.floor(random() * 3)},"userAgent":"${CLIENTS[Math.floor(random() * CLIENTS.length)]}","msg":"job completed in ${Math.floor(random() * 900)} ms"}`, secrets: [] };
  }
  const image = IMAGES[Math.floor(random() * IMAGES.length)] as string;
  return random() < 0.5
    ? { line: `${head},"image":"${image}@sha256:${s.hex(64)}","msg":"container started"}`, secrets: [] }
    : { line: `${head},"asset":"/assets/app-${s.hex(64)}.js","integrity":"sha256-${s.base64(43)}=","msg":"asset manifest loaded"}`, secrets: [] };
}

/**
 * A production-like AdonisJS/pino request log of about `bytes` (see `requestLogLine`); `density`
 * of the request lines carry a credential. Deterministic by seed.
 *
 * @example
 * const { data, planted } = generateRequestLog({ bytes: 1 << 20, density: 0.01 });
 */
function generateRequestLog(options: CorpusOptions): Corpus {
  const seed = options.seed ?? 1;
  const s = createSampler(seed);
  const random = createRandom(seed + 1);
  const planted = new Map<number, readonly string[]>();
  const lines: string[] = [];
  let size = 0;
  // Request lines are 70% of all: plant at density / 0.7 there, so `density` is the share of lines.
  for (let i = 0; size < options.bytes; i++) {
    const { line, secrets } = requestLogLine(s, random, i, Math.min(1, options.density / 0.7));
    if (secrets.length > 0) planted.set(i, secrets);
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return { data: Buffer.from(`${lines.join('\n')}\n`), lines: lines.length, planted };
}
