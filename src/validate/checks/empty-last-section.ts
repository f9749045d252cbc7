import { isPart } from '../plan-sections.js';
import { problemAt, type PlanCheck } from './plan-check.js';

/**
 * format-spec §4: the end mark "./." closes the body's last sentence. A plan whose last section is
 * a heading with nothing under it (`body: []`) has no sentence after it, so the mark would print on
 * the heading: say so, rather than let the heading end the body unnoticed.
 */
export const emptyLastSection: PlanCheck = (context) => {
  const entries = context.plan.sections ?? [];
  const lastEntry = entries.length - 1;
  const entry = entries[lastEntry];
  if (entry === undefined) return [];
  const sections = isPart(entry) ? entry.sections : [entry];
  const section = sections.at(-1);
  if (section?.body === undefined || section.body.length > 0) return [];
  const path = isPart(entry)
    ? ['sections', lastEntry, 'sections', sections.length - 1, 'body']
    : ['sections', lastEntry, 'body'];
  return [
    problemAt(
      context,
      path,
      'warning',
      'SECTION_LAST_EMPTY',
      'Phần cuối cùng chỉ có đề mục, không có nội dung ("body: []"), nên dấu kết thúc "./." in ngay sau đề mục. Hãy viết nội dung dưới đề mục này, hoặc xóa đề mục nếu không cần.',
    ),
  ];
};
