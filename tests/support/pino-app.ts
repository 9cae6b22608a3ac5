/**
 * A pino app for the transport tests, run as a child process (compiled to dist/tests/support):
 *
 *   node pino-app.js <how> <count> <form> [seed]
 *     how:  exit (the script just ends) · process-exit · flush (logger.flush, then exit) ·
 *           sigterm (the app's SIGTERM handler exits, as AdonisJS's does) · close (end the stream) ·
 *           throw (an uncaught error) · exit-listener (the last record logged from the app's own
 *           'exit' listener, after process.exit()) · before-exit-late (the last record logged by
 *           the app's 'beforeExit' listener after a timer, when the event loop had emptied once)
 *     form: worker (pino.transport, target logscrub/pino) · in-process (destination())
 *   env LOGSCRUB_TEST_OPTIONS: the transport's options, as JSON
 *
 * After `flush` and `close` it kills itself with SIGKILL: what is in the destination then was
 * there before the call returned, not written by an exit hook.
 */
import pino from 'pino';
import { destination } from '../../transports/pino.js';
import { pinoRecord } from './pino-records.js';

const [how = 'exit', countText = '100', form = 'worker', seedText = '1'] = process.argv.slice(2);
const count = Number(countText);
const seed = Number(seedText);
const options = JSON.parse(process.env.LOGSCRUB_TEST_OPTIONS ?? '{}') as Record<string, unknown>;

const stream = form === 'in-process' ? destination(options) : pino.transport({ target: 'logscrub/pino', options });
// pino's worker transports lose what is logged before the worker is ready if the process exits
// in that same moment (a thread-stream limitation, not ours): an app that just started waits.
if (form === 'worker') await new Promise((resolve) => (stream as ReturnType<typeof pino.transport>).once('ready', resolve));
const logger = pino({ base: null, timestamp: false }, stream);

if (how === 'sigterm') process.once('SIGTERM', () => process.exit(0));
// The last record is held back by the endings that log it late.
const late = how === 'exit-listener' || how === 'before-exit-late';
for (let i = 0; i < (late ? count - 1 : count); i++) logger.info(pinoRecord(seed, i).record, 'request');
const logLast = (): void => logger.info(pinoRecord(seed, count - 1).record, 'request');

const die = (): void => {
  process.kill(process.pid, 'SIGKILL');
};

switch (how) {
  case 'exit':
    break;
  case 'process-exit':
    process.exit(0);
    break;
  case 'flush':
    logger.flush((error) => (form === 'in-process' ? (error ? process.exit(3) : die()) : process.exit(0)));
    break;
  case 'sigterm':
    process.kill(process.pid, 'SIGTERM');
    break;
  case 'throw':
    throw new Error('the app failed');
  case 'exit-listener':
    process.on('exit', logLast);
    process.exit(0);
    break;
  case 'before-exit-late':
    process.once('beforeExit', () => {
      setTimeout(logLast, 20);
    });
    break;
  case 'close':
    if (form === 'in-process') void (stream as ReturnType<typeof destination>).end().then(die);
    else {
      stream.once('close', die);
      stream.end();
    }
    break;
  default:
    throw new Error(`unknown way to end: ${how}`);
}
