import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectFormat, firstNul, startsGzip } from '../../../../src/io/archive/format.js';

const b = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('detectFormat', () => {
  it('tells a CloudWatch export line by its ISO-8601 timestamp and space', () => {
    expect(detectFormat(b('2026-11-29T10:00:00.000Z {"msg":"hi"}\n'))).toBe('cloudwatch-export');
    expect(detectFormat(b('2026-11-29T10:00:00Z GET /health\n'))).toBe('cloudwatch-export');
  });

  it('tells a saved subscription payload, decoded or base64 of gzip', () => {
    expect(detectFormat(b('{"messageType":"DATA_MESSAGE","owner":"1"}'))).toBe('subscription');
    expect(detectFormat(b(`${gzipSync('{}').toString('base64')}\n`))).toBe('subscription');
  });

  it('takes a JSON line that only opens like an envelope (no messageType) as lines', () => {
    expect(detectFormat(b('{"logGroup":"/ecs/api","level":30,"msg":"ok"}\n'))).toBe('lines');
    expect(detectFormat(b('{"owner":"ops","messageType":"audit"}\n'))).toBe('lines');
    expect(detectFormat(b('{"owner":"1","messageType":"CONTROL_MESSAGE","logEvents":[]}'))).toBe('subscription');
  });

  it('takes JSON lines, text and a Lambda log line with a tab as lines', () => {
    expect(detectFormat(b('{"level":30,"msg":"ok"}\n'))).toBe('lines');
    expect(detectFormat(b('plain text\n'))).toBe('lines');
    expect(detectFormat(b('2026-11-29T10:00:01.123Z\treq\tINFO\thi\n'))).toBe('lines');
    expect(detectFormat(b(''))).toBe('lines');
  });
});

describe('startsGzip and firstNul', () => {
  it('sees gzip by its magic bytes, whatever the name', () => {
    expect(startsGzip(gzipSync('x'))).toBe(true);
    expect(startsGzip(b('x'))).toBe(false);
  });

  it('finds the first NUL byte, or -1 for text', () => {
    expect(firstNul(Buffer.from([0x41, 0x42, 0x00]))).toBe(2);
    expect(firstNul(b('text\n'))).toBe(-1);
  });
});
