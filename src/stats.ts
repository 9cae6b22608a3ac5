/**
 * Counters: how many secrets each rule replaced, how many lines held one, how many records
 * failed closed. Numbers and rule ids only: stats never hold matched text.
 */
import { NEWLINE } from './constants.js';
import type { Finding, StatsSnapshot } from './types.js';

export interface Stats {
  /** Counts the findings of one scanned chunk. */
  record(bytes: Buffer, findings: readonly Finding[]): void;
  /** Counts a record replaced whole because it could not be processed. */
  failed(): void;
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
  return {
    record(bytes, findings) {
      bytesSeen += bytes.length;
      let lineEnd = -1;
      for (const f of findings) {
        byRule.set(f.patternId, (byRule.get(f.patternId) ?? 0) + 1);
        if (f.start > lineEnd) {
          linesRedacted++;
          const nl = bytes.indexOf(NEWLINE, f.end);
          lineEnd = nl < 0 ? bytes.length : nl;
        }
      }
    },
    failed() {
      failedRecords++;
    },
    snapshot() {
      const rules: Record<string, number> = Object.create(null);
      for (const [id, count] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) rules[id] = count;
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
