import { describe, expect, it } from 'vitest';
import { createDigestContext, keyWords } from '../../../src/detect/keys.js';

describe('createDigestContext', () => {
  const inDigest = createDigestContext(['sha256', 'etag']);
  const before = (text: string): boolean => inDigest(Buffer.from(`${text}ab12`, 'latin1'), text.length, 0);

  it('sees a digest marker right before a value, across a few separators', () => {
    expect(before('image@sha256:')).toBe(true);
    expect(before('etag: "')).toBe(true);
  });

  it('reads a percent escape as one separator, as a URL-encoded address writes sha256:', () => {
    expect(before('GET /v2/app/manifests/sha256%3A')).toBe(true);
    expect(before('q=etag%3D%22')).toBe(true);
  });

  it('sees it across a name joined to the digest by dashes, as actions/cache writes its keys', () => {
    const cache = createDigestContext(['cache key', 'restored from key', 'input keys']);
    const at = (text: string): boolean => cache(Buffer.from(`${text}ab12`, 'latin1'), text.length, 0);
    expect(at('Cache restored from key: npm-linux-x64-')).toBe(true);
    expect(at('Using cache key: npm-linux-x64-')).toBe(true);
    expect(at('Cache not found for input keys: node-cache-Linux-x64-npm-')).toBe(true);
    expect(at('cache key: a b-')).toBe(false);
  });

  it("sees it across a JSON string's escaped quotes, a DynamoDB type and a redis-cli reply number", () => {
    expect(before('{\\"contentSha256\\":\\"')).toBe(true);
    expect(before('"contentSha256":{"S":"')).toBe(true);
    expect(before("'contentSha256': {'S': '")).toBe(true);
    expect(before('7) "etag" 8) "')).toBe(true);
    expect(before('"contentSha256":{"S":"x","token":{"S":"')).toBe(false);
  });

  it('sees no digest where a word stands between the marker and the value', () => {
    expect(before('sha256 of the token ')).toBe(false);
    expect(before('token=')).toBe(false);
  });
});

describe('keyWords', () => {
  it('splits camel case, separators and an acronym before a word', () => {
    expect(keyWords('SecretAccessKey')).toEqual(['secret', 'access', 'key']);
    expect(keyWords('X-Api-Key')).toEqual(['x', 'api', 'key']);
    expect(keyWords('SMBPass')).toEqual(['smb', 'pass']);
    expect(keyWords('JWTs')).toEqual(['jwts']);
    expect(keyWords('NTLMv2Hash')).toEqual(['ntlmv2', 'hash']);
    expect(keyWords('HTTPServerURL')).toEqual(['http', 'server', 'url']);
    expect(keyWords('bypass')).toEqual(['bypass']);
  });
});
