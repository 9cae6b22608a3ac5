/**
 * Runs a node script as a whole process, stdin from a file and stdout to a file (or /dev/null),
 * and reads back its peak RSS and CPU time through the preload (bench/rss-preload.ts).
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const preload = fileURLToPath(new URL('./rss-preload.js', import.meta.url));

export interface ProcessRun {
  readonly peakRssKb: number | undefined;
  /** User + system CPU time of all its threads, as the child saw it at exit. */
  readonly cpuSeconds: number | undefined;
}

/**
 * `okCodes`: exit codes that mean the run did its work (`logscrub check` exits 1 when it finds secrets).
 * `env`: the child's environment (default this process's).
 *
 * @example await runProcess([cli, 'scrub'], 'corpus.jsonl', '/dev/null')
 */
export async function runProcess(args: readonly string[], stdinPath: string, stdoutPath: string, okCodes: readonly number[] = [0], env?: NodeJS.ProcessEnv): Promise<ProcessRun> {
  const stdin = openSync(stdinPath, 'r');
  const stdout = openSync(stdoutPath, 'w');
  try {
    const child = spawn(process.execPath, ['--import', preload, ...args], { stdio: [stdin, stdout, 'inherit', 'pipe'], ...(env === undefined ? {} : { env }) });
    let report = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      report += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code === null || !okCodes.includes(code)) throw new Error(`${args.join(' ')} exited with ${code}`);
    const [kb, cpuUs] = report.trim().split(' ').map((n) => Number.parseInt(n, 10));
    return { peakRssKb: Number.isFinite(kb) ? kb : undefined, cpuSeconds: cpuUs !== undefined && Number.isFinite(cpuUs) ? cpuUs / 1e6 : undefined };
  } finally {
    closeSync(stdin);
    closeSync(stdout);
  }
}
