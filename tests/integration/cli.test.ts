import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const run = (args: string[], input?: string | Buffer, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { input, env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 64 * 1024 * 1024 });
const s = createSampler(31);

describe('logscrub scrub (subprocess)', () => {
  it('writes exactly one output line per input line, in order, on a mixed stream', () => {
    const jwt = s.jwt();
    const lines = [
      'START RequestId: 1 Version: $LATEST',
      `2026-01-01T00:00:00.000Z\t1\tINFO\t{"authorization":"Bearer ${jwt}"}`,
      '',
      'plain text, nothing to see\r',
      `{"password":"${s.password()}","n":1.50}`,
    ];
    const result = run(['scrub'], `${lines.join('\n')}\n`);
    expect(result.status).toBe(0);
    const out = result.stdout.toString().split('\n');
    expect(out).toHaveLength(lines.length + 1);
    expect(out[0]).toBe(lines[0]);
    expect(out[1]).toBe('2026-01-01T00:00:00.000Z\t1\tINFO\t{"authorization":"Bearer [REDACTED:jwt]"}');
    expect(out[3]).toBe('plain text, nothing to see\r');
    expect(out[4]).toBe('{"password":"[REDACTED:sensitive-key]","n":1.50}');
  });

  it('keeps a last line without a newline as it was', () => {
    const result = run(['scrub'], 'a\nb');
    expect(result.stdout.toString()).toBe('a\nb');
  });

  it('prints counts per rule with --stats, and never a secret', () => {
    const secret = s.password();
    const result = run(['scrub', '--stats'], `password=${secret}\n`);
    const stats = JSON.parse(result.stderr.toString()) as { byRule: Record<string, number>; lines: number };
    expect(stats.byRule['password-assignment']).toBe(1);
    expect(stats.lines).toBe(1);
    expect(result.stderr.toString()).not.toContain(secret);
    expect(result.stdout.toString()).not.toContain(secret);
  });

  it('counts an input it could not scrub at all in --stats, not as zero failures', () => {
    const result = run(['scrub', '--stats'], Buffer.from('a line\n\u0000binary\n'));
    expect(result.status).toBe(1);
    const stats = result.stderr.toString().split('\n').find((line) => line.startsWith('{')) as string;
    expect(JSON.parse(stats)).toMatchObject({ failed: 0, inputsFailed: 1 });
    const clean = run(['scrub', '--stats'], 'a line\n');
    expect(JSON.parse(clean.stderr.toString())).toMatchObject({ lines: 1, failed: 0, inputsFailed: 0 });
  });

  it('reads a file given as an argument', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const file = join(dir, 'app.log');
    writeFileSync(file, `token=${s.jwt()}\n`);
    expect(run(['scrub', file]).stdout.toString()).toBe('token=[REDACTED:jwt]\n');
  });

  it('passes invalid UTF-8 through untouched', () => {
    const input = Buffer.from([0xff, 0xfe, 0x41, 0x0a, 0xc3, 0x28, 0x0a]);
    expect(Buffer.compare(run(['scrub'], input).stdout, input)).toBe(0);
  });

  it('says on stderr how many stdin lines were not valid UTF-8, as it does for a file', () => {
    const result = run(['scrub'], Buffer.from([0xff, 0xfe, 0x41, 0x0a, 0x6f, 0x6b, 0x0a, 0xc3, 0x28, 0x0a]));
    expect(result.status).toBe(0);
    expect(result.stderr.toString()).toBe('logscrub: stdin: 2 lines are not valid UTF-8; scanned as bytes, passed through except secret spans\n');
  });

  it('scans a 10 MB line whole', () => {
    const jwt = s.jwt();
    const line = `${'x'.repeat(5_000_000)} ${jwt} ${'y'.repeat(5_000_000)}\n`;
    const out = run(['scrub'], line).stdout.toString();
    expect(out.length).toBe(line.length - jwt.length + '[REDACTED:jwt]'.length);
    expect(out).not.toContain(jwt);
  });

  it('replaces a line over maxLineBytes whole and says so, staying one line per line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify({ maxLineBytes: 2048 }));
    const result = run(['scrub', '--config', config], `ok\n${'z'.repeat(5000)}\nafter\n`);
    expect(result.stdout.toString()).toBe('ok\n[REDACTED:line-too-long]\nafter\n');
    expect(result.stderr.toString()).toMatch(/longer than 2048 bytes/);
  });

  it('counts the bytes of a line replaced for its length in the summary and the report, for a file of that one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify({ maxLineBytes: 2048 }));
    const file = join(dir, 'one-long-line.log');
    writeFileSync(file, `${'z'.repeat(300_000)}\n`);
    for (const args of [['scrub', file, '-o', join(dir, 'out.log')], ['check', file]]) {
      const report = join(dir, `${args[0]}.json`);
      const result = run([...args, '--config', config, '--report', report]);
      expect(result.status).toBe(1);
      expect(result.stderr.toString()).toContain(`logscrub ${args[0]}: 1 file, 1 lines, 0.30 MB in`);
      const totals = (JSON.parse(readFileSync(report, 'utf8')) as { totals: { bytesScanned: number } }).totals;
      expect(totals.bytesScanned).toBe(300_001);
    }
  });

  it('fails a file whose output would go under /proc at once, naming the output, where a recursive mkdir never returned', { timeout: 15_000 }, (ctx) => {
    ctx.skip(!existsSync('/proc/self'), 'no /proc on this system: the hang needs a /proc file system');
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const file = join(dir, 'app.log');
    writeFileSync(file, 'ok\n');
    // Killed after 10 s rather than left to hang the suite, should the loop come back.
    const result = spawnSync(process.execPath, [bin, 'scrub', file, '-o', '/proc/logscrub-nope/deeper/out.log'], { env: { PATH: process.env.PATH ?? '' }, timeout: 10_000, killSignal: 'SIGKILL' });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toContain(`logscrub: ${file}: cannot write /proc/logscrub-nope/deeper/out.log: ENOENT`);
  });

  it('exits 2 with a clear message for a bad config, naming the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify({ redactor: 'shred' }));
    const result = run(['scrub', '-c', config], 'x\n');
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toMatch(/option "redactor" must be one of "label", "mask", "hash", "partial"/);
    expect(result.stderr.toString()).not.toMatch(/\n\s+at /);
  });

  it('names the config file a bad key came from, also the ./logscrub.config.json read by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    writeFileSync(join(dir, 'logscrub.config.json'), JSON.stringify({ redactr: 'mask' }));
    const result = spawnSync(process.execPath, [bin, 'scrub'], { cwd: dir, input: 'x\n', env: { PATH: process.env.PATH ?? '' } });
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toBe(`logscrub: config file logscrub.config.json: option "redactr" is unknown; allowed: $schema, rules, customRules, redactor, redactors, hashKey, sensitiveKeys, safeKeys, allowlist, maxLineBytes\n`);
  });

  it('exits 2 when ./logscrub.config.json is a link to a file that is gone, as for an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    symlinkSync(join(dir, 'gone.json'), join(dir, 'logscrub.config.json'));
    const result = spawnSync(process.execPath, [bin, 'scrub'], { cwd: dir, input: 'x\n', env: { PATH: process.env.PATH ?? '' } });
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toBe('logscrub: cannot read config file logscrub.config.json: ENOENT\n');
    expect(result.stdout.toString()).toBe('');
  });

  it('exits 2 naming the rule when a custom pattern does not compile with RE2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify({ customRules: [{ id: 'my-rule', regex: '(?<=x)abc' }] }));
    const result = run(['scrub', '-c', config], 'x\n');
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toMatch(/rule "my-rule": its regex does not compile with RE2/);
  });

  it("gives RE2's reason for a custom pattern it rejects, never the pattern, which may hold a literal secret", () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const config = join(dir, 'c.json');
    const secret = s.password();
    writeFileSync(config, JSON.stringify({ customRules: [{ id: 'leaked-db-pass', regex: `(${secret}(k)`, secretGroup: 0 }] }));
    const result = run(['scrub', '-c', config], 'x\n');
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toBe(`logscrub: config file ${config}: rule "leaked-db-pass": its regex does not compile with RE2: missing )\n`);
  });

  it('refuses hash mode without a key, and uses LOGSCRUB_HASH_KEY when set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify({ redactor: 'hash' }));
    expect(run(['scrub', '-c', config], 'x\n').status).toBe(2);
    const jwt = s.jwt();
    const out = run(['scrub', '-c', config], `a ${jwt}\nb ${jwt}\n`, { LOGSCRUB_HASH_KEY: 'k'.repeat(32) }).stdout.toString().split('\n');
    expect(out[0]).toMatch(/^a \[REDACTED:jwt:[0-9a-f]{8}\]$/);
    expect(out[1]?.slice(2)).toBe(out[0]?.slice(2));
  });

  it('exits 1 naming the file when it cannot be read', () => {
    const result = run(['scrub', '/nonexistent/app.log']);
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toBe('logscrub: /nonexistent/app.log: cannot read: ENOENT\n');
  });

  it('exits 2 on an unknown command or option', () => {
    expect(run(['shred']).status).toBe(2);
    expect(run(['scrub', '--frobnicate']).status).toBe(2);
  });

  it('prints each command’s help on --help and -h, and exits 0', () => {
    for (const [args, title] of [
      [['--help'], 'Usage: logscrub <command>'],
      [['scrub', '--help'], 'Usage: logscrub scrub'],
      [['scrub', '-h'], 'Usage: logscrub scrub'],
      [['rules', '--help'], 'Usage: logscrub rules'],
    ] as const) {
      const result = run([...args]);
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stdout.toString()).toContain(title);
      expect(result.stdout.toString()).toContain('Exit codes');
    }
  });

  it('answers a mistake on the command line with one line and a pointer to --help, exit 2', () => {
    for (const args of [['scrub', '--config'], ['scrub', '--jobs'], ['scrub', '--stats=yes'], ['scrub', '--frobnicate'], ['scrub', 'a', 'b'], ['rules', 'x']]) {
      const result = run(args, 'x\n');
      const stderr = result.stderr.toString();
      expect(result.status, args.join(' ')).toBe(2);
      expect(stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr, args.join(' ')).toMatch(/^logscrub: .*; see 'logscrub (scrub|rules) --help'\n$/);
    }
  });

  it('takes a plain positive whole number for --jobs, nothing else', () => {
    for (const jobs of ['1.5', '0x2', '2e0', ' 2', '0', '65']) {
      const result = run(['scrub', '--jobs', jobs], 'x\n');
      expect(result.status, jobs).toBe(2);
      expect(result.stderr.toString()).toMatch(/--jobs takes a whole number from 1 to 64/);
    }
    expect(run(['scrub', '--jobs', '2'], 'x\n').stdout.toString()).toBe('x\n');
  });

  it('reads stdin when FILE is "-"', () => {
    expect(run(['scrub', '-'], `token ${s.jwt()}\n`).stdout.toString()).toBe('token [REDACTED:jwt]\n');
  });

  it('stops binary stdin with an error naming the offset, and never writes the NUL', () => {
    for (const jobs of ['1', '2']) {
      const result = run(['scrub', '--jobs', jobs], `ok\nhalf\0${s.jwt()}\n`);
      expect(result.status, jobs).toBe(1);
      expect(result.stderr.toString()).toContain('logscrub: stdin: binary file (a NUL byte at offset 7); not scrubbed');
      expect(result.stdout.includes(0), jobs).toBe(false);
    }
  });

  it('writes stdin to the file -o names, not to stdout, making its directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const out = join(dir, 'new', 'clean.log');
    const jwt = s.jwt();
    const result = run(['scrub', '-o', out], `token ${jwt}\nplain\n`);
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('token [REDACTED:jwt]\nplain\n');
    expect(result.stderr.toString()).toMatch(/1 file, 2 lines/);
    expect(result.stderr.toString()).not.toContain(jwt);
  });

  it('leaves no directory it made for -o when stdin fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const failed = run(['scrub', '-o', join(dir, 'new', 'deeper', 'clean.log')], `ok\nhalf\0${s.jwt()}\n`);
    expect(failed.status).toBe(1);
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });

  it('leaves the -o file as it was when stdin fails, and refuses a directory for stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const out = join(dir, 'clean.log');
    writeFileSync(out, 'before\n');
    const failed = run(['scrub', '-o', out], `ok\nhalf\0${s.jwt()}\n`);
    expect(failed.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('before\n');
    const refused = run(['scrub', '-o', dir], 'x\n');
    expect(refused.status).toBe(2);
    expect(refused.stderr.toString()).toContain(`${dir} is a directory, and stdin has no file name to write there: give -o FILE`);
  });

  it('says the output could not be written when the disk is full, not that stdin could not be read', (ctx) => {
    if (!existsSync('/dev/full')) ctx.skip();
    const full = run(['scrub', '-o', '/dev/full'], 'x\n'.repeat(100_000));
    expect(full.status).toBe(1);
    expect(full.stderr.toString()).toContain('stdin: cannot write /dev/full: ENOSPC');
  });
});

