// A pool worker that starts, then dies on the first block it is given (tests/unit/io/pool.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort.postMessage('ready');
parentPort.on('message', () => process.exit(3));
