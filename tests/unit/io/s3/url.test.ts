import { describe, expect, it } from 'vitest';
import { asDirectory, isS3Url, lastSegment, parseS3Url, s3UrlOf } from '../../../../src/io/s3/url.js';

describe('s3:// URLs', () => {
  it('tells s3:// paths from local ones', () => {
    expect(isS3Url('s3://logs/app/')).toBe(true);
    expect(isS3Url('./s3://logs')).toBe(false);
    expect(isS3Url('S3://logs')).toBe(false);
  });

  it('splits a URL into a bucket and a key exactly as typed, the bucket alone meaning its root', () => {
    expect(parseS3Url('s3://logs/exports/a b+c.gz')).toEqual({ bucket: 'logs', key: 'exports/a b+c.gz' });
    expect(parseS3Url('s3://logs')).toEqual({ bucket: 'logs', key: '' });
    expect(parseS3Url('s3://logs/')).toEqual({ bucket: 'logs', key: '' });
  });

  it('refuses what cannot be a bucket name, naming the URL', () => {
    expect(() => parseS3Url('s3://')).toThrow(/s3:\/\/ is not an S3 URL/);
    expect(() => parseS3Url('s3://Logs_2026/x')).toThrow(/s3:\/\/Logs_2026\/x is not an S3 URL/);
  });

  it('writes URLs back, treats prefixes as directories and names a tree by its last segment', () => {
    expect(s3UrlOf('logs', 'a/b.gz')).toBe('s3://logs/a/b.gz');
    expect(asDirectory('')).toBe('');
    expect(asDirectory('a')).toBe('a/');
    expect(asDirectory('a/')).toBe('a/');
    expect(lastSegment('exports/2026/')).toBe('2026');
    expect(lastSegment('exports/a.gz')).toBe('a.gz');
  });
});
