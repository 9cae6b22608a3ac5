/**
 * File names that are not UTF-8. On Linux a name is bytes, and any but `/` and NUL may be in it;
 * Node reads names as UTF-8 text, so a name with a byte that is not UTF-8 (`a\xff.log`, from a
 * Latin-1 system) comes back with U+FFFD in its place, names no file, and two such names become
 * one. Read as bytes, each byte that is not UTF-8 is kept as a lone surrogate, U+DC80 to U+DCFF
 * (PEP 383, Python's `surrogateescape`): the name is a string for the rest of the code (plans,
 * worker messages, reports) and its bytes come back exactly where the file system is called.
 *
 *   readdir (bytes) ──decodeFileName──▶ 'a\udcff.log' ──fsPath──▶ <Buffer 61 ff 2e 6c 6f 67> ──▶ open, stat, rename…
 *                                                    └──shownPath (report.ts)──▶ "a\xff.log" in messages
 *
 * A name given on the command line cannot be helped: Node has already decoded argv.
 */
import { readdirSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';

/** A lone low surrogate of U+DC80–U+DCFF: one escaped byte. (A surrogate pair's low half follows its high half.) */
const ESCAPED = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/** Bytes of a UTF-8 sequence, by its lead byte; 0 for a byte that cannot lead one. */
const sequenceLength = (lead: number): number => (lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0);

/**
 * A name's bytes as a string: UTF-8, with each byte that is not part of valid UTF-8 as U+DC00 + byte.
 *
 * @example decodeFileName(Buffer.from([0x61, 0xff])) // 'a\udcff'
 */
export function decodeFileName(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return buffer.toString('utf8');
  let out = '';
  let i = 0;
  while (i < buffer.length) {
    const n = sequenceLength(buffer[i] as number);
    if (n > 0 && i + n <= buffer.length && isUtf8(buffer.subarray(i, i + n))) {
      out += buffer.toString('utf8', i, i + n);
      i += n;
    } else {
      out += String.fromCharCode(0xdc00 + (buffer[i] as number));
      i++;
    }
  }
  return out;
}

/** Whether a path holds a byte that is not UTF-8 (escaped by `decodeFileName`). */
export const hasEscapedBytes = (path: string): boolean => ESCAPED.test(path);

/**
 * What to give the file system for a path: the path itself, or, when it holds escaped bytes, its
 * exact bytes.
 *
 * @example readFileSync(fsPath('logs/a\udcff.log')) // reads logs/a<0xff>.log
 */
export function fsPath(path: string): string | Buffer {
  if (!hasEscapedBytes(path)) return path;
  const parts: Buffer[] = [];
  let text = '';
  for (let i = 0; i < path.length; i++) {
    const unit = path.charCodeAt(i);
    const previous = i > 0 ? path.charCodeAt(i - 1) : 0;
    if (unit >= 0xdc80 && unit <= 0xdcff && !(previous >= 0xd800 && previous <= 0xdbff)) {
      parts.push(Buffer.from(text, 'utf8'), Buffer.from([unit - 0xdc00]));
      text = '';
    } else text += path[i];
  }
  parts.push(Buffer.from(text, 'utf8'));
  return Buffer.concat(parts);
}

/**
 * The names in a directory, each read as bytes and decoded by `decodeFileName`.
 *
 * @example readDirectoryNames('logs') // ['a\udcff.log', 'b.log']
 */
export const readDirectoryNames = (dir: string): string[] => readdirSync(fsPath(dir), { encoding: 'buffer' }).map(decodeFileName);
