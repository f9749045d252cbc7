// What scripts/bench.mjs builds: the same content as a kehoach plan (YAML) and as Markdown for
// pandoc, so that the two tools are timed on one document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** The fenced `text` blocks of the reference (test/fixtures/reference/*.md): body lines, then recipients. */
const fencedBlocks = (markdown) => [...markdown.matchAll(/^```text\n([\s\S]*?)^```/gm)].map((m) => m[1].trimEnd());

/** A table row `| key | value | ... |` of the reference, its value. */
const tableValue = (markdown, key) => new RegExp(`^\\| ${key} \\| ([^|]+) \\|`, 'm').exec(markdown)?.[1]?.trim();

/** Markdown escapes for a line that must stay a plain paragraph ("- x", "+ x", "1. x" would be lists). */
const paragraph = (line) => line.replace(/^([-+]) /, '\\$1 ').replace(/^(\d+)\. /, '$1\\. ');

/**
 * The reference plan as a Markdown document: header lines, title, body (section headings "I- ..."
 * as headings, every other line a paragraph, *italics* kept), recipients and signature.
 */
export const referenceMarkdown = (markdown) => {
  const [body = '', recipients = ''] = fencedBlocks(markdown);
  const header = ['higher-level Party body', 'issuing body', 'number and code', 'place and date'].map((k) =>
    tableValue(markdown, k),
  );
  const lines = [
    ...header.filter(Boolean),
    `# ${tableValue(markdown, 'document type') ?? 'KẾ HOẠCH'}`,
    tableValue(markdown, 'subject') ?? '',
    ...body.split('\n').map((line) => (/^[IVX]+- /.test(line) ? `## ${line}` : paragraph(line))),
    '**Nơi nhận:**',
    ...recipients.split('\n').map(paragraph),
    ...['authority', 'position', 'signer'].map((k) => `**${tableValue(markdown, k) ?? ''}**`),
  ];
  return `${lines.join('\n\n')}\n`;
};

/** Sentences to fill large plans with: the reference example's own paragraphs. */
const sentences = (examplePath) => {
  const plan = parse(readFileSync(examplePath, 'utf8'));
  const texts = [];
  const walk = (node) => {
    if (typeof node === 'string') texts.push(node.replace(/\s+/g, ' ').trim());
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk([plan.purposes, plan.content, plan.forms]);
  return texts.filter((t) => t.length > 40);
};

const basePlan = {
  profile: 'dang',
  template: 'ke-hoach',
  issuer: { parent: 'Đảng bộ tỉnh Quảng Ninh', name: 'Đảng ủy phường Uông Bí', code: 'ĐU' },
  number: 45,
  place: 'Uông Bí',
  date: '2025-08-12',
  subject: 'thực hiện nhiệm vụ năm 2026',
  recipients: [{ name: 'Ban Thường vụ Tỉnh ủy', note: 'để b/c' }, 'Các chi, đảng bộ trực thuộc'],
  archive: 'VPĐU',
  signature: { authority: 'T/M Ban Thường vụ', position: 'Bí thư', name: 'Đào Ngọc Sơn' },
};

const closingMarkdown = [
  '**Nơi nhận:**',
  '\\- Ban Thường vụ Tỉnh ủy (để b/c),',
  '\\- Lưu VPĐU.',
  '**T/M BAN THƯỜNG VỤ**',
];

/** A paragraph cut to about `max` characters at a word, so that large plans stay under 2 MB (MAX_PLAN_BYTES). */
const clip = (text, max) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max))}.`);

/** A plan of `count` body paragraphs (items of 50: one numbered item, 49 dashes), and its Markdown. */
export const longPlan = (examplePath, count) => {
  const pool = sentences(examplePath).map((s) => clip(s, 200));
  const text = (i) => pool[i % pool.length];
  const items = [];
  for (let i = 0; i < count; i += 50) {
    const size = Math.min(50, count - i);
    items.push({ item: text(i), body: Array.from({ length: size - 1 }, (_, k) => ({ dash: text(i + k + 1) })) });
  }
  const markdown = [
    '# KẾ HOẠCH',
    '## I- NHIỆM VỤ, NỘI DUNG',
    ...items.flatMap((item, n) => [`${n + 1}\\. ${item.item}`, ...item.body.map((d) => `\\- ${d.dash}`)]),
    ...closingMarkdown,
  ];
  return { yaml: stringify({ ...basePlan, content: items }), markdown: `${markdown.join('\n\n')}\n` };
};

/** A plan whose task table has `rows` rows (units of 100), in an appendix, and its Markdown pipe table. */
export const taskTablePlan = (examplePath, rows) => {
  const pool = sentences(examplePath).map((s) => clip(s, 160));
  const tasks = [];
  for (let i = 0; i < rows; i += 100) {
    const unit = `Đơn vị số ${tasks.length + 1}`;
    const work = Array.from({ length: Math.min(100, rows - i) }, (_, k) => ({
      content: pool[(i + k) % pool.length],
      partners: 'Các chi, đảng bộ trực thuộc',
      deadline: `Quý ${['I', 'II', 'III', 'IV'][(i + k) % 4]}/2026`,
    }));
    tasks.push({ unit, body: [{ dash: pool[i % pool.length] }], work });
  }
  const cell = (s) => s.replace(/\|/g, '\\|');
  let n = 0;
  const table = [
    '| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |',
    '| --- | --- | --- | --- | --- |',
    ...tasks.flatMap((t) =>
      t.work.map((w) => `| ${++n} | ${cell(w.content)} | ${t.unit} | ${w.partners} | ${w.deadline} |`),
    ),
  ];
  const markdown = [
    '# KẾ HOẠCH',
    '## I- TỔ CHỨC THỰC HIỆN',
    ...tasks.flatMap((t, i) => [`**${i + 1}. ${t.unit}**`, ...t.body.map((d) => `\\- ${d.dash}`)]),
    ...closingMarkdown,
    '## DANH MỤC NHIỆM VỤ',
    table.join('\n'),
  ];
  return {
    yaml: stringify({ ...basePlan, tasks, taskTable: { appendix: true } }),
    markdown: `${markdown.join('\n\n')}\n`,
  };
};

/** Copies of the examples with varied numbers, dates and section lengths, as YAML texts by relative path. */
export const variedPlans = (examplesDir, count) => {
  const examples = readdirSync(examplesDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => parse(readFileSync(join(examplesDir, f), 'utf8')));
  const vary = (list, i) => {
    if (!Array.isArray(list) || list.length === 0) return list;
    const length = 1 + ((i * 7) % (list.length * 2));
    return Array.from({ length }, (_, k) => list[k % list.length]);
  };
  return Array.from({ length: count }, (_, i) => {
    const plan = structuredClone(examples[i % examples.length]);
    plan.number = 1 + (i % 250);
    // After every example's guidance date and not far ahead, so no plan draws a date warning.
    plan.date = `2026-${String(2 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    for (const key of ['purposes', 'content', 'forms', 'tasks'])
      if (key in plan) plan[key] = vary(plan[key], i + key.length);
    const path = join(`don-vi-${String(i % 20).padStart(2, '0')}`, `ke-hoach-${String(i).padStart(5, '0')}.yaml`);
    return [path, stringify(plan)];
  });
};
