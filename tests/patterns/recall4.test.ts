/**
 * Recall round 4: registry and package-manager credentials in every syntax a config dump takes,
 * tools with password flags of their own (several on one command line), and `net use` prose.
 * Each shape is planted with a value from the seeded sampler, as a plain line and inside a JSON log
 * line, and must never survive; the near misses next to them stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';

const s = createSampler(2026113041);
const scrubber = createScrubber();
/** A password with a symbol in the middle, as people choose them. */
const pw = (): string => `${s.alnum(6)}${s.from('!#%+.:@^_~', 1)}${s.alnum(5)}`;
/** Docker's `auth`: base64 of `user:password`, built at run time. */
const dockerAuth = (user: string, password: string): string => Buffer.from(`${user}:${password}`).toString('base64');

/** Plants `secret` in `line` alone and as a JSON log line's message; neither output may hold it. */
function expectGone(line: string, secret: string): void {
  expect(scrubber.redactText(line)).not.toContain(secret);
  expect(scrubber.redactText(JSON.stringify({ level: 30, msg: line }))).not.toContain(secret);
}

describe('a Docker config auth', () => {
  const shapes: readonly (readonly [string, (v: string) => string])[] = [
    ['JSON', (v) => `{"auths":{"reg.io":{"auth":"${v}"}}}`],
    ['a Python repr', (v) => `{'auths': {'reg.io': {'auth': '${v}'}}}`],
    ['YAML, bare', (v) => `      auth: ${v}`],
    ['YAML, quoted', (v) => `auth: "${v}"`],
    ["Go's %+v", (v) => `{Username:ada Auth:${v} ServerAddress:reg.io}`],
    ['a Ruby hash', (v) => `{"auth" => "${v}"}`],
    ['TOML', (v) => `auth = "${v}"`],
  ];

  it.each(shapes)('goes in %s, whatever user:password it encodes', (_name, shape) => {
    // Letters-only passwords too: `user:pass`'s base64 holds no digit.
    for (const password of [pw(), s.from('abcdefghijklmnopqrstuvwxyz', 4), s.alnum(20)]) {
      const auth = dockerAuth(s.from('abcdefghijklmnopqrstuvwxyz', 5), password);
      expectGone(shape(auth), auth);
    }
  });

  it('leaves words under auth and longer keys byte for byte', () => {
    const clean = ['auth: true', 'auth: none', '"auth": "basic"', 'auth: oauth2', 'author: Jane', 'auth: disabled', "'auth': 'token'", 'auth: AzureActiveDirectory', 'oauth: required', 'auth = "kerberos"'];
    for (const line of clean) expect(scrubber.redactText(line)).toBe(line);
  });
});

describe('npm, yarn and composer credentials', () => {
  it('go from environment variables, config set commands, .yarnrc lines and composer auth', () => {
    const auth = dockerAuth('ada', pw());
    const token = s.base64url(36);
    const shapes = [
      [`npm_config__auth=${auth}`, auth],
      [`NPM_CONFIG__AUTH=${auth}`, auth],
      [`NPM_AUTH_IDENT=${auth}`, auth],
      [`npm config set //registry.example.com/:_authToken ${token}`, token],
      [`npm config set _auth=${auth}`, auth],
      [`yarn config set npmAuthToken "${token}"`, token],
      [`"//registry.example.com/:_authToken" "${token}"`, token],
      [`COMPOSER_AUTH={"gitlab-token":{"gitlab.example.com":"${token}"}}`, token],
    ] as const;
    for (const [line, secret] of shapes) expectGone(line, secret);
  });

  it('leave a variable and other config keys', () => {
    const clean = ['npm config set registry https://registry.example.com/', 'npm config set //registry.example.com/:_authToken ${NPM_TOKEN}', '_auth=${NPM_AUTH}'];
    for (const line of clean) expect(scrubber.redactText(line)).toBe(line);
  });
});

describe('tools with password flags of their own', () => {
  it('lose every password on the command line, however many', () => {
    const [a, b, c] = [pw(), pw(), pw()];
    const lines = [
      [`ldappasswd -x -D cn=admin -w ${a} -a '${b}' -s ${c} uid=ada`, [a, b, c]],
      [`ldappasswd -x -D cn=admin -W -s "${a}" uid=ada`, [a]],
      [`snmpwalk -v3 -l authPriv -u ada -a SHA -A ${a} -x AES -X ${b} 10.0.0.1`, [a, b]],
      [`snmpset -v3 -u ada -X${a} host oid s x`, [a]],
      [`mysqladmin -u root -p${a} password '${b}'`, [a, b]],
      [`mysqladmin -u root password ${a}`, [a]],
    ] as const;
    for (const [line, secrets] of lines) for (const secret of secrets) expectGone(line, secret);
  });

  it('lose what chpasswd, useradd, twine, poetry and docker login --password-stdin are given', () => {
    const p = pw();
    const hash = `$6$${s.alnum(8)}$${s.base64(43).replace(/[+=]/g, '.')}`;
    const lines = [
      [`echo 'ada:${p}' | chpasswd`, p],
      [`echo "root:${p}" | sudo chpasswd`, p],
      [`chpasswd <<< "ada:${p}"`, p],
      [`useradd -m -p '${hash}' ada`, hash.slice(3)],
      [`usermod -p ${hash} ada`, hash.slice(3)],
      [`twine upload -u ada -p ${p} dist/*`, p],
      [`poetry config http-basic.internal ada ${p}`, p],
      [`echo '${p}' | docker login -u ada --password-stdin reg.io`, p],
    ] as const;
    for (const [line, secret] of lines) expectGone(line, secret);
  });

  it('leave their other uses byte for byte, an SNMP community included', () => {
    const clean = [
      'snmpwalk -v2c -c public 10.0.0.1',
      'snmpwalk -v2c host',
      'chpasswd',
      'usermod -aG docker bob',
      'useradd -m -p "$HASH" ada',
      'mysqladmin: [Warning] Using a password on the command line interface can be insecure.',
      'ldapsearch -x -w -D cn=admin -s sub',
      'echo "$CR_PAT" | docker login ghcr.io -u ada --password-stdin',
    ];
    for (const line of clean) expect(scrubber.redactText(line)).toBe(line);
  });
});

describe('net use', () => {
  it('reads a plain word after the share as prose unless a user option or a digit or symbol says otherwise', () => {
    expect(scrubber.redactText('net use \\\\srv\\share yesterday')).toBe('net use \\\\srv\\share yesterday');
    const p = pw();
    const word = s.from('abcdefghijklmnopqrstuvwxyz', 8);
    expectGone(`net use \\\\srv\\share ${p} /user:dom\\u`, p);
    expectGone(`net use \\\\srv\\share ${word} /user:dom\\u`, word);
    expectGone(`net use \\\\srv\\share ${p}`, p);
  });
});
