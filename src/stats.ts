/**
 * Counters: how many secrets each rule replaced, how many lines held one, how many records
 * failed closed. Numbers and rule ids only: stats never hold matched text.
 */
import { NEWLINE } from './constants.js';
import type { Finding, StatsSnapshot } from './types.js';

export interface Stats {
  /** Counts the findings of one scanned chunk. */
  record(bytes: Uint8Array, findings: readonly Finding[]): void;
  /** Counts records or lines replaced whole because they could not be processed. */
  failed(count?: number): void;
  /** Adds counts made elsewhere (a worker thread's block). */
  add(counts: StatsSnapshot): void;
  snapshot(): StatsSnapshot;
  reset(): void;
}

/**
 * @example
 * const stats = createStats();
 * stats.record(bytes, findings);
 * stats.snapshot().byRule; // { jwt: 2 }
 */
export function createStats(): Stats {
  let bytesSeen = 0;
  let linesRedacted = 0;
  let failedRecords = 0;
  let byRule = new Map<string, number>();
  const count = (id: string, n: number): void => {
    byRule.set(id, (byRule.get(id) ?? 0) + n);
  };
  return {
    record(bytes, findings) {
      bytesSeen += bytes.length;
      let lineEnd = -1;
      for (const f of findings) {
        count(f.ruleId, 1);
        if (f.start > lineEnd) {
          linesRedacted++;
          const nl = bytes.indexOf(NEWLINE, f.end);
          lineEnd = nl < 0 ? bytes.length : nl;
        }
      }
    },
    failed(n = 1) {
      failedRecords += n;
    },
    add(counts) {
      bytesSeen += counts.bytes;
      linesRedacted += counts.linesRedacted;
      failedRecords += counts.failed;
      for (const [id, n] of Object.entries(counts.byRule)) count(id, n);
    },
    snapshot() {
      // In the order rules first fired: a snapshot is taken per block, sorting is for reports.
      const rules: Record<string, number> = Object.create(null);
      for (const [id, n] of byRule) rules[id] = n;
      return { bytes: bytesSeen, linesRedacted, byRule: rules, failed: failedRecords };
    },
    reset() {
      bytesSeen = 0;
      linesRedacted = 0;
      failedRecords = 0;
      byRule = new Map();
    },
  };
}
