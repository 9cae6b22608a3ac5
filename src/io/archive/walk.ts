/**
 * planFiles(): the paths a user named → the files to read and where each one's output goes
 * (issue 13). Directories are walked in name order; their tree is mirrored under the output
 * directory. Symlinks are followed, and a directory reached again through a link of its own
 * subtree (a loop) is skipped and reported. Nothing is read or written here but metadata.
 *
 *   scrub logs/ -o clean/            logs/a/1.gz → clean/a/1.gz
 *   scrub a.log b/ -o clean/         a.log → clean/a.log, b/x.log → clean/b/x.log
 *   scrub a.log -o a.clean.log       one file → that file
 *   scrub logs/ --in-place           each file → itself (atomically; a symlink → the file it names)
 *   check logs/                      no output
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../../errors.js';
import { decodeFileName, fsPath, readDirectoryNames } from '../file-names.js';
import { isTempName } from './atomic.js';

/** Where output goes. */
export type Target =
  | { readonly kind: 'none' }
  | { readonly kind: 'stdout' }
  | { readonly kind: 'in-place' }
  | { readonly kind: 'path'; readonly path: string };

export interface PlannedFile {
  /** The path as the user will recognise it (joined from what they typed). */
  readonly path: string;
  /** Where the scrubbed file goes; undefined for stdout or check. */
  readonly output?: string;
  readonly size: number;
  /** Permission bits, kept on the output. */
  readonly mode: number;
  /**
   * `--in-place` on a file with hard links the run does not rewrite all of (said on the first name
   * of its inode): a rewrite gives the name a new inode, and the other names keep the original.
   */
  readonly hardLinks?: { readonly total: number; readonly rewritten: number };
}

/** A path that cannot be processed at all; reported, the others still run. */
export interface PlanFailure {
  readonly file: string;
  readonly reason: string;
}

export interface Plan {
  readonly files: readonly PlannedFile[];
  readonly failures: readonly PlanFailure[];
}

const errno = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realish(path: string): string {
  const full = resolve(path);
  try {
    return decodeFileName(realpathSync(fsPath(full), { encoding: 'buffer' }));
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(realish(parent), basename(full));
  }
}

/**
 * Plans a run. Throws `InputError` (a usage mistake: exit 2) when the output would land inside an
 * input tree or overwrite an input; paths that are missing or unreadable are failures of the plan.
 *
 * @example
 * const { files, failures } = planFiles(['logs/'], { kind: 'path', path: 'clean/' });
 */
