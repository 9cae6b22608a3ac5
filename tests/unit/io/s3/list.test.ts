/**
 * listInput against the local S3 (the real client; ListObjectsV2 pages as S3 cuts them, see
 * tests/support/fault-proxy.ts).
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInput } from '../../../../src/io/s3/list.js';
import { parseS3Url } from '../../../../src/io/s3/url.js';
import { type LocalS3, startLocalS3 } from '../../../support/s3-server.js';

let s3: LocalS3;
let client: S3Client;
const keys = [...Array.from({ length: 23 }, (_, i) => `logs/${String(i).padStart(2, '0')}.log`), 'logs/sub/x.gz', 'logs.gz', 'other/y.log'];

beforeAll(async () => {
  s3 = await startLocalS3(['bucket']);
  client = s3.client();
  await Promise.all([...keys, 'logs/folder/'].map((Key) => client.send(new PutObjectCommand({ Bucket: 'bucket', Key, Body: Key.endsWith('/') ? '' : 'x\n' }))));
});
afterAll(async () => {
  await s3.close();
});

const list = (url: string, pageKeys?: number) => listInput(client, url, parseS3Url(url), pageKeys === undefined ? {} : { pageKeys });

describe('listInput', () => {
  it('lists every object under a prefix page after page, in key order, without folder markers', async () => {
    const before = s3.proxy.counts.get('ListObjectsV2 200') ?? 0;
    const input = await list('s3://bucket/logs/', 7);
    expect(input).toMatchObject({ bucket: 'bucket', base: 'logs/', single: false, url: 's3://bucket/logs/' });
    expect(input.objects.map((o) => o.key)).toEqual(keys.filter((k) => k.startsWith('logs/')));
    expect(input.objects[0]?.size).toBe(2);
    expect((s3.proxy.counts.get('ListObjectsV2 200') ?? 0) - before).toBe(4);
  });

  it('takes a URL naming an object as that object, and one naming no object as the prefix below it', async () => {
    expect(await list('s3://bucket/logs.gz')).toMatchObject({ single: true, base: 'logs.gz', objects: [{ key: 'logs.gz', size: 2 }] });
    const tree = await list('s3://bucket/logs');
    expect(tree).toMatchObject({ single: false, base: 'logs/', url: 's3://bucket/logs/' });
    expect(tree.objects).toHaveLength(24);
  });

  it('lists a whole bucket, and an empty prefix as no objects', async () => {
    expect((await list('s3://bucket')).objects).toHaveLength(keys.length);
    expect((await list('s3://bucket/nothing/')).objects).toEqual([]);
  });
});
