/**
 * Writes examples/app.log, the demo input of the README's first command, and examples/archive/,
 * the small archive of the CLI section (a CloudWatch Logs export tree of .gz files and a pino
 * JSONL file). Generated at install (`prepare`) from the seeded sampler, so no credential-shaped
 * literal is ever committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSampler } from '../patterns/sample.js';

const s = createSampler(7);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const reqId = s.uuid();
const time = 1764400000000;
const pino = (msg: string, extra: Record<string, unknown>): string =>
  JSON.stringify({ level: 30, time, pid: 4242, hostname: 'web-1', request_id: reqId, ...extra, msg });

const lines = [
  `START RequestId: ${reqId} Version: $LATEST`,
  pino('request completed', {
    request: { method: 'GET', url: '/api/v1/orders?page=2', headers: { authorization: `Bearer ${s.jwt()}`, cookie: `theme=dark; adonis-session=s:${s.base64url(40)}.${s.base64url(43)}`, 'x-amzn-trace-id': `Root=1-${s.hex(8)}-${s.hex(24)}` } },
    response: { statusCode: 200 },
    responseTime: 12.5,
  }),
  `2026-11-29T10:00:01.123Z\t${reqId}\tINFO\t${JSON.stringify({ msg: 'dynamodb get', Item: { pk: { S: 'USER#42' }, apiKey: { S: s.alnum(32) }, plan: { S: 'pro' } } })}`,
  pino('user logged in', { userId: 42, sessionId: s.uuid(), traceId: s.hex(32) }),
  `10.0.0.7 - - [29/Nov/2026:10:00:02 +0000] "GET /reset?token=${s.hex(64)}&lang=en HTTP/1.1" 200 512 "-" "Mozilla/5.0"`,
  `DATABASE_URL=postgres://app:${s.password()}@db.internal:5432/app`,
  `AWS_ACCESS_KEY_ID=${s.awsAccessKeyId()} AWS_SECRET_ACCESS_KEY=${s.awsSecretKey()}`,
  pino('issued token', { token: `oat_${s.base64url(3)}.${s.base64url(54)}`, commit: s.hex(40) }),
  '-----BEGIN PRIVATE KEY-----',
  s.base64(64),
  s.base64(64),
  '-----END PRIVATE KEY-----',
  pino('healthy', { uptime: 3600.5, version: '1.4.2', digest: `sha256:${s.hex(64)}` }),
  `END RequestId: ${reqId}`,
  `REPORT RequestId: ${reqId}\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 512 MB\tMax Memory Used: 81 MB`,
];

mkdirSync(join(root, 'examples'), { recursive: true });
writeFileSync(join(root, 'examples', 'app.log'), `${lines.join('\n')}\n`);

// The archive (issue 13): what `CreateExportTask` leaves in S3, <prefix>/<task>/<stream>/00000N.gz,
// lines `<ISO-8601> <message>`, beside a pino JSONL file as an app writes it.
const archive = join(root, 'examples', 'archive');
rmSync(archive, { recursive: true, force: true });
const exportLine = (ms: number, record: Record<string, unknown>): string => `${new Date(ms).toISOString()} ${JSON.stringify({ level: 30, time: ms, pid: 4242, hostname: 'web-1', ...record })}`;
const streams = ['web-1', 'web-2'];
streams.forEach((stream, n) => {
  const dir = join(archive, 'exportedlogs', '4f1d2c3b-5a6e-4f70-8a9b-0c1d2e3f4a5b', `app/${stream}`);
  mkdirSync(dir, { recursive: true });
  for (let part = 0; part < 2; part++) {
    const lines: string[] = [];
    for (let i = 0; i < 50; i++) {
      const ms = time + (n * 100 + part * 50 + i) * 1000;
      if (i === 7) lines.push(exportLine(ms, { msg: 'request completed', req: { method: 'POST', url: '/login', headers: { authorization: `Bearer ${s.jwt()}` } }, res: { statusCode: 200 } }));
      else if (i === 31) lines.push(exportLine(ms, { msg: 'session created', sessionId: s.uuid(), userId: 7 }));
      else lines.push(exportLine(ms, { msg: 'request completed', req: { method: 'GET', url: `/api/v1/orders/${i}` }, res: { statusCode: 200 }, responseTime: 3.25 }));
    }
    writeFileSync(join(dir, `00000${part}.gz`), gzipSync(`${lines.join('\n')}\n`));
  }
});
mkdirSync(join(archive, 'pino'), { recursive: true });
writeFileSync(
  join(archive, 'pino', 'app.jsonl'),
  `${[
    pino('server started', { port: 3333 }),
    pino('db connected', { url: `postgres://app:${s.password()}@db.internal:5432/app` }),
    pino('request completed', { req: { method: 'GET', url: '/health' }, res: { statusCode: 200 } }),
    pino('webhook signed', { apiKey: s.alnum(32), digest: `sha256:${s.hex(64)}` }),
  ].join('\n')}\n`,
);
