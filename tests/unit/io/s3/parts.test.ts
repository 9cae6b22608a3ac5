import { describe, expect, it } from 'vitest';
import { S3 } from '../../../../src/constants.js';
import { partBytesFor } from '../../../../src/io/s3/parts.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('partBytesFor', () => {
  it('keeps the configured size for an object that fits in 10,000 of its parts, or of unknown size', () => {
    expect(partBytesFor(100 * MiB, S3.partBytes)).toBe(5 * MiB);
    expect(partBytesFor(20 * GiB, S3.partBytes)).toBe(5 * MiB);
    expect(partBytesFor(undefined, 8 * MiB)).toBe(8 * MiB);
    expect(partBytesFor(0, S3.partBytes)).toBe(5 * MiB);
  });

  it('grows the parts of a big object so that twice its size fits in 10,000 parts, in whole MiB', () => {
    const size = 40 * GiB;
    const part = partBytesFor(size, S3.partBytes);
    expect(part % MiB).toBe(0);
    expect(part * S3.maxParts).toBeGreaterThanOrEqual(2 * size);
    expect((part - MiB) * S3.maxParts).toBeLessThan(2 * size);
  });

  it('never asks for a part over S3\'s 5 GiB limit', () => {
    expect(partBytesFor(50 * 1024 * GiB, S3.partBytes)).toBe(5 * GiB);
  });
});
