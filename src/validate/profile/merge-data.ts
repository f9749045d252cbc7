const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An office profile over its base: mappings merge key by key, at any depth; any other value
 * (text, number, list) replaces the base's, so `columns: [40, 60]` is the whole new list.
 */
export const mergeData = (base: unknown, over: unknown): unknown => {
  if (!isRecord(base) || !isRecord(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergeData(base[key], value);
  return out;
};

/** Whether `data` holds a value at `path` (the first `depth` segments of it). */
export const hasPath = (data: unknown, path: readonly PropertyKey[]): boolean => {
  let node: unknown = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number' && segment < node.length) node = node[segment];
    else if (isRecord(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) node = node[segment];
    else return false;
  }
  return true;
};

/** How many leading segments of `path` exist in `data`. */
export const depthIn = (data: unknown, path: readonly PropertyKey[]): number => {
  let depth = 0;
  while (depth < path.length && hasPath(data, path.slice(0, depth + 1))) depth++;
  return depth;
};
