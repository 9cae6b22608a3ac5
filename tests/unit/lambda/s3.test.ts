import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createS3ObjectHandler, type S3BatchOperationsEvent } from '../../../src/lambda/s3.js';
import type { InvocationMetrics } from '../../../src/lambda/metrics.js';
import { createScrubber } from '../../../src/scrubber.js';

// Nothing here reaches S3: every event is refused or fails before a request (port 9 is discard).
const client = new S3Client({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
const scrubber = createScrubber({});
const settings = { bucket: 'redacted', prefix: 'out/', inPlace: false, partBytes: 8 * 1024 * 1024, deadlineMarginMs: 0 };

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(() => { throw new Error('resolved'); }, (e: unknown) => e as Error);
}

describe('createS3ObjectHandler', () => {
  it('refuses every event when no destination bucket is set, naming the variable', async () => {
    const handler = createS3ObjectHandler({ scrubber, settings: undefined, client });
    expect((await rejection(handler({ Items: [{ Key: 'a' }], BatchInput: { bucket: 'b' } }))).message).toMatch(/LOGSCRUB_DESTINATION_BUCKET is not set/);
  });

  it('says what it expected of an event it does not know', async () => {
    const handler = createS3ObjectHandler({ scrubber, settings, client });
    expect((await rejection(handler({ Records: [] } as never))).message).toMatch(/neither an S3 Batch Operations job task .* nor a Distributed Map batch/);
  });

  it('refuses a schema version it does not know', async () => {
    const handler = createS3ObjectHandler({ scrubber, settings, client });
    const event = { invocationSchemaVersion: '3.0', invocationId: 'i', job: { id: 'j' }, tasks: [] } as S3BatchOperationsEvent;
    expect((await rejection(handler(event))).message).toMatch(/invocationSchemaVersion must be "1.0" or "2.0", received "3.0"/);
  });

  it('asks for the bucket of a Distributed Map batch', async () => {
    const handler = createS3ObjectHandler({ scrubber, settings, client });
    expect((await rejection(handler({ Items: [{ Key: 'a' }] }))).message).toMatch(/set ItemBatcher.BatchInput.bucket/);
  });

  it('says what is wrong with a task or an item that is not one, instead of a TypeError', async () => {
    const handler = createS3ObjectHandler({ scrubber, settings, client });
    const batch = (tasks: unknown[]) => ({ invocationSchemaVersion: '1.0', invocationId: 'i', job: { id: 'j' }, tasks }) as S3BatchOperationsEvent;

    const numericKey = await handler(batch([{ taskId: 't1', s3Key: 42, s3VersionId: null, s3BucketArn: 'arn:aws:s3:::source' }]));
    const nullTask = await rejection(handler(batch([null])));
    const noTaskId = await rejection(handler(batch([{ s3Key: 'a.log', s3BucketArn: 'arn:aws:s3:::source' }])));
    const nullItem = await rejection(handler({ Items: [null as never], BatchInput: { bucket: 'source' } }));

    expect(numericKey).toMatchObject({ results: [{ taskId: 't1', resultCode: 'PermanentFailure', resultString: 'task t1 has no s3Key string (received number)' }] });
    expect(nullTask.message).toBe('tasks[0] is not an S3 Batch Operations task ({ taskId, s3Key, s3VersionId, s3BucketArn or s3Bucket })');
    expect(noTaskId.message).toBe('tasks[0] is not an S3 Batch Operations task ({ taskId, s3Key, s3VersionId, s3BucketArn or s3Bucket })');
    expect(nullItem.message).toMatch(/^item 1 has no Key/);
  });

  it('takes the bucket from the items when an ItemSelector put it there under an ItemBatcher, as the error advises', async () => {
    const handler = createS3ObjectHandler({ scrubber, settings, client });

    const error = await rejection(handler({ Items: [{ Key: 'a.log', bucket: 'source' }, { Key: 'b.log', bucket: 'source' }], BatchInput: {} }));
    const mixed = await rejection(handler({ Items: [{ Key: 'a.log', bucket: 'source' }, { Key: 'b.log', bucket: 'other' }] }));

    // It went for the objects (port 9 refuses them): the bucket was found.
    expect(error.message).toMatch(/^2 of 2 objects failed: s3:\/\/source\/a\.log: /);
    expect(mixed.message).toMatch(/names no bucket/);
  });

  it('fails a task with no usable bucket permanently, and still answers every task', async () => {
    const metrics: InvocationMetrics[] = [];
    const handler = createS3ObjectHandler({ scrubber, settings, client, onMetrics: (m) => metrics.push(m) });
    const response = await handler({
      invocationSchemaVersion: '1.0',
      invocationId: 'i',
      job: { id: 'j' },
      tasks: [
        { taskId: 't1', s3Key: 'a.log', s3VersionId: null, s3BucketArn: 'not-an-arn' },
        { taskId: 't2', s3Key: '%E0%A4%A', s3VersionId: null, s3BucketArn: 'arn:aws:s3:::source' },
      ],
    });
    expect(response).toMatchObject({
      invocationSchemaVersion: '1.0',
      invocationId: 'i',
      results: [
        { taskId: 't1', resultCode: 'PermanentFailure', resultString: expect.stringMatching(/names no bucket/) },
        { taskId: 't2', resultCode: 'PermanentFailure', resultString: expect.stringMatching(/not valid URL encoding/) },
      ],
    });
    expect(metrics).toHaveLength(1);
  });
});
