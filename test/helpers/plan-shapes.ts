import type { PlanInput } from '../../src/validate/plan-schema.js';

type Yaml = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Yaml => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

const NODE_KINDS = ['item', 'title', 'group', 'sub', 'paren', 'letter', 'dash', 'plus', 'para', 'heading', 'table'];

/** The shapes of a table's rows: cells merged across or down, group rows. */
const tableShapes = (table: Yaml): string[] =>
  list(table.rows).flatMap((row) => {
    if (isObject(row)) return ['group row'];
    return list(row).flatMap((cell) =>
      isObject(cell)
        ? [
            ...(Number(cell.cols ?? 1) > 1 ? ['merged across'] : []),
            ...(Number(cell.rows ?? 1) > 1 ? ['merged down'] : []),
          ]
        : [],
    );
  });

/** The shapes of a body's nodes, nested bodies included. */
const bodyShapes = (nodes: unknown, parent?: string): string[] =>
  list(nodes).flatMap((node): string[] => {
    if (typeof node === 'string') return [node.endsWith(':') ? 'lead-in line' : 'node para'];
    if (!isObject(node)) return [];
    const kind = NODE_KINDS.find((k) => k in node) ?? '';
    const text = node[kind];
    return [
      `node ${kind}`,
      ...(kind === 'item' && parent === 'item' ? ['node item in item'] : []),
      ...(node.lead === undefined ? [] : [text === null || text === '' ? 'lead without text' : 'lead']),
      ...(typeof text === 'string' && text.endsWith(':') ? ['lead-in line'] : []),
      ...(kind === 'table' && isObject(node.table) ? tableShapes(node.table) : []),
      ...bodyShapes(node.body, kind),
    ];
  });

/** The sections' shapes: own headings, reworded familiar ones, parts, inline bodies. */
const sectionShapes = (entries: unknown): string[] =>
  list(entries).flatMap((entry): string[] => {
    if (!isObject(entry)) return [];
    if ('part' in entry) return ['part', ...sectionShapes(entry.sections)];
    return [entry.kind === undefined ? 'own section' : 'reworded heading', ...bodyShapes(entry.body)];
  });

/**
 * Names the shapes of plan model v2 a generated plan holds (plan-model.md §1-§6), so a test can
 * require that its runs covered every one of them.
 */
export const shapesOf = (plan: PlanInput): Set<string> => {
  const p = plan as Yaml;
  const appendices = list(p.appendices).filter(isObject);
  const orientations = new Set(appendices.map((a) => a.landscape ?? p.landscape ?? false));
  const signature = isObject(p.signature) ? p.signature : {};
  const issuer = isObject(p.issuer) ? p.issuer : {};
  const shapes = [
    `profile ${String(p.profile)}`,
    ...['purposes', 'content', 'forms', 'timeline', 'funding'].flatMap((k) => bodyShapes(p[k])),
    ...list(p.tasks).flatMap((t) => (isObject(t) ? bodyShapes(t.body) : [])),
    ...appendices.flatMap((a) => bodyShapes(a.body)),
    ...(p.sections === undefined ? [] : ['sections', ...sectionShapes(p.sections)]),
    ...(isObject(p.headings) ? ['reworded heading'] : []),
    ...(Array.isArray(p.opening) || (isObject(p.opening) && p.opening.before !== undefined)
      ? ['opening paragraphs']
      : []),
    ...(p.number === '' || p.number === null ? ['blank number'] : []),
    ...(p.date === '2026' ? ['blank day and month'] : /^\d{4}-\d{2}$/.test(String(p.date)) ? ['blank day'] : []),
    ...(p.draft === true ? ['draft'] : []),
    ...(Array.isArray(signature.authority) && signature.authority.length > 1 ? ['authority lines'] : []),
    ...(Array.isArray(issuer.name) || Array.isArray(issuer.parent) ? ['issuer lines'] : []),
    ...(appendices.length >= 2 ? ['two appendices'] : []),
    ...(appendices.length >= 3 ? ['three appendices'] : []),
    ...(orientations.size === 2 ? ['portrait and landscape appendices'] : []),
    ...(isObject(p.taskTable) ? ['task table'] : []),
  ];
  return new Set(shapes);
};
