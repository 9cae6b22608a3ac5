/**
 * scrubObject against the local S3 (the real client and lib-storage): what each outcome looks
 * like to the handlers above it. The event shapes and the faults in flight are in
 * tests/integration/s3.test.ts.
 */
import { GetObjectCommand, GetObjectTaggingCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampler } from '../../../../patterns/sample.js';
import { scrubObject } from '../../../../src/io/s3/object.js';
import { createScrubber } from '../../../../src/scrubber.js';
import { type LocalS3, startLocalS3 } from '../../../support/s3-server.js';

const scrubber = createScrubber({});
const destination = { bucket: 'out', prefix: 'r/', inPlace: false };
let s3: LocalS3;
let client: S3Client;

beforeAll(async () => {
  s3 = await startLocalS3(['in', 'out']);
  client = s3.client();
  const jwt = createSampler(1402).jwt();
  await client.send(new PutObjectCommand({ Bucket: 'in', Key: 'a.log', Body: `ok\nAuthorization: Bearer ${jwt}\n` }));
});
afterAll(async () => {
  await s3.close();
});

describe('scrubObject', () => {
  it('reports the destination and the counts, and tags the object with them', async () => {
    const result = await scrubObject({ bucket: 'in', key: 'a.log' }, { client, scrubber, destination });
    expect(result).toMatchObject({ status: 'Succeeded', source: 's3://in/a.log', destination: 's3://out/r/a.log', stats: { lines: 2, failed: 0 } });
    const tags = await client.send(new GetObjectTaggingCommand({ Bucket: 'out', Key: 'r/a.log' }));
    expect(tags.TagSet).toContainEqual({ Key: 'logscrub-redactions', Value: '1' });
    expect(tags.TagSet).toContainEqual({ Key: 'logscrub-lines-too-long', Value: '0' });
  });

  it('tags how many lines were over maxLineBytes and replaced whole', async () => {
    const small = createScrubber({ maxLineBytes: 1024 });
    await client.send(new PutObjectCommand({ Bucket: 'in', Key: 'long.log', Body: `short\n${'x'.repeat(2000)}\nshort again\n` }));
    const result = await scrubObject({ bucket: 'in', key: 'long.log' }, { client, scrubber: small, destination });
    expect(result).toMatchObject({ status: 'Succeeded', stats: { lines: 3, linesTooLong: 1, failed: 1 } });
    const tags = await client.send(new GetObjectTaggingCommand({ Bucket: 'out', Key: 'r/long.log' }));
    expect(tags.TagSet).toContainEqual({ Key: 'logscrub-lines-too-long', Value: '1' });
    expect(tags.TagSet).toContainEqual({ Key: 'logscrub-failed-lines', Value: '1' });
  });

  it('fails an object written whole whose tags were throttled as temporary, with its counts and no tags on it', async () => {
    s3.proxy.fault = ({ action }) => (action === 'PutObjectTagging' ? 'slowdown' : undefined);
    const result = await scrubObject({ bucket: 'in', key: 'a.log' }, { client, scrubber, destination: { ...destination, key: 'untagged/a.log' } });
    s3.proxy.fault = undefined;
    expect(result).toMatchObject({ status: 'TemporaryFailure', stats: { lines: 2 } });
    expect(result.reason).toMatch(/^s3:\/\/in\/a\.log: written whole to s3:\/\/out\/untagged\/a\.log, but its count tags could not be set \(SlowDown: /);
    const written = await client.send(new GetObjectCommand({ Bucket: 'out', Key: 'untagged/a.log' }));
    expect(await written.Body?.transformToString()).toBe('ok\nAuthorization: Bearer [REDACTED:jwt]\n');
    expect((await client.send(new GetObjectTaggingCommand({ Bucket: 'out', Key: 'untagged/a.log' }))).TagSet).toEqual([]);
  });

  it('fails an object written whole whose tags were denied as permanent: a retry would not tag it', async () => {
    s3.proxy.fault = ({ action }) => (action === 'PutObjectTagging' ? 'denied' : undefined);
    const result = await scrubObject({ bucket: 'in', key: 'a.log' }, { client, scrubber, destination: { ...destination, key: 'denied/a.log' } });
    s3.proxy.fault = undefined;
    expect(result).toMatchObject({ status: 'PermanentFailure', stats: { lines: 2 } });
    expect(result.reason).toMatch(/written whole to s3:\/\/out\/denied\/a\.log, but its count tags could not be set \(AccessDenied: /);
  });

  it('does not start an object once the deadline has passed', async () => {
    const before = s3.proxy.counts.get('GetObject 200') ?? 0;
    const result = await scrubObject({ bucket: 'in', key: 'a.log' }, { client, scrubber, destination, deadline: Date.now() - 1 });
    expect(result).toMatchObject({ status: 'TemporaryFailure', reason: "s3://in/a.log: not started, the invocation's time was up" });
    expect(s3.proxy.counts.get('GetObject 200') ?? 0).toBe(before);
  });

  it('fails a missing key permanently and a bucket it may not reach as S3 says', async () => {
    expect(await scrubObject({ bucket: 'in', key: 'gone.log' }, { client, scrubber, destination })).toMatchObject({ status: 'PermanentFailure', reason: expect.stringMatching(/^s3:\/\/in\/gone\.log: no such key/) });
    const result = await scrubObject({ bucket: 'in', key: 'a.log' }, { client, scrubber, destination: { ...destination, bucket: 'no-such-bucket' } });
    expect(result).toMatchObject({ status: 'PermanentFailure', reason: expect.stringMatching(/NoSuchBucket/) });
  });

  it('retries a throttled object as a temporary failure once the SDK gives up', async () => {
    s3.proxy.fault = ({ action }) => (action === 'GetObject' ? 'slowdown' : undefined);
    const result = await scrubObject({ bucket: 'in', key: 'a.log' }, { client, scrubber, destination });
    s3.proxy.fault = undefined;
    expect(result).toMatchObject({ status: 'TemporaryFailure', reason: expect.stringMatching(/SlowDown/) });
  });

  it('stops on its signal, and says the object was written whole when the stop came only before its tags', async () => {
    const stop = new AbortController();
    s3.proxy.slowMs = 200;
    s3.proxy.fault = ({ action }) => {
      if (action !== 'PutObjectTagging') return undefined;
      stop.abort();
      return 'slow';
    };
    const result = await scrubObject({ bucket: 'in', key: 'a.log' }, { client, scrubber, destination: { ...destination, key: 'stopped/a.log' }, signal: stop.signal });
    s3.proxy.fault = undefined;
    s3.proxy.slowMs = 2000;
    expect(result).toMatchObject({ status: 'TemporaryFailure', reason: 's3://in/a.log: written whole to s3://out/stopped/a.log, but interrupted before its count tags were set' });
    expect(await scrubObject({ bucket: 'in', key: 'a.log' }, { client, scrubber, destination, signal: AbortSignal.abort() })).toMatchObject({
      status: 'TemporaryFailure',
      reason: 's3://in/a.log: stopped (interrupted); the upload was aborted',
    });
  });
});
