import { InputError } from '../errors/kehoach-error.js';
import type { Plan } from '../validate/plan-schema.js';
import type { AnyBlock } from './block.js';
import { tableMisfit } from './check-tables.js';
import type { LoadedTemplate } from './load-template.js';
import { planOutline } from './outline.js';
import { markGroups, printedObjectError } from './printed-objects.js';
import { BlockSyntaxError, parseBlocks } from './parse-blocks.js';

/** The body of a plan in words: the template's output read as blocks. */
export const renderWording = (plan: Plan, template: LoadedTemplate): AnyBlock[] => {
  const output = template.render(markGroups({ ...plan, outline: planOutline(plan, template) }));
  const printed = printedObjectError(output, template.files);
  if (printed !== undefined) throw printed;
  const fail = (code: 'TEMPLATE_BAD_LINE' | 'TEMPLATE_TABLE_ROW', message: string) => {
    const main = template.files[0];
    return new InputError([{ file: main?.path ?? template.dir, severity: 'error', code, message }]);
  };
  let blocks: AnyBlock[];
  try {
    blocks = parseBlocks(output);
  } catch (error) {
    if (!(error instanceof BlockSyntaxError)) throw error;
    throw fail(
      'TEMPLATE_BAD_LINE',
      `Mẫu lời văn tạo ra dòng không hợp lệ: "${error.outputLine.slice(0, 80)}". Mỗi đoạn phải là một dòng "@loại nội dung", với loại là part, heading, item, title, group, sub, letter, paren, dash, plus hoặc para (@lead: lời dẫn của đoạn sau; @begin, @end: nội dung con); bảng dùng @columns, @row, phụ lục dùng @appendix.`,
    );
  }
  const misfit = tableMisfit(blocks);
  if (misfit !== undefined) throw fail('TEMPLATE_TABLE_ROW', misfit);
  return blocks;
};
