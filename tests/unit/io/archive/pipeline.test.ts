import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../../../patterns/sample.js';
import { type FileFinding, scrubChunks } from '../../../../src/io/archive/pipeline.js';
import { createScrubber } from '../../../../src/scrubber.js';

const s = createSampler(131);
const scrubber = createScrubber();

async function* chunked(bytes: Buffer, size = 7): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function scrub(input: Buffer, size?: number): Promise<{ out: Buffer; result: Awaited<ReturnType<typeof scrubChunks>> }> {
  const parts: Buffer[] = [];
  const result = await scrubChunks(chunked(input, size), (b) => void parts.push(b), { scrubber, mode: 'scrub' });
  return { out: Buffer.concat(parts), result };
}

describe('scrubChunks, scrub mode', () => {
  it('redacts lines and keeps everything else byte for byte, whatever the chunking', async () => {
    const jwt = s.jwt();
    const input = Buffer.from(`{"n":1.50,"u":"\\u00e9"}\r\nBearer ${jwt}\nlast`);
    const { out, result } = await scrub(input, 3);
    expect(out.toString()).toBe('{"n":1.50,"u":"\\u00e9"}\r\nBearer [REDACTED:jwt]\nlast');
    expect(result).toMatchObject({ format: 'lines', gzipLayers: 0, lines: 3, byRule: { jwt: 1 }, bytesIn: input.length });
  });

  it('keeps a CloudWatch export timestamp byte-identical and gzip in gives gzip out', async () => {
    const lines = `2026-11-29T10:00:00.123Z {"password":"${s.password()}"}\n2026-11-29T10:00:01.000Z ok\n`;
    const { out, result } = await scrub(gzipSync(lines), 1000);
    const text = gunzipSync(out).toString();
    expect(text).toBe('2026-11-29T10:00:00.123Z {"password":"[REDACTED:sensitive-key]"}\n2026-11-29T10:00:01.000Z ok\n');
    expect(result).toMatchObject({ format: 'cloudwatch-export', gzipLayers: 1, lines: 2 });
  });

  it('writes gzip inside gzip back as two layers', async () => {
    const { out, result } = await scrub(gzipSync(gzipSync(`token ${s.jwt()}\n`)), 64);
    expect(result.gzipLayers).toBe(2);
    expect(gunzipSync(gunzipSync(out)).toString()).toBe('token [REDACTED:jwt]\n');
  });

  it('refuses a file with a NUL byte as binary, naming the offset', async () => {
    await expect(scrub(Buffer.from([0x61, 0x62, 0x00, 0x0a]))).rejects.toThrow(/binary file \(a NUL byte at offset 2\)/);
  });

  it('counts lines that are not UTF-8 and passes their bytes through', async () => {
    const input = Buffer.concat([Buffer.from('ok\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const { out, result } = await scrub(input);
    expect(Buffer.compare(out, input)).toBe(0);
    expect(result.invalidUtf8Lines).toBe(1);
  });

  it('rejects a truncated gzip', async () => {
    const gz = gzipSync('line\n'.repeat(10_000));
    await expect(scrub(gz.subarray(0, gz.length - 20), 4096)).rejects.toThrow(/truncated gzip/);
  });
});

describe('scrubChunks, check mode', () => {
  it('reports each finding with its exact line across chunks and blocks, never its text', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => (i === 6 || i === 401 ? `password=${s.password()}` : `line ${i}`));
    lines[250] = `Bearer ${s.jwt()}`;
    const findings: FileFinding[] = [];
    const result = await scrubChunks(chunked(Buffer.from(`${lines.join('\n')}\n`), 333), () => {
      throw new Error('check writes nothing');
    }, { scrubber, mode: 'check', onFinding: (f) => findings.push(f) });
    expect(findings).toEqual([
      { line: 7, ruleId: 'password-assignment' },
      { line: 251, ruleId: 'jwt' },
      { line: 402, ruleId: 'password-assignment' },
    ]);
    expect(result.lines).toBe(500);
  });

  it('reports a line too long to scan as line-too-long at its line', async () => {
    const small = createScrubber({ maxLineBytes: 1024 });
    const findings: FileFinding[] = [];
    await scrubChunks(chunked(Buffer.from(`a\nb\n${'x'.repeat(5000)}\nc\n`), 100), () => {}, { scrubber: small, mode: 'check', onFinding: (f) => findings.push(f) });
    expect(findings).toEqual([{ line: 3, ruleId: 'line-too-long' }]);
  });
});
