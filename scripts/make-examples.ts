/**
 * Writes examples/app.log, the demo input of the README's first command. Generated at install
 * (`prepare`) from the seeded sampler, so no credential-shaped literal is ever committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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