describe('empty values on the command line', () => {
  it('refuses an empty option value or PATH (an unset shell variable) before anything is read, naming the option', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const file = join(dir, 'app.log');
    writeFileSync(file, `token=${s.jwt()}\n`);

    const output = run(['scrub', file, '-o', '']);
    const report = run(['scrub', file, '-o', join(dir, 'clean.log'), '--report=']);
    const config = run(['check', file, '--config', '']);
    const path = run(['check', '']);

    for (const result of [output, report, config, path]) expect(result.status).toBe(2);
    expect(output.stderr.toString()).toBe(`logscrub: -o, --output needs a value, received an empty string; see 'logscrub scrub --help'\n`);
    expect(report.stderr.toString()).toBe(`logscrub: -r, --report needs a value, received an empty string; see 'logscrub scrub --help'\n`);
    expect(config.stderr.toString()).toBe(`logscrub: -c, --config needs a value, received an empty string; see 'logscrub check --help'\n`);
    expect(path.stderr.toString()).toBe(`logscrub: a PATH is an empty string, which names no file; see 'logscrub check --help'\n`);
    expect(existsSync(join(dir, 'clean.log'))).toBe(false);
  });
});

describe('--report - and the scrubbed stream', () => {
  it('refuses a report on stdout when the scrubbed lines go there too, which would end the log with a JSON document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const file = join(dir, 'app.log');
    writeFileSync(file, `token=${s.jwt()}\n`);

    const fromStdin = run(['scrub', '--report', '-'], 'x\n');
    const fromFile = run(['scrub', file, '--report', '-']);
    const toFile = run(['scrub', file, '-o', join(dir, 'clean.log'), '--report', '-', '--quiet']);

    for (const result of [fromStdin, fromFile]) {
      expect(result.status).toBe(2);
      expect(result.stdout.toString()).toBe('');
      expect(result.stderr.toString()).toMatch(/^logscrub: --report - would mix the report into the scrubbed output on stdout; give --report FILE, or -o FILE for the output; /);
    }
    expect(toFile.status).toBe(0);
    expect(JSON.parse(toFile.stdout.toString()).command).toBe('scrub');
  });
});

