/**
 * `logscrub scrub PATH…` and `logscrub check` as a user runs them (issue 13): the CLI as a
 * subprocess on real trees in a temp directory, real gzip, real files.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { createSampler } from '../../patterns/sample.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const run = (args: string[], options: { cwd?: string; input?: string | Buffer; uid?: number } = {}) => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    input: options.input,
    env: { PATH: process.env.PATH ?? '' },
    maxBuffer: 64 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString(), raw: result.stdout };
};
const s = createSampler(1313);

/** Every file under `dir`, relative, sorted. */
const listing = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
/** A fingerprint of every file of a tree: proves inputs were left untouched. */
const fingerprint = (dir: string): Record<string, string> =>
  Object.fromEntries(listing(dir).filter((f) => !f.includes('loop')).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

const envelope = (messages: string[]) => ({
  messageType: 'DATA_MESSAGE',
  owner: '123456789012',
  logGroup: '/aws/lambda/app',
  logStream: '2026/11/29/[$LATEST]0f0f',
  subscriptionFilters: ['to-firehose'],
  logEvents: messages.map((message, i) => ({ id: `${i}`, timestamp: 1764400000000 + i, message })),
});

interface Archive {
  root: string;
  input: string;
  secrets: string[];
}

/** A small archive: a CloudWatch export tree of .gz, pino JSONL, a Firehose object, a saved subscription payload. */
function archive(): Archive {
  const root = mkdtempSync(join(tmpdir(), 'logscrub-archive-'));
  const input = join(root, 'exports');
  const stream = join(input, 'exportedlogs', '0f3c-task', 'app-stream');
  mkdirSync(stream, { recursive: true });
  const jwt = s.jwt();
  const password = s.password();
  const key = s.awsAccessKeyId();
  const token = s.jwt();
  writeFileSync(
    join(stream, '000000.gz'),
    gzipSync(`2026-11-29T10:00:00.123Z {"level":30,"msg":"login","authorization":"Bearer ${jwt}"}\n2026-11-29T10:00:01.000Z GET /health 200\n`),
  );
  writeFileSync(join(stream, '000001.gz'), gzipSync('2026-11-29T10:00:02.000Z nothing to see\n'));
  writeFileSync(join(input, 'app.jsonl'), `{"level":30,"time":1764400000000,"msg":"ok","n":1.50,"u":"\\u00e9"}\n{"level":40,"password":"${password}"}\n`);
  writeFileSync(
    join(input, 'firehose-1.gz'),
    Buffer.concat([gzipSync(JSON.stringify(envelope(['clean line']))), gzipSync(JSON.stringify(envelope([`AWS_ACCESS_KEY_ID=${key}`, 'after'])))]),
  );
  writeFileSync(join(input, 'subscription.b64'), `${gzipSync(JSON.stringify(envelope([`token=${token}`]))).toString('base64')}\n`);
  return { root, input, secrets: [jwt, password, key, token] };
}

const readAny = (path: string): string => {
  let bytes = readFileSync(path);
  while (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return bytes.toString();
};

describe('logscrub scrub on a tree', () => {
  it('mirrors the tree, keeps gzip and framing, and leaves no secret and the inputs untouched', () => {
    const { root, input, secrets } = archive();
    const before = fingerprint(input);
    const result = run(['scrub', input, '-o', join(root, 'clean')]);
    expect(result.status).toBe(0);
    const out = join(root, 'clean');
    expect(listing(out)).toEqual(listing(input));
    for (const file of listing(out)) {
      const text = readAny(join(out, file));
      for (const secret of secrets) expect(text).not.toContain(secret);
      if (file.endsWith('.gz')) expect(readFileSync(join(out, file))[0]).toBe(0x1f);
    }
    const exported = readAny(join(out, 'exportedlogs/0f3c-task/app-stream/000000.gz')).split('\n');
    expect(exported[0]).toBe('2026-11-29T10:00:00.123Z {"level":30,"msg":"login","authorization":"Bearer [REDACTED:jwt]"}');
    expect(exported[1]).toBe('2026-11-29T10:00:01.000Z GET /health 200');
    expect(readFileSync(join(out, 'app.jsonl'), 'utf8').split('\n')[0]).toBe('{"level":30,"time":1764400000000,"msg":"ok","n":1.50,"u":"\\u00e9"}');
    const firehose = readAny(join(out, 'firehose-1.gz'));
    expect(firehose.startsWith(JSON.stringify(envelope(['clean line'])) + '{')).toBe(true);
    const subscription = readFileSync(join(out, 'subscription.b64'), 'utf8');
    expect(JSON.parse(gunzipSync(Buffer.from(subscription.trim(), 'base64')).toString()).logEvents[0].message).toBe('token=[REDACTED:jwt]');
    expect(fingerprint(input)).toEqual(before);
    expect(result.stderr).toMatch(/^logscrub scrub: 5 files, \d+ lines/);
    expect(result.stderr).toContain('failures: 0');
    for (const secret of secrets) expect(result.stderr).not.toContain(secret);
  });

  it('writes the same bytes with --jobs 2 as with --jobs 1', () => {
    const { root, input } = archive();
    expect(run(['scrub', input, '-o', join(root, 'one'), '--jobs', '1', '-q']).status).toBe(0);
    expect(run(['scrub', input, '-o', join(root, 'two'), '--jobs', '2', '-q']).status).toBe(0);
    const read = (dir: string) => listing(dir).map((f) => readAny(join(dir, f)));
    expect(read(join(root, 'two'))).toEqual(read(join(root, 'one')));
  });

  it('rewrites files in place atomically, keeping their mode, and leaves no temp file', () => {
    const { input, secrets } = archive();
    const file = join(input, 'app.jsonl');
    chmodSync(file, 0o640);
    const inode = statSync(file).ino;
    const result = run(['scrub', input, '--in-place', '-q']);
    expect(result.status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(statSync(file).ino).not.toBe(inode);
    expect(readFileSync(file, 'utf8')).toContain('[REDACTED:sensitive-key]');
    expect(listing(input).filter((f) => f.includes('.logscrub-'))).toEqual([]);
    for (const f of listing(input)) for (const secret of secrets) expect(readAny(join(input, f))).not.toContain(secret);
  });

  it('writes one file to -o FILE, and one file to stdout without -o', () => {
    const { root, input } = archive();
    const out = join(root, 'app.clean.jsonl');
    expect(run(['scrub', join(input, 'app.jsonl'), '-o', out, '-q']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('[REDACTED:sensitive-key]');
    expect(run(['scrub', join(input, 'app.jsonl')]).stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('asks where a directory should go rather than running its files together on stdout', () => {
    const { input } = archive();
    const result = run(['scrub', input]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`logscrub: ${input} is a directory: give -o DIR (or --in-place); see 'logscrub scrub --help'\n`);
    expect(result.stdout).toBe('');
  });

  it('refuses -o naming a file when the inputs need a directory, rather than failing each file with ENOTDIR', () => {
    const { root, input } = archive();
    const file = join(root, 'clean.log');
    writeFileSync(file, 'kept\n');
    const tree = run(['scrub', input, '-o', file]);
    const several = run(['scrub', join(input, 'app.jsonl'), join(input, 'subscription.b64'), '-o', file]);
    const under = run(['scrub', input, '-o', join(file, 'out')]);
    for (const [result, output] of [[tree, file], [several, file], [under, join(file, 'out')]] as const) {
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`logscrub: output ${output} is not a directory, and these inputs need one: give -o DIR; see 'logscrub scrub --help'\n`);
    }
    expect(readFileSync(file, 'utf8')).toBe('kept\n');
  });

  it('refuses -o inside an input tree, or onto an input, writing nothing (exit 2)', () => {
    const { input } = archive();
    const before = fingerprint(input);
    const inside = run(['scrub', input, '-o', join(input, 'clean')]);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toMatch(/^logscrub: output .*clean is inside the input tree .*exports; choose a directory outside it; see 'logscrub scrub --help'\n$/);
    const onto = run(['scrub', join(input, 'app.jsonl'), '-o', join(input, 'app.jsonl')]);
    expect(onto.status).toBe(2);
    expect(onto.stderr).toMatch(/would overwrite the input/);
    expect(fingerprint(input)).toEqual(before);
  });

  it('writes a JSON report with per-file and per-rule counts, bytes, lines, time and failures', () => {
    const { root, input } = archive();
    writeFileSync(join(input, 'broken.gz'), gzipSync('x\n'.repeat(1000)).subarray(0, 30));
    const report = join(root, 'report.json');
    const result = run(['scrub', input, '-o', join(root, 'clean'), '--report', report, '-q']);
    expect(result.status).toBe(1);
    const doc = JSON.parse(readFileSync(report, 'utf8'));
    expect(doc.totals).toMatchObject({ files: 6, failures: 1, byRule: { jwt: 2, 'sensitive-key': 1 } });
    expect(doc.failures).toEqual([{ file: join(input, 'broken.gz'), reason: 'truncated gzip (the stream ends before its end marker)' }]);
    const app = doc.files.find((f: { file: string }) => f.file.endsWith('app.jsonl'));
    expect(app).toMatchObject({ status: 'ok', format: 'lines', lines: 2, byRule: { 'sensitive-key': 1 }, bytesIn: expect.any(Number), seconds: expect.any(Number) });
  });

  it('refuses a report it could not write before writing anything (exit 2)', () => {
    const { root, input } = archive();
    const clean = join(root, 'clean');
    for (const [command, report] of [
      ['scrub', join(root, 'no-such-dir', 'report.json')],
      ['check', root],
    ] as const) {
      const result = run(command === 'scrub' ? ['scrub', input, '-o', clean, '--report', report] : ['check', input, '--report', report]);
      expect(result.status, command).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^logscrub: cannot write report ${report}: (ENOENT|it is a directory); see 'logscrub ${command} --help'\\n$`));
      expect(result.stdout).toBe('');
    }
    expect(existsSync(clean)).toBe(false);
  });

  it('removes its temp file and leaves no output when interrupted (SIGTERM)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-archive-'));
    // 256 MiB of lines that gzip to ~1 MiB: seconds of work, so the run is surely mid-file when stopped.
    const line = `{"level":30,"msg":"request completed","password":"${s.password()}"}\n`;
    writeFileSync(join(root, 'big.log.gz'), gzipSync(Buffer.from(line.repeat(Math.ceil((256 * 1024 * 1024) / line.length))), { level: 1 }));
    const out = join(root, 'out');
    mkdirSync(out);
    const child = spawn(process.execPath, [bin, 'scrub', join(root, 'big.log.gz'), '-o', join(out, 'big.log.gz')], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Wait (no deadline of ours) until the temp file exists, then interrupt.
    while (readdirSync(out).length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});

describe('logscrub scrub -o DIR and the directories it makes', () => {
  it('makes no directory for files that all failed, and keeps those that hold an output', () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-dirs-'));
    const input = join(root, 'in');
    mkdirSync(join(input, 'bad', 'deeper'), { recursive: true });
    mkdirSync(join(input, 'good'));
    const gz = gzipSync('a line\n'.repeat(5000));
    writeFileSync(join(input, 'bad', 'deeper', 'cut.gz'), gz.subarray(0, gz.length - 100));
    writeFileSync(join(input, 'bad', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(input, 'good', 'app.log'), `token ${s.jwt()}\n`);
    for (const jobs of ['1', '2']) {
      const out = join(root, `out-${jobs}`);
      expect(run(['scrub', input, '-o', out, '--jobs', jobs, '-q']).status).toBe(1);
      expect(readdirSync(out, { recursive: true }).sort(), `--jobs ${jobs}`).toEqual(['good', join('good', 'app.log')]);
    }
    // Every file failed: not even the output directory is left.
    expect(run(['scrub', join(input, 'bad'), '-o', join(root, 'none'), '-q']).status).toBe(1);
    expect(existsSync(join(root, 'none'))).toBe(false);
  });

  it('leaves no directory it made when interrupted (SIGTERM), on threads', async () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-dirs-'));
    const input = join(root, 'in');
    // Two files of 128 MiB of lines that gzip small, one per directory: seconds of work each.
    const line = `{"level":30,"msg":"request completed","password":"${s.password()}"}\n`;
    const big = gzipSync(Buffer.from(line.repeat(Math.ceil((128 * 1024 * 1024) / line.length))), { level: 1 });
    for (const dir of ['a', 'b']) {
      mkdirSync(join(input, dir, 'x'), { recursive: true });
      writeFileSync(join(input, dir, 'x', 'big.log.gz'), big);
    }
    const out = join(root, 'out');
    const child = spawn(process.execPath, [bin, 'scrub', input, '-o', out, '--jobs', '2'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Wait (no deadline of ours) until both temp files exist, then interrupt.
    const temps = (): number => (existsSync(out) ? readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.tmp')).length : 0);
    while (temps() < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('logscrub scrub on bad input', () => {
  /** A tree of good and bad files: each bad one fails alone, the good one is still scrubbed. */
  function badTree(): { root: string; input: string } {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-bad-'));
    const input = join(root, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    writeFileSync(join(input, 'good.log'), `token ${s.jwt()}\n`);
    const gz = gzipSync('a line\n'.repeat(5000));
    writeFileSync(join(input, 'truncated.gz'), gz.subarray(0, gz.length - 100));
    writeFileSync(join(input, 'corrupt.gz'), Buffer.concat([gz.subarray(0, 10), Buffer.from('this is not deflate data at all')]));
    writeFileSync(join(input, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(input, 'firehose.json'), '{"messageType":"DATA_MESSAGE","owner":"1"}');
    symlinkSync('..', join(input, 'sub', 'loop'));
    return { root, input };
  }

  it('names each bad file and its reason, processes the rest, lists failures, exits 1, leaves no partial output', () => {
    const { root, input } = badTree();
    const before = fingerprint(input);
    const out = join(root, 'out');
    const result = run(['scrub', input, '-o', out, '--report', join(root, 'r.json')]);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines).toContain(`logscrub: ${join(input, 'truncated.gz')}: truncated gzip (the stream ends before its end marker)`);
    expect(lines.some((l) => l.startsWith(`logscrub: ${join(input, 'corrupt.gz')}: corrupt gzip data`))).toBe(true);
    expect(lines).toContain(`logscrub: ${join(input, 'image.png')}: binary file (a NUL byte at offset 8); not scrubbed`);
    expect(lines).toContain(`logscrub: ${join(input, 'sub', 'loop')}: directory symlink loop (it leads back to a directory being walked); skipped`);
    expect(lines.some((l) => l.startsWith(`logscrub: ${join(input, 'firehose.json')}: line 1: envelope 1: "logGroup" must be a string`))).toBe(true);
    expect(result.stderr).toContain('failures: 5');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(listing(out)).toEqual(['good.log']);
    expect(readFileSync(join(out, 'good.log'), 'utf8')).toBe('token [REDACTED:jwt]\n');
    expect(JSON.parse(readFileSync(join(root, 'r.json'), 'utf8')).failures).toHaveLength(5);
    expect(fingerprint(input)).toEqual(before);
  });

  it('names a missing path, runs the others, exits 1', () => {
    const { root, input } = badTree();
    const result = run(['scrub', join(root, 'missing.log'), join(input, 'good.log'), '-o', join(root, 'out'), '-q']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`logscrub: ${join(root, 'missing.log')}: cannot read: ENOENT\n`);
    expect(listing(join(root, 'out'))).toEqual(['good.log']);
  });

  it('names a file it may not read (EACCES) and exits 2 from check', (ctx) => {
    // root reads everything: run as nobody then, on a tree nobody may walk but not read from.
    const asRoot = process.getuid?.() === 0;
    // Unless nobody cannot run this node at all (CI's Node 22 and 24 live in a private temp dir).
    if (asRoot && spawnSync(process.execPath, [bin, '--version'], { uid: 65534, gid: 65534 }).status !== 0) {
      ctx.skip('this node binary or the repository is not readable by user nobody; nothing to run the check as');
    }
    const { root, input } = badTree();
    const secret = join(input, 'secret.log');
    writeFileSync(secret, 'x\n');
    chmodSync(secret, 0o000);
    if (asRoot) for (const dir of [root, input, join(input, 'sub')]) chmodSync(dir, 0o777);
    const result = run(['check', secret], asRoot ? { uid: 65534 } : {});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`logscrub: ${secret}: cannot read: EACCES\n`);
  });

  it('reports lines that are not UTF-8 and passes their bytes through', () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-bad-'));
    const file = join(root, 'latin1.log');
    const bytes = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(` token ${s.jwt()}\nok\n`)]);
    writeFileSync(file, bytes);
    const result = run(['scrub', file, '-o', join(root, 'out.log')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`logscrub: ${file}: a line is not valid UTF-8; scanned as bytes, passed through except secret spans`);
    expect(readFileSync(join(root, 'out.log'))).toEqual(Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' token [REDACTED:jwt]\nok\n')]));
  });

  it('names the first of several lines over maxLineBytes, on stdin and on worker threads alike', () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-bad-'));
    writeFileSync(join(root, 'c.json'), JSON.stringify({ maxLineBytes: 1024 }));
    const input = `ok\nok\n${'z'.repeat(4000)}\nafter\n${'y'.repeat(3000)}\n`;
    for (const jobs of ['1', '2']) {
      const result = run(['scrub', '-c', 'c.json', '--jobs', jobs], { cwd: root, input });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('logscrub: stdin:3: a line longer than 1024 bytes replaced whole (maxLineBytes); 1 more after it\n');
    }
  });

  it('replaces a line over maxLineBytes whole, says which file and line, and exits 1', () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-bad-'));
    writeFileSync(join(root, 'c.json'), JSON.stringify({ maxLineBytes: 1024 }));
    writeFileSync(join(root, 'big.log'), `ok\n${'z'.repeat(4000)}\nafter\n`);
    const result = run(['scrub', 'big.log', '-o', 'out.log', '-c', 'c.json', '-q'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('logscrub: big.log:2: a line longer than 1024 bytes replaced whole (maxLineBytes)\n');
    expect(readFileSync(join(root, 'out.log'), 'utf8')).toBe('ok\n[REDACTED:line-too-long]\nafter\n');
  });

  it('says the disk is full (ENOSPC) for -o /dev/full and for stdout on /dev/full', () => {
    const { input } = badTree();
    const toFile = run(['scrub', join(input, 'good.log'), '-o', '/dev/full', '-q']);
    expect(toFile.status).toBe(1);
    expect(toFile.stderr).toBe(`logscrub: ${join(input, 'good.log')}: cannot write /dev/full: ENOSPC\n`);
    const full = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" scrub "${join(input, 'good.log')}" > /dev/full`]);
    expect(full.status).toBe(1);
    expect(full.stderr.toString()).toBe('logscrub: cannot write output: ENOSPC\n');
  });
});

describe('logscrub check', () => {
  it('scans a file named twice (on its own and inside a tree given too) once, so each secret is listed and counted once', () => {
    const { input } = archive();
    const file = join(input, 'app.jsonl');
    const result = run(['check', input, file, '--report', join(input, '..', 'r.json')]);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.includes('app.jsonl'))).toEqual([`${file}:2: sensitive-key`]);
    const report = JSON.parse(readFileSync(join(input, '..', 'r.json'), 'utf8')) as { totals: { files: number }; files: unknown[] };
    expect(report.totals.files).toBe(report.files.length);
    expect(report.files).toHaveLength(5);
  });

  it('lists file, line and rule of each secret, never the value, and exits 1', () => {
    const { input, secrets } = archive();
    const result = run(['check', '.'], { cwd: input });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      'app.jsonl:2: sensitive-key',
      'exportedlogs/0f3c-task/app-stream/000000.gz:1: jwt',
      'firehose-1.gz:1: aws-access-key-id (log event 2)',
      'subscription.b64:1: jwt (log event 1)',
    ]);
    for (const secret of secrets) expect(result.stdout + result.stderr).not.toContain(secret);
    expect(result.stderr).toMatch(/secrets found: 4 .* in 4 files/);
  });

  it('exits 0 on a clean tree, and 2 when a file cannot be read', () => {
    const { root, input } = archive();
    expect(run(['scrub', input, '-o', join(root, 'clean'), '-q']).status).toBe(0);
    expect(run(['check', join(root, 'clean'), '-q'])).toMatchObject({ status: 0, stdout: '' });
    writeFileSync(join(root, 'clean', 'cut.gz'), gzipSync('ok\n'.repeat(1000)).subarray(0, 20));
    expect(run(['check', join(root, 'clean'), '-q']).status).toBe(2);
  });

  it('still exits 1 for the secrets it found when the reader of its list goes away (check | head)', async () => {
    const { input } = archive();
    const child = spawn(process.execPath, [bin, 'check', '.', '-q'], { cwd: input, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader is gone before the first finding is written: that write fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(1);
    expect(stderr).toBe('');
  });

  it('prints the findings of a big file as it finds them, not once the file is read (check big.log | head)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-check-'));
    const clean = `{"level":30,"msg":"request completed","path":"/api/v1/orders"}\n`.repeat(Math.ceil((8 * 1024 * 1024) / 64));
    writeFileSync(join(root, 'big.log'), `token=${s.jwt()}\n${clean}token=${s.jwt()}\n`);
    const lastLine = clean.split('\n').length + 1;
    const fifo = join(root, 'gate');
    execFileSync('mkfifo', [fifo]);
    // The CLI's reads of big.log stop past 4 MiB (of 8) until the test lets them go on.
    const child = spawn(process.execPath, [bin, 'check', 'big.log', '-q'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_OPTIONS: `--require ${join(import.meta.dirname, '..', 'support', 'read-gate.cjs')}`,
        LOGSCRUB_TEST_GATE_FILE: 'big.log',
        LOGSCRUB_TEST_GATE_FIFO: fifo,
        LOGSCRUB_TEST_GATE_AFTER: String(4 * 1024 * 1024),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const gate = await open(fifo, 'w');
    try {
      await vi.waitUntil(() => stdout !== '', { timeout: 20_000, interval: 10 });
      expect(stdout).toBe('big.log:1: jwt\n');
    } finally {
      await gate.write(Buffer.from('go'));
      await gate.close();
    }
    expect(await exited).toBe(1);
    expect(stdout).toBe(`big.log:1: jwt\nbig.log:${lastLine}: jwt\n`);
  }, 60_000);

  it('counts lines exactly across 1 MiB reads', () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-check-'));
    const lines = Array.from({ length: 60_000 }, (_, i) => `{"i":${i},"msg":"request completed","path":"/api/v1/orders"}`);
    lines[49_999] = `{"i":49999,"password":"${s.password()}"}`;
    writeFileSync(join(root, 'big.log'), `${lines.join('\n')}\n`);
    expect(run(['check', 'big.log', '-q'], { cwd: root }).stdout).toBe('big.log:50000: sensitive-key\n');
  });

  it('quotes a file name that holds a line break or another control character, one finding a line', () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-check-'));
    writeFileSync(join(root, 'a\nb.log'), `{"password":"${s.password()}"}\n`);
    writeFileSync(join(root, 'tab\there.log'), `{"password":"${s.password()}"}\n`);
    writeFileSync(join(root, 'plain.log'), `{"password":"${s.password()}"}\n`);
    const { stdout, status } = run(['check', '.', '-q'], { cwd: root });
    expect(status).toBe(1);
    expect(stdout.split('\n').filter(Boolean).sort()).toEqual(['"a\\nb.log":1: sensitive-key', '"tab\\there.log":1: sensitive-key', 'plain.log:1: sensitive-key']);
  });

  it('writes SARIF 2.1.0 with the catalog rules and a result per finding, without the secret', () => {
    const { root, input, secrets } = archive();
    const result = run(['check', '.', '--report', join(root, 'out.sarif'), '--report-format', 'sarif', '-q'], { cwd: input });
    expect(result.status).toBe(1);
    const text = readFileSync(join(root, 'out.sarif'), 'utf8');
    const sarif = JSON.parse(text);
    expect(sarif.version).toBe('2.1.0');
    const ids = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('jwt');
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'sensitive-key',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'app.jsonl' }, region: { startLine: 2 } } }],
    });
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('answers --format with which of the two format flags was meant', () => {
    const result = run(['check', '.', '--format', 'sarif']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--format is ambiguous: use --input-format .* --report-format json\|sarif/);
  });
});

describe('help', () => {
  it('prints usage and exit codes for logscrub, scrub and check', () => {
    for (const args of [['--help'], ['scrub', '--help'], ['check', '--help'], ['check', '-h']]) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).toMatch(/^Usage: logscrub/);
      expect(result.stdout, args.join(' ')).toContain('Exit codes');
      expect(result.stderr).toBe('');
    }
  });

  it('leaves no file behind when the output directory did not exist and every input failed', () => {
    const root = mkdtempSync(join(tmpdir(), 'logscrub-help-'));
    writeFileSync(join(root, 'cut.gz'), gzipSync('x\n'.repeat(1000)).subarray(0, 20));
    expect(run(['scrub', join(root, 'cut.gz'), '-o', join(root, 'out', 'cut.gz'), '-q']).status).toBe(1);
    expect(existsSync(join(root, 'out', 'cut.gz'))).toBe(false);
  });
});
