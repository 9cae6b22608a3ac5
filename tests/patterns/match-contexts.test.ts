/**
 * A secret inside another rule's context. Some rules read a whole command or header before their
 * secret (curl-user from `curl` to `-u user:<password>`, http-signature from `OAuth` to
 * `oauth_signature`); the match that begins first wins a line's bytes, so a token those bytes hold
 * (a Bearer header in the same curl command, OAuth 1's `oauth_token`) was left in (round 42).
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectSecretsGone } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x3042);

describe('a secret inside the context of a match that began before it', () => {
  const jwt = sample.jwt();
  const password = sample.password();
  const token = sample.alnum(40);
  const key = sample.alnum(32);
  it.each([
    [`curl -sS -X POST 'https://api.example.com/logout' -H 'Authorization: Bearer ${jwt}' -d '{}' -u 'deploy:${password}'`, [jwt, password]],
    [`{"msg":"reproduce with: curl -H 'Authorization: Bearer ${jwt}' -u ci:${password} https://x"}`, [jwt, password]],
    [`Authorization: OAuth oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_token="370773112-${token}", oauth_signature="${key}%3D", oauth_version="1.0"`, [`370773112-${token}`, `${key}%3D`]],
    [`http --print=HBhb POST https://api.example.com/v1/x X-Api-Key:${key} -a admin:${password}`, [key, password]],
  ])('%s', (line, secrets) => expectSecretsGone(scrubber, line, secrets));

  it('keeps the context itself, byte for byte', () => {
    const line = `curl -sS -H 'Accept: application/json' -H 'X-Request-Id: 6f1c2a9e-3b7d-4c1e-9f0a-2d8b7c6e5a41' -u 'deploy:${password}' https://x`;
    expect(scrubber.redactLine(line)).toBe(line.replace(password, '[REDACTED:curl-user]'));
  });
});
