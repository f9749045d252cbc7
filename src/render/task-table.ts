import type { HelperOptions } from 'handlebars';
import type { Plan } from '../validate/plan-schema.js';
import type { TableInput } from '../validate/table-node.js';

type Tasks = NonNullable<Plan['tasks']>;
type Work = NonNullable<Tasks[number]['work']>[number];

/** The optional columns of a task table, in order: each shown when any work has it. */
const OPTIONAL = ['product', 'note'] as const;

/**
 * The task table as a table node (validate/table-node.ts): one row per work of each task, the
 * task's unit as the lead unit, the first column numbered (STT). The header words are the
 * template's (`{{taskTable tasks stt="STT" content="..." ...}}`), as all wording is.
 */
export const taskTable = (tasks: Tasks | undefined, options: HelperOptions): TableInput => {
  const words = options.hash as Readonly<Record<string, string | undefined>>;
  const works = (tasks ?? []).flatMap((task) => (task.work ?? []).map((work) => ({ unit: task.unit, work })));
  const extra = OPTIONAL.filter((key) => works.some(({ work }) => work[key] !== undefined));
  const word = (key: string): string => words[key] ?? '';
  return {
    stt: true,
    columns: [word('stt'), word('content'), word('unit'), word('partners'), word('deadline'), ...extra.map(word)],
    rows: works.map(({ unit, work }) => [
      work.content,
      unit,
      work.partners ?? '',
      work.deadline ?? '',
      ...extra.map((key: keyof Work) => work[key] ?? ''),
    ]),
  };
};
