/**
 * The deployment examples grant what the code calls: a missing action is an AccessDenied on the
 * first real run, which no local S3 (it checks no IAM) would show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('examples/s3/template.yaml', () => {
  it('lets the function tag the version it wrote, as a versioned destination bucket requires', () => {
    // object.ts tags with the VersionId the upload returned: on a versioned bucket S3 then checks
    // s3:PutObjectVersionTagging as well as s3:PutObjectTagging.
    expect(read('src/io/s3/object.ts')).toMatch(/PutObjectTaggingCommand\(\s*\{[^}]*VersionId/);
    const writes = /Action: \[([^\]]*s3:PutObject,[^\]]*)\]/.exec(read('examples/s3/template.yaml'))?.[1] ?? '';
    expect(writes.split(',').map((a) => a.trim())).toEqual(expect.arrayContaining(['s3:PutObject', 's3:PutObjectTagging', 's3:PutObjectVersionTagging', 's3:AbortMultipartUpload']));
  });
});
