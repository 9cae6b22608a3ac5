/**
 * JSON that holds a secret, base64-encoded into one run (a red-team review, N10): Docker's
 * X-Registry-Auth header, a client's credentials in a header of its own, an OAuth `state` or any
 * config passed as base64. The run goes whole when the JSON in it names a secret's key with a
 * value; base64 JSON without one, and JWTs (their own rule's), stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0xb64);
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64');
const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;
const token = (): string => sample.alnum(32);

describe('base64 JSON that names a secret goes whole', () => {
  it.each([
    ['X-Registry-Auth', (v: unknown) => `X-Registry-Auth: ${b64url(v)}`, () => ({ username: 'ci', password: password(), serveraddress: 'registry.example.com' })],
    ['a header of its own', (v: unknown) => `X-Client-Auth: ${b64(v)}`, () => ({ client_id: 'svc', client_secret: token() })],
    ['an OAuth state', (v: unknown) => `GET /callback?state=${b64url(v)} HTTP/1.1`, () => ({ returnTo: '/home', accessToken: token() })],
    ['a JSON field', (v: unknown) => JSON.stringify({ level: 30, config: b64(v) }), () => ({ db: { host: 'pg', password: password() } })],
    ['a docker daemon debug line', (v: unknown) => `time="2026-12-01T10:00:00Z" level=debug msg="Calling POST /v1.45/images/create" X-Registry-Auth="${b64url(v)}"`, () => ({ username: 'ci', password: password() })],
    ['an env dump', (v: unknown) => `APP_CONFIG_B64=${b64(v)}`, () => ({ apiKey: token(), region: 'eu-west-1' })],
  ])('%s', (_, make, value) => {
    const line = make(value());
    const blob = (/eyJ[A-Za-z0-9+/_-]+=*/.exec(line) as RegExpExecArray)[0];
    expectOnlySecretGone(scrubber, line, blob);
  });

  it.each([
    `payload=${b64({ user: 'bob', action: 'login' })}`,
    `state=${b64url({ returnTo: '/home', nonce: 'abc' })}`,
    `X-Amz-Cf-Id: ${b64url({ id: 42, region: 'eu' })}`,
    `cursor=${b64url({ id: 1042, sort: 'created_at' })}`,
    `{"token_type":"Bearer"} as ${b64({ token_type: 'Bearer', expires_in: 3600 })}`,
    `X-Registry-Auth: ${b64url({ username: 'ci', password: '', serveraddress: 'registry.example.com' })}`,
    `not json: eyJub3RqdXN0YmFzZTY0anNvbg`,
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

  it('a JWT stays the JWT rule\'s', () => {
    const jwt = sample.jwt();
    expect(scrubber.redactLine(`Authorization: Bearer ${jwt}`)).toBe('Authorization: Bearer [REDACTED:jwt]');
    expect(scrubber.redactLine(`token ${jwt} issued`)).toBe('token [REDACTED:jwt] issued');
  });
});
