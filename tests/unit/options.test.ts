import { describe, expect, it } from 'vitest';
import { createRedactor, OptionsError, resolveOptions } from '../../src/index.js';
import { createSampler } from '../../patterns/sample.js';

const s = createSampler(3);

describe('resolveOptions', () => {
  it('names an unknown key and lists the allowed ones', () => {
    expect(() => resolveOptions({ redact: 'x' })).toThrow(/option "redact" is unknown; allowed: /);
  });

  it('names an unknown rule or family in rules.disable', () => {
    expect(() => resolveOptions({ rules: { disable: ['jwtt'] } })).toThrow(OptionsError);
  });

  it('turns rules off by id and by family', () => {
    const jwt = s.jwt();
    expect(createRedactor({ rules: { disable: ['jwt'] } }).redactText(`t ${jwt}`)).toBe(`t ${jwt}`);
    expect(createRedactor({ rules: { only: ['aws'] } }).ruleIds).toEqual(['aws-access-key-id', 'aws-secret-access-key', 'aws-session-token']);
  });

  it('refuses a hash key shorter than 32 bytes', () => {
    expect(() => resolveOptions({ redactor: 'hash', hashKey: 'short' })).toThrow(/at least 32 bytes/);
  });

  it('adds custom rules, sensitive keys and allowlisted values', () => {
    const ticket = `TCK-${s.alnum(12)}`;
    const documented = s.jwt();
    const scrubber = createRedactor({
      customRules: [{ id: 'ticket', regex: String.raw`\b(TCK-[A-Za-z0-9]{12})\b`, keywords: ['tck-'] }] as never,
      sensitiveKeys: ['favouriteColour'],
      allowlist: [documented],
    });
    expect(scrubber.redactText(`ref ${ticket}`)).toBe('ref [REDACTED:ticket]');
    expect(scrubber.redactText('{"favourite_colour":"teal"}')).toBe('{"favourite_colour":"[REDACTED:sensitive-key]"}');
    expect(scrubber.redactText(`see ${documented}`)).toBe(`see ${documented}`);
  });

  it('renders mask and partial placeholders', () => {
    const pw = s.password();
    expect(createRedactor({ redactor: { type: 'mask', text: '***' } }).redactText(`password=${pw}`)).toBe('password=***');
    expect(createRedactor({ redactor: 'partial' }).redactText(`password=${pw}`)).toBe(`password=${pw.slice(0, 3)}[REDACTED:password-assignment:len${pw.length}]`);
  });
});

describe('config.schema.json', () => {
  it('names exactly the options resolveOptions accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(new URL('../../config.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
    for (const key of Object.keys(schema.properties)) expect(() => resolveOptions({ [key]: undefined })).not.toThrow();
    const error = (() => {
      try {
        resolveOptions({ nope: 1 });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    const allowed = error.slice(error.indexOf('allowed: ') + 'allowed: '.length).split(', ');
    expect(allowed.sort()).toEqual(Object.keys(schema.properties).sort());
  });
});
