import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLambdaSettings } from '../../../src/lambda/settings.js';

describe('readLambdaSettings', () => {
  it('defaults to the built-in rules, envelope output, metrics on, and no destination', () => {
    const settings = readLambdaSettings({});
    expect(settings).toMatchObject({ config: {}, destination: undefined, firehoseOutput: 'envelope', metrics: { enabled: true, namespace: 'logscrub', functionName: 'logscrub' } });
  });

  it('reads inline JSON or a file relative to the bundle', () => {
    expect(readLambdaSettings({ LOGSCRUB_CONFIG: ' {"redactor":"mask"}' }).config).toEqual({ redactor: 'mask' });
    const root = mkdtempSync(join(tmpdir(), 'logscrub-settings-'));
    writeFileSync(join(root, 'c.json'), '{"allowlist":["x"]}');
    expect(readLambdaSettings({ LOGSCRUB_CONFIG: 'c.json', LAMBDA_TASK_ROOT: root }).config).toEqual({ allowlist: ['x'] });
  });

  it('says a JSON array in LOGSCRUB_CONFIG is not a config, rather than look for a file of that name', () => {
    expect(() => readLambdaSettings({ LOGSCRUB_CONFIG: '[{"redactor":"mask"}]' })).toThrow(/^LOGSCRUB_CONFIG must be a JSON object \(\{…\}\) or the path of a JSON file, received a JSON array$/);
  });

  it('reads the destination and its options', () => {
    const { destination } = readLambdaSettings({
      LOGSCRUB_DESTINATION_LOG_GROUP: '/redacted/app',
      LOGSCRUB_DESTINATION_LOG_STREAM: '{logStream}',
      LOGSCRUB_CREATE_LOG_GROUP: 'true',
      LOGSCRUB_MAX_EVENT_BYTES: '1048576',
      LOGSCRUB_MAX_ATTEMPTS: '3',
    });
    expect(destination).toMatchObject({ logGroupName: '/redacted/app', createLogGroup: true, maxEventBytes: 1_048_576, maxAttempts: 3 });
    expect(destination!.streamName({ logGroup: 'g', logStream: 's:1', owner: 'o' })).toBe('s_1');
  });

  it('names the variable that is wrong', () => {
    expect(() => readLambdaSettings({ LOGSCRUB_DESTINATION_LOG_GROUP: '/d', LOGSCRUB_MAX_ATTEMPTS: '0' })).toThrow(/LOGSCRUB_MAX_ATTEMPTS must be a whole number from 1 to 20, received "0"/);
    expect(() => readLambdaSettings({ LOGSCRUB_DESTINATION_LOG_GROUP: '/d', LOGSCRUB_MAX_EVENT_BYTES: '2000000' })).toThrow(/LOGSCRUB_MAX_EVENT_BYTES must be a whole number from 1024 to 1048576/);
    expect(() => readLambdaSettings({ LOGSCRUB_DESTINATION_LOG_GROUP: '/d', LOGSCRUB_CREATE_LOG_GROUP: 'yes' })).toThrow(/LOGSCRUB_CREATE_LOG_GROUP must be "true" or "false"/);
    expect(() => readLambdaSettings({ LOGSCRUB_METRICS: 'no' })).toThrow(/LOGSCRUB_METRICS must be "on" or "off"/);
    // CloudWatch drops an EMF line whose namespace it refuses: every metric lost, and nothing says so.
    expect(() => readLambdaSettings({ LOGSCRUB_METRICS_NAMESPACE: 'AWS/Logs' })).toThrow(/LOGSCRUB_METRICS_NAMESPACE must be 1–255 ASCII characters .* not starting with "AWS\/" or ":", received "AWS\/Logs"/);
    expect(() => readLambdaSettings({ LOGSCRUB_METRICS_NAMESPACE: 'x'.repeat(256) })).toThrow(/LOGSCRUB_METRICS_NAMESPACE must be 1–255/);
    expect(() => readLambdaSettings({ LOGSCRUB_METRICS_NAMESPACE: 'logs\tcrub' })).toThrow(/LOGSCRUB_METRICS_NAMESPACE must be 1–255/);
    expect(() => readLambdaSettings({ LOGSCRUB_METRICS_NAMESPACE: 'café' })).toThrow(/LOGSCRUB_METRICS_NAMESPACE must be 1–255/);
    expect(readLambdaSettings({ LOGSCRUB_METRICS_NAMESPACE: 'Acme/Logscrub prod' }).metrics.namespace).toBe('Acme/Logscrub prod');
  });

  it('reads the S3 destination, with its defaults', () => {
    expect(readLambdaSettings({}).s3).toBeUndefined();
    expect(readLambdaSettings({ LOGSCRUB_DESTINATION_BUCKET: 'logs-redacted' }).s3).toEqual({ bucket: 'logs-redacted', prefix: '', inPlace: false, partBytes: 5 * 1024 * 1024, deadlineMarginMs: 10_000 });
    const { s3, s3ForcePathStyle } = readLambdaSettings({ LOGSCRUB_DESTINATION_BUCKET: 'b.x-1', LOGSCRUB_DESTINATION_PREFIX: 'out/', LOGSCRUB_IN_PLACE: 'true', LOGSCRUB_S3_FORCE_PATH_STYLE: 'true' });
    expect(s3).toMatchObject({ bucket: 'b.x-1', prefix: 'out/', inPlace: true });
    expect(s3ForcePathStyle).toBe(true);
  });

  it('names the S3 variable that is wrong', () => {
    expect(() => readLambdaSettings({ LOGSCRUB_DESTINATION_BUCKET: 's3://logs/out' })).toThrow(/LOGSCRUB_DESTINATION_BUCKET must be a bucket name .*, received "s3:\/\/logs\/out"/);
    expect(() => readLambdaSettings({ LOGSCRUB_DESTINATION_BUCKET: 'logs', LOGSCRUB_S3_PART_BYTES: '1000' })).toThrow(/LOGSCRUB_S3_PART_BYTES must be a whole number from 5242880/);
    expect(() => readLambdaSettings({ LOGSCRUB_DESTINATION_BUCKET: 'logs', LOGSCRUB_IN_PLACE: 'yes' })).toThrow(/LOGSCRUB_IN_PLACE must be "true" or "false"/);
    // S3 keys have no leading slash: "/out/" would write "/out/app.log", under a folder with no name.
    expect(() => readLambdaSettings({ LOGSCRUB_DESTINATION_BUCKET: 'logs', LOGSCRUB_DESTINATION_PREFIX: '/out/' })).toThrow(/LOGSCRUB_DESTINATION_PREFIX must not start with "\/" .* write "out\/"/);
  });
});
