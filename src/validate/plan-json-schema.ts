import * as z from 'zod';
import { JSON_SHAPES } from './json-shape.js';
import { LINES_SHORTHAND } from './paragraph-texts.js';
import { addPatternMessages } from './pattern-messages.js';
import { planSchema } from './plan-schema.js';
import { PLAN_FIELD_DOCS } from './plan-field-docs.js';

type JsonSchema = Record<string, unknown>;
type Def = { type: string; in?: { _zod: { def: { type: string } } } };

/** z.preprocess in the plan schema only ever expands a line of text into its full form. */
const isTextShorthand = (schema: unknown): boolean => {
  const def = (schema as { _zod: { def: Def } })._zod.def;
  return def.type === 'pipe' && def.in?._zod.def.type === 'transform';
};

const describe = (schema: JsonSchema, path: string, missing: string[]): void => {
  const props = schema['properties'] as Record<string, JsonSchema> | undefined;
  for (const [key, child] of Object.entries(props ?? {})) {
    const at = path === '' ? key : `${path}.${key}`;
    const doc = PLAN_FIELD_DOCS[at];
    if (doc) Object.assign(child, doc.schema, { description: doc.description, examples: [doc.example] });
    else missing.push(at);
    describe(child, at, missing);
  }
  const items = schema['items'] as JsonSchema | undefined;
  if (items) {
    const doc = PLAN_FIELD_DOCS[`${path}[]`];
    if (doc) Object.assign(items, { description: doc.description, examples: [doc.example] });
    describe(items, `${path}[]`, missing);
  }
  for (const option of (schema['anyOf'] as JsonSchema[] | undefined) ?? []) describe(option, path, missing);
};

/**
 * The plan's JSON Schema, generated from the zod schema (the one source of truth) with the
 * Vietnamese description and an example of every field, for editors' autocompletion.
 * `missing` collects fields without documentation.
 */
export const planJsonSchema = (missing: string[] = []): JsonSchema => {
  const schema = z.toJSONSchema(planSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const shape = JSON_SHAPES.get(ctx.zodSchema);
      if (shape !== undefined) {
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, shape);
        return;
      }
      if (!isTextShorthand(ctx.zodSchema)) return;
      const full = { ...ctx.jsonSchema };
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
      const lines = LINES_SHORTHAND.has(ctx.zodSchema)
        ? [{ type: 'array' as const, items: { type: 'string' as const } }]
        : [];
      ctx.jsonSchema.anyOf = [{ type: 'string' }, ...lines, full];
    },
  }) as JsonSchema;
  describe(schema, '', missing);
  for (const def of Object.values((schema['$defs'] as Record<string, JsonSchema> | undefined) ?? {}))
    describe(def, 'node', missing);
  // zod names recursive parts __schema0; the only one in a plan is a body node.
  const named = JSON.parse(JSON.stringify(schema).replaceAll('__schema0', 'bodyNode')) as JsonSchema;
  addPatternMessages(named);
  return {
    $schema: named['$schema'],
    title: 'Kế hoạch (kehoach)',
    description: 'Tệp kế hoạch YAML của kehoach: dựng văn bản .docx đúng thể thức bằng "kehoach build".',
    ...named,
  };
};
