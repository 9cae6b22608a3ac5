/**
 * Recall round 6: the shapes other scanners' suites write that survived round 5. gitleaks' sample
 * shapes (a call's next argument, Make's and PHP's operators, a CSV field, logstash's `=>` in a
 * JSON string, a key with a stage or version after it), noseyparker's and trufflehog's token
 * formats (Azure's identifiable keys, AI tool keys, registries, payments, SaaS) and passwords
 * quoted in a sentence or a .NET constructor. Each shape is planted with a value from the seeded
 * sampler, as a plain line and inside a JSON log line, and must never survive; the near misses
 * next to them stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createSampler } from '../../patterns/sample.js';
import { createScrubber } from '../../src/index.js';

const s = createSampler(2026120106);
const scrubber = createScrubber();
const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** A token as services issue them: letters of both cases and digits. */
const token = (): string => `${s.alnum(10)}${s.digits(4)}${s.alnum(18)}`;
/** A password with a symbol in the middle, as people choose them. */
const pw = (): string => `${s.alnum(6)}${s.from('!#%+.@^_~', 1)}${s.digits(2)}${s.alnum(4)}`;

/** Plants `secret` in `line` alone and as a JSON log line's message; neither output may hold it. */
function expectGone(line: string, secret: string): void {
  expect(scrubber.redactText(line)).not.toContain(secret);
  expect(scrubber.redactText(JSON.stringify({ level: 30, msg: line }))).not.toContain(secret);
}

/** Lines that must come back byte for byte, alone and inside a JSON log line. */
function expectKept(lines: readonly string[]): void {
  for (const line of lines) {
    expect(scrubber.redactText(line)).toBe(line);
    const json = JSON.stringify({ level: 30, msg: line });
    expect(scrubber.redactText(json)).toBe(json);
  }
}

type Shape = readonly [string, (v: string) => string];

describe("gitleaks' sample shapes under a token key", () => {
  const shapes: readonly Shape[] = [
    ['a call with the key as its first argument', (v) => ` utils.GetEnvOrDefault("api_token", "${v}")`],
    ['System.setProperty', (v) => `System.setProperty("api.key", "${v}")`],
    ['os.Setenv', (v) => `os.Setenv("GITHUB_TOKEN", "${v}")`],
    ["Gradle's buildConfigField", (v) => `buildConfigField 'String', 'API_TOKEN', '"${v}"'`],
    ["Make's +=", (v) => `API_TOKEN += "${v}"`],
    ["Make's ?=", (v) => `api_TOKEN ?= "${v}"`],
    ["Make's :::=", (v) => `api_TOKEN :::= "${v}"`],
    ["PHP's .=", (v) => `$apiToken .= "${v}"`],
    ["PHP's ??=", (v) => `$apiToken ??= "${v}"`],
    ['a CSV field', (v) => `genericToken,${v},`],
    ["logstash's =>", (v) => `  "apiToken" => "${v}"`],
  ];

  it.each(shapes)('lose the token of %s', (_name, shape) => {
    const secret = token();
    expectGone(shape(secret), secret);
  });

  it('leave field lists, columns, code without a value and prose byte for byte', () => {
    expectKept([
      "fields = ('token', 'email', 'api_key')",
      'insert into "sessions" ("id", "token", "user_id") values ($1, $2, $3)',
      'token += chunk',
      'token,expired,2024-01-02',
      'os.Setenv("GITHUB_TOKEN", token)',
      'the token, once issued, expires after an hour',
    ]);
  });
});

describe('a secret key with a stage, version or role after it', () => {
  const shapes: readonly Shape[] = [
    ['digits', (v) => `some_api_token_123 = "${v}"`],
    ['a stage', (v) => `DB_PASSWORD_PROD=${v}`],
    ['a version', (v) => `client_secret_v2: ${v}`],
    ['a role', (v) => `GITHUB_TOKEN_CI=${v}`],
  ];

  it.each(shapes)('loses the value after %s', (_name, shape) => {
    const secret = token();
    expectGone(shape(secret), secret);
  });

  it('leaves ids, names, urls and counts under such keys', () => {
    expectKept([`token_id=${s.uuid()}`, 'secret_name=prod-db-credentials', 'password_reset_url=https://example.com/reset', 'token_ttl_2=3600']);
  });
});

describe("key names of other scanners' keyword lists", () => {
  const keys = ['SERVICE_KEY', 'account_key', 'db_key', 'databaseKey', 'deploy_key', 'JWT_KEY', 'authorization_key', 'passkey', 'passcode'];

  it.each(keys)('loses a token under %s in env, YAML, JSON and code shapes', (key) => {
    const secret = token();
    expectGone(`${key}=${secret}`, secret);
    expectGone(`  ${key}: "${secret}"`, secret);
    expectGone(`{"${key}": "${secret}", "user": "ada"}`, secret);
    expectGone(`$${key} = '${secret}';`, secret);
  });

  it('leaves names, numbers and paths under them', () => {
    expectKept(['service_key: billing-api', 'db_key=42', 'deploy_key: /etc/deploy/id_ed25519', 'partition_key=tenant_id']);
  });
});

