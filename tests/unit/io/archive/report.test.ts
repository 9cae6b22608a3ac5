import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../../../src/io/archive/file.js';
import { jsonReport, sarifLog, shownPath, summaryText, totalsOf } from '../../../../src/io/archive/report.js';

const result = { format: 'lines', gzipLayers: 0, bytesIn: 100, bytesScanned: 100, lines: 10, linesRedacted: 2, byRule: { jwt: 2, 'aws-access-key-id': 1 }, linesTooLong: 0, invalidUtf8Lines: 0 } as const;
const outcomes: FileOutcome[] = [
  { file: 'logs/a b.log', result, findings: [{ line: 3, ruleId: 'jwt' }, { line: 9, ruleId: 'jwt', event: 4 }], findingsTotal: 2, seconds: 0.5 },
  { file: 'logs/bad.gz', failure: 'truncated gzip (the stream ends before its end marker)', findings: [], findingsTotal: 0, seconds: 0.1 },
];

describe('totalsOf and summaryText', () => {
  it('adds up files, lines and secrets per rule, and lists failures with their reasons', () => {
    const totals = totalsOf(outcomes, [{ file: 'missing', reason: 'cannot read: ENOENT' }], 1);
    expect(totals).toMatchObject({ files: 2, lines: 10, findings: 3, byRule: { jwt: 2, 'aws-access-key-id': 1 }, filesWithFindings: 1 });
    expect(Object.keys(totals.byRule)).toEqual(['jwt', 'aws-access-key-id']);
    const text = summaryText(totals, 'check');
    expect(text).toContain('secrets found: 3 (jwt 2, aws-access-key-id 1) in 1 file');
    expect(text).toContain('failures: 2\n    missing: cannot read: ENOENT\n    logs/bad.gz: truncated gzip');
  });
});

describe('lines the engine failed on', () => {
  it('counts them apart from the long ones, as findings (not known to be clean), in the summary and the report', () => {
    const failing: FileOutcome[] = [{ file: 'big.log', result: { ...result, byRule: {}, failed: 3, linesTooLong: 1 }, findings: [], findingsTotal: 0, seconds: 0.1 }];
    const totals = totalsOf(failing, [], 1);
    expect(totals).toMatchObject({ linesTooLong: 1, linesFailed: 2, findings: 3, filesWithFindings: 1, byRule: { 'engine-error': 2, 'line-too-long': 1 } });
    expect(summaryText(totals, 'scrub')).toContain('lines the engine failed on: 2 (replaced whole)');
    expect(summaryText(totals, 'check')).toContain('lines the engine failed on: 2 (not known to be clean)');
    const report = jsonReport(totals, failing, 'scrub') as { files: Array<Record<string, unknown>> };
    expect(report.files[0]).toMatchObject({ linesTooLong: 1, linesFailed: 2 });
  });
});

describe('jsonReport', () => {
  it('has one entry per file with its status, counts and time', () => {
    const report = jsonReport(totalsOf(outcomes, [], 1), outcomes, 'scrub') as { files: Array<Record<string, unknown>> };
    expect(report.files[0]).toMatchObject({ file: 'logs/a b.log', status: 'ok', lines: 10, byRule: { jwt: 2 } });
    expect(report.files[1]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/truncated/) });
    expect(report.files[0]).not.toHaveProperty('findings');
  });
});

describe('sarifLog', () => {
  it('is SARIF 2.1.0 with the catalog rules and one result per finding, located by file and line', () => {
    const log = sarifLog(outcomes, [{ file: 'logs/bad.gz', reason: 'truncated gzip' }], [{ id: 'jwt', description: 'JSON Web Token' }], '0.1.0') as {
      version: string;
      runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<Record<string, any>>; invocations: Array<Record<string, any>> }>;
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['jwt', 'line-too-long']);
    expect(run.results).toHaveLength(2);
    expect(run.results[0]).toMatchObject({ ruleId: 'jwt', ruleIndex: 0, locations: [{ physicalLocation: { artifactLocation: { uri: 'logs/a%20b.log' }, region: { startLine: 3 } } }] });
    expect(JSON.stringify(run.results)).not.toContain('snippet');
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: false });
  });
});

describe('shownPath', () => {
  it('shows a plain path as it is, and quotes one with a control character or a byte that is not UTF-8, that byte as \\xHH', () => {
    expect(shownPath('logs/a b.log')).toBe('logs/a b.log');
    expect(shownPath('logs/a\nb.log')).toBe('"logs/a\\nb.log"');
    expect(shownPath('logs/a\udcff.log')).toBe('"logs/a\\xff.log"');
    // A backslash of the name's own stays one escaped backslash, before an escaped byte or not.
    expect(shownPath('a\\\udcff\\udcfe')).toBe('"a\\\\\\xff\\\\udcfe"');
  });
});
