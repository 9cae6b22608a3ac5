import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../../src/index.js';

/**
 * A config's own rules redact what their regex matches, as their author asked (a review of the
 * configuration): the catalog's value policy (trivial words, emails, URLs) is the catalog's; a
 * CRLF line's `\r` does not hide a `$`; a match across a JSON record's members takes the values it
 * covers and leaves valid JSON.
 */
describe("a config's own rule", () => {
  it('redacts an email address, a URL and a word the catalog would take for no secret', () => {
    const scrubber = createScrubber({
      customRules: [
        { id: 'email', regex: String.raw`([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})`, keywords: ['@'] },
        { id: 'pii', regex: String.raw`pii=(\S+)`, keywords: ['pii='] },
      ],
    });
    expect(scrubber.redactLine('invoice sent to ada.lovelace@corp-mail.net')).toBe('invoice sent to [REDACTED:email]');
    expect(scrubber.redactLine('{"level":30,"email":"ada.lovelace@corp-mail.net"}')).toBe('{"level":30,"email":"[REDACTED:email]"}');
    for (const value of ['changeme', 'https://corp.net/u/ada', '/home/ada/.ssh', 'true']) expect(scrubber.redactLine(`pii=${value} ok`)).toBe('pii=[REDACTED:pii] ok');
  });

  it('still leaves its own placeholders, so a second scrub changes nothing', () => {
    const scrubber = createScrubber({ customRules: [{ id: 'pii', regex: String.raw`pii=(\S+)`, keywords: ['pii='] }] });
    const once = scrubber.redactLine('pii=ada');
    expect(scrubber.redactLine(once)).toBe(once);
  });

  it("matches `$` at a CRLF line's end", () => {
    const scrubber = createScrubber({ customRules: [{ id: 'ssn', regex: String.raw`SSN (\d{3}-\d{2}-\d{4})$`, keywords: ['ssn '] }] });
    expect(scrubber.redactText('SSN 123-45-6789\r\nSSN 123-45-6789\n')).toBe('SSN [REDACTED:ssn]\r\nSSN [REDACTED:ssn]\n');
  });

  it("takes the values a match across a record's members covers, and the record stays JSON", () => {
    const ssn = createScrubber({ customRules: [{ id: 'ssn', regex: String.raw`"ssn": ?"(\d{3}-\d{2}-\d{4})"`, keywords: ['ssn'], secretGroup: 0 }] });
    const out = ssn.redactLine('{"ssn":"123-45-6789","ok":true}');
    expect(out).toBe('{"ssn":"[REDACTED:ssn]","ok":true}');
    expect(ssn.redactLine('2026-01-01 INFO {"ssn":"123-45-6789"}')).not.toContain('123-45-6789');
    const wide = createScrubber({ customRules: [{ id: 'at', regex: String.raw`([^\s]+@[^\s]+)`, keywords: ['@'] }] });
    const record = wide.redactLine('{"to":"ada@example.com","n":1}');
    expect(record).not.toContain('ada@example.com');
    expect(() => JSON.parse(record)).not.toThrow();
  });
});

describe("a config's sensitiveKeys", () => {
  const scrubber = createScrubber({ sensitiveKeys: ['vaultUnsealKey', 'dbPin'] });

  it('take any value in text as in JSON (a review: text kept one that was no token)', () => {
    expect(scrubber.redactLine('{"vaultUnsealKey":"hunter2horse"}')).toBe('{"vaultUnsealKey":"[REDACTED:sensitive-key]"}');
    for (const line of ['VAULT_UNSEAL_KEY=hunter2horse', 'vault_unseal_key: hunter2horse', 'DB_PIN=4821']) expect(scrubber.redactLine(line)).not.toMatch(/hunter2horse|4821/);
  });

  it('leave placeholders and variables, as the catalog rebuilt around them still does', () => {
    for (const line of ['vault_unseal_key=${VAULT_KEY}', 'API_KEY=${API_KEY}', 'vault_unseal_key=']) expect(scrubber.redactLine(line)).toBe(line);
  });
});

describe("what a review of the config's rules found", () => {
  it("keeps a secret key's plural count in a config's keys, and its record JSON", () => {
    const scrubber = createScrubber({ sensitiveKeys: ['vault token', 'token'] });
    for (const line of ['{"vault_tokens":42,"ok":true}', '{"total_tokens":42,"model":"x"}', 'max_tokens=100 model=gpt']) expect(scrubber.redactLine(line)).toBe(line);
  });

  it("applies a rule's own minEntropy and tokenShape", () => {
    const scrubber = createScrubber({ customRules: [{ id: 'acme-token', regex: String.raw`acme_key=(\S+)`, keywords: ['acme_key='], minEntropy: 3.5, tokenShape: true }] });
    for (const line of ['acme_key=aaaaaaaaaaaaaaaa', 'acme_key=getConfigValueFromEnvironment']) expect(scrubber.redactLine(line)).toBe(line);
    expect(scrubber.redactLine('acme_key=Qm7rT2xVb9KpL4nZ')).toBe('acme_key=[REDACTED:acme-token]');
  });

  it('changes nothing on a second scrub, a placeholder inside its match', () => {
    const scrubber = createScrubber({ customRules: [{ id: 'acme', regex: String.raw`acme_secret=(\S+)`, keywords: ['acme_secret='] }] });
    const once = scrubber.redactLine('env{acme_secret=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U}');
    expect(scrubber.redactLine(once)).toBe(once);
  });
});
