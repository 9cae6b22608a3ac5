/**
 * Secrets whose shape is a structure rather than a token (s14): a JSON Web Key's private members
 * (`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`) on a line that names its key type, in any order, in JSON
 * or JSON in a JSON string; and the password of a Go SQL driver DSN (`user:pass@tcp(host)/db`),
 * which has no scheme for url-credentials to read. A public key and the rest of the DSN stay.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x1e1c);

/** Every secret gone, everything else byte for byte, JSON still JSON, a second scrub a no-op. */
function expectSecretsGone(line: string, secrets: readonly string[], kept: readonly string[]): void {
  const once = scrubber.redactLine(line);
  for (const secret of secrets) expect(once, line).not.toContain(secret);
  for (const k of kept) expect(once, line).toContain(k);
  let restored = once;
  for (const secret of secrets) restored = restored.replace(/\[REDACTED:[a-z0-9-]+\]/, secret);
  expect(restored).toBe(line);
  if (line.startsWith('{')) expect(() => JSON.parse(once), once).not.toThrow();
  expect(scrubber.redactLine(once), once).toBe(once);
}

describe("a JSON Web Key's private members", () => {
  const b64 = (n: number): string => sample.base64url(n);

  it('RSA: d, p, q, dp, dq, qi go; n and e stay, wherever kty stands', () => {
    const [n, d, p, q, dp, dq, qi] = [b64(342), b64(342), b64(171), b64(171), b64(171), b64(171), b64(171)];
    const members = `"n":"${n}","e":"AQAB","d":"${d}","p":"${p}","q":"${q}","dp":"${dp}","dq":"${dq}","qi":"${qi}"`;
    for (const line of [`{"keys":[{"kty":"RSA","kid":"k1",${members}}]}`, `{${members},"kty":"RSA","use":"sig"}`]) {
      expectSecretsGone(line, [d, p, q, dp, dq, qi], [n, 'AQAB']);
    }
  });

  it('EC and OKP: d goes, x and y stay; oct: k goes; in JSON inside a JSON string too', () => {
    const [x, y, d, k] = [b64(43), b64(43), b64(43), b64(43)];
    expectSecretsGone(`{"kty":"EC","crv":"P-256","x":"${x}","y":"${y}","d":"${d}"}`, [d], [x, y]);
    expectSecretsGone(`{"kty":"OKP","crv":"Ed25519","x":"${x}","d":"${d}"}`, [d], [x]);
    expectSecretsGone(`{"kty":"oct","k":"${k}","alg":"HS256"}`, [k], []);
    expectSecretsGone(JSON.stringify({ msg: 'loaded signing key', key: JSON.stringify({ kty: 'EC', crv: 'P-256', x, y, d }) }), [d], [x, y]);
  });

  it.each([
    `{"kty":"RSA","n":"${sample.base64url(342)}","e":"AQAB"}`,
    `{"d":"${sample.base64url(342)}","note":"no key type on this line"}`,
    `{"kty":"EC","crv":"P-256","d":"short"}`,
  ])('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));
});

describe('a Go SQL driver DSN', () => {
  const password = (): string => `${sample.alnum(7)}#${sample.alnum(5)}`;
  it.each([
    (pw: string) => `dsn=root:${pw}@tcp(127.0.0.1:3306)/app?parseTime=true`,
    (pw: string) => `[mysql] 2026/11/30 10:00:00 packets.go:37: unexpected EOF app:${pw}@tcp(db:3306)/app`,
    (pw: string) => JSON.stringify({ level: 'info', msg: 'connecting', dsn: `app:${pw}@unix(/run/mysqld/mysqld.sock)/app?charset=utf8mb4` }),
    (pw: string) => `DATABASE_DSN="reporting:${pw}@tcp6([::1]:3306)/reports"`,
  ])('%s', (make) => {
    const pw = password();
    expectSecretsGone(make(pw), [pw], ['@tcp', '@unix'].filter((p) => make(pw).includes(p)));
  });

  it.each(['dial tcp 10.0.0.5:3306: connect: connection refused', 'dsn=root@tcp(127.0.0.1:3306)/app', 'user:@tcp(db:3306)/app'])('keeps %s', (line) =>
    expect(scrubber.redactLine(line)).toBe(line),
  );
});
