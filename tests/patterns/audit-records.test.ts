import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { decodeAuditText, isHexOfText } from '../../src/detect/audit-hex.js';
import { keepsEach } from '../support/only-secret-gone.js';

/**
 * The Linux audit system's records (round 118): auditd writes a string in upper-case hex when it
 * holds a space, a quote or a control character. A secret there must go as the hex of its bytes,
 * the rest of the record staying as it was; a clean command in hex is no token.
 */
const scrubber = createScrubber();
const s = createSampler(2026120546);
const keeps = keepsEach(scrubber);
const hex = (text: string): string => Buffer.from(text, 'latin1').toString('hex').toUpperCase();
const password = (): string => `${s.alnum(10)}#${s.alnum(5)}`;

/** The hex of `secret` is gone from the output, and what was around it in the record stayed. */
function expectHexGone(line: string, secret: string, around: readonly string[]): string {
  const out = scrubber.redactLine(line);
  expect(out).not.toContain(hex(secret));
  for (const part of around) expect(out).toContain(part);
  expect(scrubber.redactLine(out)).toBe(out);
  return out;
}

describe("an EXECVE record's arguments, read together as one command", () => {
  it('takes a password glued to -p in a hex argument, to the argument\'s end, whatever quote it holds', () => {
    const pw = `${s.alnum(8)}"${s.alnum(4)}`;
    const line = `type=EXECVE msg=audit(1734764445.186:585724): argc=8 a0="mysql" a1="-h" a2="orders-db" a3="-u" a4="root" a5=${hex(`-p${pw}`)} a6="-e" a7=${hex('SHOW DATABASES')}`;
    const out = expectHexGone(line, pw, ['a4="root" a5=2D70[REDACTED:', `a7=${hex('SHOW DATABASES')}`]);
    expect(out.endsWith(`] a6="-e" a7=${hex('SHOW DATABASES')}`)).toBe(true);
  });

  it('takes a password whose flag is a quoted argument before it', () => {
    const pw = `${password()} x`;
    const line = `type=EXECVE msg=audit(1734764445.186:585725): argc=4 a0="ldapsearch" a1="-D" a2="cn=admin" a3="-w" a4=${hex(pw)}`;
    expectHexGone(line, pw, ['a3="-w" a4=']);
  });

  it('reads a long argument written in chunks (a2[0]=, a2[1]=) as one', () => {
    const pw = password();
    const arg = `--password=${pw} --host db.internal --verbose`;
    const half = hex(arg).length / 2;
    const line = `type=EXECVE msg=audit(1734764445.186:585726): argc=3 a0="tool" a1="sync" a2_len=${arg.length} a2[0]=${hex(arg).slice(0, half)} a2[1]=${hex(arg).slice(half)}`;
    const out = scrubber.redactLine(line);
    expect(out).not.toContain(hex(pw).slice(4, -4));
    expect(out).toContain('a2[0]=2D2D70617373776F72643D');
  });

  it('still finds a token passed as a quoted argument beside a hex one', () => {
    const token = s.hex(64);
    const line = `type=EXECVE msg=audit(1734764445.186:585727): argc=4 a0="deploy" a1=${hex('--note "nightly run"')} a2="--key" a3="${token}"`;
    expect(scrubber.redactLine(line)).not.toContain(token);
  });
});

describe("PROCTITLE's command line and sudo's command, in hex", () => {
  it('takes the password openssl passwd hashes from PROCTITLE (its arguments NUL-separated)', () => {
    const pw = password();
    const line = `type=PROCTITLE msg=audit(1734420043.540:2675950): proctitle=${hex(`openssl\u0000passwd\u0000-6\u0000${pw}`)}`;
    expectHexGone(line, pw, [`proctitle=${hex('openssl\u0000passwd\u0000-6\u0000')}[REDACTED:`]);
  });

  it("takes a password from sudo's command (USER_CMD cmd=)", () => {
    const pw = password();
    const line = `Dec  9 16:13:05 app-prod-3 audit[31587]: USER_CMD pid=31587 uid=1000 auid=1000 ses=86 msg='cwd="/home/ops" cmd=${hex(`mysqladmin -u root --password=${pw} reload`)} exe="/usr/bin/sudo" terminal=pts/1 res=success'`;
    expectHexGone(line, pw, [`cmd=${hex('mysqladmin -u root --password=')}[REDACTED:`, `]${hex(' reload')} exe="/usr/bin/sudo"`]);
  });

  keeps([
    `type=PROCTITLE msg=audit(1734936610.160:1599159): proctitle=${hex('/usr/bin/python3\u0000/opt/app/run.py\u0000--workers\u00004')}`,
    `type=EXECVE msg=audit(1735330425.448:1893023): argc=3 a0="/bin/sh" a1="-c" a2=${hex('find /var/log -name "*.gz" -mtime +30 -delete')}`,
    `Dec 21 03:33:54 bastion01 audit[199188]: USER_CMD pid=199188 uid=1002 auid=1002 ses=476 msg='cwd="/home/jenkins" cmd=${hex('systemctl restart nginx.service --no-block --quiet')} exe="/usr/bin/sudo" terminal=pts/5 res=success'`,
    'type=SYSCALL msg=audit(1735330425.448:1893023): arch=c000003e syscall=59 success=yes exit=0 a0=55d1c2a0e0b0 a1=55d1c2b8f2a0 a2=55d1c2d0e410 a3=8 items=2 ppid=1 pid=4242',
  ]);
});

describe('hex that encodes text is no token', () => {
  it('reads hex of text as text, and random hex as no text', () => {
    expect(isHexOfText(hex('/usr/bin/systemctl restart nginx'))).toBe(true);
    expect(isHexOfText(s.hex(64))).toBe(false);
    expect(isHexOfText(hex('ab'))).toBe(false); // too short to judge
  });
  keeps([`payload=${hex('{"event":"login","user":"ada","ok":true}')} len=40`]);
  it('maps a decoded byte back to the two hex digits it came from', () => {
    const line = Buffer.from(`type=PROCTITLE proctitle=${hex('ls\u0000-l')}`);
    const start = line.indexOf('proctitle=') + 10;
    const decoded = decodeAuditText(line, 0, line.length, start, line.length);
    expect(decoded?.text.toString()).toBe('ls -l');
    expect([decoded?.starts[3], decoded?.ends[4]]).toEqual([start + 6, start + 10]);
  });
});
