/**
 * openAtomic(): an output file that appears whole or not at all (issue 13). Bytes go to a temp
 * file in the target's directory (so the rename stays on one file system), written with `writev`
 * of the slices as they come (no concatenation); `commit` fsyncs, sets the mode (and the owner of
 * a file it replaces), renames over the target and fsyncs the directory. `abort` — on any failure, and for every open temp file when
 * the process is interrupted (`removeOpenTempFiles`, called from SIGINT/SIGTERM handlers) —
 * removes the temp file. An input is never opened for writing: `--in-place` is a rename too.
 *
 * A target that exists and is not a regular file (a terminal, /dev/null, /dev/full, a pipe) is
 * written directly: it cannot be replaced by a rename, and there is nothing to leave half-written.
 */
import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writevSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Sink } from './chunks.js';
import { WRITE_BATCH_BYTES } from './constants.js';
import { fsPath } from '../file-names.js';

const TEMP_PREFIX = '.logscrub-';
const TEMP_SUFFIX = '.tmp';

/** Temp files of this process still open: removed if it is interrupted. */
const open = new Set<string>();
let counter = 0;

/** Our temp names exactly (pid, clock in base 36, counter): a user's `.logscrub-notes.tmp` is theirs to scan. */
const TEMP_NAME = /^\.logscrub-\d+-[0-9a-z]+-\d+-.*\.tmp$/s;

/** Whether a file name is one of our temp files (a walk skips them). @example isTempName('.logscrub-1-2-3-a.log.tmp') // true */
export const isTempName = (name: string): boolean => TEMP_NAME.test(name);

/**
 * Bytes of the target's name kept in a temp name. A name may have 255 bytes (NAME_MAX); the prefix,
 * pid, clock, counter and suffix take at most ~50, so a long target name is cut, or a file named
 * near the limit could never be written (ENAMETOOLONG).
 */
const MAX_NAME_BYTES_KEPT = 200;

/** The end of every temp name for `target`: `-<name, cut to MAX_NAME_BYTES_KEPT bytes>.tmp`. @example tempNameTail('out/a.log') // '-a.log.tmp' */
export function tempNameTail(target: string): string {
  let kept = '';
  let bytes = 0;
  for (const char of basename(target)) {
    bytes += Buffer.byteLength(char, 'utf8');
    if (bytes > MAX_NAME_BYTES_KEPT) break;
    kept += char;
  }
  return `-${kept}${TEMP_SUFFIX}`;
}

/** The temp path for a target: same directory, a name no one else uses. */
export const tempPathFor = (target: string): string => join(dirname(target), `${TEMP_PREFIX}${process.pid}-${process.hrtime.bigint().toString(36)}-${counter++}${tempNameTail(target)}`);

/** Removes every temp file still open (best effort, synchronous: safe in a signal handler). @example process.on('SIGINT', () => { removeOpenTempFiles(); process.exit(130) }) */
export function removeOpenTempFiles(): void {
  for (const path of open) {
    try {
      unlinkSync(fsPath(path));
    } catch {
      // Already gone.
    }
  }
  open.clear();
}

export interface AtomicFile {
  /** Takes output bytes; they are written in batches (writev of the slices). */
  readonly write: Sink;
  /**
   * Flushes, fsyncs and renames the temp file over the target. `beforeRename` runs once the bytes
   * are on disk, just before the rename: a throw there leaves the target as it was (then `abort`).
   */
  commit(beforeRename?: () => void): void;
  /** Closes and removes the temp file; the target is untouched. Safe to call twice. */
  abort(): void;
}

/**
 * Opens `target` for an atomic rewrite with permission bits `mode`. Throws the `open` error.
 *
 * @example
 * const file = openAtomic('clean/app.log.gz', 0o644);
 * try { await scrubChunks(source, file.write, opts); file.commit() } catch (e) { file.abort(); throw e }
 */
export function openAtomic(target: string, mode: number): AtomicFile {
  let direct = false;
  let owner: { uid: number; gid: number } | undefined;
  try {
    const stats = statSync(fsPath(target));
    direct = !stats.isFile();
    owner = { uid: stats.uid, gid: stats.gid };
  } catch {
    // No target yet: a temp file and a rename.
  }
  const temp = direct ? undefined : tempPathFor(target);
  const fd = temp === undefined ? openSync(fsPath(target), 'w') : openSync(fsPath(temp), 'wx', mode);
  if (temp !== undefined) open.add(temp);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let closed = false;
  const flush = (): void => {
    let parts = pending;
    pending = [];
    pendingBytes = 0;
    while (parts.length > 0) {
      let written = writevSync(fd, parts);
      // A short write: drop what went out, write the rest.
      while (parts.length > 0 && written >= (parts[0] as Buffer).length) written -= (parts.shift() as Buffer).length;
      if (parts.length > 0 && written > 0) parts[0] = (parts[0] as Buffer).subarray(written);
    }
  };
  const close = (): void => {
    if (closed) return;
    closed = true;
    closeSync(fd);
  };
  return {
    write(bytes) {
      if (bytes.length === 0) return;
      pending.push(bytes);
      pendingBytes += bytes.length;
      // writev takes at most IOV_MAX (1024) slices.
      if (pendingBytes >= WRITE_BATCH_BYTES || pending.length >= 1024) flush();
    },
    commit(beforeRename) {
      flush();
      if (temp === undefined) {
        close();
        return;
      }
      // The file replaced keeps its owner: a root run over /var/log must not take a daemon's log
      // from it. Only root may give a file away; anyone else owns what they replace already.
      if (owner !== undefined && (owner.uid !== process.getuid?.() || owner.gid !== process.getgid?.())) {
        try {
          fchownSync(fd, owner.uid, owner.gid);
        } catch {
          // EPERM: not root, and the target was someone else's; the file is ours then, as `cp` makes it.
        }
      }
      // umask may have narrowed the mode given to open: set it exactly (after chown, which clears setuid).
      fchmodSync(fd, mode);
      fsyncSync(fd);
      close();
      beforeRename?.();
      renameSync(fsPath(temp), fsPath(target));
      open.delete(temp);
      try {
        const dirFd = openSync(fsPath(dirname(target)), 'r');
        try {
          fsyncSync(dirFd);
        } finally {
          closeSync(dirFd);
        }
      } catch {
        // Some file systems refuse fsync on a directory; the rename is done either way.
      }
    },
    abort() {
      try {
        close();
      } catch {
        // Closing failed too; the file is removed below regardless.
      }
      if (temp !== undefined && open.delete(temp)) {
        try {
          unlinkSync(fsPath(temp));
        } catch {
          // Gone already.
        }
      }
    },
  };
}
