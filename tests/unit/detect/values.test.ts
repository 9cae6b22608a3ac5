import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPublicKeyDer } from '../../../src/detect/values.js';
import { createScrubber } from '../../../src/index.js';

/** A key pair of each kind a service may hand out, made here (seconds for DSA and RSA, once). */
const pairs = [
  generateKeyPairSync('rsa', { modulusLength: 2048 }),
  generateKeyPairSync('rsa-pss', { modulusLength: 2048 }),
  generateKeyPairSync('ec', { namedCurve: 'P-256' }),
  generateKeyPairSync('ec', { namedCurve: 'P-384' }),
  generateKeyPairSync('ed25519'),
  generateKeyPairSync('x25519'),
  generateKeyPairSync('ed448'),
];
const der = (key: KeyObject, options: Parameters<KeyObject['export']>[0]): string => (key.export(options) as Buffer).toString('base64');

/** The head of a self-signed certificate (CN=x, EC P-256), as `openssl req -x509` writes it. */
const CERTIFICATE_HEAD = 'MIIBbjCCAROgAwIBAgIUbOyUuU0Cg6Ojqrwq0tUDj5fggf4wCgYIKoZIzj0EAwIw';

describe('isPublicKeyDer', () => {
  it('knows base64 DER public keys of every kind and certificates', () => {
    for (const { publicKey } of pairs) expect(isPublicKeyDer(der(publicKey, { type: 'spki', format: 'der' }))).toBe(true);
    expect(isPublicKeyDer(der(pairs[0]!.publicKey, { type: 'pkcs1', format: 'der' }))).toBe(true);
    expect(isPublicKeyDer(CERTIFICATE_HEAD)).toBe(true);
  });

  it('never takes a private key for one, plain or encrypted', () => {
    for (const { privateKey } of pairs) {
      expect(isPublicKeyDer(der(privateKey, { type: 'pkcs8', format: 'der' }))).toBe(false);
      expect(isPublicKeyDer(der(privateKey, { type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'x' }))).toBe(false);
    }
    expect(isPublicKeyDer(der(pairs[0]!.privateKey, { type: 'pkcs1', format: 'der' }))).toBe(false);
    expect(isPublicKeyDer(der(pairs[2]!.privateKey, { type: 'sec1', format: 'der' }))).toBe(false);
    expect(isPublicKeyDer(`MFkwEw${'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789'}`)).toBe(false);
  });

  it('keeps a public key under a key-named setting, and still takes a private one there', () => {
    const scrubber = createScrubber();
    const publicKey = der(pairs[2]!.publicKey, { type: 'spki', format: 'der' });
    const privateKey = der(pairs[2]!.privateKey, { type: 'pkcs8', format: 'der' });
    // Round 113: SendGrid's webhook verification key is a public key.
    expect(scrubber.redactLine(`SENDGRID_WEBHOOK_VERIFICATION_KEY=${publicKey}`)).toBe(`SENDGRID_WEBHOOK_VERIFICATION_KEY=${publicKey}`);
    expect(scrubber.redactLine(`{"signingKey":"${publicKey}"}`)).toBe(`{"signingKey":"${publicKey}"}`);
    expect(scrubber.redactLine(`{"signingKey":"${privateKey}"}`)).not.toContain(privateKey.slice(0, 40));
  });
});
