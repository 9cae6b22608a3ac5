import { Readable } from 'node:stream';
import { CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand, ResourceNotFoundException } from '@aws-sdk/client-cloudwatch-logs';
import { JsonCodec } from '@aws-sdk/core/protocols';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCloudWatchWriter } from '../../../src/io/cloudwatch.js';
import { createCloudWatchLogsClient } from '../../../src/io/cloudwatch-client.js';
import { type FakeCloudWatch, startFakeCloudWatch } from '../../support/cloudwatch-server.js';

// The real SDK client signs every request; these are not credentials anywhere but here.
beforeAll(() => Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1' }));

let server: FakeCloudWatch | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createCloudWatchLogsClient', () => {
  it("writes request bodies with the SDK's JSON.stringify codec (when this fails, an SDK release changed its protocol: see cloudwatch-client.ts)", () => {
    const client = createCloudWatchLogsClient({ region: 'us-east-1' });
    expect((client.config.protocol as { codec?: unknown }).codec).toBeInstanceOf(JsonCodec);
  });

  it('hands the request body on as UTF-8 bytes, which the signature and the socket take as they are', async () => {
    const bodies: unknown[] = [];
    const client = createCloudWatchLogsClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      requestHandler: {
        handle: async (request: { body?: unknown }) => {
          bodies.push(request.body);
          return { response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: Readable.from([Buffer.from('{}')]) } };
        },
      } as never,
    });
    const input = { logGroupName: '/g', logStreamName: 's', logEvents: [{ timestamp: 1, message: 'café "quoted"' }] };
    await client.send(new PutLogEventsCommand(input));
    expect(bodies).toHaveLength(1);
    expect(Buffer.isBuffer(bodies[0])).toBe(true);
    expect(JSON.parse((bodies[0] as Buffer).toString('utf8'))).toEqual(input);
  });

  it('delivers messages with quotes, escapes, control characters, unicode and lone surrogates as they were', async () => {
    server = await startFakeCloudWatch({ autoCreate: true });
    const client = createCloudWatchLogsClient({ endpoint: server.url });
    const messages = ['{"msg":"a \\"quoted\\" \\\\ path"}', 'tab\there\u0001\u001f', 'café ☕ 日本 😀', 'line\u2028separator\u2029', 'lone \ud800 high', 'lone \udc00 low', '</script>'];
    const logEvents = messages.map((message, i) => ({ timestamp: Date.now() + i, message }));
    await client.send(new PutLogEventsCommand({ logGroupName: '/g', logStreamName: 's', logEvents }));
    expect(server.events('/g', 's').map((e) => e.message)).toEqual(messages);
  });

  it("reads the service's errors into the SDK's own exception types", async () => {
    server = await startFakeCloudWatch();
    const client = createCloudWatchLogsClient({ endpoint: server.url, maxAttempts: 1 });
    const put = client.send(new PutLogEventsCommand({ logGroupName: '/missing', logStreamName: 's', logEvents: [{ timestamp: Date.now(), message: 'x' }] }));
    await expect(put).rejects.toBeInstanceOf(ResourceNotFoundException);
    await client.send(new CreateLogGroupCommand({ logGroupName: '/missing' }));
    await client.send(new CreateLogStreamCommand({ logGroupName: '/missing', logStreamName: 's' }));
    await client.send(new PutLogEventsCommand({ logGroupName: '/missing', logStreamName: 's', logEvents: [{ timestamp: Date.now(), message: 'x' }] }));
    expect(server.events('/missing', 's').map((e) => e.message)).toEqual(['x']);
  });

  it("writes the writer's request bodies into the spare memory it is given (bodySpare), each request in turn", async () => {
    const bodies: Buffer[] = [];
    const client = createCloudWatchLogsClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      requestHandler: {
        handle: async (request: { body?: unknown }) => {
          bodies.push(Buffer.from(request.body as Buffer));
          if (bodies.length === 1) expect((request.body as Buffer).buffer).toBe(spare.buffer);
          return { response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: Readable.from([Buffer.from('{}')]) } };
        },
      } as never,
    });
    const spare = Buffer.alloc(64 * 1024);
    const writer = createCloudWatchWriter({ logGroupName: '/g', logStreamName: 's', client, bodySpare: spare, onFailure: 'throw' });
    const messages = Array.from({ length: 300 }, (_, i) => `message ${i} "quoted"`);
    writer.write(messages.map((message, i) => ({ timestamp: Date.now() + i, message })));
    await writer.close();
    expect(bodies.flatMap((b) => (JSON.parse(b.toString('utf8')) as { logEvents: { message: string }[] }).logEvents.map((e) => e.message))).toEqual(messages);
  });
});