export function planFiles(paths: readonly string[], target: Target): Plan {
  const files: PlannedFile[] = [];
  const failures: PlanFailure[] = [];
  /** Hard links of each file planned: its inode and how many names it has. */
  const links = new Map<string, { id: string; nlink: number }>();
  const dirInputs: string[] = [];
  const outputIsDir = target.kind === 'path' && (paths.length > 1 || isDirectory(target.path) || target.path.endsWith(sep) || paths.some(isDirectory));

  const walk = (dir: string, out: string | undefined, ancestors: ReadonlySet<string>): void => {
    let names: string[];
    try {
      names = readDirectoryNames(dir).sort();
    } catch (error) {
      failures.push({ file: dir, reason: `cannot read directory: ${errno(error)}` });
      return;
    }
    for (const name of names) {
      if (isTempName(name)) continue;
      visit(join(dir, name), out === undefined ? undefined : join(out, name), ancestors);
    }
  };
  const visit = (path: string, out: string | undefined, ancestors: ReadonlySet<string>): void => {
    let stats: Stats;
    try {
      stats = statSync(fsPath(path));
    } catch (error) {
      const code = errno(error);
      failures.push({ file: path, reason: code === 'ELOOP' ? 'symlink loop; skipped' : `cannot read: ${code}` });
      return;
    }
    if (stats.isDirectory()) {
      const id = `${stats.dev}:${stats.ino}`;
      if (ancestors.has(id)) {
        failures.push({ file: path, reason: 'directory symlink loop (it leads back to a directory being walked); skipped' });
        return;
      }
      walk(path, out, new Set([...ancestors, id]));
      return;
    }
    if (!stats.isFile()) {
      // A pipe or terminal the user named (`scrub <(zcat a.gz)`, `/dev/stdin`) is read as stdin is;
      // one met inside a tree is skipped, and none can be rewritten in place.
      const named = ancestors.size === 0 && (stats.isFIFO() || stats.isCharacterDevice());
      if (named && target.kind !== 'in-place') {
        files.push({ path, ...(out === undefined ? {} : { output: out }), size: 0, mode: 0o666 & ~process.umask() });
        return;
      }
      const why = named ? 'a pipe or device cannot be rewritten in place' : 'not a regular file (a device, socket or pipe); skipped';
      failures.push({ file: path, reason: why });
      return;
    }
    files.push({ path, ...(out === undefined ? {} : { output: out }), size: stats.size, mode: stats.mode & 0o7777 });
    if (stats.nlink > 1) links.set(path, { id: `${stats.dev}:${stats.ino}`, nlink: stats.nlink });
  };

  for (const path of paths) {
    const dir = isDirectory(path);
    if (dir) dirInputs.push(realish(path));
    let out: string | undefined;
    if (target.kind === 'in-place') out = path;
    else if (target.kind === 'path') {
      if (!outputIsDir) out = target.path;
      else if (paths.length === 1 && dir) out = target.path;
      else out = join(target.path, basename(resolve(path)));
    }
    if (target.kind === 'in-place') {
      // In place: each file is its own output.
      const before = files.length;
      visit(path, undefined, new Set());
      for (let i = before; i < files.length; i++) {
        const f = files[i] as PlannedFile;
        files[i] = { ...f, output: f.path };
      }
      continue;
    }
    visit(path, out, new Set());
  }

  if (target.kind === 'none') {
    // check: a file named twice (alone and inside a tree also given, or a link beside its target)
    // is scanned once, or each of its secrets would be listed and counted twice.
    const seen = new Set<string>();
    const unique = files.filter((f) => {
      const real = realish(f.path);
      if (seen.has(real)) return false;
      seen.add(real);
      return true;
    });
    files.splice(0, files.length, ...unique);
  }
  if (target.kind === 'in-place') {
    // A symlink is rewritten where it points: renaming over the link itself would replace it with
    // a scrubbed copy and leave the file it named, secrets and all. A file reached twice (a link
    // beside its target) is rewritten once, so two threads never race on it.
    const seen = new Set<string>();
    const unique: PlannedFile[] = [];
    for (const f of files) {
      const real = realish(f.path);
      if (seen.has(real)) continue;
      seen.add(real);
      unique.push({ ...f, output: real });
    }
    files.splice(0, files.length, ...unique);
    // A rename gives the rewritten name a new inode: other hard links to the old one still hold
    // the original. Told once per inode if it is rewritten (processFile), unless the run rewrites every name it has.
    // Counted over the files left, one a real path: a second spelling or a symlink of one name is no other name.
    const names = new Map<string, number>();
    for (const f of files) {
      const id = links.get(f.path)?.id;
      if (id !== undefined) names.set(id, (names.get(id) ?? 0) + 1);
    }
    const told = new Set<string>();
    for (let i = 0; i < files.length; i++) {
      const f = files[i] as PlannedFile;
      const link = links.get(f.path);
      if (link === undefined || told.has(link.id) || (names.get(link.id) ?? 0) >= link.nlink) continue;
      told.add(link.id);
      files[i] = { ...f, hardLinks: { total: link.nlink, rewritten: names.get(link.id) ?? 1 } };
    }
  }

  if (outputIsDir && target.kind === 'path' && cannotBeDirectory(target.path)) {
    // Every file would fail alone with ENOTDIR, after the run had started: a usage mistake, said once.
    throw new InputError(`output ${target.path} is not a directory, and these inputs need one: give -o DIR`);
  }
  if (target.kind === 'path') {
    const outReal = realish(target.path);
    for (const dir of dirInputs) {
      if (inside(outReal, dir)) throw new InputError(`output ${target.path} is inside the input tree ${dir}; choose a directory outside it`);
    }
  }
  if (target.kind === 'path') {
    const inputs = new Set(files.map((f) => realish(f.path)));
    const seen = new Set<string>();
    for (const f of files) {
      const out = realish(f.output as string);
      if (inputs.has(out)) throw new InputError(`output ${f.output} would overwrite the input ${f.path}; use --in-place to rewrite inputs`);
      if (seen.has(out)) throw new InputError(`two inputs would be written to ${f.output}; give inputs with different names`);
      seen.add(out);
    }
  }
  return { files, failures };
}

/** Whether two paths name one file, through symlinks, whether or not it exists yet. */
export const sameFile = (a: string, b: string): boolean => realish(a) === realish(b);

/**
 * Throws `InputError` (a usage mistake: exit 2) when `--report` names a file of the plan: written
 * last, the report would replace an input (outside `--in-place`, inputs are only read) or the
 * output just scrubbed from one, and the user would lose that log for a page of counts.
 *
 * @example
 * refuseReportOnto('app.log', plan.files); // throws: report app.log would overwrite the input app.log; …
 */
export function refuseReportOnto(report: string, files: readonly PlannedFile[]): void {
  for (const f of files) {
    if (sameFile(report, f.path)) throw new InputError(`report ${report} would overwrite the input ${f.path}; choose another report path`);
    if (f.output !== undefined && sameFile(report, f.output)) throw new InputError(`report ${report} would overwrite the output of ${f.path}; choose another report path`);
  }
}

/** Whether `path` is a file, or lies under one (ENOTDIR): no directory can be made there. */
function cannotBeDirectory(path: string): boolean {
  try {
    return !statSync(fsPath(path)).isDirectory();
  } catch (error) {
    return errno(error) === 'ENOTDIR';
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(fsPath(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The output path of a file relative to the run's output root: for messages. */
export const shown = (path: string): string => relative(process.cwd(), path) || path;
