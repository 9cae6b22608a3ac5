/**
 * A fourth blind red-team review (CI logs, IaC output, app runtimes, mobile, vendor formats):
 * a password's symbols under a vendor's key, ciphertext and workflow expressions where a value
 * stands, and `Bearer` before a field that is not a token.
 */
import { describe, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';
import { expectOnlySecretGone, keepsEach } from '../support/only-secret-gone.js';

const scrubber = createScrubber();
const sample = createSampler(0x4a18);
const keeps = keepsEach(scrubber);

describe("a password's symbols under a vendor's key", () => {
  it.each(['%', '!', '^', '#', '@', '*', '$'])('go with the rest of the value after %s', (symbol) => {
    const s = `${sample.alnum(8)}7${symbol}${sample.alnum(8)}`;
    for (const line of [`MINIO_ROOT_PASSWORD=${s}`, `SONAR_TOKEN=${s} sonar.host.url=https://sonar`, `KEYCLOAK_ADMIN_PASSWORD: "${s}"`]) expectOnlySecretGone(scrubber, line, s);
  });
  keeps(['TWITCH_TOKEN=$TOKEN_2', 'MINIO_ROOT_PASSWORD=%s']);
});

describe('ciphertext and expressions where a value stands', () => {
  keeps([
    'spring.datasource.password=ENC(nLZQ0JTBn9m+hw2Ko+Roxw3O9/wnpstxI4eCcE992B0=)',
    '      <password>{ghPhOtkDC+Sma0D+x/j1l+i+yMkNgUWcFJJH8SWRnrU=}</password>',
    '##[group]Run echo "${{ secrets.GHCR_TOKEN }}" | docker login ghcr.io -u app_rw --password-stdin',
    'api_key: ${{ secrets.API_KEY }}',
  ]);
  it('a password in braces is still one', () => {
    const s = `{${sample.alnum(6)}!}`;
    expectOnlySecretGone(scrubber, `password=${s}`, s);
  });
});

describe('Bearer before a field that is not a token', () => {
  keeps(['token_type=Bearer expires_at=2026-11-12T07:31:44.823Z', 'token_type=Bearer expires_in=3600 scope=openid']);
  it('a token with base64 padding still goes', () => {
    const s = `${sample.alnum(30)}==`;
    expectOnlySecretGone(scrubber, `sending Bearer ${s} to upstream`, s);
  });
});