describe('token formats of other scanners', () => {
  const b64 = (n: number): string => s.base64(n);
  const formats: readonly (readonly [string, () => string])[] = [
    ['an Azure storage key (+ASt)', () => `${b64(76)}+ASt${b64(5)}Q==`],
    ['an Azure Cosmos DB key (ACDb)', () => `${b64(76)}ACDb${b64(5)}g==`],
    ['an Azure Service Bus key (+ASb)', () => `${b64(33)}+ASbC${b64(5)}=`],
    ['an Azure Functions key (AzFu)', () => `${s.base64url(44)}AzFu${s.base64url(5)}w==`],
    ['an Azure OpenAI / DevOps key (JQQJ99)', () => `${s.alnum(52)}JQQJ99${s.alnum(1)}B${s.alnum(16)}x${s.alnum(7)}`],
    ['a Tencent SecretId', () => `AKID${s.alnum(32)}`],
    ['a Tavily key', () => `tvly-${s.alnum(32)}`],
    ['a Firecrawl key', () => `fc-${s.hex(32)}`],
    ['a Langfuse secret key', () => `sk-lf-${s.uuid()}`],
    ['a NuGet key', () => `oy2${s.from(LOWER_NUM, 43)}`],
    ['a crates.io token', () => `cio${s.alnum(32)}`],
    ['a Render key', () => `rnd_${s.alnum(32)}`],
    ['a Neon key', () => `napi_${s.from(LOWER_NUM, 64)}`],
    ['a Segment token', () => `sgp_${s.alnum(64)}`],
    ['a Razorpay key id', () => `rzp_live_${s.alnum(14)}`],
    ['an Adyen key', () => `AQE${s.alnum(6)}.${s.base64url(60)}`],
    ['a Stytch secret', () => `secret-live-${s.base64url(36)}`],
    ['a Salesforce access token', () => `00D${s.alnum(12)}!${s.alnum(20)}.${s.alnum(80)}`],
    ['an Intercom token', () => `dG9rOj${s.base64(54)}=`],
  ];

  it.each(formats)('lose %s in prose, after a key and in a header', (_name, make) => {
    const secret = make();
    expectGone(`request failed with ${secret} for user ada`, secret);
    expectGone(`SERVICE_CREDENTIAL=${secret}`, secret);
    expectGone(`Authorization: Bearer ${secret}`, secret);
  });

  it('lose a Kubernetes bootstrap token as kubeadm prints and takes it', () => {
    const secret = `${s.from(LOWER_NUM, 6)}.${s.from(LOWER_NUM, 16)}`;
    expectGone(`kubeadm join 10.0.0.5:6443 --token ${secret} --discovery-token-ca-cert-hash sha256:${s.hex(64)}`, secret);
    expectGone(`[bootstrap-token] Using token: ${secret}`, secret);
  });

  it('lose a SonarQube legacy token in sonar.login', () => {
    const secret = s.hex(40);
    expectGone(`mvn -B sonar:sonar -Dsonar.login=${secret}`, secret);
  });

  it('leave look-alikes byte for byte', () => {
    expectKept([
      'apim gateway ready',
      'tvly-YOUR_API_KEY',
      `rfc-${s.hex(32)}`,
      'napi_create_function failed',
      'rnd_seed=42',
      'ciosk precious socio',
      'rzp_live_mode=true',
      'Id                00D5fORGIDEXAMPLE',
      're_render_all_templates_in_the_folder',
      `langfuse init pk-lf-${s.uuid()}`,
      'token file: config.applicationnames',
      '-Dsonar.login=admin -Dsonar.password=$SONAR_PASSWORD',
      `kubeadm join 10.0.0.5:6443 --discovery-token-ca-cert-hash sha256:${s.hex(64)}`,
    ]);
  });
});

describe('passwords quoted in a sentence or a .NET constructor', () => {
  const shapes: readonly Shape[] = [
    ['the password is', (v) => `echo "The password is '${v}'"`],
    ['the password for user … is', (v) => `Ensure the password for user 'postgres' is '${v}' or change .env file.`],
    ['with password', (v) => `created user ada with password "${v}"`],
    ['has been reset to', (v) => `Password for ada has been reset to '${v}'`],
    ['NetworkCredential', (v) => `sender.Credentials = new NetworkCredential("ada@example.com", "${v}");`],
    ['DirectoryEntry', (v) => `$d = New-Object DirectoryServices.DirectoryEntry("LDAP://10.10.10.1", "corp\\ada", "${v}")`],
  ];

  it.each(shapes)('lose the password of %s', (_name, shape) => {
    const secret = pw();
    expectGone(shape(secret), secret);
  });

  it('leave sentences about a password and code without one byte for byte', () => {
    expectKept([
      'the password is incorrect',
      "the password is 'too short'",
      'login with password "%s"',
      "password set to '${DB_PASSWORD}'",
      'password for user "ada" is expired',
      'new NetworkCredential(user, password)',
      'new DirectoryEntry("LDAP://dc1")',
    ]);
  });
});
