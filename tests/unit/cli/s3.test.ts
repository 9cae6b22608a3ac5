import { describe, expect, it } from 'vitest';
import { isS3Run } from '../../../src/cli/s3.js';

describe('isS3Run', () => {
  it('says whether the inputs are s3:// ones', () => {
    expect(isS3Run(['s3://logs/app/', 's3://logs/db/'], 'clean/')).toBe(true);
    expect(isS3Run(['logs/'], 'clean/')).toBe(false);
    expect(isS3Run([], undefined)).toBe(false);
  });

  it('refuses s3:// mixed with local inputs, and local inputs to an s3:// output', () => {
    expect(() => isS3Run(['s3://logs/app/', 'local/'], undefined)).toThrow('s3:// and local inputs cannot be mixed in one run');
    expect(() => isS3Run(['local/'], 's3://clean/')).toThrow(/-o s3:\/\/… takes s3:\/\/ inputs/);
  });
});
