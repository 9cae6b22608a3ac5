/**
 * `npm run build:lambda` as a user runs it, then the bundle alone, outside the repository (no
 * node_modules above it): the re2 addon must load from the bundle, and both handlers must work.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { type FakeCloudWatch, startFakeCloudWatch } from '../support/cloudwatch-server.js';
import { dataPayload, encodeRecord, firehoseEvent, subscriptionEvent } from '../support/lambda-events.js';

const root = join(import.meta.dirname, '..', '..');
const SDK_ENV = { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1' };

let server: FakeCloudWatch | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function run(args: string[], env: Record<string, string> = {}): Promise<{ error: Error | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 }, (error, stdout, stderr) => resolve({ error, stdout, stderr }));
  });
}

it('builds a self-contained bundle whose handlers redact and deliver', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'logscrub-bundle-'));
  const out = join(dir, 'bundle');
  writeFileSync(join(dir, 'config.json'), '{"redactor":"mask"}');
  const built = await run([join(root, 'dist', 'scripts', 'build-lambda.js'), '--out', out, '--config', join(dir, 'config.json')]);
  expect(built.error, built.stderr).toBeNull();
  for (const file of ['index.mjs', 'logscrub.config.json', 'BUILD.json', 'node_modules/re2/re2.js', 'node_modules/re2/build/Release/re2.node']) expect(existsSync(join(out, file)), file).toBe(true);
  expect(JSON.parse(readFileSync(join(out, 'BUILD.json'), 'utf8'))).toMatchObject({ nodeAbi: process.versions.modules });

  server = await startFakeCloudWatch({});
  await new CloudWatchLogsClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }).send(new CreateLogGroupCommand({ logGroupName: '/redacted' }));
  const secret = createSampler(41).jwt();
  writeFileSync(join(dir, 'sub.json'), JSON.stringify(subscriptionEvent(dataPayload([`auth ${secret}`], { logGroup: '/app', logStream: 's' }))));
  writeFileSync(join(dir, 'fh.json'), JSON.stringify(firehoseEvent([encodeRecord(dataPayload([`auth ${secret}`]))])));
  writeFileSync(
    join(dir, 'invoke.mjs'),
    `import { readFileSync } from 'node:fs';
     import { gunzipSync } from 'node:zlib';
     const { handler, firehoseHandler } = await import(${JSON.stringify(join(out, 'index.mjs'))});
     await handler(JSON.parse(readFileSync(${JSON.stringify(join(dir, 'sub.json'))}, 'utf8')), {});
     const { records } = await firehoseHandler(JSON.parse(readFileSync(${JSON.stringify(join(dir, 'fh.json'))}, 'utf8')), {});
     process.stderr.write('FIREHOSE ' + gunzipSync(Buffer.from(records[0].data, 'base64')).toString() + '\\n');`,
  );
  const env = { ...SDK_ENV, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: server.url, LAMBDA_TASK_ROOT: out, LOGSCRUB_CONFIG: 'logscrub.config.json', LOGSCRUB_DESTINATION_LOG_GROUP: '/redacted' };
  const invoked = await run([join(dir, 'invoke.mjs')], env);
  expect(invoked.error, invoked.stderr).toBeNull();
  expect(server.events('/redacted', '/app/s').map((e) => e.message)).toEqual(['auth ****']);
  expect(invoked.stderr).toContain('"message":"auth ****"');
  expect(`${invoked.stdout}${invoked.stderr}`).not.toContain(secret);
  expect(invoked.stdout.trim().split('\n')).toHaveLength(2); // one metrics line per invocation
});
