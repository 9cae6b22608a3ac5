import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';
import { decodeAuditText } from '../../src/detect/audit-hex.js';
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

describe('the map from decoded text back to hex', () => {
  it('maps a decoded byte back to the two hex digits it came from', () => {
    const line = Buffer.from(`type=PROCTITLE proctitle=${hex('ls\u0000-l')}`);
    const start = line.indexOf('proctitle=') + 10;
    const decoded = decodeAuditText(line, 0, line.length, start, line.length);
    expect(decoded?.text.toString()).toBe('ls -l');
    expect([decoded?.starts[3], decoded?.ends[4]]).toEqual([start + 6, start + 10]);
  });
});

describe('what a review of the auditd reading found', () => {
  it("still finds a secret a placeholder's match spans before (a second scrub of an older one's output)", () => {
    const jwt = s.base64url(36);
    const line = `curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.${jwt}.${s.base64url(43)}" -u admin:[REDACTED:curl-user] https://x`;
    expect(scrubber.redactLine(line)).not.toContain(jwt);
  });

  it('leaves hex of text to the hex and key rules wherever the audit reading does not claim it', () => {
    const pw = `Coffee purple dog ${s.digits(2)}?`;
    const wazuh = `{"data":{"audit":{"type":"EXECVE","execve":{"a0":"mysqladmin","a3":"${hex(`--password=${pw}`)}","a4":"status"}}}}`;
    expect(scrubber.redactLine(wazuh)).not.toContain(hex(`--password=${pw}`));
    const keyed = `api_key=${Buffer.from(s.alnum(20)).toString('hex')}`;
    expect(scrubber.redactLine(keyed)).not.toBe(keyed);
    const tty = `type=TTY msg=audit(1734936610.160:1599160): tty pid=4242 uid=1000 major=136 minor=0 data=${hex(`su -\r${password()}\rwhoami\rls -la\r`)}`;
    expect(scrubber.redactLine(tty)).not.toContain('data=73752');
  });

  it('reads quoted arguments written inside a JSON string or a CSV field', () => {
    const pw = password();
    for (const q of ['\\"', '""']) {
      const line = `host=web1 msg="type=EXECVE msg=audit(1.1:1): argc=4 a0=${q}sh${q} a1=${hex('x y')} a2=${q}--password=${pw}${q} a3=${hex('a b')}"`;
      expect(scrubber.redactLine(line)).not.toContain(pw);
    }
  });

  it("ends a finding where its rule does, not at its argument's end", () => {
    const pw = password();
    const url = `postgres://app:${pw}@db.example.com/app x`;
    const out = scrubber.redactLine(`type=EXECVE msg=audit(1.1:1): argc=2 a0="psql" a1=${hex(url)}`);
    expect(out).not.toContain(hex(pw));
    expect(out).toContain(`]${hex('@db.example.com/app x')}`);
  });
});
