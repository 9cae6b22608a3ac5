/**
 * s3rver in a process of its own, for benchmarks: buckets `bench-source` and `bench-redacted`,
 * objects in a temporary directory removed at exit; prints its URL on stdout and exits when its
 * stdin closes (its parent went away).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

const directory = mkdtempSync(join(tmpdir(), 'logscrub-bench-s3-'));
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'bench-source' }, { name: 'bench-redacted' }] });
const { port } = await server.run();
process.stdout.write(`http://127.0.0.1:${port}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void server.close().then(() => {
    rmSync(directory, { recursive: true, force: true });
    process.exit(0);
  });
});
