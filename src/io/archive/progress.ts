/**
 * createProgress(): one line on stderr, redrawn four times a second while a run goes (issue 13):
 * bytes done of total, MB/s, ETA, files done. The CLI starts it only when stderr is a terminal
 * and `--quiet` is off; logs and pipes never see it.
 */

export interface Progress {
  /** Source bytes read (compressed bytes, for a .gz: the total is file sizes). */
  read(bytes: number): void;
  fileDone(): void;
  /** Erases the line. */
  stop(): void;
}

/** How often the line is redrawn. */
const TICK_MS = 250;

/**
 * The progress line's text.
 *
 * @example progressLine(5e6, 10e6, 1, 2, 4) // '5.0 of 10.0 MB  5.0 MB/s  ETA 1 s  2/4 files'
 */
export function progressLine(done: number, total: number, seconds: number, filesDone: number, files: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 && total > done ? `ETA ${Math.ceil((total - done) / rate)} s` : 'ETA –';
  return `${(done / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB  ${(rate / 1e6).toFixed(1)} MB/s  ${eta}  ${filesDone}/${files} files`;
}

/**
 * @example
 * const progress = createProgress(totalBytes, files.length, (text) => process.stderr.write(text));
 * progress.read(n); progress.fileDone(); progress.stop();
 */
export function createProgress(total: number, files: number, write: (text: string) => void): Progress {
  const started = performance.now();
  let done = 0;
  let filesDone = 0;
  let width = 0;
  const draw = (): void => {
    const line = progressLine(done, total, (performance.now() - started) / 1000, filesDone, files);
    write(`\r${line.padEnd(width)}`);
    width = line.length;
  };
  const timer = setInterval(draw, TICK_MS);
  timer.unref();
  return {
    read(bytes) {
      done += bytes;
    },
    fileDone() {
      filesDone++;
    },
    stop() {
      clearInterval(timer);
      if (width > 0) write(`\r${' '.repeat(width)}\r`);
    },
  };
}
