import { describe, expect, it } from 'vitest';
import { createLineFramer, joinBytes, type Segment } from '../../../src/framing/lines.js';

const show = (segments: Segment[]): string[] => segments.map((s) => (s.kind === 'lines' ? s.bytes.toString() : `<too-long${s.newline ? '\\n' : ''}>`));

describe('createLineFramer', () => {
  it('hands on whole lines and holds the rest for the next chunk', () => {
    const framer = createLineFramer(1024);
    expect(show(framer.push(Buffer.from('a\nb\nc')))).toEqual(['a\nb\n']);
    expect(show(framer.push(Buffer.from('d\r\ne')))).toEqual(['cd\r\n']);
    expect(show(framer.end())).toEqual(['e']);
  });

  it('does not keep a reference to the caller’s chunk', () => {
    const framer = createLineFramer(1024);
    const chunk = Buffer.from('a\nbc');
    framer.push(chunk);
    chunk.fill(0x7a);
    expect(show(framer.end())).toEqual(['bc']);
  });

  it('reports a line over the limit once, in its place, whether it ends in one chunk or many', () => {
    const framer = createLineFramer(1024);
    expect(show(framer.push(Buffer.from(`a\n${'x'.repeat(1025)}\nb\n`)))).toEqual(['a\n', '<too-long\\n>', 'b\n']);
    expect(show(framer.push(Buffer.from('y'.repeat(700))))).toEqual([]);
    expect(show(framer.push(Buffer.from('y'.repeat(700))))).toEqual([]);
    expect(show(framer.push(Buffer.from('yy\nc\n')))).toEqual(['<too-long\\n>', 'c\n']);
    expect(show(framer.push(Buffer.from('z'.repeat(2000))))).toEqual([]);
    expect(show(framer.end())).toEqual(['<too-long>']);
  });

  it('says how many bytes a line over the limit held, its newline included, however many chunks it spans', () => {
    const framer = createLineFramer(1024);
    const dropped = (segments: Segment[]): number[] => segments.flatMap((s) => (s.kind === 'too-long' ? [s.bytes] : []));
    expect(dropped(framer.push(Buffer.from(`a\n${'x'.repeat(1025)}\nb\n`)))).toEqual([1026]);
    expect(dropped(framer.push(Buffer.from(`c${'y'.repeat(700)}`)))).toEqual([]);
    expect(dropped(framer.push(Buffer.from('y'.repeat(700))))).toEqual([]);
    expect(dropped(framer.push(Buffer.from('y'.repeat(3000))))).toEqual([]);
    expect(dropped(framer.push(Buffer.from('yy\nd\n')))).toEqual([4404]);
    expect(dropped(framer.push(Buffer.from('z'.repeat(2000))))).toEqual([]);
    expect(dropped(framer.end())).toEqual([2000]);
  });

  it('keeps a line of exactly the limit', () => {
    const framer = createLineFramer(1024);
    expect(show(framer.push(Buffer.from(`${'x'.repeat(1024)}\n`)))).toEqual([`${'x'.repeat(1024)}\n`]);
    framer.push(Buffer.from('y'.repeat(1024)));
    expect(show(framer.end())).toEqual(['y'.repeat(1024)]);
  });
});

describe('joinBytes', () => {
  it('joins Buffers and plain Uint8Arrays into a new Buffer, as Buffer.concat does', () => {
    const source = Buffer.from('héllo wörld');
    const parts = [source.subarray(0, 3), new Uint8Array([0x2c, 0x20]), Buffer.alloc(0), source.subarray(3)];
    const joined = joinBytes(parts);
    expect(joined.equals(Buffer.concat(parts))).toBe(true);
    source.fill(0x78);
    expect(joined.toString()).toBe('hé, llo wörld');
  });

  it('joins nothing into an empty Buffer', () => {
    expect(joinBytes([]).length).toBe(0);
  });
});
