import type { z } from 'zod';
import type { Problem } from '../errors/problem.js';
import { depthIn, hasPath, mergeData } from './profile/merge-data.js';
import type { ParsedYaml } from '../read/read-plan-file.js';
import { issueProblems, type Validation } from './validate-document.js';
import { parseContext } from './parse-context.js';

/**
 * The file whose value an issue is about: the most specific layer holding the whole path (for an
 * unknown key, the key itself), else the one holding most of it.
 */
const layerOf = (layers: readonly ParsedYaml[], path: readonly PropertyKey[]): ParsedYaml => {
  const leafFirst = [...layers].reverse();
  const full = leafFirst.find((layer) => hasPath(layer.data, path));
  if (full) return full;
  let best = leafFirst[0] as ParsedYaml;
  for (const layer of leafFirst) if (depthIn(layer.data, path) > depthIn(best.data, path)) best = layer;
  return best;
};

/**
 * Validates YAML files stacked base first (an office profile over a built-in one): their data
 * merged, then checked as one, each problem located in the file that holds the bad value.
 */
export const validateLayers = <S extends z.ZodType>(
  layers: readonly ParsedYaml[],
  schema: S,
  omit: readonly string[] = [],
): Validation<z.output<S>> => {
  const merged = layers.map((l) => l.data).reduce(mergeData, {}) as Record<string, unknown>;
  const data = Object.fromEntries(Object.entries(merged).filter(([key]) => !omit.includes(key)));
  const result = schema.safeParse(data, parseContext());
  if (result.success) return { ok: true, value: result.data, problems: [] };
  const problems = issueProblems(result.error.issues, schema, (path) => layerOf(layers, path));
  const order = (p: Problem) => layers.findIndex((l) => l.source.path === p.file);
  return {
    ok: false,
    problems: problems.sort((a, b) => order(b) - order(a) || (a.position?.line ?? 0) - (b.position?.line ?? 0)),
  };
};
