/** The event document for `event` filters (action input `event-file`, CLI `--event`): a JSON file. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { ConfigurationError, errorMessage } from '../errors.js';
import { jsonSyntaxErrorMessage } from '../json-errors.js';

/** Reads and parses the event; `file` is relative to `cwd`. Errors say which file and why. */
export async function readEventFile(file: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new ConfigurationError(`the event file ${file} cannot be read: ${errorMessage(err)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const where = jsonSyntaxErrorMessage(file, text) ?? `${file}: not valid JSON: ${errorMessage(err)}`;
    throw new ConfigurationError(`the event file ${where}`);
  }
}
