/**
 * Regressions found by a review of `logscrub scrub` and `logscrub check` (issue 13): each case is
 * a way a secret reached the output, a report or an error, or an input went unscanned or was
 * lost. The CLI runs as a subprocess on real files in a temp directory.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const run = (args: string[], cwd?: string) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
};
const s = createSampler(4242);
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'logscrub-review-'));

const envelope = (fields: Record<string, unknown>, messages: string[]) => ({
  messageType: 'DATA_MESSAGE',
  owner: '123456789012',
  logGroup: '/aws/lambda/app',
  logStream: '2026/11/29/[$LATEST]0f0f',
  subscriptionFilters: ['to-firehose'],
  ...fields,
  logEvents: messages.map((message, i) => ({ id: `${i}`, timestamp: 1764400000000 + i, message })),
});

describe('subscription envelopes', () => {
  it('redacts a secret in an envelope field that is not a message, and check finds it', () => {
    const root = tempDir();
    const inGroup = s.jwt();
    const inUnknown = s.jwt();
    const file = join(root, 'envelopes.json');
    writeFileSync(file, `${JSON.stringify(envelope({ logGroup: `/app/token=${inGroup}`, extra: `Bearer ${inUnknown}` }, ['nothing here']))}\n`);

    const checked = run(['check', file]);
    const scrubbed = run(['scrub', file, '-o', join(root, 'out.json')]);

    expect(checked.status).toBe(1);
    expect(checked.stdout).toBe(`${file}:1: jwt\n${file}:1: jwt\n`);
    expect(scrubbed.status).toBe(0);
    const out = readFileSync(join(root, 'out.json'), 'utf8');
    expect(out).not.toContain(inGroup);
    expect(out).not.toContain(inUnknown);
    expect(JSON.parse(out).logEvents).toEqual([{ id: '0', timestamp: 1764400000000, message: 'nothing here' }]);
  });

  it('writes a clean envelope back byte for byte beside one it rewrote, a byte that is not UTF-8 included', () => {
    // A review's: the raw 0xE9 of a Latin-1 message came back as U+FFFD once the next envelope changed.
    const root = tempDir();
    const file = join(root, 'envelopes.json');
    // One character a byte: the é is the single byte 0xE9, as a Latin-1 system writes it.
    const first = Buffer.from(`${JSON.stringify(envelope({}, ['caf\u00e9 au lait']))}\n`, 'latin1');
    const dirty = Buffer.from(`${JSON.stringify(envelope({}, [`token=${s.jwt()}`]))}\n`);
    writeFileSync(file, Buffer.concat([first, dirty]));

    const scrubbed = run(['scrub', file, '-o', join(root, 'out.json'), '-q']);

    expect(scrubbed.status).toBe(0);
    const out = readFileSync(join(root, 'out.json'));
    expect(out.subarray(0, first.length).equals(first)).toBe(true);
    expect(out.subarray(first.length).toString('utf8')).toContain('"message":"token=[REDACTED:jwt]"');
  });
});

describe('binary data past the first read', () => {
  it('refuses a file that turns binary after its first MiB (a .gz appended to a log) instead of passing it through', () => {
    const root = tempDir();
    const jwt = s.jwt();
    const file = join(root, 'joined.log');
    // `cat app.log app.log.1.gz > joined.log`: text first, then a gzip member whose secret no rule can see.
    writeFileSync(file, Buffer.concat([Buffer.from(`${'x'.repeat(99)}\n`.repeat(30_000)), gzipSync(`authorization: Bearer ${jwt}\n`)]));

    const checked = run(['check', file]);
    const scrubbed = run(['scrub', file, '-o', join(root, 'out.log')]);

    expect(checked.status).toBe(2);
    expect(checked.stderr).toContain(`logscrub: ${file}: binary file (a NUL byte at offset 30`);
    expect(scrubbed.status).toBe(1);
    expect(scrubbed.stderr).toMatch(/binary file \(a NUL byte at offset \d+\); not scrubbed/);
    expect(existsSync(join(root, 'out.log'))).toBe(false);
  });
});

describe('--in-place', () => {
  it('rewrites the file a symlink points to and keeps the link, rather than replacing the link and leaving the secret', () => {
    const root = tempDir();
    const jwt = s.jwt();
    writeFileSync(join(root, 'real.log'), `token ${jwt}\n`);
    symlinkSync('real.log', join(root, 'link.log'));
    mkdirSync(join(root, 'tree'));
    writeFileSync(join(root, 'tree', 'a.log'), `token ${jwt}\n`);
    symlinkSync('a.log', join(root, 'tree', 'b.log'));

    const one = run(['scrub', join(root, 'link.log'), '--in-place']);
    const tree = run(['scrub', join(root, 'tree'), '--in-place', '-j', '2']);

    expect(one.status).toBe(0);
    expect(lstatSync(join(root, 'link.log')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'real.log'), 'utf8')).toBe('token [REDACTED:jwt]\n');
    expect(tree.status).toBe(0);
    expect(lstatSync(join(root, 'tree', 'b.log')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'tree', 'a.log'), 'utf8')).toBe('token [REDACTED:jwt]\n');
    expect(readdirSync(join(root, 'tree')).sort()).toEqual(['a.log', 'b.log']);
  });
});

describe('error messages and reports', () => {
  it('never quote a field of a malformed payload, which may hold a secret', () => {
    const root = tempDir();
    const password = s.password();
    const file = join(root, 'payloads.b64');
    writeFileSync(file, `${gzipSync(JSON.stringify({ ...envelope({}, ['x']), messageType: `password=${password}` })).toString('base64')}\n`);

    const checked = run(['check', file, '--report', join(root, 'r.sarif'), '--report-format', 'sarif']);
    const scrubbed = run(['scrub', file, '-o', join(root, 'out'), '--report', join(root, 'r.json')]);

    expect(checked.status).toBe(2);
    expect(checked.stderr).toContain(`${file}: line 1: "messageType" must be "DATA_MESSAGE" or "CONTROL_MESSAGE", received a string of ${password.length + 9} characters`);
    expect(scrubbed.status).toBe(1);
    for (const text of [checked.stderr, scrubbed.stderr, readFileSync(join(root, 'r.sarif'), 'utf8'), readFileSync(join(root, 'r.json'), 'utf8')]) expect(text).not.toContain(password);
  });
});

describe('format detection', () => {
  it('scrubs JSON lines whose first record opens with a key an envelope also has (logGroup, owner) as lines', () => {
    const root = tempDir();
    const jwt = s.jwt();
    const first = '{"logGroup":"/ecs/api","level":30,"msg":"started","n":1.50}';
    const file = join(root, 'app.jsonl');
    writeFileSync(file, `${first}\n{"owner":"ops","authorization":"Bearer ${jwt}"}\n`);

    const checked = run(['check', file]);
    const scrubbed = run(['scrub', file, '-o', join(root, 'out.jsonl')]);

    expect(checked.stdout).toBe(`${file}:2: jwt\n`);
    expect(checked.status).toBe(1);
    expect(scrubbed.status).toBe(0);
    expect(readFileSync(join(root, 'out.jsonl'), 'utf8')).toBe(`${first}\n{"owner":"ops","authorization":"Bearer [REDACTED:jwt]"}\n`);
  });
});

describe('long file names', () => {
  it('scrubs a file whose name is near the 255-byte limit, to -o and in place, leaving no temp file', () => {
    const root = tempDir();
    const jwt = s.jwt();
    const name = `${'é'.repeat(122)}.log`; // 248 bytes: legal, but not with a temp prefix and suffix added whole
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in', name), `token ${jwt}\n`);

    const copied = run(['scrub', join(root, 'in'), '-o', join(root, 'out')]);
    const inPlace = run(['scrub', join(root, 'in'), '--in-place']);

    expect(copied.stderr).not.toContain('ENAMETOOLONG');
    expect(copied.status).toBe(0);
    expect(readFileSync(join(root, 'out', name), 'utf8')).toBe('token [REDACTED:jwt]\n');
    expect(inPlace.status).toBe(0);
    expect(readFileSync(join(root, 'in', name), 'utf8')).toBe('token [REDACTED:jwt]\n');
    expect(readdirSync(join(root, 'in'))).toEqual([name]);
  });
});

describe('file names that are not UTF-8', () => {
  /** `dir/<name bytes>`, as Linux allows: a name is bytes, not text. */
  const bytePath = (dir: string, name: number[]): Buffer => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name)]);
  // 'a\xff.log' and 'a\xfe.log': the same name once each invalid byte is read as U+FFFD.
  const names = [
    [0x61, 0xff, 0x2e, 0x6c, 0x6f, 0x67],
    [0x61, 0xfe, 0x2e, 0x6c, 0x6f, 0x67],
  ];

  it('scrubs them like any other file, on one thread or several, to -o and in place', () => {
    for (const jobs of ['1', '2']) {
      const root = tempDir();
      mkdirSync(join(root, 'in', 'sub'), { recursive: true });
      const jwts = names.map(() => s.jwt());
      names.forEach((name, i) => writeFileSync(bytePath(join(root, 'in', 'sub'), name), `token ${jwts[i]}\n`));

      const copied = run(['scrub', join(root, 'in'), '-o', join(root, 'out'), '--jobs', jobs, '-q']);
      expect(copied, `--jobs ${jobs}`).toMatchObject({ status: 0, stderr: '' });
      for (const name of names) expect(readFileSync(bytePath(join(root, 'out', 'sub'), name), 'utf8')).toBe('token [REDACTED:jwt]\n');
      expect(readdirSync(join(root, 'out', 'sub'), { encoding: 'buffer' }).map((n) => [...n]).sort()).toEqual([...names].sort());

      const inPlace = run(['scrub', join(root, 'in'), '--in-place', '--jobs', jobs, '-q']);
      expect(inPlace).toMatchObject({ status: 0, stderr: '' });
      for (const name of names) expect(readFileSync(bytePath(join(root, 'in', 'sub'), name), 'utf8')).toBe('token [REDACTED:jwt]\n');
      expect(readdirSync(join(root, 'in', 'sub'), { encoding: 'buffer' })).toHaveLength(2);
    }
  });

  it('names them in check\'s list and messages with each byte that is not UTF-8 as \\xHH, and as a lone surrogate in reports', () => {
    const root = tempDir();
    mkdirSync(join(root, 'in'));
    names.forEach((name) => writeFileSync(bytePath(join(root, 'in'), name), `token ${s.jwt()}\n`));
    writeFileSync(bytePath(join(root, 'in'), [0x63, 0x75, 0x74, 0xff, 0x2e, 0x67, 0x7a]), gzipSync('a line\n'.repeat(100)).subarray(0, 30));

    const checked = run(['check', 'in', '--report', 'report.json', '-q'], root);

    expect(checked.status).toBe(2);
    expect(checked.stdout).toBe('"in/a\\xfe.log":1: jwt\n"in/a\\xff.log":1: jwt\n');
    expect(checked.stderr).toBe('logscrub: "in/cut\\xff.gz": truncated gzip (the stream ends before its end marker)\n');
    // U+DC80–U+DCFF for the bytes 0x80–0xFF (PEP 383): Python's os.fsencode gives the name's bytes back.
    const text = readFileSync(join(root, 'report.json'), 'utf8');
    expect(text).toContain('"in/a\\udcfe.log"');
    const report = JSON.parse(text) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual(['in/a\udcfe.log', 'in/a\udcff.log', 'in/cut\udcff.gz']);
    // A SARIF location is a URI: the byte, percent-encoded.
    run(['check', 'in', '--report', 'report.sarif', '--report-format', 'sarif', '-q'], root);
    const sarif = JSON.parse(readFileSync(join(root, 'report.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(['in/a%FE.log', 'in/a%FF.log']);
  });
});

describe('walking a tree', () => {
  it('scans a user file whose name only resembles a temp file of ours', () => {
    const root = tempDir();
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in', '.logscrub-notes.tmp'), `token ${s.jwt()}\n`);

    const checked = run(['check', join(root, 'in')]);

    expect(checked.stdout).toBe(`${join(root, 'in', '.logscrub-notes.tmp')}:1: jwt\n`);
    expect(checked.status).toBe(1);
  });
});

describe('--in-place keeps the owner', () => {
  it('gives the rewritten file the owner and group it had (a root run over /var/log must not take files from their daemon)', () => {
    const root = tempDir();
    const file = join(root, 'app.log');
    writeFileSync(file, `token ${s.jwt()}\n`);
    // Only root can give a file away; run by anyone else the owner is theirs already.
    if (process.getuid?.() === 0) chownSync(file, 65534, 65534);
    const before = statSync(file);

    const result = run(['scrub', file, '--in-place']);

    expect(result.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('token [REDACTED:jwt]\n');
    const after = statSync(file);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
  });
});

describe('--in-place on a hard link', () => {
  it('fails the run when other names of a rewritten file keep the original, and stays quiet when the run rewrites them all', () => {
    const root = tempDir();
    mkdirSync(join(root, 'logs'));
    mkdirSync(join(root, 'backup'));
    writeFileSync(join(root, 'logs', 'a.log'), `token ${s.jwt()}\n`);
    linkSync(join(root, 'logs', 'a.log'), join(root, 'backup', 'a.log'));
    writeFileSync(join(root, 'logs', 'b.log'), `token ${s.jwt()}\n`);
    linkSync(join(root, 'logs', 'b.log'), join(root, 'logs', 'b2.log'));

    const result = run(['scrub', join(root, 'logs'), '--in-place', '--quiet']);

    // A review's: exit 0 and a warning --quiet could hide, while the secret stayed on disk.
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`logscrub: ${join(root, 'logs', 'a.log')}: has 2 hard links and 1 was rewritten; the other names still hold the original, secrets included: rewrite or remove them\n`);
    expect(result.stderr).not.toContain('b.log: has');
    expect(readFileSync(join(root, 'logs', 'b2.log'), 'utf8')).toBe('token [REDACTED:jwt]\n');
  });

  it('counts one name given twice (a second spelling, a symlink) once: the other hard link still fails the run', () => {
    // A review's: the second spelling counted as a second hard link, and the run ended with 0.
    const root = tempDir();
    mkdirSync(join(root, 'logs'));
    mkdirSync(join(root, 'other'));
    writeFileSync(join(root, 'logs', 'a.log'), `token ${s.jwt()}\n`);
    linkSync(join(root, 'logs', 'a.log'), join(root, 'other', 'b.log'));
    symlinkSync('a.log', join(root, 'logs', 'z-link.log'));
    const report = join(root, 'report.json');

    const twice = run(['scrub', join(root, 'logs', 'a.log'), join(root, 'logs', '.', 'a.log'), '--in-place', '-q']);
    writeFileSync(join(root, 'logs', 'a.log'), `token ${s.jwt()}\n`);
    linkSync(join(root, 'logs', 'a.log'), join(root, 'other', 'c.log'));
    const linked = run(['scrub', join(root, 'logs'), '--in-place', '-q', '--report', report]);

    expect(twice.status).toBe(1);
    expect(linked.status).toBe(1);
    expect(linked.stderr).toMatch(/a\.log: has 2 hard links and 1 was rewritten/);
    // Rewritten, not failed: the report says which, in its totals and in the file's entry alike.
    const json = JSON.parse(readFileSync(report, 'utf8')) as { totals: { failures: number; linksLeft: number }; files: { file: string; status: string; linksLeft?: string }[] };
    expect(json.totals).toMatchObject({ failures: 0, linksLeft: 1 });
    expect(json.files.find((f) => f.file.endsWith('a.log'))).toMatchObject({ status: 'ok', linksLeft: expect.stringMatching(/other names still hold the original/) });
  });

  it('says nothing of a hard-linked file with nothing to redact, which stays as it was', () => {
    const root = tempDir();
    writeFileSync(join(root, 'clean.log'), 'GET /health 200\n');
    linkSync(join(root, 'clean.log'), join(root, 'clean-link.log'));

    const result = run(['scrub', join(root, 'clean.log'), '--in-place']);

    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('hard links');
    expect(statSync(join(root, 'clean.log')).ino).toBe(statSync(join(root, 'clean-link.log')).ino);
  });
});

describe('--in-place on files with nothing to redact', () => {
  it('leaves them untouched: the same inode, mtime and gzip bytes', () => {
    const root = tempDir();
    const plain = join(root, 'clean.log');
    const gz = join(root, 'clean.log.gz');
    const dirty = join(root, 'dirty.log');
    writeFileSync(plain, 'GET /health 200\nGET /orders 200\n');
    writeFileSync(gz, gzipSync(Buffer.from('GET /health 200\n'), { level: 1 }));
    writeFileSync(dirty, `token ${s.jwt()}\n`);
    const old = new Date('2020-01-02T03:04:05Z');
    for (const f of [plain, gz, dirty]) utimesSync(f, old, old);
    const before = [plain, gz].map((f) => ({ ino: statSync(f).ino, mtime: statSync(f).mtimeMs, bytes: readFileSync(f) }));

    const result = run(['scrub', root, '--in-place']);

    expect(result.status).toBe(0);
    expect([plain, gz].map((f) => ({ ino: statSync(f).ino, mtime: statSync(f).mtimeMs, bytes: readFileSync(f) }))).toEqual(before);
    expect(readFileSync(dirty, 'utf8')).toBe('token [REDACTED:jwt]\n');
    expect(statSync(dirty).mtimeMs).not.toBe(old.getTime());
  });
});

describe('--report onto a file the run reads or writes', () => {
  it('refuses a report that would replace an input or an output, before anything is written (exit 2)', () => {
    const root = tempDir();
    const original = `token ${s.jwt()}\n`;
    const input = join(root, 'app.log');
    writeFileSync(input, original);
    mkdirSync(join(root, 'tree'));
    writeFileSync(join(root, 'tree', 'a.log'), original);

    const ontoInput = run(['scrub', input, '-o', join(root, 'clean.log'), '--report', input]);
    const ontoOutput = run(['scrub', input, '-o', join(root, 'clean.log'), '--report', join(root, 'clean.log')]);
    const ontoTreeOutput = run(['scrub', join(root, 'tree'), '-o', join(root, 'out'), '--report', join(root, 'out', 'a.log')]);
    const ontoCheckedInput = run(['check', join(root, 'tree'), '--report', join(root, 'tree', 'a.log')]);
    const ontoStdinOutput = run(['scrub', '-o', join(root, 'stdin.log'), '--report', join(root, 'stdin.log')]);

    for (const result of [ontoInput, ontoOutput, ontoTreeOutput, ontoCheckedInput, ontoStdinOutput]) expect(result.status).toBe(2);
    expect(ontoInput.stderr).toMatch(/^logscrub: report .*app\.log would overwrite the input .*app\.log; .*\n$/);
    expect(ontoOutput.stderr).toMatch(/^logscrub: report .*clean\.log would overwrite the output of .*app\.log; .*\n$/);
    expect(readFileSync(input, 'utf8')).toBe(original);
    expect(readFileSync(join(root, 'tree', 'a.log'), 'utf8')).toBe(original);
    expect(existsSync(join(root, 'clean.log'))).toBe(false);
    expect(existsSync(join(root, 'out'))).toBe(false);
    expect(existsSync(join(root, 'stdin.log'))).toBe(false);
  });

  it('refuses a report onto the config file in use, given or found in the working directory (exit 2)', () => {
    const root = tempDir();
    const config = '{ "rules": { "disable": ["jwt"] } }\n';
    writeFileSync(join(root, 'logscrub.config.json'), config);
    writeFileSync(join(root, 'app.log'), `token ${s.jwt()}\n`);
    const found = run(['check', 'app.log', '--report', 'logscrub.config.json'], root);
    const given = run(['scrub', 'app.log', '-o', 'clean.log', '--config', join(root, 'logscrub.config.json'), '--report', join(root, 'logscrub.config.json')], root);
    for (const result of [found, given]) expect(result.status).toBe(2);
    expect(found.stderr).toMatch(/^logscrub: report logscrub\.config\.json would overwrite the config file logscrub\.config\.json; choose another report path;/);
    expect(readFileSync(join(root, 'logscrub.config.json'), 'utf8')).toBe(config);
    expect(existsSync(join(root, 'clean.log'))).toBe(false);
  });
});

describe('a pipe named as PATH', () => {
  // A review's: `scrub <(zcat a.log.gz)` and `scrub /dev/stdin` were refused as "not a regular file".
  const inBash = (command: string) => {
    const result = spawnSync('bash', ['-c', command], { env: { PATH: process.env.PATH ?? '', BIN: bin, NODE: process.execPath } });
    return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
  };

  it('is read as stdin is, by scrub and check; in place it is refused', () => {
    const root = tempDir();
    const secret = s.jwt();
    writeFileSync(join(root, 'a.log'), `token ${secret}\nplain\n`);
    const a = join(root, 'a.log');

    const substituted = inBash(`"$NODE" "$BIN" scrub <(cat '${a}') -q`);
    const named = inBash(`cat '${a}' | "$NODE" "$BIN" scrub /dev/stdin -o '${join(root, 'out.log')}' -q`);
    const checked = inBash(`"$NODE" "$BIN" check <(cat '${a}') -q`);
    const inPlace = inBash(`"$NODE" "$BIN" scrub <(cat '${a}') --in-place -q`);

    // (stderr may hold the shell's own complaints about a startup file; not ours.)
    expect(substituted).toMatchObject({ status: 0, stdout: 'token [REDACTED:jwt]\nplain\n' });
    expect(substituted.stderr).not.toContain('logscrub');
    expect(named.status).toBe(0);
    expect(readFileSync(join(root, 'out.log'), 'utf8')).toBe('token [REDACTED:jwt]\nplain\n');
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/^\/dev\/fd\/\d+:1: jwt\n$/);
    expect(inPlace.status).toBe(1);
    expect(inPlace.stderr).toMatch(/a pipe or device cannot be rewritten in place/);
    for (const r of [substituted, named, checked, inPlace]) expect(r.stdout + r.stderr).not.toContain(secret);
  });
});
