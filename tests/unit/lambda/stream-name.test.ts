import { describe, expect, it } from 'vitest';
import { compileStreamName, DEFAULT_STREAM_TEMPLATE } from '../../../src/lambda/stream-name.js';

const source = { logGroup: '/aws/lambda/app', logStream: '2026/11/29/[$LATEST]ab', owner: '123456789012' };

describe('compileStreamName', () => {
  it('fills in the source group and stream by default', () => {
    expect(compileStreamName(DEFAULT_STREAM_TEMPLATE)(source)).toBe('/aws/lambda/app/2026/11/29/[$LATEST]ab');
    expect(compileStreamName('{owner}-{logStream}')(source)).toBe('123456789012-2026/11/29/[$LATEST]ab');
  });

  it('replaces the characters CloudWatch refuses in a stream name', () => {
    expect(compileStreamName('{logStream}')({ ...source, logStream: 'ecs:web*1' })).toBe('ecs_web_1');
  });

  it('keeps a long name within 512 characters and two long names apart', () => {
    const name = compileStreamName('{logStream}');
    const a = name({ ...source, logStream: `a${'x'.repeat(600)}` });
    const b = name({ ...source, logStream: `b${'x'.repeat(600)}` });
    expect(a.length).toBeLessThanOrEqual(512);
    expect(a).not.toBe(b);
  });

  it('refuses a template naming a field it does not know', () => {
    expect(() => compileStreamName('{group}')).toThrow(/unknown field \{group\}; allowed: \{logGroup\}, \{logStream\}, \{owner\}/);
    expect(() => compileStreamName('')).toThrow(/must not be empty/);
  });
});
