/**
 * Tier 1 (the prefilter) decides which lines and rules are looked at; a line or rule it drops is
 * a secret that stays (issue 9). These tests hold it to the reference: every rule run on every
 * line, no tier 1. Same findings, on every example and on generated lines.
 */
import fc from 'fast-check';
import RE2 from 're2';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { compileRules } from '../../src/detect/compile.js';
import { createScanContext, type ScanContext, scanBytes } from '../../src/detect/scan.js';
import { resolveOptions } from '../../src/index.js';
import type { RuleSpec } from '../../src/types.js';

const options = resolveOptions({});
const rules = options.rules;
/**
 * Without reading JSON strings decoded: that runs on the lines tier 1 wakes, so a secret that only
 * its escapes hide from the line's keywords is found on no line, as before; the reference, which
 * wakes every line, would find it. What tier 1 must not drop is what the line's rules find.
 */
const contextOf = (specs: readonly RuleSpec[], tier1: boolean) =>
  createScanContext(compileRules(specs, { tier1 }), options.vocabulary, options.allowlist, new Set(), { jsonStrings: false });
/** The whole catalog, and each rule alone (where no other rule's trigger can wake its line). */
const pairs = [rules, ...rules.map((r) => [r])].map((specs) => ({ id: specs.length === 1 ? (specs[0] as RuleSpec).id : 'catalog', tier1: contextOf(specs, true), reference: contextOf(specs, false) }));

/** The first of `list` whose findings with tier 1 differ from the reference's on `text`, or undefined. */
const differenceIn =
  (list: readonly { id: string; tier1: ScanContext; reference: ScanContext }[]) =>
  (text: string): string | undefined => {
    const bytes = Buffer.from(text, 'utf8');
    for (const { id, tier1, reference } of list) {
      const got = JSON.stringify(scanBytes(tier1, { pemLinesLeft: 0 }, bytes));
      const expected = JSON.stringify(scanBytes(reference, { pemLinesLeft: 0 }, bytes));
      if (got !== expected) return `${id}: tier 1 ${got}, reference ${expected}, on ${text}`;
    }
    return undefined;
  };
const firstDifference = differenceIn(pairs);

/**
 * A line between two inputs that ends whatever the one before left open (a PEM body, a YAML block
 * or name/value pair, a wrapped base64 key) and holds nothing to find.
 */
const SEPARATOR = '\n[\n';
/**
 * `firstDifference` over many inputs at once: the catalog on each input, each rule alone on all
 * of them joined by `SEPARATOR` (one scan per rule rather than one per rule and input: the test
 * took a minute as the catalog grew), then on each input of a block where the two differ.
 */
const firstDifferenceInAll = (inputs: readonly string[]): string | undefined => {
  const catalog = differenceIn(pairs.slice(0, 1));
  for (const input of inputs) {
    const found = catalog(input);
    if (found !== undefined) return found;
  }
  const joined = inputs.join(SEPARATOR);
  for (const pair of pairs.slice(1)) {
    const alone = differenceIn([pair]);
    if (alone(joined) !== undefined) return inputs.map(alone).find((d) => d !== undefined) ?? alone(joined);
  }
  return undefined;
};

const examples = rules.flatMap((r) => [...r.examples.match.map((m) => m.input), ...r.examples.noMatch]);

