import { describe, expect, it } from 'vitest';
import { emfLine } from '../../../src/lambda/metrics.js';

describe('emfLine', () => {
  it('writes one Embedded Metric Format document: every metric declared with its unit, counts per rule', () => {
    const line = emfLine(
      {
        handler: 'subscription',
        sourceLogGroup: '/aws/lambda/app',
        events: 120,
        stats: { bytes: 50_000, linesRedacted: 3, byRule: { jwt: 2, 'private-key': 4 }, failed: 0 },
        durationMs: 12.3456,
        deliveryRetries: 1,
        rejectedEvents: 0,
        failedEvents: 0,
      },
      { namespace: 'logscrub', functionName: 'scrub', timestamp: 1764400000000 },
    );
    expect(line).not.toContain('\n');
    const doc = JSON.parse(line) as Record<string, unknown> & { _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[]; Timestamp: number } };
    const [directive] = doc._aws.CloudWatchMetrics;
    expect(doc._aws.Timestamp).toBe(1764400000000);
    expect(directive!.Namespace).toBe('logscrub');
    for (const dims of directive!.Dimensions) for (const d of dims) expect(doc[d]).toBeTypeOf('string');
    for (const { Name } of directive!.Metrics) expect(doc[Name], Name).toBeTypeOf('number');
    expect(doc).toMatchObject({ Events: 120, Bytes: 50_000, Redactions: 6, 'Redactions.jwt': 2, 'Redactions.private-key': 4, DeliveryRetries: 1, DurationMs: 12.346 });
  });

  it('counts the objects of the S3 handler by result', () => {
    const line = emfLine(
      {
        handler: 's3',
        sourceLogGroup: '',
        events: 40,
        stats: { bytes: 9_000, linesRedacted: 1, byRule: { jwt: 1 }, failed: 0 },
        durationMs: 5,
        objects: { succeeded: 3, temporaryFailure: 1, permanentFailure: 2 },
      },
      { namespace: 'logscrub', functionName: 'scrub-s3', timestamp: 1764400000000 },
    );
    expect(JSON.parse(line)).toMatchObject({ Handler: 's3', ObjectsSucceeded: 3, ObjectsTemporaryFailure: 1, ObjectsPermanentFailure: 2 });
  });

  it('keeps every directive within EMF’s 100 metrics when many rules fired, so the line is not rejected whole', () => {
    const byRule = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`rule-${String(i).padStart(3, '0')}`, i + 1]));
    const line = emfLine(
      { handler: 'firehose', sourceLogGroup: 'g', events: 1, stats: { bytes: 1, linesRedacted: 1, byRule, failed: 0 }, durationMs: 1, records: { ok: 1, dropped: 0, failed: 0 } },
      { namespace: 'logscrub', functionName: 'scrub', timestamp: 1764400000000 },
    );

    const doc = JSON.parse(line) as Record<string, unknown> & { _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] } };
    const directives = doc._aws.CloudWatchMetrics;
    for (const d of directives) expect(d.Metrics.length).toBeLessThanOrEqual(100);
    for (const d of directives) expect(d).toMatchObject({ Namespace: 'logscrub', Dimensions: [['FunctionName', 'Handler']] });
    const names = directives.flatMap((d) => d.Metrics.map((m) => m.Name));
    expect(names).toHaveLength(new Set(names).size);
    expect(names).toEqual(expect.arrayContaining(['Events', 'RecordsProcessingFailed', 'Redactions.rule-000', 'Redactions.rule-149']));
    expect(names).toHaveLength(5 + 3 + 150);
    expect(doc).toMatchObject({ 'Redactions.rule-149': 150, Redactions: (150 * 151) / 2 });
  });

  it('leaves out a per-rule metric whose name would pass EMF’s 255 characters, still counting it in Redactions', () => {
    const long = `custom-${'x'.repeat(250)}`;
    const line = emfLine(
      { handler: 'firehose', sourceLogGroup: 'g', events: 1, stats: { bytes: 1, linesRedacted: 1, byRule: { [long]: 2, jwt: 1 }, failed: 0 }, durationMs: 1 },
      { namespace: 'logscrub', functionName: 'scrub', timestamp: 1764400000000 },
    );

    const doc = JSON.parse(line) as Record<string, unknown> & { _aws: { CloudWatchMetrics: { Metrics: { Name: string }[] }[] } };
    const names = doc._aws.CloudWatchMetrics.flatMap((d) => d.Metrics.map((m) => m.Name));
    for (const name of names) expect(name.length).toBeLessThanOrEqual(255);
    expect(names).toContain('Redactions.jwt');
    expect(doc).toMatchObject({ Redactions: 3 });
  });
});
