// A file worker for tests/unit/io/archive/run.test.ts. Each opens a temp file beside its output,
// named as the real worker's are. For a file named `die…` it waits until the other worker's temp
// file exists too, then dies mid-file. For any other file it waits for the test's "go" (sent once
// the dead file's outcome is in), then reports whether its temp file is still there.
import { existsSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BroadcastChannel, parentPort } from 'node:worker_threads';

const channel = new BroadcastChannel('logscrub-dying-file-worker');
const tempOf = (output) => join(dirname(output), `.logscrub-${process.pid}-test-0-${basename(output)}.tmp`);

parentPort.on('message', (job) => {
  const mine = tempOf(job.file.output);
  writeFileSync(mine, 'half a file');
  if (basename(job.file.path).startsWith('die')) {
    const others = () => readdirSync(dirname(mine)).some((name) => name.endsWith('.tmp') && join(dirname(mine), name) !== mine);
    const wait = setInterval(() => {
      if (!others()) return;
      clearInterval(wait);
      process.exit(3);
    }, 5);
    return;
  }
  channel.onmessage = ({ data }) => {
    if (data !== 'go') return;
    const kept = existsSync(mine);
    if (kept) unlinkSync(mine);
    channel.close();
    const outcome = { file: job.file.path, failure: kept ? 'its temp file was kept' : 'its temp file was removed by another thread', findings: [], findingsTotal: 0, seconds: 0 };
    parentPort.postMessage({ type: 'done', index: job.index, outcome });
  };
});
parentPort.postMessage({ type: 'ready' });
