/**
 * The local CloudWatch Logs in a process of its own, for benchmarks: prints its URL on stdout,
 * counts events without keeping them, and exits when its stdin closes (its parent went away).
 */
import { startFakeCloudWatch } from './cloudwatch-server.js';

const server = await startFakeCloudWatch({ autoCreate: true, store: false });
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void server.close().then(() => process.exit(0));
});