describe('tier 1 against every rule on every line', () => {
  it('finds what the reference finds in every example of every rule, for the catalog and each rule alone', () => {
    expect(firstDifferenceInAll(examples)).toBeUndefined();
  });

  it('finds on inputs joined by the separator what it finds on each alone: nothing carries over it', () => {
    const { reference } = pairs[0] as (typeof pairs)[number];
    let offset = 0;
    const each = examples.flatMap((input) => {
      const found = scanBytes(reference, { pemLinesLeft: 0 }, Buffer.from(input, 'utf8')).map((f) => ({ ...f, start: f.start + offset, end: f.end + offset }));
      offset += Buffer.byteLength(input + SEPARATOR, 'utf8');
      return found;
    });
    expect(JSON.stringify(scanBytes(reference, { pemLinesLeft: 0 }, Buffer.from(examples.join(SEPARATOR), 'utf8')))).toBe(JSON.stringify(each));
  });

  it('finds a token whose escape follows a Cookie header name, as the reference does (fast-check found it)', () => {
    const hex64 = createSampler(3).hex(64);
    for (const line of [`cookie: \\n${hex64}`, `{"cookie":"\\n${hex64}"}`, `Cookie=\\t${hex64}`]) expect(firstDifference(line)).toBeUndefined();
  });

  it('takes a cookie value as a token only with the run its anchor looks for (fast-check found it)', () => {
    for (const line of ['Set-Cookie: =; Path=/password=(L2C4DrYm6A!Vfz=h', 'Cookie: a=Xk9!Lm2@Qp7#Rt4$Vw8%Zy3', 'Cookie: a=Xk9Lm2Qp7Rt4Vw8Zy3Ab5']) {
      expect(firstDifference(line)).toBeUndefined();
    }
  });

  it("reads a cookie pair's name as the word before its '=', blanks skipped, as its anchor does (fast-check found it)", () => {
    const lines = [
      "openconnect --cookie=B60188@76590@7751@9E8E6E76B281612CF6010F6A8815996B78AD0D7F --servercert pin-sha256:x vpn.corp.exampledefine( 'SECURE_AUTH_KEY', 'e3wi4ns$on$tk-6-ds-wbw1^7ty0zzh8aruqhw=*4-c-)*d$4@' );",
      'Cookie: theme=dark; remember_me =Zk8pQ2mN7vR4xT9wL3sY6bH1cJ5dF0gA',
      'cookie: lang=en; my session =abc12345',
    ];
    for (const line of lines) expect(firstDifference(line)).toBeUndefined();
  });

  it('finds what the reference finds in every example wrapped in JSON, in a JSON string, upper-cased, doubled and tab-separated', () => {
    // Tabs: a rule whose regex takes [ \t] but whose keywords hold only the space was never woken (review2).
    const lines = examples.flatMap((input) => [JSON.stringify({ msg: input }), JSON.stringify({ body: JSON.stringify({ v: input }) }), input.toUpperCase(), input.toLowerCase(), `${input} ${input}`, input.replaceAll(' ', '\t')]);
    expect(firstDifferenceInAll(lines)).toBeUndefined();
  });

  it('finds a keyword of a rule wherever its anchor hits, and its prefilter too: the pass over every byte looks for those', () => {
    for (const rule of rules) {
      // An anchor kept out of the pass never stands in for the keywords there: nothing to check.
      if (rule.anchor === undefined || rule.anchorInPass === false) continue;
      const anchor = new RE2(rule.anchor, 'u');
      const prefilter = rule.prefilter === undefined ? undefined : new RE2(rule.prefilter, 'u');
      for (const input of examples) {
        if (!anchor.test(input)) continue;
        if (rule.keywords.length > 0) expect(rule.keywords.some((k) => input.toLowerCase().includes(k)), `${rule.id}: ${input}`).toBe(true);
        if (prefilter !== undefined) expect(prefilter.test(input), `${rule.id}: ${input}`).toBe(true);
      }
    }
  });
});

describe('tier 1 with the pass over every byte as two automata (after the one fell out of RE2\'s DFA)', () => {
  /** Contexts whose pass went to two automata: one window of clean lines scanned with `passMinMBs` Infinity. */
  const split = (specs: readonly RuleSpec[]) => {
    const detector = compileRules(specs, { passMinMBs: Number.POSITIVE_INFINITY });
    const context = createScanContext(detector, options.vocabulary, options.allowlist, new Set(), { jsonStrings: false });
    scanBytes(context, { pemLinesLeft: 0 }, Buffer.from('a clean line with nothing in it\n'.repeat(40_000)));
    return { detector, context };
  };
  const catalog = split(rules);
  const list = [{ id: 'catalog, two automata', tier1: catalog.context, reference: contextOf(rules, false) }];
  const difference = differenceIn(list);

  it('runs two automata once a window of the one ran slower than asked', () => {
    expect(catalog.detector.passAutomata()).toBe(2);
    expect(compileRules(rules).passAutomata()).toBe(1);
  });

  it('finds what the reference finds in every example of every rule, alone and all in one block', () => {
    for (const input of examples) expect(difference(input)).toBeUndefined();
    expect(difference(examples.join('\n'))).toBeUndefined();
  });
});

