/**
 * The Lambda's settings, read from its environment once, at cold start (issue 12). Every value is
 * checked here, so a mistake fails the function's initialisation with a message naming the
 * variable, instead of failing every invocation later.
 *
 * | variable | default | meaning |
 * | --- | --- | --- |
 * | `LOGSCRUB_CONFIG` | built-in rules | the config: inline JSON (`{…}`) or a path, relative to the bundle (`LAMBDA_TASK_ROOT`) |
 * | `LOGSCRUB_HASH_KEY` | — | HMAC key for the `hash` redactor (read by the engine) |
 * | `LOGSCRUB_DESTINATION_LOG_GROUP` | — | where `handler` delivers; required by `handler` only |
 * | `LOGSCRUB_DESTINATION_LOG_STREAM` | `{logGroup}/{logStream}` | template of the destination stream |
 * | `LOGSCRUB_CREATE_LOG_GROUP` | `false` | also create the destination group when missing (streams always are) |
 * | `LOGSCRUB_MAX_EVENT_BYTES` | 262144 | largest event delivered (message + 26); longer ones are split |
 * | `LOGSCRUB_MAX_ATTEMPTS` | 8 | the SDK's attempts per PutLogEvents request |
 * | `LOGSCRUB_FIREHOSE_OUTPUT` | `envelope` | `envelope`: a gzip'd CloudWatch record stays one; `lines`: its messages, one a line |
 * | `LOGSCRUB_METRICS` | `on` | `off`: no Embedded Metric Format line per invocation |
 * | `LOGSCRUB_METRICS_NAMESPACE` | `logscrub` | the metrics' CloudWatch namespace |
 * | `LOGSCRUB_DESTINATION_BUCKET` | — | where `s3ObjectHandler` writes; required by it only |
 * | `LOGSCRUB_DESTINATION_PREFIX` | none | put before each source key in the destination bucket, as written; no leading `/` |
 * | `LOGSCRUB_IN_PLACE` | `false` | `true`: a destination equal to the source overwrites it, on a versioned bucket only |
 * | `LOGSCRUB_S3_FORCE_PATH_STYLE` | `false` | `true`: path-style requests (local S3 servers) |
 * | `LOGSCRUB_S3_PART_BYTES` | 5242880 | multipart part size (5 MiB at least; bigger for objects that would need over 10,000 parts) |
 * | `LOGSCRUB_DEADLINE_MARGIN_MS` | 10000 | time kept back from the Lambda timeout to abort an unfinished object |
 *
 * Precedence: the config (`LOGSCRUB_CONFIG`) > the environment > the default, as everywhere.
 */
import { isAbsolute, join } from 'node:path';
import { CLOUDWATCH, S3 } from '../constants.js';
import { namingSource, OptionsError } from '../errors.js';
import { loadConfigFile } from '../io/config-file.js';
import { compileStreamName, DEFAULT_STREAM_TEMPLATE, type StreamNameField } from './stream-name.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Where and how `handler` delivers. */
export interface DestinationSettings {
  readonly logGroupName: string;
  readonly streamName: (source: Readonly<Record<StreamNameField, string>>) => string;
  readonly createLogGroup: boolean;
  readonly maxEventBytes: number | undefined;
  readonly maxAttempts: number | undefined;
}

/** Where and how `s3ObjectHandler` writes. */
export interface S3Settings {
  readonly bucket: string;
  readonly prefix: string;
  readonly inPlace: boolean;
  readonly partBytes: number;
  readonly deadlineMarginMs: number;
}

/** Everything the handlers need from the environment. */
export interface LambdaSettings {
  /** The engine's config, not yet resolved (`createScrubber` checks it). */
  readonly config: unknown;
  /** Undefined when `LOGSCRUB_DESTINATION_LOG_GROUP` is not set (a Firehose-only function). */
  readonly destination: DestinationSettings | undefined;
  /** The function's own log group: never a source (its metric lines would feed it). */
  readonly ownLogGroup: string | undefined;
  readonly firehoseOutput: 'envelope' | 'lines';
  /** Undefined when `LOGSCRUB_DESTINATION_BUCKET` is not set (not an S3 function). */
  readonly s3: S3Settings | undefined;
  /** `LOGSCRUB_S3_FORCE_PATH_STYLE`: for local S3 servers; AWS itself wants virtual-hosted names. */
  readonly s3ForcePathStyle: boolean;
  readonly metrics: { readonly enabled: boolean; readonly namespace: string; readonly functionName: string };
}

/** S3's bucket name rule (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html), loosely: 3–63 of a–z 0–9 . - */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** CloudWatch's log group name rule (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html). */
const LOG_GROUP_NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;

/**
 * A CloudWatch metrics namespace (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html):
 * 1–255 ASCII characters, no control characters, not starting with `:`; `AWS/` is AWS's own.
 * CloudWatch drops an EMF line with another: every metric of every invocation lost, silently.
 */
const METRICS_NAMESPACE = /^(?!AWS\/|:)[\x20-\x7e]{1,255}$/;

function metricsNamespace(env: Env): string {
  const value = env.LOGSCRUB_METRICS_NAMESPACE;
  if (value === undefined || value === '') return 'logscrub';
  if (!METRICS_NAMESPACE.test(value)) {
    throw new OptionsError(`LOGSCRUB_METRICS_NAMESPACE must be 1–255 ASCII characters (no control characters), not starting with "AWS/" or ":", received ${JSON.stringify(value.slice(0, 80))}`);
  }
  return value;
}

