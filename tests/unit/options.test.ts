import { describe, expect, it } from 'vitest';
import { builtinRules, createScrubber, OptionsError, resolveOptions } from '../../src/index.js';
import { isBuiltinRule } from '../../src/options.js';
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
    expect(createScrubber({ rules: { disable: ['jwt'] } }).redactText(`t ${jwt}`)).toBe(`t ${jwt}`);
    expect(createScrubber({ rules: { only: ['aws'] } }).ruleIds).toEqual(['apigateway-api-key-value', 'aws-access-key-id', 'aws-secret-access-key', 'aws-session-token', 'aws-bedrock-api-key', 'cloudfront-signed-cookie', 'cognito-secret-hash', 'ssm-secure-string', 'dynamodb-expression-value']);
  });

  it("lets a custom rule's own redactor win over the config's default, and redactors over both", () => {
    const rule = { id: 'ticket', regex: String.raw`\b(TCK-[A-Za-z0-9]{12})\b`, keywords: ['tck-'], redactor: 'hash' };
    const hashKey = 'k'.repeat(32);
    expect(resolveOptions({ redactor: 'mask', hashKey, customRules: [rule] }).redactorFor).toMatchObject({ ticket: { type: 'hash' }, jwt: { type: 'mask', text: '****' } });
    expect(resolveOptions({ redactor: 'mask', customRules: [rule], redactors: { ticket: 'label' } }).redactorFor).toMatchObject({ ticket: { type: 'label' } });
    expect(createScrubber({ redactor: 'mask', hashKey, customRules: [rule] }).redactText(`ref TCK-${s.alnum(12)}`)).toMatch(/^ref \[REDACTED:ticket:[0-9a-f]{8}\]$/);
  });

  it('refuses a hash key shorter than 32 bytes', () => {
    expect(() => resolveOptions({ redactor: 'hash', hashKey: 'short' })).toThrow(/at least 32 bytes/);
  });

  it('adds custom rules, sensitive keys and allowlisted values', () => {
    const ticket = `TCK-${s.alnum(12)}`;
    const documented = s.jwt();
    const scrubber = createScrubber({
      customRules: [{ id: 'ticket', regex: String.raw`\b(TCK-[A-Za-z0-9]{12})\b`, keywords: ['tck-'] }] as never,
      sensitiveKeys: ['favouriteColour'],
      allowlist: [documented],
    });
    expect(scrubber.redactText(`ref ${ticket}`)).toBe('ref [REDACTED:ticket]');
    expect(scrubber.redactText('{"favourite_colour":"teal"}')).toBe('{"favourite_colour":"[REDACTED:sensitive-key]"}');
    expect(scrubber.redactText(`see ${documented}`)).toBe(`see ${documented}`);
  });

  it('keeps an allowlisted value beyond ASCII, as the engine reads values as bytes', () => {
    const documented = `pässwörd-${s.alnum(10)}Ω`;
    const line = `password=${documented}`;
    expect(createScrubber().redactText(line)).toBe('password=[REDACTED:password-assignment]');
    expect(createScrubber({ allowlist: [documented] }).redactText(line)).toBe(line);
  });

  it('refuses a custom rule field it does not know, naming it and the allowed ones', () => {
    const rule = { id: 'ticket', regex: String.raw`\b(TCK-[A-Za-z0-9]{12})\b`, secretgroup: 1 };
    expect(() => resolveOptions({ customRules: [rule] })).toThrow(/option "customRules\[0\] \("ticket"\)\.secretgroup" is unknown; allowed: id, .*secretGroup/);
  });

  it("refuses an unknown key in a rule's examples or in a match example, naming it", () => {
    const base = { id: 'ticket', regex: String.raw`\b(TCK-[A-Za-z0-9]{12})\b` };
    expect(() => resolveOptions({ customRules: [{ ...base, examples: { match: [], nomatch: ['x'] } }] })).toThrow('option "customRules[0] ("ticket").examples.nomatch" is unknown; allowed: match, noMatch');
    const example = { input: `ref TCK-${s.alnum(12)}`, output: 'ref [REDACTED:ticket]', outptu: 'x' };
    expect(() => resolveOptions({ customRules: [{ ...base, examples: { match: [example] } }] })).toThrow('option "customRules[0] ("ticket").examples.match[0].outptu" is unknown; allowed: input, output');
  });

  it('refuses custom rule fields of the wrong type, keywords included', () => {
    const base = { id: 'ticket', regex: 'TCK-[0-9]+' };
    expect(() => resolveOptions({ customRules: [{ ...base, keywords: 'tck-' }] })).toThrow(/customRules\[0\] \("ticket"\)\.keywords" must be an array of strings/);
    expect(() => resolveOptions({ customRules: [{ ...base, minEntropy: '3' }] })).toThrow(/minEntropy" must be a number ≥ 0/);
    expect(() => resolveOptions({ customRules: [{ ...base, secretGroup: 1.5 }] })).toThrow(/secretGroup" must be a whole number/);
    expect(() => resolveOptions({ customRules: [{ ...base, redactor: 'shred' }] })).toThrow(/customRules\[0\] \("ticket"\)\.redactor" must be one of/);
    expect(() => resolveOptions({ customRules: [{ ...base, examples: { match: [{ input: 'x' }] } }] })).toThrow(/examples\.match" must be an array of \{ input, output \}/);
  });

  it('refuses an empty rules.only, which would silently turn every rule off', () => {
    expect(() => resolveOptions({ rules: { only: [] } })).toThrow(/option "rules\.only" is empty/);
  });

  it('lets a sensitive key of the config take a key the built-in safe list holds', () => {
    const value = s.alnum(24);
    const lines = ['nextToken', 'deviceToken', 'clientToken', 'hash'].flatMap((key) => [`{"${key}":"${value}"}`, `${key}=${value}`]);
    const defaults = createScrubber();
    const scrubber = createScrubber({ sensitiveKeys: ['nextToken', 'deviceToken', 'clientToken', 'hash'] });
    for (const line of lines) {
      expect(defaults.redactText(line)).toBe(line);
      expect(scrubber.redactText(line), line).not.toContain(value);
    }
  });

  it('refuses a key given as both sensitive and safe, naming it', () => {
    expect(() => resolveOptions({ sensitiveKeys: ['orderRef'], safeKeys: ['traceId', 'order_ref'] })).toThrow(
      'option "safeKeys[1]": the key "order_ref" is in "sensitiveKeys" too; a key is sensitive or safe, not both',
    );
  });

  it('refuses a sensitive or safe key with no letter or digit', () => {
    expect(() => resolveOptions({ sensitiveKeys: ['--'] })).toThrow(/option "sensitiveKeys\[0\]" must hold a letter or digit/);
  });

  it('refuses a redactor object with a field its type does not have, as config.schema.json does', () => {
    expect(() => resolveOptions({ redactor: { type: 'mask', txt: '[hidden]' } as never })).toThrow(/option "redactor\.txt" is unknown for the mask redactor; allowed: type, text/);
    expect(() => resolveOptions({ redactors: { jwt: { type: 'label', keep: 2 } as never } })).toThrow(/option "redactors\.jwt\.keep" is unknown/);
    expect(() => resolveOptions({ redactor: { type: 'constructor' } as never })).toThrow(/option "redactor" must be one of/);
  });

  it.each([
    [{ rules: null }, 'rules'],
    [{ rules: { disable: null } }, 'rules.disable'],
    [{ customRules: null }, 'customRules'],
    [{ redactor: null }, 'redactor'],
    [{ redactors: null }, 'redactors'],
    [{ redactors: { jwt: null } }, 'redactors.jwt'],
    [{ redactor: { type: 'mask', text: null } }, 'redactor.text'],
    [{ redactor: { type: 'partial', keep: null } }, 'redactor.keep'],
    [{ hashKey: null }, 'hashKey'],
    [{ maxLineBytes: null }, 'maxLineBytes'],
    [{ sensitiveKeys: null }, 'sensitiveKeys'],
    [{ allowlist: null }, 'allowlist'],
  ])('refuses null for an option (%j), naming it: null is not "left out"', (config, option) => {
    expect(() => resolveOptions(config, { LOGSCRUB_HASH_KEY: 'k'.repeat(32) })).toThrow(new RegExp(`option "${option.replace('.', '\\.')}" must be .*received null`));
  });

  it('names the type of a hashKey that is no string, never its value', () => {
    expect(() => resolveOptions({ hashKey: 12345678901234567890 } as never)).toThrow('option "hashKey" must be a string, received a number');
    try {
      resolveOptions({ hashKey: 12345678901234567890 } as never);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/1234/);
    }
  });

  it("names the type of a rule's keywords or an allowlist that is no list, never its text, which may be a secret", () => {
    const secret = s.password();
    const rule = { id: 'ticket', regex: 'TCK-[0-9]+', keywords: secret };
    expect(() => resolveOptions({ customRules: [rule] })).toThrow('option "customRules[0] ("ticket").keywords" must be an array of strings, received a string');
    expect(() => resolveOptions({ allowlist: secret })).toThrow('option "allowlist" must be an array of strings, received a string');
  });

  it('refuses a mask text with a control character, which would stand raw in a JSON string', () => {
    expect(() => resolveOptions({ redactor: { type: 'mask', text: 'a\u0001b' } })).toThrow(/option "redactor\.text" must be a non-empty string without quotes, backslashes or control characters/);
    expect(() => resolveOptions({ redactor: { type: 'mask', text: 'tab\there' } })).toThrow(/control characters/);
    expect(resolveOptions({ redactor: { type: 'mask', text: '«hidden»' } }).redactorFor['password-assignment']).toEqual({ type: 'mask', text: '«hidden»' });
  });

  it('takes maxLineBytes from 1 KiB to 1 GiB, and refuses one no Buffer could hold', () => {
    expect(resolveOptions({ maxLineBytes: 1024 }).maxLineBytes).toBe(1024);
    expect(resolveOptions({ maxLineBytes: 2 ** 30 }).maxLineBytes).toBe(2 ** 30);
    expect(() => resolveOptions({ maxLineBytes: 1e99 })).toThrow('option "maxLineBytes" must be an integer from 1024 to 1073741824 (1 GiB), received number 1e+99');
    expect(() => resolveOptions({ maxLineBytes: 2 ** 30 + 1 })).toThrow(/from 1024 to 1073741824/);
  });

  it('renders mask and partial placeholders', () => {
    const pw = s.password();
    expect(createScrubber({ redactor: { type: 'mask', text: '***' } }).redactText(`password=${pw}`)).toBe('password=***');
    expect(createScrubber({ redactor: 'partial' }).redactText(`password=${pw}`)).toBe(`password=${pw.slice(0, 3)}[REDACTED:password-assignment:len${pw.length}]`);
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

  it('names exactly the custom rule fields resolveOptions accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(new URL('../../config.schema.json', import.meta.url), 'utf8')) as { $defs: { rule: { properties: Record<string, unknown> } } };
    let message = '';
    try {
      resolveOptions({ customRules: [{ id: 'x', regex: 'x', nope: 1 }] });
    } catch (e) {
      message = (e as Error).message;
    }
    const allowed = message.slice(message.indexOf('allowed: ') + 'allowed: '.length).split(', ');
    expect(allowed.sort()).toEqual(Object.keys(schema.$defs.rule.properties).sort());
  });
});

describe('isBuiltinRule', () => {
  it('knows every built-in rule, also as a structured clone (a worker thread\'s copy)', () => {
    for (const rule of builtinRules) expect(isBuiltinRule(structuredClone(rule)), rule.id).toBe(true);
  });

  it('does not trust a rule whose sources differ from the built-in of its id, or a custom rule', () => {
    const [first] = builtinRules;
    expect(isBuiltinRule({ ...first!, regex: `${first!.regex}|x(` })).toBe(false);
    expect(isBuiltinRule({ ...first!, keywords: [...first!.keywords, 'extra'] })).toBe(false);
    const custom = resolveOptions({ customRules: [{ id: 'my-rule', regex: 'tok_([a-z]{8})', keywords: ['tok_'] }] }).rules.at(-1);
    expect(isBuiltinRule(custom!)).toBe(false);
  });
});
