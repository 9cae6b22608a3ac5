/**
 * Every scenario, in report order. A new entry point (pino, lambda, archives) adds its file here.
 */
import type { Scenario } from '../types.js';
import { archiveScenario } from './archive.js';
import { cliScenario } from './cli.js';
import { cloudwatchScenario } from './cloudwatch.js';
import { engine } from './engine.js';
import { lambdaScenario } from './lambda.js';
import { pinoScenario } from './pino.js';
import { s3Scenario } from './s3.js';

export const scenarios: readonly Scenario[] = [engine, cliScenario, cloudwatchScenario, pinoScenario, lambdaScenario, archiveScenario, s3Scenario];