/** The config named by `LOGSCRUB_CONFIG`: inline JSON, or a file in the bundle. */
function readConfig(value: string | undefined, env: Env): unknown {
  if (value === undefined || value.trim() === '') return {};
  // Not a file name anyone gives: read as one, it would fail as "cannot read config file [{…".
  if (value.trimStart().startsWith('[')) throw new OptionsError('LOGSCRUB_CONFIG must be a JSON object ({…}) or the path of a JSON file, received a JSON array');
  if (value.trimStart().startsWith('{')) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      // Not the parser's message: it quotes the text, which may hold the hash key.
      throw new OptionsError('LOGSCRUB_CONFIG starts with "{" but is not valid JSON; give a JSON object or the path of a JSON file');
    }
  }
  const root = env.LAMBDA_TASK_ROOT ?? '.';
  return namingSource('LOGSCRUB_CONFIG', () => loadConfigFile(isAbsolute(value) ? value : join(root, value)));
}

function wholeNumber(env: Env, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new OptionsError(`${name} must be a whole number from ${min} to ${max}, received "${value.slice(0, 20)}"`);
  }
  return n;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new OptionsError(`${name} must be ${allowed.map((a) => `"${a}"`).join(' or ')}, received "${value.slice(0, 40)}"`);
  return value as T;
}

/**
 * Reads and checks the settings. Throws `OptionsError` naming the variable.
 *
 * @example
 * const settings = readLambdaSettings(process.env);
 * const scrubber = createScrubber(settings.config as LogscrubConfig, process.env);
 */
export function readLambdaSettings(env: Env): LambdaSettings {
  const config = readConfig(env.LOGSCRUB_CONFIG, env);
  const group = env.LOGSCRUB_DESTINATION_LOG_GROUP;
  const ownLogGroup = env.AWS_LAMBDA_LOG_GROUP_NAME;
  let destination: DestinationSettings | undefined;
  if (group !== undefined && group !== '') {
    if (!LOG_GROUP_NAME.test(group)) {
      throw new OptionsError(`LOGSCRUB_DESTINATION_LOG_GROUP must be a log group name (1–512 of A–Z a–z 0–9 . - _ / #), received "${group.slice(0, 80)}"`);
    }
    if (group === ownLogGroup) {
      throw new OptionsError(`LOGSCRUB_DESTINATION_LOG_GROUP is this function's own log group (${group}): its own lines would mix with what it delivers, and a subscription on it would loop`);
    }
    destination = {
      logGroupName: group,
      streamName: compileStreamName(env.LOGSCRUB_DESTINATION_LOG_STREAM ?? DEFAULT_STREAM_TEMPLATE),
      createLogGroup: oneOf(env, 'LOGSCRUB_CREATE_LOG_GROUP', ['true', 'false'], 'false') === 'true',
      maxEventBytes: wholeNumber(env, 'LOGSCRUB_MAX_EVENT_BYTES', 1024, CLOUDWATCH.maxBatchBytes),
      maxAttempts: wholeNumber(env, 'LOGSCRUB_MAX_ATTEMPTS', 1, 20),
    };
  }
  let s3: S3Settings | undefined;
  const bucket = env.LOGSCRUB_DESTINATION_BUCKET;
  if (bucket !== undefined && bucket !== '') {
    if (!BUCKET_NAME.test(bucket)) throw new OptionsError(`LOGSCRUB_DESTINATION_BUCKET must be a bucket name (3–63 of a–z 0–9 . -), not an ARN or s3:// URL, received "${bucket.slice(0, 80)}"`);
    const prefix = env.LOGSCRUB_DESTINATION_PREFIX ?? '';
    if (prefix.startsWith('/')) {
      // S3 keys have no leading slash: '/out/' would put every object under a folder with no name.
      throw new OptionsError(`LOGSCRUB_DESTINATION_PREFIX must not start with "/" (S3 keys do not; it would write "${prefix.slice(0, 40)}…" under a folder with no name); write "${prefix.replace(/^\/+/, '').slice(0, 80)}"`);
    }
    s3 = Object.freeze({
      bucket,
      prefix,
      inPlace: oneOf(env, 'LOGSCRUB_IN_PLACE', ['true', 'false'], 'false') === 'true',
      partBytes: wholeNumber(env, 'LOGSCRUB_S3_PART_BYTES', S3.minPartBytes, 5 * 1024 * 1024 * 1024) ?? S3.partBytes,
      deadlineMarginMs: wholeNumber(env, 'LOGSCRUB_DEADLINE_MARGIN_MS', 0, 900_000) ?? S3.deadlineMarginMs,
    });
  }
  return Object.freeze({
    config,
    s3,
    s3ForcePathStyle: oneOf(env, 'LOGSCRUB_S3_FORCE_PATH_STYLE', ['true', 'false'], 'false') === 'true',
    destination,
    ownLogGroup,
    firehoseOutput: oneOf(env, 'LOGSCRUB_FIREHOSE_OUTPUT', ['envelope', 'lines'], 'envelope'),
    metrics: Object.freeze({
      enabled: oneOf(env, 'LOGSCRUB_METRICS', ['on', 'off'], 'on') === 'on',
      namespace: metricsNamespace(env),
      functionName: env.AWS_LAMBDA_FUNCTION_NAME || 'logscrub',
    }),
  });
}
