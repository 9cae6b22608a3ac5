/**
 * Subscription payloads saved to disk (issue 13): the decoded JSON envelope (one, or several
 * concatenated `{…}{…}` or one a line, as Firehose writes CloudWatch records to S3), or base64 of
 * gzip (`awslogs.data`), one payload a line. Each message goes through the engine as the Lambda
 * does it (`redactMessages`), and the other fields (logGroup, logStream, owner, ids, unknown ones)
 * are scanned too: a secret there redacts the known fields and drops the unknown ones. An envelope
 * in which nothing changed is written back as the very bytes it was, and whatever lay between
 * envelopes (nothing, a newline) stays.
 *
 *   text ──split top-level values──▶ checkPayload ──redactMessages──▶ changed? serializePayload : same bytes
 *   base64 lines ──decodeBase64 + decodePayloadValues──▶ … ──encodePayloads + base64──▶ lines
 *
 * Whole files are held in memory (bounded by MAX_ENVELOPE_BYTES): a JSON document is parsed whole.
 */
import { NO_CARRY } from '../../constants.js';
import { InputError } from '../../errors.js';
import { checkPayload, decodeBase64, decodePayloadValues, encodePayloads, serializePayload, splitJsonValues, type SubscriptionPayload } from '../../framing/cloudwatch.js';
import { redactMessages } from '../../lambda/redact.js';
import type { Scrubber } from '../../scrubber.js';
import type { Stats } from '../../stats.js';
import type { Carry } from '../../types.js';

/** A secret found in an envelope: the file line the envelope starts on, and the event's place in the file (1-based) when it was in a message. */
export interface EnvelopeFinding {
  readonly line: number;
  /** Absent for a secret in a field other than a message (logGroup, logStream, …). */
  readonly event?: number;
  readonly ruleId: string;
}

export interface EnvelopeOptions {
  readonly scrubber: Scrubber;
  /** Counts of the messages' findings. */
  readonly stats: Stats;
  /** Set in `check` mode: findings are reported, nothing is rewritten. */
  readonly onFinding?: ((finding: EnvelopeFinding) => void) | undefined;
}

export interface EnvelopeResult {
  /** The rewritten file (the same Buffer when nothing changed); empty in check mode. */
  readonly bytes: Buffer;
  /** Log events seen. */
  readonly events: number;
}


/** `what: rest`, or `rest` when the caller names the file itself. */
const prefixed = (what: string, rest: string): string => (what === '' ? rest : `${what}: ${rest}`);

const lineAt = (text: string, offset: number, from: { offset: number; line: number }): number => {
  for (let i = text.indexOf('\n', from.offset); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    from.line++;
    from.offset = i + 1;
  }
  from.offset = Math.max(from.offset, offset);
  return from.line;
};

/** The envelope as JSON with every message emptied: its other fields, unknown ones included, for a scan. */
function skeleton(value: unknown): Buffer {
  const v = value as Record<string, unknown>;
  const events = (v.logEvents as Record<string, unknown>[]).map((e) => ({ ...e, message: '' }));
  return Buffer.from(JSON.stringify({ ...v, logEvents: events }), 'utf8');
}

/**
 * Redacts (or, in check mode, scans) one payload. Returns the payload to write, or undefined when
 * unchanged. The messages go through the engine as the Lambda sends them; every other field
 * (logGroup, logStream, owner, ids, fields we do not know) is scanned too, since a secret there
 * would otherwise be written back untouched. `value` is the JSON the payload was parsed from.
 */
function processPayload(payload: SubscriptionPayload, value: unknown, where: string, line: number, firstEvent: number, options: EnvelopeOptions): SubscriptionPayload | undefined {
  const { scrubber, stats, onFinding } = options;
  const fields = skeleton(value);
  const inFields = scrubber.scanBlock(fields, NO_CARRY).findings;
  if (inFields.length > 0) stats.record(fields, inFields);
  const messages = payload.logEvents.map((e) => e.message);
  if (onFinding !== undefined) {
    for (const f of inFields) onFinding({ line, ruleId: f.ruleId });
    let carry: Carry = NO_CARRY;
    messages.forEach((message, i) => {
      const bytes = Buffer.from(`${message}\n`, 'utf8');
      const result = scrubber.scanBlock(bytes, carry);
      carry = result.carry;
      stats.record(bytes, result.findings);
      for (const f of result.findings) onFinding({ line, event: firstEvent + i, ruleId: f.ruleId });
    });
    return undefined;
  }
  const { items, stats: counts } = redactMessages(scrubber, messages);
  stats.add(counts);
  if (items === messages && inFields.length === 0) return undefined;
  let out: SubscriptionPayload = { ...payload, logEvents: payload.logEvents.map((e, i) => ({ ...e, message: items[i] as string })) };
  if (inFields.length === 0) return out;
  // The fields we keep are redacted one by one; those we do not know are dropped, as
  // serializePayload writes the known ones only. Counted above, from the scan of the whole.
  const ids = payload.logEvents.map((e) => e.id);
  const known = redactMessages(scrubber, [payload.owner, payload.logGroup, payload.logStream, ...payload.subscriptionFilters, ...ids]).items;
  const filters = payload.subscriptionFilters.length;
  out = {
    ...out,
    owner: known[0] as string,
    logGroup: known[1] as string,
    logStream: known[2] as string,
    subscriptionFilters: known.slice(3, 3 + filters),
    logEvents: out.logEvents.map((e, i) => ({ ...e, id: known[3 + filters + i] as string })),
  };
  // A match only the JSON around a field shows (a key and its value) is not gone: fail closed.
  if (scrubber.scanBlock(skeleton(out), NO_CARRY).findings.length > 0) throw new InputError(`${where}: a secret outside the log messages could not be redacted; not written`);
  return out;
}

