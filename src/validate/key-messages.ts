import { keySlips, oneEditPattern } from './key-slips.js';
import { meantKeyMessage } from './meant-key-message.js';

type JsonSchema = Record<string, unknown>;

const isSchema = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a key of an object is checked against (yaml-language-server validates every key with
 * `propertyNames`, on the key's own line). Its messages are fixed text with no placeholder for the
 * key, so each did-you-mean is a branch of its own, first match wins, as `didYouMean` picks:
 * a known key passes; a likely slip (key-slips.ts) names itself and the key meant; a name one
 * edit from a key names the key meant; anything else gets the keys allowed there.
 */
const propertyNames = (keys: readonly string[]): JsonSchema => {
  const others = keys.reduceRight<JsonSchema>(
    (otherwise, key) => ({
      if: { type: 'string', pattern: oneEditPattern(key) },
      then: { const: key, errorMessage: meantKeyMessage(key) },
      else: otherwise,
    }),
    { enum: keys, errorMessage: `Trường này không có ở đây (gõ sai tên?). Các trường dùng được: ${keys.join(', ')}.` },
  );
  const slips = [...keySlips(keys)];
  return {
    // The keys are offered from `properties`; a name schema with no list would add a "property" item.
    doNotSuggest: true,
    if: { enum: keys },
    else: {
      if: { enum: slips.map(([slip]) => slip) },
      then: {
        allOf: slips.map(([slip, key]) => ({
          if: { const: slip },
          then: { const: key, errorMessage: meantKeyMessage(key, slip) },
        })),
      },
      else: others,
    },
  };
};

/**
 * The required keys, each required only when no key of the object is one of its slips or one edit
 * from it: a misspelt key is reported once, on its line, as `kehoach validate` does
 * (misspelt-keys.ts), not also as a missing one. `required` keeps the keys with no such check.
 */
const requireUnlessMisspelt = (schema: JsonSchema, keys: readonly string[], message: string): void => {
  const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
  const slips = [...keySlips(keys)];
  const conditions = required.map((key) => ({
    if: {
      propertyNames: {
        not: {
          not: { enum: keys },
          anyOf: [
            { enum: slips.filter(([, meant]) => meant === key).map(([slip]) => slip) },
            { type: 'string', pattern: oneEditPattern(key) },
          ],
        },
      },
    },
    then: { required: [key], errorMessage: message },
  }));
  if (conditions.length === 0) return;
  delete schema['required'];
  schema['allOf'] = [...(Array.isArray(schema['allOf']) ? (schema['allOf'] as unknown[]) : []), ...conditions];
};

/**
 * Vietnamese messages for a plan's keys, in the keywords yaml-language-server (VS Code "YAML") shows
 * instead of its English text: on each closed object, `errorMessage` (a required field missing, or no
 * object at all) and `propertyNames` for an unknown or misspelt key, on its own line. The keys
 * accepted stay exactly those of `additionalProperties: false`, which this replaces.
 */
export const addKeyMessages = (schema: unknown): void => {
  if (Array.isArray(schema)) {
    for (const item of schema) addKeyMessages(item);
    return;
  }
  if (!isSchema(schema)) return;
  const properties = schema['properties'];
  if (isSchema(properties) && schema['additionalProperties'] === false) {
    const keys = Object.keys(properties);
    const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
    delete schema['additionalProperties'];
    schema['propertyNames'] = propertyNames(keys);
    const message =
      required.length > 0
        ? `Cần một mục gồm các trường "tên: giá trị"; phải có đủ: ${required.join(', ')}.`
        : `Cần một mục gồm các trường "tên: giá trị" (${keys.join(', ')}).`;
    schema['errorMessage'] = message;
    requireUnlessMisspelt(schema, keys, message);
  }
  for (const value of Object.values(schema)) addKeyMessages(value);
};
