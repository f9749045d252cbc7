import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../../src/package-paths.js';

export const EXAMPLES_DIR = join(PACKAGE_ROOT, 'examples');
export const EXPECTATIONS_FILE = join(PACKAGE_ROOT, 'test', 'render', 'expectations.yaml');

const expectationsSchema = z.record(
  z.string(),
  z.strictObject({ pages: z.number().int().positive(), signaturePage: z.number().int().positive().optional() }),
);
export type Expectations = z.output<typeof expectationsSchema>;

/** Every example plan, by file name, sorted; new examples are picked up without touching the tests. */
export const exampleFiles = async (): Promise<string[]> =>
  (await readdir(EXAMPLES_DIR)).filter((name) => /\.ya?ml$/i.test(name)).sort();

export const loadExpectations = async (): Promise<Expectations> =>
  expectationsSchema.parse(parse(await readFile(EXPECTATIONS_FILE, 'utf8')) ?? {});

export const missingExpectationMessage = (file: string): string =>
  `examples/${file} has no entry in test/render/expectations.yaml. Add one, e.g.\n${file}:\n  pages: <the page count this example must have>`;
