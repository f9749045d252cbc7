import type { z } from 'zod';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The object schemas a value at this spot may be, looking through wrappers, pipes and unions. */
const objectsOf = (schema: unknown, depth = 0): unknown[] => {
  if (depth > 20) return [];
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return [schema];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return objectsOf(def['innerType'], depth + 1);
    case 'pipe':
      return defOf(def['in']).type === 'transform' ? objectsOf(def['out'], depth + 1) : objectsOf(def['in'], depth + 1);
    case 'lazy':
      return objectsOf((def['getter'] as () => unknown)(), depth + 1);
    case 'union':
      return (def['options'] as unknown[]).flatMap((o) => objectsOf(o, depth + 1));
    case 'array':
      return [schema];
    default:
      return [];
  }
};

/** Field names that are valid at `path` of a value checked by `schema` (for "did you mean"). */
export const keysAt = (schema: z.ZodType, path: readonly PropertyKey[]): string[] => {
  let current: unknown[] = [schema];
  for (const segment of path) {
    current = current
      .flatMap((s) => objectsOf(s))
      .flatMap((s) => {
        const def = defOf(s);
        if (def.type === 'array' && typeof segment === 'number') return [def['element']];
        if (def.type === 'object' && typeof segment === 'string') {
          const child = (def['shape'] as Record<string, unknown>)[segment];
          return child ? [child] : [];
        }
        return [];
      });
  }
  const keys = current
    .flatMap((s) => objectsOf(s))
    .flatMap((s) => {
      const def = defOf(s);
      return def.type === 'object' ? Object.keys(def['shape'] as object) : [];
    });
  return [...new Set(keys)];
};
