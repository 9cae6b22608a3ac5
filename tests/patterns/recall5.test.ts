/**
 * Recall round 5: command lines of more tools (openssl passwd, ncftp, Oracle logons, ssh-keygen, a
 * literal piped into a password reader), key names from other scanners' keyword lists, and code
 * that compares or passes a password rather than assigning it. Each shape is planted with a value
 * from the seeded sampler, as a plain line and inside a JSON log line, and must never survive; the
 * near misses next to them stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';

const s = createSampler(2026120105);
const scrubber = createScrubber();
/** A password with a symbol in the middle, as people choose them. */
const pw = (): string => `${s.alnum(6)}${s.from('!#%+.:@^_~', 1)}${s.alnum(5)}`;

/** Plants `secret` in `line` alone and as a JSON log line's message; neither output may hold it. */
function expectGone(line: string, secret: string): void {
  expect(scrubber.redactText(line)).not.toContain(secret);
  expect(scrubber.redactText(JSON.stringify({ level: 30, msg: line }))).not.toContain(secret);
}

describe('command lines of more tools', () => {
  const shapes: readonly (readonly [string, (v: string) => string])[] = [
    ['openssl passwd', (v) => `openssl passwd -6 -salt abcd ${v}`],
    ['ncftpput -p', (v) => `ncftpput -u ada -p ${v} ftp.example.com /up f.txt`],
    ['sqlplus user/password@db', (v) => `sqlplus -s scott/${v}@orcl @run.sql`],
    ['ssh-keygen -N', (v) => `ssh-keygen -t ed25519 -N '${v}' -f key`],
    ['mosquitto_pub -P', (v) => `mosquitto_pub -h broker -u ada -P ${v} -t t -m x`],
    ['cqlsh -p', (v) => `cqlsh -u cassandra -p ${v} db1`],
    ['rar -p', (v) => `rar a -p${v} out.rar dir`],
    ['SSHPASS=', (v) => `SSHPASS='${v}' sshpass -e ssh deploy@web1`],
    ['echo | vncpasswd -f', (v) => `echo ${v} | vncpasswd -f > ~/.vnc/passwd`],
    ['echo | passwd --stdin', (v) => `echo "${v}" | passwd --stdin ada`],
    ['echo | sudo -S', (v) => `echo '${v}' | sudo -S systemctl restart app`],
    ['Invoke-Sqlcmd -Password', (v) => `Invoke-Sqlcmd -ServerInstance db -Username sa -Password '${v}'`],
  ];

  it.each(shapes)('lose the password of %s', (_name, shape) => {
    const secret = pw();
    expectGone(shape(secret), secret);
  });

  it('lose both of ssh-keygen\'s passphrases', () => {
    const [old, next] = [pw(), pw()];
    const out = scrubber.redactText(`ssh-keygen -p -P ${old} -N ${next} -f key`);
    expect(out).not.toContain(old);
    expect(out).not.toContain(next);
  });

  it('leave the same tools without a password byte for byte', () => {
    const clean = [
      'openssl passwd -6 -stdin',
      'openssl passwd -1 -in passwords.txt',
      'ncftpput -u ada -P 2121 ftp.example.com /up f.txt',
      'sqlplus /nolog',
      'sqlplus / as sysdba',
      "ssh-keygen -t ed25519 -N '' -f key",
      'SSHPASS: searching for password prompt using match "assword"',
      'echo "$PW" | sudo -S true',
      'cat /etc/passwd | grep ada',
      'echo done | sudo tee /etc/motd',
    ];
    for (const line of clean) expect(scrubber.redactText(line)).toBe(line);
  });
});

describe('code that compares or passes a password', () => {
  const shapes: readonly (readonly [string, (v: string) => string])[] = [
    ['a comparison', (v) => `if password == "${v}":`],
    ['a strict inequality', (v) => `if (dbPassword !== '${v}') {`],
    ['equals()', (v) => `if (password.equals("${v}"))`],
    ["Ruby's ||=", (v) => `password ||= '${v}'`],
    ["C#'s verbatim string", (v) => `string password = @"${v}";`],
    ["a call's arguments", (v) => `props.put("javax.net.ssl.keyStorePassword", "${v}");`],
    ['a Gradle statement', (v) => `    storePassword '${v}'`],
    ["Make's ?=", (v) => `DB_PASSWORD ?= ${v}`],
    ['a pw key', (v) => `ROOT_PW=${v}`],
    ['REDISCLI_AUTH', (v) => `REDISCLI_AUTH=${v}`],
  ];

  it.each(shapes)('goes in %s', (_name, shape) => {
    const secret = pw();
    expectGone(shape(secret), secret);
  });

  it('goes under a secret key compared with ==', () => {
    const token = s.alnum(32);
    expectGone(`if api_key == "${token}":`, token);
  });

  it('leaves field lists, comparisons with variables and prose byte for byte', () => {
    const clean = [
      "fields = ('username', 'password', 'email')",
      'if password == expected:',
      'if (password != confirm) return false;',
      'request.POST.get("password", "")',
      'form.add_field("password", "Password:")',
      'the password "is too short"',
      '$pw = Read-Host -AsSecureString',
      'client_key: /etc/ssl/client.key',
      'update "sessions" set "last_activity" = ? where "id" = ?',
    ];
    for (const line of clean) expect(scrubber.redactText(line)).toBe(line);
  });
});
