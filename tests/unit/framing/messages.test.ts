import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBlocks, joinMessages, messageFromBytes } from '../../../src/framing/messages.js';

/** The items back out of a joined block, by where each ends. */
const cut = (bytes: Buffer, ends: Uint32Array): Buffer[] => Array.from(ends, (end, i) => bytes.subarray(i === 0 ? 0 : (ends[i - 1] as number) + 1, end));

describe('joinMessages', () => {
  it('joins messages with line breaks and says where each ends, line breaks inside one included', () => {
    const messages = ['one', 'two\nlines', '', '\n', 'trailing\n', 'é 東京 🎉'];
    const { bytes, ends } = joinMessages(messages);
    expect(bytes.toString()).toBe(messages.join('\n'));
    expect(cut(bytes, ends).map((b) => b.toString())).toEqual(messages);
  });

  it('gives back any list of strings, as UTF-8, at its ends', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', 'é', '🎉', '\ud800') })), (messages) => {
        const { bytes, ends } = joinMessages(messages);
        expect(cut(bytes, ends)).toEqual(messages.map((m) => Buffer.from(m, 'utf8')));
      }),
    );
  });

  it('writes the block at the start of a spare buffer large enough, and into a new one past a spare too small', () => {
    const messages = ['a', 'b\nc', 'é'];
    const spare = Buffer.alloc(16, 0x2a);
    const into = joinMessages(messages, spare);
    expect(into.bytes.toString()).toBe('a\nb\nc\né');
    expect(into.bytes.buffer === spare.buffer && into.bytes.byteOffset === spare.byteOffset).toBe(true);
    const small = Buffer.alloc(6, 0x2a);
    const fresh = joinMessages(messages, small);
    expect(fresh.bytes.toString()).toBe('a\nb\nc\né');
    expect(fresh.bytes.buffer === small.buffer).toBe(false);
  });

  it('joins into a spare of any size exactly as into a new buffer, never cutting a character', () => {
    const unit = fc.constantFrom('a', '\n', 'é', '東', '🎉', '\ud800');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 8 }), fc.nat(80), (messages, room) => {
        const alone = joinMessages(messages);
        const into = joinMessages(messages, Buffer.alloc(room, 0x2a));
        expect(into.bytes).toEqual(alone.bytes);
        expect(into.ends).toEqual(alone.ends);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('joinBlocks', () => {
  it('keeps bytes that are not UTF-8 untouched and says where each block ends', () => {
    const blocks = [Buffer.from([0xff, 0xfe, 0x0a, 0x41]), Buffer.from('x\n'), Buffer.alloc(0)];
    const { bytes, ends } = joinBlocks(blocks);
    expect(cut(bytes, ends)).toEqual(blocks);
  });
});

describe('messageFromBytes', () => {
  it('puts back each lone surrogate that UTF-8 wrote as U+FFFD, around the replaced spans', () => {
    const original = '\udc00 a \ufffd b SECRET c \ud800';
    expect(messageFromBytes(original, Buffer.from(original.replace('SECRET', '[X]'), 'utf8'))).toBe('\udc00 a \ufffd b [X] c \ud800');
    expect(messageFromBytes('plain é', Buffer.from('[X] é'))).toBe('[X] é');
  });

  it('gives the decoded text when a replaced span held a U+FFFD, rather than guess which is which', () => {
    expect(messageFromBytes('\ud800 S\ufffdT \udc00', Buffer.from('\ufffd [X] \ufffd'))).toBe('\ufffd [X] \ufffd');
  });
});
