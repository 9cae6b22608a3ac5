import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBlocks, joinMessages, splitBlocks, splitMessages } from '../../../src/framing/messages.js';

describe('joinMessages / splitMessages', () => {
  it('gives back each message whole, line breaks inside it included', () => {
    const messages = ['one', 'two\nlines', '', '\n', 'trailing\n', 'é 東京 🎉'];
    const { text, layout } = joinMessages(messages);
    expect(text).toBe(messages.join('\n'));
    expect(splitMessages(text, layout)).toEqual(messages);
  });

  it('splits any list of strings back into itself', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', 'é', '🎉') })), (messages) => {
        const { text, layout } = joinMessages(messages);
        expect(splitMessages(text, layout)).toEqual(messages);
      }),
    );
  });

  it('follows the line breaks, not the byte offsets, when redaction changed the lengths', () => {
    const { layout } = joinMessages(['token abcdef', 'a\nb', 'c']);
    expect(splitMessages('token [REDACTED:x]\na\nb\nc', layout)).toEqual(['token [REDACTED:x]', 'a\nb', 'c']);
  });

  it('refuses a block whose line breaks are not the layout’s, rather than guess', () => {
    const { layout } = joinMessages(['a', 'b']);
    expect(splitMessages('a\nb\nc', layout)).toBeUndefined();
    expect(splitMessages('ab', layout)).toBeUndefined();
  });
});

describe('joinBlocks / splitBlocks', () => {
  it('keeps bytes that are not UTF-8 untouched', () => {
    const blocks = [Buffer.from([0xff, 0xfe, 0x0a, 0x41]), Buffer.from('x\n'), Buffer.alloc(0)];
    const { bytes, layout } = joinBlocks(blocks);
    expect(splitBlocks(bytes, layout)).toEqual(blocks);
  });
});
