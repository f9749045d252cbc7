import { InputError } from '../errors/kehoach-error.js';
import type { Plan } from '../validate/plan-schema.js';
import type { Block } from './block.js';
import type { LoadedTemplate } from './load-template.js';
import { BlockSyntaxError, parseBlocks } from './parse-blocks.js';

/** The body of a plan in words: the template's output read as blocks. */
export const renderWording = (plan: Plan, template: LoadedTemplate): Block[] => {
  const output = template.render(plan);
  try {
    return parseBlocks(output);
  } catch (error) {
    if (!(error instanceof BlockSyntaxError)) throw error;
    const main = template.files[0];
    throw new InputError([{
      file: main?.path ?? template.dir,
      severity: 'error',
      message: `Mẫu lời văn tạo ra dòng không hợp lệ: "${error.outputLine.slice(0, 80)}". Mỗi đoạn phải là một dòng "@loại nội dung", với loại là heading, item, title, group, letter, dash, plus hoặc para.`,
    }]);
  }
};
