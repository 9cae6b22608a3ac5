/**
 * A fault-injecting HTTP proxy for the local S3 (issue 14): forwards every request to s3rver and,
 * when `fault` says so, answers `503 SlowDown` (S3's throttling) or `403 AccessDenied`, resets the connection, waits
 * before answering, or resets a download halfway through its body. It also answers what s3rver
 * does not implement — AbortMultipartUpload and GetBucketVersioning — and records which multipart
 * uploads were created, completed and aborted, so a test can check that none is left open.
 *
 * ListObjectsV2 pages are cut here too: s3rver makes its continuation tokens with DES, which
 * OpenSSL 3 (Node ≥ 17) no longer has, so any truncated listing fails with InternalError. The
 * proxy lists the prefix whole from s3rver (an unsigned request, which it accepts) and answers
 * `max-keys` at a time with tokens of its own, as S3 pages (issue 14, the CLI's listing).
 *
 * Object versions are emulated too, for a bucket whose `versioning` is `Enabled` (s3rver has
 * none): s3rver holds the current bytes, the proxy a copy of each version a write replaced. Writes
 * answer `x-amz-version-id`; GetObject and HeadObject of an older `versionId` are answered from
 * the copy; a write with `If-Match` that no longer matches the current ETag is refused `412
 * PreconditionFailed`, as S3's conditional writes are. An empty `versionId` is refused `400
 * InvalidArgument` on any bucket, as S3 refuses it (s3rver ignores it).
 */
import { randomUUID } from 'node:crypto';
import { Agent, type ClientRequest, createServer, type IncomingHttpHeaders, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** An S3 call, as far as the proxy tells them apart. */
export type S3Action =
  | 'GetObject'
  | 'HeadObject'
  | 'PutObject'
  | 'CreateMultipartUpload'
  | 'UploadPart'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'PutObjectTagging'
  | 'GetObjectTagging'
  | 'GetBucketVersioning'
  | 'DeleteObject'
  | 'ListObjectsV2'
  | 'Other';

export interface ProxiedRequest {
  /** Requests seen so far, this one included (retries count). */
  readonly n: number;
  readonly action: S3Action;
  readonly bucket: string;
  readonly key: string;
}

/**
 * `slowdown`: 503 SlowDown. `reset`: the connection dropped before any answer. `slow`: the
 * answer held back `slowMs`. `hold`: the request held until `release()`, so a test can act while
 * it waits (no timing). `reset-body`: a GetObject's headers and part of its body, then the
 * connection dropped.
 */
export type Fault = 'slowdown' | 'denied' | 'reset' | 'slow' | 'hold' | 'reset-body' | undefined;

export interface FaultProxy {
  readonly url: string;
  /** Decides a fault per request; settable at any time. */
  fault: ((req: ProxiedRequest) => Fault) | undefined;
  /** How long `slow` waits. Default 2,000 ms. */
  slowMs: number;
  /** Lets the requests `hold` holds go on. */
  release(): void;
  /** What GetBucketVersioning answers per bucket (s3rver has no versioning). Default: never enabled. */
  readonly versioning: Map<string, 'Enabled' | 'Suspended'>;
  /** Requests per `<action> <outcome>`, e.g. `UploadPart slowdown`, `GetObject 200`. */
  readonly counts: Map<string, number>;
  /** Multipart uploads created and neither completed nor aborted: what a crash leaves behind. */
  openUploads(): string[];
  /** Multipart uploads aborted. */
  readonly aborted: Set<string>;
  close(): Promise<void>;
}

function actionOf(method: string, path: string, query: URLSearchParams): S3Action {
  const objectPath = path.split('/').filter(Boolean).length > 1;
  if (!objectPath && method === 'GET' && query.get('list-type') === '2') return 'ListObjectsV2';
  if (!objectPath) return method === 'GET' && query.has('versioning') ? 'GetBucketVersioning' : 'Other';
  if (query.has('tagging')) return method === 'PUT' ? 'PutObjectTagging' : 'GetObjectTagging';
  if (method === 'POST' && query.has('uploads')) return 'CreateMultipartUpload';
  if (method === 'POST' && query.has('uploadId')) return 'CompleteMultipartUpload';
  if (method === 'PUT' && query.has('uploadId')) return 'UploadPart';
  if (method === 'DELETE' && query.has('uploadId')) return 'AbortMultipartUpload';
  if (method === 'DELETE') return 'DeleteObject';
  if (method === 'PUT') return 'PutObject';
  if (method === 'HEAD') return 'HeadObject';
  return method === 'GET' ? 'GetObject' : 'Other';
}

const drain = (req: IncomingMessage): Promise<void> =>
  new Promise((resolve) => {
    req.on('data', () => {});
    req.on('end', resolve);
    req.on('error', () => resolve());
  });

const xml = (res: ServerResponse, status: number, body: string): void => {
  res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': randomUUID() });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
};

const get = (url: string, agent: Agent): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 502, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });

