import { execFile, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createScrubber, OptionsError } from '../../src/index.js';
import logscrubTransport, { destination } from '../../transports/pino.js';
import { type FakeCloudWatch, startFakeCloudWatch } from '../support/cloudwatch-server.js';
import { pinoLine, pinoRecord } from '../support/pino-records.js';

const root = join(import.meta.dirname, '..', '..');
const APP = join(root, 'dist', 'tests', 'support', 'pino-app.js');
const run = promisify(execFile);
// The real SDK client signs every request; these are not credentials anywhere but here.
const SDK_ENV = { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1' };
beforeAll(() => Object.assign(process.env, SDK_ENV));

const scrubber = createScrubber();

/**
 * Transports being ended, held until their 'close'. thread-stream's worker knows its stream only
 * by a WeakRef: a test that no longer uses its transport while it waits for 'close' leaves it to
 * the garbage collector, and a stream collected before its worker exits never emits 'close'
 * (CI saw a test time out so).
 */
const ending = new Set<ReturnType<typeof pino.transport>>();
async function endTransport(stream: ReturnType<typeof pino.transport>): Promise<void> {
  ending.add(stream);
  try {
    const closed = once(stream, 'close');
    stream.end();
    await closed;
  } finally {
    ending.delete(stream);
  }
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'logscrub-pino-'));

const memo = new Map<string, string[]>();
/**
 * What the destination must hold after `count` records of `seed`: each line redacted, nothing else
 * changed, and none of the planted secrets left (checked once here: a destination must then hold
 * exactly these lines, so it holds none either).
 */
