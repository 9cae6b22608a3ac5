import { mkdtempSync, readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSink, resolveDestination, streamName } from '../../../src/io/destination.js';
import { OptionsError } from '../../../src/index.js';

describe('resolveDestination', () => {
  it('defaults to stdout, asynchronously', () => {
    expect(resolveDestination({})).toEqual({ kind: 'fd', fd: 1, sync: false });
  });

  it.each([
    [{ destination: 'stderr' }, { kind: 'fd', fd: 2, sync: false }],
    [{ destination: 2, sync: true }, { kind: 'fd', fd: 2, sync: true }],
    [{ destination: 'next' }, { kind: 'next' }],
    [{ destination: '/var/log/app.log', append: false }, { kind: 'file', path: '/var/log/app.log', mkdir: true, append: false, sync: false }],
  ])('reads %j', (input, want) => {
    expect(resolveDestination(input)).toEqual(want);
  });

  it('takes a stream only in-process', () => {
    const stream = { write: () => true };
    expect(resolveDestination({ destination: stream }, true)).toEqual({ kind: 'stream', stream });
    expect(() => resolveDestination({ destination: stream })).toThrow(OptionsError);
  });

  it('fills the CloudWatch stream name at start-up', () => {
    const d = resolveDestination({ destination: { type: 'cloudwatch', logGroupName: '/g', logStreamName: '{hostname}/{pid}/{date}', region: 'eu-west-1' } });
    expect(d).toEqual({
      kind: 'cloudwatch',
      options: { logGroupName: '/g', logStreamName: streamName('{hostname}/{pid}/{date}', 'logStreamName'), region: 'eu-west-1' },
    });
  });
});

describe('streamName', () => {
  it('fills hostname, pid and date, and drops what CloudWatch refuses in a name', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(streamName('web:{hostname}*{pid}/{date}', 'logStreamName')).toBe(`web-${hostname().replace(/[:*]/g, '-')}-${process.pid}/${today}`);
  });

  it('names an unknown field and the ones there are', () => {
    expect(() => streamName('{host}', 'logStreamName')).toThrow('uses {host}; the fields are {hostname}, {pid} and {date}');
  });
});

describe('openSink', () => {
  it('creates the directory of a file, appends, and flushes on demand', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'logscrub-sink-')), 'a', 'b', 'app.log');
    const first = openSink(resolveDestination({ destination: file }));
    first.write('one\n');
    await first.flush();
    expect(readFileSync(file, 'utf8')).toBe('one\n');
    await first.close();
    const second = openSink(resolveDestination({ destination: file }));
    second.write('two\n');
    await second.close();
    expect(readFileSync(file, 'utf8')).toBe('one\ntwo\n');
  });

  it.runIf(process.platform === 'linux')('refuses a file under /proc at once, naming it, where mkdir -p never returned', () => {
    expect(() => openSink(resolveDestination({ destination: '/proc/logscrub-nope/app.log' }))).toThrow(
      expect.objectContaining({ name: 'OptionsError', message: 'logscrub/pino option "destination": cannot open /proc/logscrub-nope/app.log (ENOENT)' }),
    );
  });

  it('writes the bytes it is given as they are, Buffers and strings alike, in order', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'logscrub-sink-')), 'bytes.log');
    const sink = openSink(resolveDestination({ destination: file }));
    const line = Buffer.from('{"msg":"ünïcödé 🚀"}\n');
    sink.write(line.subarray(0, 9));
    sink.write(line.subarray(9));
    sink.write('two\n');
    await sink.close();
    expect(readFileSync(file, 'utf8')).toBe('{"msg":"ünïcödé 🚀"}\ntwo\n');
  });

  it('hands text to the next stage and ends it on close', async () => {
    const sink = openSink({ kind: 'next' });
    sink.write('a\n');
    await sink.close();
    const chunks: string[] = [];
    for await (const chunk of sink.readable ?? []) chunks.push(String(chunk));
    expect(chunks.join('')).toBe('a\n');
  });
});