describe('tier 1 with a rule\'s anchor out of the pass', () => {
  /**
   * An anchor that does not fit the pass (`MAX_PASS_ANCHORS_TOTAL_CHARS`, which a config's own
   * `sensitiveKeys` fill) goes out, and its rule is woken by its keywords alone: they must then hit
   * every line its regex matches. `anchorInPass: false` puts an anchor out as the budget does, and
   * leaves tier 1b's trigger as it was.
   */
  const out = (rule: RuleSpec): RuleSpec => ({ ...rule, anchorInPass: false });
  const anchored = rules.filter((r) => r.anchor !== undefined && r.keywords.length > 0);
  const outPairs = anchored.map((r) => ({ id: r.id, tier1: contextOf([out(r)], true), reference: contextOf([r], false) }));
  const differenceOut = differenceIn(outPairs);

  it('finds what the reference finds in every example of every rule', () => {
    for (const input of examples) expect(differenceOut(input)).toBeUndefined();
  });

  it('finds a short key before the code shapes and brackets its rule reads: pw.equals, ?=, ||=, !==, pin[]=', () => {
    const s = createSampler(11);
    const [pw, token] = [s.password(), s.base64url(24)];
    for (const line of [`if (pw.equals("${pw}")) {`, `PW?=${pw}`, `pw||='${pw}'`, `if (pw!=="${pw}") {`, `pw[]=${pw}`, `pin[]=${token}`, `otp]=${token}`, `csrf[]=${token}`]) {
      expect(differenceOut(line)).toBeUndefined();
    }
  });

  it('finds what the reference finds where a rule reads a name elsewhere on the line: a DynamoDB attribute without a keyword', () => {
    // The expression reader judged any sensitive attribute; `pin` holds none of its keywords, so
    // tier 1 never ran it on such a line while the reference did (a generated line, s23).
    const line = '{"UpdateExpression":"SET #p = :p","ExpressionAttributeNames":{"#p":"pin"},"ExpressionAttributeValues":{":p":"Xk9pq2LmZr7Wq3TyQ"}}';
    expect(differenceOut(line)).toBeUndefined();
    expect(firstDifference(line)).toBeUndefined();
    // The same for a column an ORM binds (`sql-bound-secret`).
    const sql = `insert into "users" ("email", "pin") values (?, ?) [ 'ada@example.com', 'Xk9pq2LmZr7Wq3TyQ' ]`;
    expect(differenceOut(sql)).toBeUndefined();
    expect(firstDifference(sql)).toBeUndefined();
  });

  it('finds what the reference finds with a config of 32 sensitiveKeys of its own, whose anchors put others out of the pass', () => {
    const own = resolveOptions({ sensitiveKeys: Array.from({ length: 32 }, (_, i) => `field${String.fromCharCode(97 + (i % 26))}${i} key`) });
    const context = (tier1: boolean) => createScanContext(compileRules(own.rules, { tier1 }), own.vocabulary, own.allowlist, new Set(), { jsonStrings: false });
    const [tier1, reference] = [context(true), context(false)];
    const token = createSampler(12).base64url(24);
    for (const line of [...examples, `pin[]=${token}`, `otp]=${token}`, `fieldc2_key[]=${token}`]) {
      const bytes = Buffer.from(line, 'utf8');
      expect(JSON.stringify(scanBytes(tier1, { pemLinesLeft: 0 }, bytes)), line).toBe(JSON.stringify(scanBytes(reference, { pemLinesLeft: 0 }, bytes)));
    }
  });
});

/** Pieces lines are made of: examples, secrets from the seeded sampler, keys, separators, digests. */
const piece = (s: ReturnType<typeof createSampler>) =>
  fc.oneof(
    fc.constantFrom(...examples),
    fc.constantFrom('token', 'password', 'session', 'sessionId', 'api_key', 'secret', 'cookie', 'Cookie', 'authorization', 'sha256', 'SHA256', 'app', 'etag', 'x-api-key', 'AKIA', 'eyJ', 's:', 'e:', '-us1', 'https://'),
    fc.constantFrom('=', ': ', '":"', '\\":\\"', '"', "'", ' ', '\t', '; ', '@', ':', '-', '.', '_', '/', ',', '=>', '{', '}', '[', ']', '%3D', '%22', '\\n', '\\u0022'),
    fc.constantFrom(s.hex(64), s.hex(63), s.hex(70), s.hex(128), s.hex(32), s.jwt(), s.oat(), s.signedCookie(), s.encryptedCookie(), s.awsAccessKeyId(), s.awsSecretKey(), s.password(), s.uuid(), s.base64url(40)),
    fc.stringMatching(/^[a-zA-Z0-9 ._-]{0,12}$/),
  );

describe('tier 1 on generated lines', () => {
  it('finds what the reference finds on lines made of keys, separators, secrets and look-alikes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }).chain((seed) => fc.array(piece(createSampler(seed)), { minLength: 1, maxLength: 12 })), (pieces) => {
        expect(firstDifference(pieces.join(''))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('finds what the reference finds around 64-hex runs: digests, asset names, any context', () => {
    const s = createSampler(7);
    fc.assert(
      fc.property(
        fc.constantFrom('', 'sha256', 'SHA256', 'Sha256', 'sha25', 'xsha256', 'cha256', 'ha256', 'sxa256', 'shb256', 'sha356', 'sha266', 'sha257', 'sha512', 'a256', '256', '6', 'app', 'token', 'image@sha256', 'integrity sha512'),
        fc.constantFrom('', ':', '-', '.', '_', ' ', '"', '=', '@', '/', '::', ': ', '":"'),
        fc.integer({ min: 60, max: 140 }),
        fc.constantFrom('', '.js', '.j', '.jsx12', '.abcdef', '.abcde', '.', '. ', '.1', '.123456', ' ', '"', 'g', '_x', '-', '.js.map', '\n'),
        (before, sep, length, after) => {
          expect(firstDifference(`${before}${sep}${s.hex(length)}${after}`)).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });
});
