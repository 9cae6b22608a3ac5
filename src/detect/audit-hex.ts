/**
 * The Linux audit system's hex-encoded fields, read as the text they hold (round 118). auditd
 * writes a string field in upper-case hex when it holds a space, a quote or a control character:
 * a command's arguments (`EXECVE … a5=2D706C70…`), the whole command line with NULs between its
 * arguments (`PROCTITLE proctitle=6F70656E…`), sudo's command (`USER_CMD … cmd=…`). Read as hex,
 * a password there went unseen and a clean command looked like a 64-hex token. (A TTY's
 * keystrokes, `TTY … data=…`, are not read so: a password typed at a prompt has no flag or key.)
 *
 * `decodeAuditText` turns the fields into text the rules read as they read a command on a line,
 * with a map back to the hex: a finding in the text becomes the hex of exactly its bytes. An
 * EXECVE record's arguments are read together, quoted ones too, joined by spaces, so `-u root`
 * in one argument and the password in the next are one command again.
 */

/** Text decoded from audit fields, and where each of its bytes came from. */
export interface AuditText {
  readonly text: Buffer;
  /** Per byte of `text`: its first and last+1 offsets in the record; a separator has −1. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per byte of `text`: which field it came from (−1: a separator). */
  readonly field: Int32Array;
}

/** One field's value in the record: its offsets and whether it is hex (else the text between quotes). */
interface FieldValue {
  readonly start: number;
  readonly end: number;
  readonly hex: boolean;
  /** Continues the argument before it (`a2[1]=` after `a2[0]=`): no separator between them. */
  readonly continues: boolean;
}

/**
 * The next of an EXECVE record's arguments from where the last ended (sticky): `a3="-u"`, also
 * inside a JSON string (`a3=\"-u\"`) or a CSV field (`a3=""-u""`), `a5=2D70…`, a long one in chunks
 * (`a2_len=…`, `a2[0]=…`), or `(null)`.
 */
