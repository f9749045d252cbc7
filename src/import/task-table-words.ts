import { join } from 'node:path';
import { readFileBytes } from '../base/packed-files.js';
import { TEMPLATES_DIR } from '../package-paths.js';

/** The partial that prints the task table, with its header words (`stt="STT" content="..."`). */
const PARTIAL = join(TEMPLATES_DIR, 'ke-hoach', 'partials', 'task-table.hbs');

let words: ReadonlyMap<string, string> | undefined;

/**
 * The header words build prints over a task table, by column key, read from the template that
 * holds them (all wording is the templates'), so that import takes a table for the task table
 * only when build would print its header again word for word.
 */
export const taskTableWords = (): ReadonlyMap<string, string> => {
  words ??= new Map(
    [...new TextDecoder().decode(readFileBytes(PARTIAL)).matchAll(/(\w+)="([^"]*)"/gu)].map(
      ([, key, word]) => [key ?? '', (word ?? '').toLocaleLowerCase('vi-VN')] as const,
    ),
  );
  return words;
};
