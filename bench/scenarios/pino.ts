/**
 * `pino`: an AdonisJS app logging its requests through pino into a file (issue 11). The same
 * seeded requests (1% with a planted credential) through the logscrub transport, through
 * pino/file with no redaction (the baseline), through pino's own `redact` paths then pino/file,
 * and through logscrub's in-process `destination()`. Every run is a fresh process (bench/pino-app.ts)
 * that generates its records, times itself and checks its file; no warm-up, nothing shared.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PinoAppJob, PinoAppResult, PinoForm } from '../pino-app.js';
import { runProcess } from '../spawn.js';
import type { Approach, LoadedCorpus, Measured, Prepared, Scenario } from '../types.js';

const app = fileURLToPath(new URL('../pino-app.js', import.meta.url));
/** Distinct requests per run; past it they repeat with their own ids (bounds the app's heap). */
const POOL = 100_000;

function row(name: string, form: PinoForm, role?: 'baseline'): Approach {
  return {
    name,
    ...(role === undefined ? {} : { role }),
    corpora: ['adonis-1'],
    warmups: 0,
    prepare(corpus: LoadedCorpus): Prepared {
      let peak: number | undefined;
      return {
        async run(): Promise<Measured> {
          const dir = mkdtempSync(join(tmpdir(), 'logscrub-bench-pino-'));
          try {
            const job: PinoAppJob = { form, records: corpus.lines, pool: POOL, density: corpus.spec.density, seed: 1, file: join(dir, 'app.log') };
            const out = join(dir, 'result.json');
            const proc = await runProcess([app, JSON.stringify(job)], '/dev/null', out);
            peak = Math.max(peak ?? 0, proc.peakRssKb ?? 0);
            const r = JSON.parse(readFileSync(out, 'utf8')) as PinoAppResult;
            return {
              seconds: r.seconds,
              bytes: r.bytes,
              mainThreadMs: r.mainThreadMs,
              logCallsMs: r.logCallsMs,
              ...(r.mainThreadCpuMs === null ? {} : { mainThreadCpuMs: r.mainThreadCpuMs }),
              processCpuMs: r.processCpuMs,
              recall: r.recall,
            };
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
        childPeakRssKb: () => peak,
      };
    },
  };
}

export const pinoScenario: Scenario = {
  name: 'pino',
  description: 'AdonisJS request logs through pino into a file: the logscrub transport against plain pino and pino redact',
  approaches: [
    row('logscrub/pino transport (worker thread)', 'logscrub-transport'),
    row('plain pino: pino/file, no redaction (worker thread)', 'plain', 'baseline'),
    row('pino-redact (paths) + pino/file (worker thread)', 'pino-redact'),
    row('logscrub/pino destination() (in-process)', 'logscrub-destination'),
  ],
};
