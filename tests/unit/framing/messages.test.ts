import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBlocks, joinMessages, splitBlocks, splitRedacted } from '../../../src/framing/messages.js';

/** Joins, "redacts" with `edit`, and splits back. */
function roundTrip(messages: string[], edit: (text: string) => string = (t) => t): string[] | undefined {
  const { bytes, layout } = joinMessages(messages);
  return splitRedacted(messages, bytes, Buffer.from(edit(bytes.toString())), layout);
}

describe('joinMessages / splitRedacted', () => {
  it('gives back each message whole, line breaks inside it included', () => {
    const messages = ['one', 'two\nlines', '', '\n', 'trailing\n', 'é 東京 🎉'];
    expect(joinMessages(messages).bytes.toString()).toBe(messages.join('\n'));
    expect(roundTrip(messages)).toEqual(messages);
  });

  it('splits any list of strings back into itself', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', 'é', '🎉', '\ud800') })), (messages) => {
        expect(roundTrip(messages)).toEqual(messages);
      }),
    );
  });

  it('splits edited blocks as each message edited alone, whether runs of unchanged messages are confirmed at once or searched line by line', () => {
    const edits = [(t: string) => t.replace(/b+/g, '[R]'), (t: string) => t.replace(/é/g, ''), (t: string) => t.replace(/a/g, 'é')];
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '\n', 'é', '🎉') }), { maxLength: 80 }), fc.nat(2), (messages, e) => {
        const edit = edits[e]!;
        const { bytes, layout } = joinMessages(messages);
        const after = Buffer.from(edit(bytes.toString()));
        const expected = messages.map(edit);
        expect(splitRedacted(messages, bytes, after, layout)).toEqual(expected);
        const { ends: _, ...searched } = layout;
        expect(splitRedacted(messages, bytes, after, searched)).toEqual(expected);
      }),
    );
  });

  it('follows the line breaks, not the byte offsets, when redaction changed the lengths', () => {
    expect(roundTrip(['token abcdef', 'a\nb', 'c'], (t) => t.replace('abcdef', '[REDACTED:x]'))).toEqual(['token [REDACTED:x]', 'a\nb', 'c']);
    expect(roundTrip(['é', 'a\ntoken 東京', 'c'], (t) => t.replace('東京', '[R]'))).toEqual(['é', 'a\ntoken [R]', 'c']);
  });

  it('hands back the very strings of the messages that did not change', () => {
    const messages = ['unchanged one', 'secret here', 'unchanged two'];
    const out = roundTrip(messages, (t) => t.replace('secret', 'XXXXXX')) as string[];
    expect(out[1]).toBe('XXXXXX here');
    expect(Object.is(out[0], messages[0]) && Object.is(out[2], messages[2])).toBe(true);
  });

  it('writes the block at the start of a spare buffer large enough, and ignores one too small', () => {
    const messages = ['a', 'b\nc', 'é'];
    const spare = Buffer.alloc(16, 0x2a);
    const into = joinMessages(messages, spare);
    expect(into.bytes.toString()).toBe('a\nb\nc\né');
    expect(into.bytes.buffer === spare.buffer && into.bytes.byteOffset === spare.byteOffset).toBe(true);
    const small = Buffer.alloc(3, 0x2a);
    const fresh = joinMessages(messages, small);
    expect(fresh.bytes.toString()).toBe('a\nb\nc\né');
    expect(small.toString()).toBe('***');
  });

  it('refuses a block whose line breaks are not the layout’s, rather than guess', () => {
    expect(roundTrip(['a', 'b'], (t) => `${t}\nc`)).toBeUndefined();
    expect(roundTrip(['a', 'b'], (t) => t.replace('\n', ''))).toBeUndefined();
    expect(roundTrip(['a\nb', 'c'], (t) => t.replace('a\n', 'a'))).toBeUndefined();
  });
});

describe('joinBlocks / splitBlocks', () => {
  it('keeps bytes that are not UTF-8 untouched', () => {
    const blocks = [Buffer.from([0xff, 0xfe, 0x0a, 0x41]), Buffer.from('x\n'), Buffer.alloc(0)];
    const { bytes, layout } = joinBlocks(blocks);
    expect(splitBlocks(bytes, layout)).toEqual(blocks);
  });
});
