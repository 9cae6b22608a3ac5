/**
 * Leak classes a red-team review found by running realistic log lines through the scrubber: each
 * class in the shapes real logs give it, not only the reviewer's example. Only the secret goes, a
 * second scrub changes nothing, and the look-alikes of each class stay byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { expectOnlySecretGone } from '../support/only-secret-gone.js';
import { createSampler } from '../../patterns/sample.js';

const scrubber = createScrubber();
const sample = createSampler(0x1ea5);
const password = (): string => `${sample.alnum(6)}!${sample.alnum(5)}`;
const plain = (): string => `${sample.alnum(5)}${sample.alnum(4)}`;

const cases = (makers: readonly ((s: string) => string)[], secret: () => string): (readonly [string, string])[] =>
  makers.map((make) => {
    const s = secret();
    return [make(s), s] as const;
  });

const keeps = (lines: readonly string[]): void =>
  it.each(lines)('keeps %s', (line) => expect(scrubber.redactLine(line)).toBe(line));

describe("Redis's requirepass and masterauth, in every shape a log gives them (L16)", () => {
  it.each(
    cases(
      [
        (s) => `redis-server --requirepass ${s} --appendonly yes`,
        (s) => `redis-server /etc/redis/redis.conf --masterauth ${s} --replicaof 10.0.0.4 6379`,
        (s) => `redis-server --requirepass "${s}"`,
        (s) => `redis-server --requirepass=${s}`,
        (s) => `            "Args": ["redis-server", "--requirepass", "${s}"],`,
        (s) => `"Cmd": ["redis-server","--appendonly","yes","--masterauth","${s}"]`,
        (s) => `command: ['redis-server', '--requirepass', '${s}']`,
        (s) => JSON.stringify({ level: 'info', msg: `starting redis-server --requirepass ${s} --port 6380` }),
        (s) => JSON.stringify({ Args: ['redis-server', '--requirepass', s] }),
        (s) => `1714557600.123456 [0 10.0.0.4:51234] "CONFIG" "SET" "requirepass" "${s}"`,
        (s) => `1714557600.123456 [0 10.0.0.4:51234] "config" "set" "masterauth" "${s}"`,
        (s) => JSON.stringify({ msg: `1714557600.1 [0 10.0.0.4:1] "CONFIG" "SET" "requirepass" "${s}"` }),
        (s) => `requirepass ${s}`,
        (s) => `requirepass "${s}"`,
        (s) => `masterauth ${s}`,
        (s) => `    masterauth ${s}`,
        (s) => `# requirepass ${s}`,
        (s) => `127.0.0.1:6379> CONFIG SET requirepass ${s}`,
        (s) => `$ redis-cli config set masterauth "${s}"`,
        (s) => `sentinel auth-pass mymaster ${s}`,
        (s) => `SENTINEL SET mymaster auth-pass ${s}`,
        (s) => JSON.stringify({ redis: { requirepass: s, maxmemory: '2gb' } }),
        (s) => `  requirepass: "${s}"`,
        (s) => `masterauth=${s}`,
      ],
      password,
    ),
  )('%s', (line, secret) => expectOnlySecretGone(scrubber, line, secret));

  // foobared is the password redis.conf's own comment shows; deployments copy it verbatim
  // (`redis://:foobared@redis:6379`), so it goes too, commented out or not.
  it.each([['# requirepass foobared', 'foobared'] as const, ['requirepass foobared', 'foobared'] as const])('%s', (line, secret) =>
    expectOnlySecretGone(scrubber, line, secret),
  );

  keeps([
    'command: ["redis-server", "--requirepass", "$(REDIS_PASSWORD)"]',
    'command: redis-server --requirepass ${REDIS_PASSWORD}',
    'redis-server --requirepass $REDIS_PASSWORD',
    'masteruser default',
    'requirepass',
    '1714557600.1 [0 10.0.0.4:1] "CONFIG" "GET" "requirepass"',
    'WARNING: no requirepass is set, the server accepts any client',
    '# If the master is password protected (using the "requirepass" configuration',
    'sentinel auth-pass mymaster',
    '{"requirepass":"","maxmemory":"2gb"}',
    'requirepass: must be set when protected-mode is off',
  ]);
});