/**
 * A file of JSON envelopes: each one rewritten only if a message changed; the rest of the file,
 * the envelopes between included, goes back as its very bytes. `text` is the file read as Latin-1,
 * one character a byte, so a span is a byte range: JSON's structure is ASCII, which no byte of a
 * multi-byte UTF-8 character is. (Read as UTF-8, a byte that is not UTF-8 in a clean envelope came
 * back as U+FFFD once any other envelope changed; a review's.)
 */
function jsonEnvelopes(decoded: Buffer, text: string, what: string, options: EnvelopeOptions): EnvelopeResult {
  const spans = splitJsonValues(text);
  if (spans === undefined || spans.length === 0) throw new InputError(prefixed(what, 'not CloudWatch Logs subscription JSON (expected one or more {…} envelopes)'));
  const parts: Buffer[] = [];
  let at = 0;
  let events = 0;
  let changed = false;
  const cursor = { offset: 0, line: 1 };
  spans.forEach(([start, end], i) => {
    const line = lineAt(text, start, cursor);
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoded.toString('utf8', start, end));
    } catch {
      throw new InputError(prefixed(what, `line ${line}: envelope ${i + 1} is not valid JSON`));
    }
    const where = prefixed(what, `line ${line}: envelope ${i + 1}`);
    const payload = checkPayload(parsed, where);
    const out = processPayload(payload, parsed, where, line, events + 1, options);
    events += payload.logEvents.length;
    parts.push(decoded.subarray(at, start), out === undefined ? decoded.subarray(start, end) : Buffer.from(serializePayload(out), 'utf8'));
    at = end;
    changed ||= out !== undefined;
  });
  parts.push(decoded.subarray(at));
  return { bytes: changed ? Buffer.concat(parts) : Buffer.alloc(0), events };
}

/** A file of base64 payloads, one a line (`awslogs.data` saved as it came). */
function base64Payloads(text: string, what: string, options: EnvelopeOptions): EnvelopeResult {
  const lines = text.split('\n');
  let events = 0;
  let changed = false;
  const out = lines.map((raw, i) => {
    const cr = raw.endsWith('\r') ? '\r' : '';
    const data = raw.slice(0, raw.length - cr.length).trim();
    if (data === '') return raw;
    const where = prefixed(what, `line ${i + 1}`);
    const payloads = decodePayloadValues(decodeBase64(data, where), where);
    let lineChanged = false;
    const next = payloads.map(({ payload, value }) => {
      const redacted = processPayload(payload, value, where, i + 1, events + 1, options);
      events += payload.logEvents.length;
      lineChanged ||= redacted !== undefined;
      return redacted ?? payload;
    });
    if (!lineChanged) return raw;
    changed = true;
    return `${encodePayloads(next).toString('base64')}${cr}`;
  });
  return { bytes: changed ? Buffer.from(out.join('\n'), 'utf8') : Buffer.alloc(0), events };
}

/**
 * Scrubs or checks a whole subscription file. `what` opens error messages ('' when the caller
 * names the file itself). `bytes` in the result is empty when the file is to
 * be written back unchanged (the caller writes its own copy) or in check mode.
 *
 * @example
 * const { bytes, events } = processEnvelopes(decoded, '', { scrubber, stats: createStats() });
 */
export function processEnvelopes(decoded: Buffer, what: string, options: EnvelopeOptions): EnvelopeResult {
  if (/^\s*H4sI/.test(decoded.toString('latin1', 0, 64))) return base64Payloads(decoded.toString('utf8'), what, options);
  return jsonEnvelopes(decoded, decoded.toString('latin1'), what, options);
}
