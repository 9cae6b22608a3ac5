/**
 * Where a line begins and ends inside a chunk of many lines. Detection works on spans of one
 * chunk; these find the line around a hit without copying anything.
 */
import { NEWLINE } from '../constants.js';

/** Where the line holding `pos` ends: its `\n`, or the end of the bytes. @example lineEndOf(Buffer.from('a\nb'), 0) // 1 */
export function lineEndOf(bytes: Buffer, pos: number): number {
  const i = bytes.indexOf(NEWLINE, pos);
  return i < 0 ? bytes.length : i;
}

/**
 * Start of the line holding `pos`, looking back no further than `floor`. A plain loop: lines are
 * short, and Buffer#lastIndexOf measured several µs a call here.
 *
 * @example lineStartOf(Buffer.from('a\nbc'), 3, 0) // 2
 */
export function lineStartOf(bytes: Uint8Array, pos: number, floor: number): number {
  let i = pos;
  while (i > floor && bytes[i - 1] !== NEWLINE) i--;
  return i;
}