/** An object's bytes and headers, straight from s3rver (unsigned, which it accepts). */
const fetchObject = (url: string, agent: Agent): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> =>
  new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(parts) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });

/** The calls whose answer depends on versions; the others (the parts of an upload) pass as they are. */
const VERSIONED_ACTIONS = new Set<S3Action>(['PutObject', 'CompleteMultipartUpload', 'GetObject', 'HeadObject', 'PutObjectTagging', 'GetObjectTagging']);

/** The versions of one object of a versioned bucket: the current one's id, and the bytes of those it replaced. */
interface ObjectVersions {
  current: string;
  readonly older: Map<string, { readonly headers: IncomingHttpHeaders; readonly body: Buffer }>;
}

/** One page of a listing: s3rver's whole listing cut to `max-keys` after the token's key. */
async function listPage(target: URL, bucket: string, query: URLSearchParams, agent: Agent): Promise<{ status: number; body: string }> {
  const whole = new URLSearchParams({ 'list-type': '2' });
  for (const name of ['prefix', 'delimiter', 'start-after', 'encoding-type']) {
    const value = query.get(name);
    if (value !== null) whole.set(name, value);
  }
  const up = await get(`${target.origin}/${bucket}?${whole}`, agent);
  if (up.status !== 200) return up;
  const token = query.get('continuation-token');
  const after = token === null ? '' : Buffer.from(token, 'base64url').toString('utf8');
  const unescape = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const contents = [...up.body.matchAll(/<Contents>[\s\S]*?<\/Contents>/g)].map((m) => ({ xml: m[0], key: unescape(/<Key>([^<]*)<\/Key>/.exec(m[0])?.[1] ?? '') }));
  const max = Number(query.get('max-keys') ?? 1000);
  const rest = contents.filter((c) => c.key > after);
  const page = rest.slice(0, max);
  const truncated = rest.length > page.length;
  const next = truncated ? `<NextContinuationToken>${Buffer.from(page.at(-1)?.key ?? '').toString('base64url')}</NextContinuationToken>` : '';
  const head = up.body.slice(0, up.body.indexOf('<KeyCount>'));
  const tail = up.body.slice(up.body.lastIndexOf('</Contents>') + '</Contents>'.length).replace(/^[\s\S]*?(<CommonPrefixes>|<\/ListBucketResult>)/, '$1');
  const body = `${head}<KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${token === null ? '' : `<ContinuationToken>${token}</ContinuationToken>`}${next}${page.map((c) => c.xml).join('')}${contents.length === 0 ? up.body.slice(up.body.indexOf('</IsTruncated>') + '</IsTruncated>'.length) : tail}`;
  return { status: 200, body };
}

