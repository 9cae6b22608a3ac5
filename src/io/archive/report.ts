/**
 * What a run did, for people and for tools (issue 13): the totals, the stderr summary, the
 * `--report` JSON and the SARIF 2.1.0 log of `check --report-format sarif`. Counts, paths, lines
 * and rule ids only: nothing here ever holds a matched value, so a report can be shared.
 */
import type { RuleSpec } from '../../types.js';
import { fsPath, hasEscapedBytes } from '../file-names.js';
import type { FileOutcome } from './file.js';

/** A file that could not be processed, or a path that could not be read. */
export interface Failure {
  readonly file: string;
  readonly reason: string;
}

/** Totals of a run. */
export interface RunTotals {
  readonly files: number;
  readonly filesWithFindings: number;
  readonly bytesIn: number;
  readonly bytesScanned: number;
  readonly lines: number;
  readonly linesRedacted: number;
  readonly linesTooLong: number;
  /** Lines the engine failed on, replaced whole (scrub) or not known to be clean (check): fail closed. */
  readonly linesFailed: number;
  readonly invalidUtf8Lines: number;
  /** Secrets per rule id, most first. */
  readonly byRule: Readonly<Record<string, number>>;
  readonly findings: number;
  readonly failures: readonly Failure[];
  /** Files rewritten in place whose other hard links still hold the original: not failures, but the run's exit is 1. */
  readonly linksLeft: readonly Failure[];
  readonly seconds: number;
}

const sortedRules = (counts: Map<string, number>): Record<string, number> => {
  const out: Record<string, number> = Object.create(null);
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out[id] = n;
  return out;
};

/**
 * Adds up the outcomes of a run, and the paths that failed before any file was opened.
 *
 * @example const totals = totalsOf(outcomes, plan.failures, 1.5);
 */
export function totalsOf(outcomes: readonly FileOutcome[], planFailures: readonly Failure[], seconds: number): RunTotals {
  const byRule = new Map<string, number>();
  const failures: Failure[] = [...planFailures];
  const linksLeft: Failure[] = [];
  let bytesIn = 0;
  let bytesScanned = 0;
  let lines = 0;
  let linesRedacted = 0;
  let linesTooLong = 0;
  let linesFailed = 0;
  let invalidUtf8Lines = 0;
  let findings = 0;
  let filesWithFindings = 0;
  for (const o of outcomes) {
    if (o.failure !== undefined) failures.push({ file: o.file, reason: o.failure });
    if (o.linksLeft !== undefined) linksLeft.push({ file: o.file, reason: o.linksLeft });
    const r = o.result;
    if (r === undefined) continue;
    bytesIn += r.bytesIn;
    bytesScanned += r.bytesScanned;
    lines += r.lines;
    linesRedacted += r.linesRedacted;
    linesTooLong += r.linesTooLong;
    const engineFailed = Math.max(0, (r.failed ?? 0) - r.linesTooLong);
    linesFailed += engineFailed;
    invalidUtf8Lines += r.invalidUtf8Lines;
    let secrets = 0;
    for (const [id, n] of Object.entries(r.byRule)) {
      byRule.set(id, (byRule.get(id) ?? 0) + n);
      secrets += n;
    }
    findings += secrets + r.linesTooLong + engineFailed;
    if (secrets + r.linesTooLong + engineFailed > 0) filesWithFindings++;
  }
  if (linesTooLong > 0) byRule.set('line-too-long', linesTooLong);
  if (linesFailed > 0) byRule.set('engine-error', linesFailed);
  return {
    files: outcomes.length,
    filesWithFindings,
    bytesIn,
    bytesScanned,
    lines,
    linesRedacted,
    linesTooLong,
    linesFailed,
    invalidUtf8Lines,
    byRule: sortedRules(byRule),
    findings,
    failures,
    linksLeft,
    seconds,
  };
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1);

/**
 * A path as a line of output shows it: as it is, or, when it holds a control character (a line
 * break in a file name would split one finding into two lines, a tab or an escape would garble a
 * terminal) or a byte that is not UTF-8 (file-names.ts), quoted with JSON's escapes, as git
 * quotes such names, and each such byte as `\xHH` (JSON would write its lone surrogate, `\udcff`).
 *
 * @example shownPath('logs/a\nb.log') // '"logs/a\\nb.log"'
 * @example shownPath('logs/a\udcff.log') // '"logs/a\\xff.log"'
 */
export const shownPath = (path: string): string =>
  /[\u0000-\u001f\u007f]/.test(path) || hasEscapedBytes(path)
    ? // An escaped backslash is matched whole first, so a name's own text "\udcff" stays as it is.
      JSON.stringify(path).replace(/\\\\|\\udc([89a-f][0-9a-f])/g, (match, byte: string | undefined) => (byte === undefined ? match : `\\x${byte}`))
    : path;

/**
 * The summary printed on stderr at the end of a run: a few lines, no values.
 *
 * @example process.stderr.write(summaryText(totals, 'scrub'));
 */
