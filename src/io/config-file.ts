/**
 * Reads a config file. A missing file, unreadable JSON or a non-object is an `OptionsError` that
 * names the file; the content is then checked by `resolveOptions`.
 */
import { existsSync, readFileSync } from 'node:fs';
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
  } catch (error) {
    throw new OptionsError(`config file ${path} is not valid JSON: ${(error as Error).message}`, { file: path });
  }
}

/** The config path to use: the one given, else `logscrub.config.json` when it exists, else none. */
export function findConfigFile(given: string | undefined): string | undefined {
  if (given !== undefined) return given;
  return existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined;
}
