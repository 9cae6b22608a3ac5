/**
 * Start-up of `logscrub scrub < /dev/null` against `node -e 0` (issue 9: target ≤ 1.5×).
 *
 * `node dist/bench/startup.js [--runs N] [--against CLI.js]…`
 *
 * Each round runs every command once, in turn, so that the machine's noise (2 shared cores) falls
 * on all of them alike; the ratio is taken within each round, then its median and range reported.
 * Times are the child's own, from bash's `time` (wait4's rusage: wall, user + system CPU, in ms):
 * Node cannot read a child's rusage, and a preload inside the child would be part of what it times.
 * `--against` adds another build of the CLI (say main's `dist/src/cli/main.js`) for an A/B in one run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    against: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help === true) {
  process.stdout.write('Usage: node dist/bench/startup.js [--runs N] [--against OTHER_CLI.js]…\n');
  process.exit(0);
}
const runs = Number.parseInt(values.runs, 10);
const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const quote = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;
const commands: ReadonlyArray<readonly [string, string]> = [
  ['node -e 0', `${quote(process.execPath)} -e 0`],
  ['logscrub scrub', `${quote(process.execPath)} ${quote(cli)} scrub`],
  ...values.against.map((path, i) => [`against ${i + 1} scrub`, `${quote(process.execPath)} ${quote(path)} scrub`] as const),
];

function time(command: string): Sample {
  const script = `TIMEFORMAT='%3R %3U %3S'; { time ${command} </dev/null >/dev/null 2>&1; } 2>&1`;
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  const [wall, user, sys] = result.stdout.trim().split(/\s+/).map(Number);
  if (wall === undefined || user === undefined || sys === undefined || Number.isNaN(wall + user + sys)) {
    throw new Error(`could not time ${command}: ${result.stdout}${result.stderr}`);
  }
  return { wall: wall * 1000, cpu: (user + sys) * 1000 };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const range = (xs: readonly number[], digits: number): string => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
const quartiles = (xs: readonly number[], digits: number): string => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return `${at(0.25).toFixed(digits)}–${at(0.75).toFixed(digits)}`;
};

// One warm-up round: the page cache holds node and the bundle before anything is timed.
for (const [, command] of commands) time(command);
const samples = commands.map(() => [] as Sample[]);
for (let round = 0; round < runs; round++) {
  // Alternate the order too, so neither command always runs right after the other.
  const order = round % 2 === 0 ? commands.map((_, i) => i) : commands.map((_, i) => commands.length - 1 - i);
  for (const i of order) samples[i]?.push(time((commands[i] as readonly [string, string])[1]));
}

const base = samples[0] as Sample[];
process.stdout.write(`node ${process.version}, ${runs} rounds; ms are the child's own (bash time); ratio per round to node -e 0\n`);
process.stdout.write('command               wall ms (median, IQR)     CPU ms (median, IQR)      ratio wall: median (IQR; range)   ratio CPU: median (IQR; range)\n');
commands.forEach(([name], i) => {
  const own = samples[i] as Sample[];
  const wall = own.map((s) => s.wall);
  const cpu = own.map((s) => s.cpu);
  const rw = own.map((s, r) => s.wall / (base[r] as Sample).wall);
  const rc = own.map((s, r) => s.cpu / (base[r] as Sample).cpu);
  process.stdout.write(
    `${name.padEnd(20)}  ${median(wall).toFixed(1).padStart(6)} (${quartiles(wall, 0)})`.padEnd(48) +
      `${median(cpu).toFixed(1).padStart(6)} (${quartiles(cpu, 0)})`.padEnd(26) +
      `${median(rw).toFixed(2)}× (${quartiles(rw, 2)}; ${range(rw, 2)})`.padEnd(34) +
      `${median(rc).toFixed(2)}× (${quartiles(rc, 2)}; ${range(rc, 2)})\n`,
  );
});