/** @example const proxy = await startFaultProxy('http://127.0.0.1:4568'); proxy.fault = ({ action }) => (action === 'UploadPart' ? 'slowdown' : undefined); */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const to = new URL(target);
  const counts = new Map<string, number>();
  const created = new Set<string>();
  const completed = new Set<string>();
  const aborted = new Set<string>();
  const sockets = new Set<Socket>();
  // Connections to s3rver: no keep-alive, and destroyed on close(), so a request left half-sent by a
  // client that died (a CLI interrupted mid-part) cannot keep s3rver's close() waiting.
  const agent = new Agent({ keepAlive: false });
  const upstreams = new Set<ClientRequest>();
  const versions = new Map<string, ObjectVersions>();
  const held: (() => void)[] = [];
  let n = 0;
  const count = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };

  const forward = (
    req: IncomingMessage,
    res: ServerResponse,
    action: S3Action,
    uploadId: string | null,
    resetBody: boolean,
    path = req.url,
    extraHeaders: (status: number) => Record<string, string> = () => ({}),
  ): void => {
    const upstream = request(
      { host: to.hostname, port: to.port, method: req.method, path, headers: req.headers, agent },
      (up) => {
        count(`${action} ${up.statusCode}`);
        if (action === 'CreateMultipartUpload' && up.statusCode === 200) {
          // Small XML: buffered to learn the upload id, then passed on unchanged.
          const parts: Buffer[] = [];
          up.on('data', (c: Buffer) => parts.push(c));
          up.on('end', () => {
            const body = Buffer.concat(parts);
            const id = /<UploadId>([^<]+)<\/UploadId>/.exec(body.toString('utf8'))?.[1];
            if (id !== undefined) created.add(id);
            res.writeHead(200, up.headers);
            res.end(body);
          });
          return;
        }
        if (action === 'CompleteMultipartUpload' && up.statusCode === 200 && uploadId !== null) completed.add(uploadId);
        res.writeHead(up.statusCode ?? 502, { ...up.headers, ...extraHeaders(up.statusCode ?? 502) });
        if (!resetBody) {
          up.pipe(res);
          return;
        }
        // Half the body, then the connection goes: the client sees a truncated download.
        const length = Number(up.headers['content-length'] ?? 0);
        let sent = 0;
        up.on('data', (chunk: Buffer) => {
          if (sent + chunk.length >= length / 2) {
            res.write(chunk.subarray(0, Math.max(0, Math.floor(length / 2) - sent)));
            up.destroy();
            res.socket?.destroy();
            return;
          }
          sent += chunk.length;
          res.write(chunk);
        });
      },
    );
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    upstream.on('error', () => res.socket?.destroy());
    // The client gone before its request was whole: s3rver would wait for the rest of the body.
    req.on('aborted', () => upstream.destroy());
    req.pipe(upstream);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const [bucket = '', ...rest] = url.pathname.split('/').filter(Boolean);
    const key = decodeURIComponent(rest.join('/'));
    const action = actionOf(req.method ?? 'GET', url.pathname, url.searchParams);
    const uploadId = url.searchParams.get('uploadId');
    const fault = proxy.fault?.({ n: ++n, action, bucket, key });
    if (fault === 'reset') {
      count(`${action} reset`);
      req.socket.destroy();
      return;
    }
    if (fault === 'slowdown') {
      count(`${action} slowdown`);
      await drain(req);
      xml(res, 503, '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>');
      return;
    }
    if (fault === 'denied') {
      count(`${action} denied`);
      await drain(req);
      xml(res, 403, '<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
      return;
    }
    if (fault === 'hold') {
      count(`${action} hold`);
      await new Promise<void>((resolve) => held.push(resolve));
      if (req.socket.destroyed) return;
    }
    if (fault === 'slow') {
      count(`${action} slow`);
      await new Promise((resolve) => setTimeout(resolve, proxy.slowMs));
      if (req.socket.destroyed) return;
    }
    if (action === 'AbortMultipartUpload' && uploadId !== null) {
      await drain(req);
      count(`${action} 204`);
      aborted.add(uploadId);
      res.writeHead(204, { 'x-amz-request-id': randomUUID() });
      res.end();
      return;
    }
    if (action === 'ListObjectsV2') {
      await drain(req);
      const { status, body } = await listPage(to, bucket, url.searchParams, agent);
      count(`${action} ${status}`);
      res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': randomUUID() });
      res.end(body);
      return;
    }
    if (action === 'GetBucketVersioning') {
      await drain(req);
      count(`${action} 200`);
      const status = proxy.versioning.get(bucket);
      xml(res, 200, `<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${status === undefined ? '' : `<Status>${status}</Status>`}</VersioningConfiguration>`);
      return;
    }
    const versionId = url.searchParams.get('versionId');
    if (versionId === '') {
      await drain(req);
      count(`${action} 400`);
      if (action === 'HeadObject') {
        res.writeHead(400, { 'x-amz-request-id': randomUUID() });
        res.end();
      } else xml(res, 400, '<Error><Code>InvalidArgument</Code><Message>Version id cannot be the empty string</Message><ArgumentName>versionId</ArgumentName></Error>');
      return;
    }
    if (proxy.versioning.get(bucket) === 'Enabled' && VERSIONED_ACTIONS.has(action)) {
      await versioned(req, res, action, uploadId, url, bucket, key, versionId);
      return;
    }
    forward(req, res, action, uploadId, fault === 'reset-body' && action === 'GetObject');
  };

  /** An object request on a versioned bucket: see the module's comment. */
  const versioned = async (req: IncomingMessage, res: ServerResponse, action: S3Action, uploadId: string | null, url: URL, bucket: string, key: string, versionId: string | null): Promise<void> => {
    const state = versions.get(`${bucket}/${key}`) ?? { current: 'null', older: new Map() };
    versions.set(`${bucket}/${key}`, state);
    if (action === 'PutObject' || action === 'CompleteMultipartUpload') {
      const now = await fetchObject(`${to.origin}${url.pathname}`, agent);
      const ifMatch = req.headers['if-match'];
      if (typeof ifMatch === 'string' && (now.status !== 200 || now.headers.etag !== ifMatch)) {
        await drain(req);
        count(`${action} 412`);
        xml(res, 412, '<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>If-Match</Condition></Error>');
        return;
      }
      if (now.status === 200) state.older.set(state.current, { headers: now.headers, body: now.body });
      forward(req, res, action, uploadId, false, req.url, (status) => {
        if (status !== 200) return {};
        state.current = randomUUID().replace(/-/g, '');
        return { 'x-amz-version-id': state.current };
      });
      return;
    }
    if (versionId !== null && versionId !== state.current) {
      await drain(req);
      const old = state.older.get(versionId);
      if (old === undefined || (action !== 'GetObject' && action !== 'HeadObject')) {
        count(`${action} 404`);
        xml(res, 404, '<Error><Code>NoSuchVersion</Code><Message>The specified version does not exist.</Message></Error>');
        return;
      }
      count(`${action} 200`);
      res.writeHead(200, { ...old.headers, 'x-amz-version-id': versionId });
      res.end(action === 'HeadObject' ? undefined : old.body);
      return;
    }
    // The current version: s3rver's own object, the version id taken off and put back on the answer.
    url.searchParams.delete('versionId');
    const path = versionId === null ? req.url : `${url.pathname}${url.search}`;
    forward(req, res, action, uploadId, false, path, () => ({ 'x-amz-version-id': state.current }));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.socket?.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    fault: undefined,
    slowMs: 2000,
    release: () => {
      for (const go of held.splice(0)) go();
    },
    versioning: new Map(),
    counts,
    aborted,
    openUploads: () => [...created].filter((id) => !completed.has(id) && !aborted.has(id)),
    close: () =>
      new Promise<void>((resolve) => {
        proxy.release();
        for (const s of sockets) s.destroy();
        for (const u of upstreams) u.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
  return proxy;
}
