/**
 * A worker thread of `runFiles`: builds the scrubber from the resolved options, then processes the
 * whole files it is given, one at a time, reporting bytes read (progress), findings as they are
 * found (when asked), the directories it made and each outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedOptions } from '../../options.js';
import { createScrubber } from '../../scrubber.js';
import { processFile } from './file.js';
import type { FileFinding } from './pipeline.js';
import type { FileJob, FileWorkerMessage } from './run.js';
import { threadCpuMs } from '../thread-clock.js';

if (parentPort !== null) {
  const port = parentPort;
  const post = (message: FileWorkerMessage): void => port.postMessage(message);
  const scrubber = createScrubber(workerData as ResolvedOptions, {}, { cpuClock: threadCpuMs });
  port.on('message', (job: FileJob) => {
    const onFinding = job.findings ? (finding: FileFinding) => post({ type: 'finding', index: job.index, finding }) : undefined;
    void processFile(scrubber, job.file, {
      mode: job.mode,
      format: job.format,
      onRead: (bytes) => post({ type: 'read', bytes }),
      ...(onFinding === undefined ? {} : { onFinding }),
      // The main thread removes them if the run is interrupted (left empty).
      onDirectoriesMade: (dirs) => post({ type: 'directories', dirs }),
    }).then((outcome) =>
      post({ type: 'done', index: job.index, outcome }),
    );
  });
  post({ type: 'ready' });
}
