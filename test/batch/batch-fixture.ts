import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(REPO, 'examples', 'ke-hoach-hoi-nghi-12.yaml');
const TEMPLATE = join(REPO, 'templates', 'ke-hoach-tuyen-truyen');

export interface PlanSpec {
  readonly number: number;
  readonly date?: string;
  /** Template reference as written in the plan (a path relative to the plan's folder). */
  readonly template: string;
}

/** The reference example with another number, date and template. */
export const planText = async (spec: PlanSpec): Promise<string> =>
  (await readFile(EXAMPLE, 'utf8'))
    .replace(/^number: \d+/m, `number: ${spec.number}`)
    .replace(/^date: [\d-]+/m, `date: ${spec.date ?? '2025-08-12'}`)
    .replace(/^template: \S+/m, `template: ${spec.template}`);

/**
 * A temporary workspace: copies of the built-in template as tpl-a/ and tpl-b/ (tests edit
 * them, never the repository's), and plans written below plans/.
 */
export const makeWorkspace = async (plans: Record<string, PlanSpec | string>) => {
  const root = await mkdtemp(join(tmpdir(), 'kehoach-batch-'));
  await cp(TEMPLATE, join(root, 'tpl-a'), { recursive: true });
  await cp(TEMPLATE, join(root, 'tpl-b'), { recursive: true });
  for (const [path, spec] of Object.entries(plans)) {
    const file = join(root, 'plans', path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, typeof spec === 'string' ? spec : await planText(spec));
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
};

export { memoryIo } from '../helpers/run-cli.js';