describe('-o -', () => {
  it('writes to stdout, as "-" means for PATH and --report, rather than to a file named "-"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logscrub-'));
    const file = join(dir, 'app.log');
    writeFileSync(file, `token=${s.jwt()}\n`);

    const fromFile = spawnSync(process.execPath, [bin, 'scrub', file, '-o', '-'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    const fromStdin = spawnSync(process.execPath, [bin, 'scrub', '-o', '-'], { cwd: dir, input: 'password=hunter2\n', env: { PATH: process.env.PATH ?? '' } });

    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout.toString()).toBe('token=[REDACTED:jwt]\n');
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout.toString()).toBe('password=[REDACTED:password-assignment]\n');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('logscrub scrub --jobs', () => {
  /** About 3 MiB of mixed lines, with a PEM key whose body straddles the first 1 MiB read. */
  const bigInput = (): string => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 3 * 1024 * 1024; i++) {
      const line =
        i % 97 === 0
          ? `{"msg":"login","password":"${s.password()}","auth":"Bearer ${s.jwt()}","i":${i}}`
          : `{"level":30,"msg":"request completed","request_id":"${s.uuid()}","traceId":"${s.hex(32)}","i":${i}}`;
      lines.push(line);
      size += line.length + 1;
      if (size > 1024 * 1024 - 300 && size < 1024 * 1024 && !lines.some((l) => l.includes('BEGIN'))) {
        lines.push('-----BEGIN PRIVATE KEY-----', s.base64(64), s.base64(64), s.base64(64), s.base64(64), s.base64(64), '-----END PRIVATE KEY-----');
      }
    }
    return `${lines.join('\n')}\n`;
  };

  it('writes byte for byte what one thread writes, PEM bodies across blocks included', () => {
    const input = bigInput();
    const one = run(['scrub', '--jobs', '1', '--stats'], input);
    const three = run(['scrub', '--jobs', '3', '--stats'], input);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(Buffer.compare(three.stdout, one.stdout)).toBe(0);
    expect(one.stdout.toString()).not.toMatch(/^[A-Za-z0-9+/]{64}$/m);
    expect(JSON.parse(three.stderr.toString())).toEqual(JSON.parse(one.stderr.toString()));
  });

  it('refuses a --jobs that is not a whole number from 1 to 64', () => {
    const result = run(['scrub', '--jobs', '0'], 'x\n');
    expect(result.status).toBe(2);
    expect(result.stderr.toString()).toMatch(/--jobs takes a whole number from 1 to 64/);
  });

  it('says how to give a value that starts with a dash, long option or short', () => {
    const jobs = run(['scrub', '--jobs', '-1'], 'x\n');
    expect(jobs.status).toBe(2);
    expect(jobs.stderr.toString()).toBe(`logscrub: --jobs is followed by "-1", which reads as an option; give a value that starts with "-" as --jobs=-1; see 'logscrub scrub --help'\n`);
    const output = run(['scrub', '-o', '-out.log'], 'x\n');
    expect(output.status).toBe(2);
    expect(output.stderr.toString()).toMatch(/^logscrub: -o is followed by "-out\.log", which reads as an option; give a value that starts with "-" as --output=-out\.log;/);
  });
});
