/**
 * createInOrder(): what runs out of order — files on worker threads, S3 objects in flight at
 * once — handed on in plan order, findings included. An item's findings go on as they are found
 * while every item before it is done, and wait with it otherwise; its outcome follows them. So a
 * big file's first findings show at once (`logscrub check big.log | head`), and the output is
 * the same run to run.
 *
 *   found(i, finding)    i is the first item not done? ──▶ onFinding, else held with i
 *   finished(i, outcome) ──▶ from the first item not done, while it is done: its outcome, then
 *                            the next item's held findings
 *
 * What waits is bounded by the items in flight, each holding at most the findings its outcome
 * keeps (MAX_FINDINGS_PER_FILE).
 */

export interface InOrder<F, O> {
  /** A finding of item `index`, as it is found. */
  found(index: number, finding: F): void;
  /** Item `index` is done (after all its findings). */
  finished(index: number, outcome: O): void;
}

export interface InOrderSinks<F, O> {
  readonly onFinding?: (index: number, finding: F) => void;
  readonly onOutcome?: (outcome: O) => void;
}

/**
 * @example
 * const order = createInOrder<FileFinding, FileOutcome>(files.length, { onFinding: (i, f) => print(files[i], f), onOutcome });
 * order.found(1, finding); // held: file 0 is not done
 * order.finished(0, outcome0); // outcome0, then file 1's finding
 */
export function createInOrder<F, O>(count: number, sinks: InOrderSinks<F, O>): InOrder<F, O> {
  const done: Array<O | undefined> = new Array(count);
  const held = new Map<number, F[]>();
  let first = 0;
  return {
    found(index, finding) {
      if (index === first) {
        sinks.onFinding?.(index, finding);
        return;
      }
      const list = held.get(index);
      if (list === undefined) held.set(index, [finding]);
      else list.push(finding);
    },
    finished(index, outcome) {
      done[index] = outcome;
      for (let o = done[first]; first < count && o !== undefined; o = done[first]) {
        done[first] = undefined;
        sinks.onOutcome?.(o);
        first++;
        for (const f of held.get(first) ?? []) sinks.onFinding?.(first, f);
        held.delete(first);
      }
    },
  };
}
