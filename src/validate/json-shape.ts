/**
 * JSON Schema shapes for plan fields whose zod schema (a z.preprocess) cannot say what it takes:
 * plan-json-schema.ts writes the shape given here instead of the one zod derives.
 */
export const JSON_SHAPES = new WeakMap<object, Record<string, unknown>>();

/** `schema`, described to editors by `shape`. */
export const withJsonShape = <T extends object>(schema: T, shape: Record<string, unknown>): T => {
  JSON_SHAPES.set(schema, shape);
  return schema;
};