const NEXT_ARGUMENT = /[ \t]+(?:a[0-9]{1,5}_len=[0-9]+|a([0-9]{1,5})(\[[0-9]{1,5}\])?=(?:"([^"\r\n]*)"|\\"((?:[^"\\\r\n])*)\\"|""([^"\r\n]*)""|([0-9A-F]+)(?![0-9A-Za-z])|\(null\)))/y;

/** An EXECVE record's `argc=N`, where its arguments start. */
const ARGC = /argc=[0-9]+/y;
const ARGC_LITERAL = Buffer.from('argc=');

/** An EXECVE record's arguments are read this far at most; past it they are the other rules'. */
const MAX_ARGUMENTS_BYTES = 256 * 1024;

/**
 * A share of a decoded field's bytes this large must be text (printable, or a tab, line break or
 * NUL): else the hex was never a string auditd encoded, but a hex value (a token, a digest).
 */
const TEXT_SHARE = 0.9;

const hexValue = (c: number): number => (c <= 0x39 ? c - 0x30 : c - 0x37);

/** Whether a byte reads as text in a decoded field. */
const isText = (b: number): boolean => b >= 0x20 || b === 0x00 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x1b;

/** Whether `bytes[start, end)` decodes to text: even length, mostly text bytes. */
function hexIsText(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length % 2 !== 0) return false;
  let text = 0;
  for (let i = start; i < end; i += 2) if (isText(hexValue(bytes[i] as number) * 16 + hexValue(bytes[i + 1] as number))) text++;
  return text >= (length / 2) * TEXT_SHARE;
}

/**
 * The fields to read for the hex value at `[start, end)`: with `record` at an EXECVE record's
 * `argc=`, all its arguments, read one after the other from there (so a line of many records
 * costs each once); else that one field. Undefined when there is no text to read.
 */
function fieldsFor(bytes: Buffer, record: number, lineEnd: number, start: number, end: number): FieldValue[] | undefined {
  const single = (): FieldValue[] | undefined => (bytes[end] !== 0x5b && hexIsText(bytes, start, end) ? [{ start, end, hex: true, continues: false }] : undefined);
  const line = bytes.toString('latin1', record, Math.min(lineEnd, record + 32));
  ARGC.lastIndex = 0;
  if (!ARGC.test(line)) return single();
  // To the next record's `argc=` on the line, at most MAX_ARGUMENTS_BYTES: a line of many records
  // reads each once (a review's: the line's rest, at each, took 400 KB ten seconds).
  const next = bytes.subarray(0, lineEnd).indexOf(ARGC_LITERAL, record + ARGC_LITERAL.length);
  const text = bytes.toString('latin1', record, Math.min(lineEnd, record + MAX_ARGUMENTS_BYTES, next < 0 ? lineEnd : next));
  // Every argument: quoted ones as they are, hex ones decoded, or as they are where they hold no
  // text (a token passed in hex is read as hex, by the rules that know hex tokens).
  const fields: FieldValue[] = [];
  let previous = '';
  NEXT_ARGUMENT.lastIndex = ARGC.lastIndex;
  for (let m = NEXT_ARGUMENT.exec(text); m !== null; m = NEXT_ARGUMENT.exec(text)) {
    if (m[1] === undefined) continue; // a chunked argument's length
    const at = record + NEXT_ARGUMENT.lastIndex;
    const continues = m[2] !== undefined && m[2] !== '[0]' && m[1] === previous;
    previous = m[1];
    const quoted = m[3] ?? m[4] ?? m[5];
    const hex = m[6];
    if (quoted === undefined && hex === undefined) continue; // (null)
    const value = (quoted ?? hex) as string;
    const close = m[3] !== undefined ? 1 : m[4] !== undefined ? 2 : m[5] !== undefined ? 2 : 0;
    const from = at - close - value.length;
    // A hex value a placeholder follows was redacted already (a first scrub's, or the head
    // `partial` shows): not read again, as a line's text glued to a placeholder is not.
    if (hex !== undefined && bytes[from + value.length] === 0x5b) continue;
    fields.push({ start: from, end: from + value.length, hex: hex !== undefined && hexIsText(bytes, from, from + value.length), continues });
  }
  return fields.some((f) => f.start === start) ? fields : single();
}

/**
 * The text of the hex field at `[start, end)` of a record whose match starts at `record` (with the
 * record's other arguments, when that is an EXECVE record's `argc=`), or undefined when it holds
 * no text (outside EXECVE). Control characters
 * and NULs (between PROCTITLE's arguments) read as spaces.
 *
 * @example
 * decodeAuditText(Buffer.from('type=PROCTITLE proctitle=6C73002D6C'), 0, 35, 25, 35)?.text.toString() // 'ls -l'
 */
export function decodeAuditText(bytes: Buffer, record: number, lineEnd: number, start: number, end: number): AuditText | undefined {
  const fields = fieldsFor(bytes, record, lineEnd, start, end);
  if (fields === undefined) return undefined;
  let size = 0;
  for (const f of fields) size += (f.hex ? (f.end - f.start) / 2 : f.end - f.start) + 1;
  const text = Buffer.alloc(size);
  const starts = new Int32Array(size).fill(-1);
  const ends = new Int32Array(size).fill(-1);
  const field = new Int32Array(size).fill(-1);
  let n = 0;
  fields.forEach((f, i) => {
    if (n > 0 && !f.continues) text[n++] = 0x20;
    const step = f.hex ? 2 : 1;
    for (let p = f.start; p < f.end; p += step) {
      const b = f.hex ? hexValue(bytes[p] as number) * 16 + hexValue(bytes[p + 1] as number) : (bytes[p] as number);
      text[n] = b < 0x20 || b === 0x7f ? 0x20 : b;
      starts[n] = p;
      ends[n] = p + step;
      field[n] = i;
      n++;
    }
  });
  return { text: text.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n), field: field.subarray(0, n) };
}

/**
 * A span of the decoded text as spans of the record, one per field it covers (a finding across
 * two arguments is the part of each; their quotes and names stay).
 */
export function recordSpans(decoded: AuditText, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let i = start;
  while (i < end) {
    if (decoded.field[i] === -1) {
      i++;
      continue;
    }
    const f = decoded.field[i];
    let j = i;
    while (j + 1 < end && decoded.field[j + 1] === f) j++;
    spans.push([decoded.starts[i] as number, decoded.ends[j] as number]);
    i = j + 1;
  }
  return spans;
}
