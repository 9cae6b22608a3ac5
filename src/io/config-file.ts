/**
 * Reads a config file. A missing file, unreadable JSON or a non-object is an `OptionsError` that
 * names the file; the content is then checked by `resolveOptions`.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { OptionsError } from '../errors.js';

/** The file the CLI reads when `--config` is not given and it exists in the working directory. */
export const DEFAULT_CONFIG_FILE = 'logscrub.config.json';

/** @example const config = loadConfigFile('logscrub.config.json'); */
export function loadConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new OptionsError(`cannot read config file ${path}: ${code}`, { file: path });
  }
  // Editors on Windows save JSON with a byte order mark, which JSON.parse refuses (Node's own require() strips it).
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not the parser's message: it quotes the text around the mistake, which may hold the hash key.
    const { at, reason } = syntaxError(text);
    if (at === undefined) throw new OptionsError(`config file ${path} is not valid JSON: ${reason}`, { file: path });
    const before = text.slice(0, at).split('\n');
    const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    throw new OptionsError(`config file ${path} is not valid JSON: ${where}: ${reason}`, { file: path, line: before.length });
  }
}

/**
 * The config path to use: the one given, else `logscrub.config.json` when there is one, else none.
 * `lstat`, not `existsSync`, which follows a link: a link to a file that is gone ran without the
 * config silently, where it must fail as an unreadable file does (`loadConfigFile`).
 */
export function findConfigFile(given: string | undefined): string | undefined {
  if (given !== undefined) return given;
  try {
    return lstatSync(DEFAULT_CONFIG_FILE, { throwIfNoEntry: false }) === undefined ? undefined : DEFAULT_CONFIG_FILE;
  } catch {
    // Whether it is there cannot be told (EACCES): reading it names why.
    return DEFAULT_CONFIG_FILE;
  }
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;

/**
 * Where text JSON.parse refused first goes wrong, and why, in words that quote none of it: V8's
 * messages quote the text around the mistake, and only some give its position.
 */
function syntaxError(text: string): { at: number | undefined; reason: string } {
  let i = 0;
  const fail = (reason: string): never => {
    throw Object.assign(new Error(reason), { at: i });
  };
  const match = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  const expect = (c: string, what: string): void => {
    match(WHITESPACE);
    if (text[i] !== c) fail(i >= text.length ? `unexpected end, expected ${what}` : `expected ${what}`);
    i++;
  };
  const string = (): void => {
    i++;
    for (;;) {
      match(STRING_RUN);
      if (text[i] === '"') break;
      if (i >= text.length) fail('unterminated string');
      if (text[i] === '\\') {
        if (!match(ESCAPE)) fail('invalid escape in a string');
      } else fail('a line break or control character inside a string');
    }
    i++;
  };
  const value = (): void => {
    match(WHITESPACE);
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      match(WHITESPACE);
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          match(WHITESPACE);
          if (text[i] !== '"') fail(i >= text.length ? 'unexpected end, expected a property name' : 'expected a double-quoted property name');
          string();
          expect(':', `":" after the property name`);
        }
        value();
        match(WHITESPACE);
        if (text[i] === close) break;
        expect(',', `"," or "${close}"`);
      }
      i++;
    } else if (c === '"') string();
    else if (!match(NUMBER) && !match(LITERAL)) fail(i >= text.length ? 'unexpected end of the text' : 'expected a value (object, array, string, number, true, false or null)');
  };
  try {
    value();
    match(WHITESPACE);
    if (i < text.length) fail('unexpected text after the JSON value');
  } catch (error) {
    const at = (error as { at?: number }).at;
    // Nesting too deep for this walk (a stack overflow) is reported without a position.
    return at === undefined ? { at, reason: 'nested too deep' } : { at, reason: (error as Error).message };
  }
  return { at: undefined, reason: 'refused by the parser' };
}