function expected(seed: number, count: number): string[] {
  const key = `${seed}/${count}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const lines: string[] = [];
  const secrets: string[] = [];
  for (let i = 0; i < count; i++) {
    const { record, secrets: planted } = pinoRecord(seed, i);
    lines.push(pinoLine(record));
    secrets.push(...planted);
  }
  const redacted = scrubber.redactText(lines.join('\n')).split('\n');
  expect(redacted.length).toBe(count);
  const text = redacted.join('\n');
  expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  memo.set(key, redacted);
  return redacted;
}

function expectRedacted(text: string, seed: number, count: number): void {
  const want = expected(seed, count);
  const got = text.split('\n');
  expect(got.pop()).toBe('');
  expect(got.length).toBe(count);
  // Compared line by line only where they differ, to keep a failure readable.
  const firstDiff = got.findIndex((line, i) => line !== want[i]);
  expect(firstDiff === -1 ? undefined : { line: firstDiff, got: got[firstDiff], want: want[firstDiff] }).toBeUndefined();
}

async function runApp(how: string, count: number, form: 'worker' | 'in-process', options: object, seed = 7) {
  try {
    return await run(process.execPath, [APP, how, String(count), form, String(seed)], {
      cwd: root,
      env: { ...process.env, LOGSCRUB_TEST_OPTIONS: JSON.stringify(options) },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // flush and close end with SIGKILL on purpose, once the destination holds everything.
    if ((error as { signal?: string }).signal === 'SIGKILL') return error as { stdout: string; stderr: string };
    throw error;
  }
}

describe('the pino transport in a child process, into a file', () => {
  // A burst pino's own pino/file target also survives a process.exit() after: with 20,000 at once
  // thread-stream's flushSync throws "overwritten" and both lose everything.
  const COUNT = 5000;
  for (const form of ['worker', 'in-process'] as const) {
    for (const how of ['exit', 'process-exit', 'flush', 'sigterm', 'close']) {
      it(`keeps all ${COUNT} records, in order and redacted, when the app ends by ${how} (${form})`, async () => {
        const file = join(tempDir(), 'logs', 'app.log');
        const { stderr } = await runApp(how, COUNT, form, { destination: file });
        expectRedacted(readFileSync(file, 'utf8'), 7, COUNT);
        expect(stderr).toBe('');
      });
    }
  }

  // A review's: a record logged from the app's own 'exit' listener (registered after the
  // destination's) was lost, and one logged after the event loop had emptied once threw.
  // (pino.transport loses the first: thread-stream has flushed and ended by then.)
  it.each(['exit-listener', 'before-exit-late', 'throw'])('keeps every record when the app ends by %s (in-process)', async (how) => {
    const file = join(tempDir(), 'logs', 'app.log');
    const count = 300;
    await runApp(how, count, 'in-process', { destination: file }).catch((error: { stderr: string }) => {
      expect(error.stderr).toContain('the app failed');
    });
    expectRedacted(readFileSync(file, 'utf8'), 7, count);
  });
});

describe('the pino transport into CloudWatch Logs', () => {
  let server: FakeCloudWatch | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  for (const [form, how] of [
    ['worker', 'process-exit'],
    ['worker', 'close'],
    ['in-process', 'exit'],
    ['in-process', 'close'],
  ] as const) {
    it(`delivers every record in order through throttles, 5xx and resets when the app ends by ${how} (${form})`, async () => {
      server = await startFakeCloudWatch({ autoCreate: true });
      server.fault = (put) => (put === 2 ? 'throttle' : put === 3 ? 'unavailable' : put === 5 ? 'reset' : undefined);
      const count = 5000;
      const options = { destination: { type: 'cloudwatch', logGroupName: '/app/redacted', logStreamName: 'web-{pid}', endpoint: server.url } };
      await runApp(how, count, form, options);
      const [stream] = server.streams('/app/redacted');
      expect(stream).toMatch(/^web-\d+$/);
      const messages = server.events('/app/redacted', stream as string).map((e) => e.message);
      expectRedacted(`${messages.join('\n')}\n`, 7, count);
      expect(server.counts.get('PutLogEvents throttle')).toBeGreaterThan(0);
    });
  }

  /** The messages CloudWatch stored, then those spilled to stderr: every record exactly once, in order. */
  const storedThenSpilled = (stderr: string): string[] => [
    ...(server as FakeCloudWatch).events('/app/redacted', 'web').map((e) => e.message),
    ...stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { message: string }).message),
  ];

  // A review's: with process.exit() right after logging, or an uncaught error, the last block went
  // to the writer after its exit hook had spilled what it held, and was lost (0 of 500 stored or
  // spilled); a record logged after the event loop had emptied once reached a closed writer and
  // threw from the destination's own hook.
  it.each(['process-exit', 'throw', 'exit-listener', 'before-exit-late'])('delivers or spills every record when the app ends by %s (in-process)', async (how) => {
    server = await startFakeCloudWatch({ autoCreate: true });
    const count = 500;
    const options = { destination: { type: 'cloudwatch', logGroupName: '/app/redacted', logStreamName: 'web', endpoint: server.url } };
    const { stderr } = await runApp(how, count, 'in-process', options).catch((error: { stderr: string }) => {
      expect(error.stderr).toContain('the app failed');
      return error;
    });
    expectRedacted(`${storedThenSpilled(stderr).join('\n')}\n`, 7, count);
    expect(stderr).not.toMatch(/is closed|Error: logscrub/);
  });

  it('delivers the lines of a block that never filled when the event loop empties (in-process)', async () => {
    // Fewer lines than a block, so they wait for the timer, which the CloudWatch writer's own
    // 'beforeExit' close used to beat (CI saw 'the CloudWatch writer … is closed').
    server = await startFakeCloudWatch({ autoCreate: true });
    const count = 20;
    const options = { destination: { type: 'cloudwatch', logGroupName: '/app/redacted', logStreamName: 'web', endpoint: server.url } };
    await runApp('exit', count, 'in-process', options);
    const messages = server.events('/app/redacted', 'web').map((e) => e.message);
    expectRedacted(`${messages.join('\n')}\n`, 7, count);
  });
});

describe('the pino transport when CloudWatch Logs never answers', () => {
  let server: FakeCloudWatch | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('spills every record, redacted and in order, to stderr before the process must end', async () => {
    server = await startFakeCloudWatch({ autoCreate: true });
    server.fault = () => 'unavailable';
    const count = 500;
    const options = { destination: { type: 'cloudwatch', logGroupName: '/app/redacted', logStreamName: 'web', endpoint: server.url } };
    const { stderr } = await runApp('process-exit', count, 'worker', options);
    const spilled = stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { message: string }).message);
    expectRedacted(`${spilled.join('\n')}\n`, 7, count);
    expect(stderr).toMatch(/logscrub: cloudwatch: could not deliver \d+ events to log group \/app\/redacted, stream web/);
  });
});

describe('the pino transport in pino pipelines and targets', () => {
  it('routes by level inside targets, redacting in each target', async () => {
    const dir = tempDir();
    const transport = pino.transport({
      targets: [
        { target: 'logscrub/pino', level: 'warn', options: { destination: join(dir, 'warn.log') } },
        { target: 'logscrub/pino', level: 'info', options: { destination: join(dir, 'all.log') } },
      ],
    });
    const logger = pino({ base: null, timestamp: false }, transport);
    const { record, secrets } = pinoRecord(3, 0);
    logger.info(record, 'request');
    logger.warn(record, 'request');
    await endTransport(transport);
    const warn = readFileSync(join(dir, 'warn.log'), 'utf8');
    const all = readFileSync(join(dir, 'all.log'), 'utf8');
    expect(warn).toBe(`${scrubber.redactText(pinoLine(record, 40))}\n`);
    expect(all).toBe(`${scrubber.redactText(pinoLine(record, 30))}\n${scrubber.redactText(pinoLine(record, 40))}\n`);
    for (const secret of secrets) expect(warn + all).not.toContain(secret);
  });

  it("hands redacted lines to the next stage of a pipeline with destination 'next'", async () => {
    const file = join(tempDir(), 'next.log');
    const transport = pino.transport({
      pipeline: [
        { target: 'logscrub/pino', options: { destination: 'next' } },
        { target: 'pino/file', options: { destination: file } },
      ],
    });
    const logger = pino({ base: null, timestamp: false }, transport);
    for (let i = 0; i < 500; i++) logger.info(pinoRecord(5, i).record, 'request');
    await endTransport(transport);
    expectRedacted(readFileSync(file, 'utf8'), 5, 500);
  });

  it('writes clean lines byte for byte, whatever pino put in them', async () => {
    const file = join(tempDir(), 'clean.log');
    const transport = pino.transport({ target: 'logscrub/pino', options: { destination: file } });
    const logger = pino(transport);
    logger.info({ emoji: '🚀', escaped: 'a"b\\c\n\u0000', n: 1e21, sha: 'e83c5163316f89bfbde7d9ab23ca2e25604af290', req: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' }, 'ünïcödé');
    logger.error(new Error('boom'));
    await endTransport(transport);
    const lines = readFileSync(file, 'utf8').split('\n').slice(0, -1);
    for (const line of lines) expect(scrubber.redactText(line)).toBe(line);
    expect(lines[0]).toContain('"emoji":"🚀","escaped":"a\\"b\\\\c\\n\\u0000","n":1e+21');
  });
});

describe("the transport reading thread-stream's shared buffer as bytes", () => {
  /** Logs `count` records (unicode in every message, half of them clean) through one target, and what the file must hold. */
  async function logThrough(count: number, options: { sync?: boolean } = {}, clean = false, slowReader = false): Promise<{ got: string; want: string }> {
    const file = join(tempDir(), 'ring.log');
    let read: Promise<string> | undefined;
    if (slowReader) {
      // A FIFO drained at ~8 MB/s by another process (thread-stream's end() blocks this thread):
      // the file's writes wait on it, so the sink holds many blocks.
      execFileSync('mkfifo', [file]);
      const drain = `(async () => { const out = []; for await (const c of require('fs').createReadStream(process.argv[1], { highWaterMark: 16384 })) { out.push(c); await new Promise((r) => setTimeout(r, 2)); } process.stdout.write(Buffer.concat(out)); })()`;
      read = run(process.execPath, ['-e', drain, file], { maxBuffer: 256 * 1024 * 1024 }).then(({ stdout }) => stdout);
    }
    const transport = pino.transport({ target: 'logscrub/pino', options: { destination: file }, ...options });
    const logger = pino({ base: null, timestamp: false }, transport);
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      // pinoRecord's odd records are the clean ones.
      const { record } = pinoRecord(23, clean ? 2 * i + 1 : i);
      const msg = `réqüest ${i} 🚀`;
      logger.info(record, msg);
      lines.push(pinoLine(record, 30, msg));
    }
    await endTransport(transport);
    // Redacted as one text, as the transport reads them: a call a line cost seconds here.
    const want = `${scrubber.redactText(lines.join('\n'))}\n`;
    return { got: read === undefined ? readFileSync(file, 'utf8') : await read, want };
  }

  it('writes every line whole, redacted and in order through many turns of the 4 MiB buffer', async () => {
    // ~12.5 MB, three turns: the writer wraps around again and again, cutting lines (and
    // characters' bytes apart from the line they end) at the buffer's end; clean blocks are copied
    // before the bytes are handed back.
    const { got, want } = await logThrough(20_000);
    expect(got.length).toBe(want.length);
    expect(got === want).toBe(true);
  });

  it('writes clean lines as they were, though the bytes they were read from are reused meanwhile', async () => {
    // Nothing to redact: the engine hands back views of the shared buffer, which the writer fills
    // again once they are released; the file must get the lines, not what came after them.
    const { got, want } = await logThrough(30_000, {}, true, true);
    expect(got.length).toBe(want.length);
    expect(got === want).toBe(true);
  });

  it('does the same for a transport with sync: true', async () => {
    const { got, want } = await logThrough(12_000, { sync: true });
    expect(got === want).toBe(true);
  });

  it("takes text when a target of the user's wraps the transport's stream and writes it what it gets", async () => {
    // A tee: its options are thread-stream's own object and its first chunk is the buffer's text,
    // but thread-stream writes to the tee, so only text keeps both copies whole.
    const dir = tempDir();
    const tee = join(dir, 'tee.cjs');
    writeFileSync(
      tee,
      `const { Writable } = require('node:stream');
      const fs = require('node:fs');
      module.exports = async (options) => {
        const { default: logscrub } = await import(${JSON.stringify(join(root, 'dist', 'transports', 'pino.js'))});
        const redacted = await logscrub(options);
        const copy = fs.createWriteStream(options.destination + '.copy');
        return new Writable({
          decodeStrings: false,
          write(chunk, _encoding, done) { redacted.write(chunk); copy.write(chunk, done); },
          final(done) { let left = 2; const one = () => --left === 0 && done(); redacted.once('close', one); redacted.end(); copy.end(one); },
        });
      };`,
    );
    const file = join(dir, 'teed.log');
    const transport = pino.transport({ target: tee, options: { destination: file } });
    const logger = pino({ base: null, timestamp: false }, transport);
    const errors: Error[] = [];
    transport.on('error', (error: Error) => errors.push(error));
    const count = 20_000;
    for (let i = 0; i < count; i++) logger.info({ i, pad: 'x'.repeat(200) }, 'request');
    await endTransport(transport);
    expect(errors).toEqual([]);
    expect(readFileSync(file, 'utf8').split('\n').length - 1).toBe(count);
    expect(readFileSync(`${file}.copy`, 'utf8').split('\n').length - 1).toBe(count);
  });

  it('reads the buffer as the only target, and the text inside targets (NODE_DEBUG=logscrub)', async () => {
    const app = (form: string) => `
      const pino = require('pino');
      const form = ${JSON.stringify(form)};
      const dir = ${JSON.stringify(tempDir())};
      // A path: 'logscrub/pino' resolves from a file of the package, and this script is none.
      const target = ${JSON.stringify(join(root, 'dist', 'transports', 'pino.js'))};
      const t = form === 'target'
        ? pino.transport({ target, options: { destination: dir + '/a.log' } })
        : pino.transport({ targets: [{ target, options: { destination: dir + '/a.log' } }] });
      const logger = pino(t);
      for (let i = 0; i < 100; i++) logger.info({ i }, 'request');
    `;
    const env = { ...process.env, NODE_DEBUG: 'logscrub' };
    const single = await run(process.execPath, ['-e', app('target')], { cwd: root, env });
    const inTargets = await run(process.execPath, ['-e', app('targets')], { cwd: root, env });
    expect(single.stderr).toMatch(/LOGSCRUB \d+: pino transport: reads thread-stream's shared buffer as bytes/);
    expect(inTargets.stderr).not.toContain('shared buffer as bytes');
  });
});

describe("the transport's stream, written as thread-stream and pino's multistream write it", () => {
  const finished = async (stream: NodeJS.WritableStream): Promise<void> => {
    const closed = once(stream, 'close');
    stream.end();
    await closed;
  };

  it('takes bytes cut anywhere, even inside a character, and writes every line whole and redacted', async () => {
    const file = join(tempDir(), 'cut.log');
    const stream = await logscrubTransport({ destination: file });
    const text = Array.from({ length: 300 }, (_, i) => `${pinoLine(pinoRecord(13, i).record, 30, `réqüest ${i} 🚀`)}\n`).join('');
    const bytes = Buffer.from(text);
    // Bytes cut at uneven places, as a pipe into a pipeline stage may hand them on.
    for (let at = 0, n = 1; at < bytes.length; n = (n * 7 + 3) % 5000) {
      stream.write(bytes.subarray(at, at + n));
      at += n;
    }
    await finished(stream);
    const want = text.split('\n').map((line) => (line === '' ? '' : scrubber.redactText(line))).join('\n');
    expect(readFileSync(file, 'utf8')).toBe(want);
  });

  it('writes a burst of one-line writes in order, and a last line without a newline at the end', async () => {
    const file = join(tempDir(), 'burst.log');
    const stream = await logscrubTransport({ destination: file });
    const lines = Array.from({ length: 500 }, (_, i) => pinoLine(pinoRecord(17, i).record));
    for (const line of lines) stream.write(`${line}\n`);
    stream.write('{"tail":true}');
    await finished(stream);
    expect(readFileSync(file, 'utf8')).toBe(`${lines.map((line) => `${scrubber.redactText(line)}\n`).join('')}{"tail":true}`);
  });
});

describe('destination() gathering lines into blocks', () => {
  it('writes each line before write() returns with sync: true', () => {
    const file = join(tempDir(), 'sync.log');
    const logscrub = destination({ destination: file, sync: true });
    const { record, secrets } = pinoRecord(19, 0);
    logscrub.write(`${pinoLine(record)}\n`);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(`${scrubber.redactText(pinoLine(record))}\n`);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('writes what it gathered on flushSync(), and on its own soon after when nobody asks', async () => {
    const file = join(tempDir(), 'gathered.log');
    const logscrub = destination({ destination: file });
    const first = pinoLine(pinoRecord(23, 0).record);
    logscrub.write(`${first}\n`);
    logscrub.flushSync();
    expect(readFileSync(file, 'utf8')).toBe(`${scrubber.redactText(first)}\n`);
    const second = pinoLine(pinoRecord(23, 1).record);
    logscrub.write(`${second}\n`);
    await vi.waitFor(() => expect(readFileSync(file, 'utf8')).toBe(`${scrubber.redactText(first)}\n${scrubber.redactText(second)}\n`));
    await logscrub.end();
  });

  it('writes full blocks as they fill, in order, before any flush', async () => {
    const file = join(tempDir(), 'blocks.log');
    const logscrub = destination({ destination: file });
    const lines = Array.from({ length: 400 }, (_, i) => pinoLine(pinoRecord(29, i).record));
    for (const line of lines) logscrub.write(`${line}\n`);
    // 400 lines are several blocks: all but the last partial one are on disk already.
    const early = readFileSync(file, 'utf8');
    expect(early.length).toBeGreaterThan(0);
    const want = lines.map((line) => `${scrubber.redactText(line)}\n`).join('');
    expect(want.startsWith(early)).toBe(true);
    await logscrub.end();
    expect(readFileSync(file, 'utf8')).toBe(want);
  });
});

describe('the transport options', () => {
  it.each([
    [{ destination: 42 }, /option "destination" must be 1 or 'stdout'.*received 42/],
    [{ destination: { type: 'cloudwatch', logGroupName: '/g' } }, /option "destination.logStreamName" must be a non-empty string/],
    [{ destination: { type: 'cloudwatch', logGroupName: '/g', logStreamName: 'x', region: 'eu-west-1', retries: 3 } }, /"destination.retries" is not a CloudWatch destination option/],
    [{ destination: { type: 'cloudwatch', logGroupName: '/g', logStreamName: '{host}' } }, /"destination.logStreamName" uses \{host\}/],
    [{ sync: 'yes' }, /option "sync" must be true or false/],
    [{ destinaton: 1 }, /option "destinaton" is unknown/],
    [{ config: { rules: { disable: ['no-such-rule'] } } }, /option "config": .*no-such-rule/],
    [{ config: '/nonexistent/logscrub.config.json' }, /option "config": cannot read config file \/nonexistent\/logscrub.config.json/],
    [{ config: null }, /option "config": the config must be an object, received null/],
    [{ priority: 'idle' }, /option "priority" must be one of "normal", "below-normal", "low", received "idle"/],
    [{ priority: 10 }, /option "priority" must be one of .*received 10/],
  ])('refuse %j at start-up with a message naming the option', async (options, message) => {
    await expect(logscrubTransport(options as never)).rejects.toThrow(message);
    await expect(logscrubTransport(options as never)).rejects.toBeInstanceOf(OptionsError);
  });

  it('names the config file a bad key came from', async () => {
    const config = join(tempDir(), 'logscrub.config.json');
    writeFileSync(config, JSON.stringify({ redactr: 'mask' }));
    await expect(logscrubTransport({ config })).rejects.toThrow(`logscrub/pino option "config" (${config}): option "redactr" is unknown`);
  });

  it('refuses a file it cannot open, naming it', async () => {
    const dir = tempDir();
    await expect(logscrubTransport({ destination: dir })).rejects.toThrow(`cannot open ${dir} (EISDIR)`);
  });

  it('ends with an error naming a file under /proc, where a recursive mkdir never returned', { timeout: 15_000 }, async (ctx) => {
    // Node's mkdirSync(…, { recursive: true }) loops forever on /proc/nope (Node 20 and 24): the
    // transport hung at start-up. Creating each missing directory in turn surfaces its ENOENT.
    ctx.skip(!existsSync('/proc/self'), 'no /proc on this system: the hang needs a /proc file system');
    const transport = pino.transport({ target: 'logscrub/pino', options: { destination: '/proc/logscrub-nope/out.log' } });
    const [error] = (await once(transport, 'error')) as [Error];
    expect(error.message).toBe('logscrub/pino option "destination": cannot open /proc/logscrub-nope/out.log (ENOENT)');
  });

  it('reaches the app as an error event on the transport, with the same message', async () => {
    const transport = pino.transport({ target: 'logscrub/pino', options: { destination: 42 } });
    const [error] = (await once(transport, 'error')) as [Error];
    expect(error.message).toMatch(/logscrub\/pino option "destination" must be/);
  });

  it('reads the config from a file path', async () => {
    const dir = tempDir();
    const config = join(dir, 'logscrub.config.json');
    writeFileSync(config, JSON.stringify({ redactor: { type: 'mask', text: '***' } }));
    const file = join(dir, 'out.log');
    const logscrub = destination({ config, destination: file });
    const { record } = pinoRecord(9, 0);
    pino({ base: null, timestamp: false }, logscrub).info(record, 'request');
    await logscrub.end();
    expect(readFileSync(file, 'utf8')).toContain('"authorization":"Bearer ***"');
    expect(logscrub.stats().linesRedacted).toBe(1);
  });

  it('is taken for a stream when it is pino\'s only argument, as the README shows', async () => {
    const file = join(tempDir(), 'only.log');
    const logscrub = destination({ destination: file });
    const { record, secrets } = pinoRecord(11, 0);
    pino(logscrub).info(record, 'request');
    await logscrub.end();
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"msg":"request"');
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it("refuses 'next' in-process, where there is no next stage", () => {
    expect(() => destination({ destination: 'next' as never })).toThrow(/'next' is for a stage of a pino pipeline/);
  });

  it('refuses a priority in-process, where the thread is the app\'s own', () => {
    expect(() => destination({ priority: 'low' } as never)).toThrow(/option "priority" is the transport's worker thread's; destination\(\) runs in your thread/);
  });
});

describe("the transport worker thread's CPU priority", () => {
  /** Nice value of each thread of this process, by thread id, from /proc (Linux: each thread has its own). */
  const niceOfThreads = (): Map<string, number> =>
    new Map(
      readdirSync('/proc/self/task').map((tid) => {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        return [tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])] as const;
      }),
    );

  it.runIf(process.platform === 'linux').each([
    [undefined, 0],
    ['below-normal', 10],
    ['low', 19],
    ['normal', 0],
  ])("runs the worker at %s priority (nice %i), and leaves every other thread as it was, libuv's pool included", async (priority, nice) => {
    const before = niceOfThreads();
    const file = join(tempDir(), 'nice.log');
    const transport = pino.transport({ target: 'logscrub/pino', options: { destination: file, ...(priority === undefined ? {} : { priority }) } });
    await once(transport, 'ready');
    const logger = pino(transport);
    logger.info('started');
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    // Work for libuv's thread pool from this thread: its threads must not have the worker's priority.
    await Promise.all(Array.from({ length: 8 }, () => stat(file)));
    const during = niceOfThreads();
    await endTransport(transport);
    // Never above the app's own: a test run under `nice` keeps its worker there.
    const base = getPriority();
    const worker = Math.max(base, nice);
    const changed = [...during].filter(([tid, n]) => before.has(tid) && before.get(tid) !== n);
    const lowered = [...during].filter(([tid, n]) => !before.has(tid) && n !== base).map(([, n]) => n);
    expect(changed).toEqual([]);
    expect(lowered).toEqual(worker === base ? [] : [worker]);
    expect(readFileSync(file, 'utf8')).toContain('"msg":"started"');
  });
});
