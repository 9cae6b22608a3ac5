/**
 * `cloudwatch`: events through the CloudWatch writer into a local CloudWatch Logs (its own
 * process, no faults), beside the raw SDK client sending the same events as batches built before
 * the clock starts. The writer's own cost is the difference: batching, sorting, buffering. The
 * baseline is a client as logscrub creates it (`createCloudWatchLogsClient`: bodies written by
 * `JSON.stringify`), so that the difference is the writer's; a client with the SDK's default
 * serializer is shown beside it.
 * `--size 300` gives the 1,000,000 events of ~300 bytes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CloudWatchLogsClient, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { createCloudWatchLogsClient } from '../../src/io/cloudwatch-client.js';
import { createCloudWatchWriter } from '../../src/io/cloudwatch.js';
import { batchEvents, type LogEvent } from '../../src/sink/batch.js';
import type { LoadedCorpus, Prepared, Scenario } from '../types.js';

// The real SDK client signs every request; the local server checks nothing.
Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_REGION: 'us-east-1' });

const serverScript = fileURLToPath(new URL('../../tests/support/serve-cloudwatch.js', import.meta.url));
const GROUP = '/logscrub/bench';

/** Starts the local CloudWatch Logs in a child process; it ends with this process. */
function serve(): Promise<string> {
  const child = spawn(process.execPath, [serverScript], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.unref();
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('error', reject);
  });
}

function eventsOf(corpus: LoadedCorpus): LogEvent[] {
  const start = Date.now() - 60 * 60 * 1000;
  return corpus.data
    .toString('utf8')
    .replace(/\n$/, '')
    .split('\n')
    .map((message, i) => ({ timestamp: start + Math.floor(i / 100), message }));
}

let runs = 0;

export const cloudwatchScenario: Scenario = {
  name: 'cloudwatch',
  description: 'PutLogEvents delivery into a local CloudWatch Logs: the writer against the raw SDK client',
  approaches: [
    {
      name: 'logscrub CloudWatch writer',
      corpora: ['events'],
      async prepare(corpus): Promise<Prepared> {
        const endpoint = await serve();
        const events = eventsOf(corpus);
        return {
          async run() {
            const writer = createCloudWatchWriter({ logGroupName: GROUP, logStreamName: `writer-${runs++}`, endpoint });
            for (const event of events) if (!writer.write(event)) await writer.drained();
            await writer.close();
            if (writer.stats().eventsDelivered !== events.length) throw new Error(`writer delivered ${writer.stats().eventsDelivered} of ${events.length}`);
          },
        };
      },
    },
    {
      name: 'raw SDK client as logscrub creates it, pre-built batches',
      role: 'baseline',
      corpora: ['events'],
      async prepare(corpus): Promise<Prepared> {
        const endpoint = await serve();
        const batches = batchEvents(eventsOf(corpus));
        const client = createCloudWatchLogsClient({ endpoint });
        return {
          async run() {
            const logStreamName = `raw-${runs++}`;
            for (const { events: logEvents } of batches) await client.send(new PutLogEventsCommand({ logGroupName: GROUP, logStreamName, logEvents }));
          },
        };
      },
    },
    {
      name: 'raw SDK client, default serializer, pre-built batches',
      corpora: ['events'],
      async prepare(corpus): Promise<Prepared> {
        const endpoint = await serve();
        const batches = batchEvents(eventsOf(corpus));
        const client = new CloudWatchLogsClient({ endpoint });
        return {
          async run() {
            const logStreamName = `raw-${runs++}`;
            for (const { events: logEvents } of batches) await client.send(new PutLogEventsCommand({ logGroupName: GROUP, logStreamName, logEvents }));
          },
        };
      },
    },
  ],
};