export function summaryText(totals: RunTotals, command: 'scrub' | 'check'): string {
  const rate = totals.seconds > 0 ? ` (${mb(totals.bytesScanned / totals.seconds)} MB/s)` : '';
  const rules = Object.entries(totals.byRule)
    .map(([id, n]) => `${id} ${n}`)
    .join(', ');
  const verb = command === 'scrub' ? 'redacted' : 'found';
  const lines = [
    `logscrub ${command}: ${totals.files} file${totals.files === 1 ? '' : 's'}, ${totals.lines} lines, ${mb(totals.bytesScanned)} MB in ${totals.seconds.toFixed(2)} s${rate}`,
    `  secrets ${verb}: ${totals.findings}${rules === '' ? '' : ` (${rules})`}${command === 'check' ? ` in ${totals.filesWithFindings} file${totals.filesWithFindings === 1 ? '' : 's'}` : ''}`,
  ];
  if (totals.linesTooLong > 0) lines.push(`  lines over maxLineBytes: ${totals.linesTooLong} (${command === 'scrub' ? 'replaced whole' : 'not scanned'})`);
  if (totals.linesFailed > 0) lines.push(`  lines the engine failed on: ${totals.linesFailed} (${command === 'scrub' ? 'replaced whole' : 'not known to be clean'})`);
  if (totals.invalidUtf8Lines > 0) lines.push(`  lines not valid UTF-8: ${totals.invalidUtf8Lines} (scanned as bytes; passed through except secret spans)`);
  lines.push(`  failures: ${totals.failures.length}`);
  for (const f of totals.failures) lines.push(`    ${shownPath(f.file)}: ${f.reason}`);
  if (totals.linksLeft.length > 0) lines.push(`  rewritten, other hard links left with the original: ${totals.linksLeft.length}`);
  for (const f of totals.linksLeft) lines.push(`    ${shownPath(f.file)}: ${f.reason}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The `--report` document: the totals and one entry per file. Plain JSON of our own fixed shape.
 *
 * @example writeFileSync('report.json', JSON.stringify(jsonReport(totals, outcomes, 'scrub'), null, 2));
 */
export function jsonReport(totals: RunTotals, outcomes: readonly FileOutcome[], command: 'scrub' | 'check'): object {
  return {
    tool: 'logscrub',
    command,
    totals: { ...totals, byRule: totals.byRule, failures: totals.failures.length, linksLeft: totals.linksLeft.length },
    failures: totals.failures,
    ...(totals.linksLeft.length === 0 ? {} : { linksLeft: totals.linksLeft }),
    files: outcomes.map((o) => ({
      file: o.file,
      ...(o.output === undefined ? {} : { output: o.output }),
      status: o.failure === undefined ? 'ok' : 'failed',
      ...(o.failure === undefined ? {} : { reason: o.failure }),
      ...(o.linksLeft === undefined ? {} : { linksLeft: o.linksLeft }),
      ...(o.result === undefined
        ? {}
        : {
            format: o.result.format,
            gzipLayers: o.result.gzipLayers,
            bytesIn: o.result.bytesIn,
            bytesScanned: o.result.bytesScanned,
            lines: o.result.lines,
            linesRedacted: o.result.linesRedacted,
            linesTooLong: o.result.linesTooLong,
            linesFailed: Math.max(0, (o.result.failed ?? 0) - o.result.linesTooLong),
            invalidUtf8Lines: o.result.invalidUtf8Lines,
            byRule: o.result.byRule,
          }),
      ...(command === 'check' ? { findings: o.findings, findingsTotal: o.findingsTotal } : {}),
      seconds: Number(o.seconds.toFixed(4)),
    })),
  };
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The rule a `line-too-long` finding points at: not a catalog rule, a limit. */
const LINE_TOO_LONG_RULE = { id: 'line-too-long', description: 'a line longer than maxLineBytes: not scanned, so not known to be clean' };

/** A path as a SARIF artifact URI: relative paths stay relative, separators are slashes, the rest percent-encoded; `s3://` keeps its scheme. */
/** A path segment in a URI: `encodeURIComponent`, which throws on a byte that is not UTF-8, so that byte percent-encoded itself. */
function uriSegment(segment: string): string {
  const bytes = fsPath(segment);
  if (typeof bytes === 'string') return encodeURIComponent(bytes);
  return [...bytes].map((b) => (b < 0x80 && /[A-Za-z0-9\-_.!~*'()]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

const artifactUri = (path: string): string =>
  path.startsWith('s3://') ? `s3://${path.slice(5).split('/').map(encodeURIComponent).join('/')}` : path.split(/[\\/]/).map(uriSegment).join('/');

/**
 * A SARIF 2.1.0 log of the findings of `check`: one run, the rules of the catalog, one result per
 * finding with its file and line. No snippet: a result never holds the secret.
 *
 * @example process.stdout.write(JSON.stringify(sarifLog(outcomes, totals.failures, scrubber.options.rules, '0.1.0')));
 */
export function sarifLog(outcomes: readonly FileOutcome[], failures: readonly Failure[], rules: readonly Pick<RuleSpec, 'id' | 'description'>[], version: string): object {
  const all = [...rules.map((r) => ({ id: r.id, description: r.description })), LINE_TOO_LONG_RULE];
  const index = new Map(all.map((r, i) => [r.id, i]));
  const results = outcomes.flatMap((o) =>
    o.findings.map((f) => ({
      ruleId: f.ruleId,
      // A custom rule of a config is in the catalog too; an id outside it has no index to give.
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: 'error',
      message: { text: f.ruleId === LINE_TOO_LONG_RULE.id ? 'Line longer than maxLineBytes; not scanned.' : `Secret found by rule ${f.ruleId}${f.event === undefined ? '' : ` (log event ${f.event})`}; value not shown.` },
      locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(o.file) }, region: { startLine: f.line } } }],
    })),
  );
  const truncated = outcomes.some((o) => o.findingsTotal > o.findings.length);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'logscrub',
            version,
            rules: all.map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: 'error' } })),
          },
        },
        results,
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((f) => ({ level: 'error', message: { text: `${f.file}: ${f.reason}` } })),
            ...(truncated ? { properties: { truncated: 'more findings than MAX_FINDINGS_PER_FILE in some files; the rest are counted in the report' } } : {}),
          },
        ],
      },
    ],
  };
}
