type JsonSchema = Record<string, unknown>;

const isSchema = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Vietnamese messages for a plan's keys, in the keywords yaml-language-server (VS Code "YAML") shows
 * instead of its English text: on each closed object, `errorMessage` (a required field missing, or no
 * object at all) and `propertyNames` listing the keys allowed there (an unknown or misspelt key, on
 * its own line). Its messages take no placeholder for the key, so they name what is allowed. The
 * keys accepted stay exactly those of `additionalProperties: false`, which this replaces.
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
    schema['propertyNames'] = {
      enum: keys,
      errorMessage: `Trường này không có ở đây (gõ sai tên?). Các trường dùng được: ${keys.join(', ')}.`,
    };
    schema['errorMessage'] =
      required.length > 0
        ? `Cần một mục gồm các trường "tên: giá trị"; phải có đủ: ${required.join(', ')}.`
        : `Cần một mục gồm các trường "tên: giá trị" (${keys.join(', ')}).`;
  }
  for (const value of Object.values(schema)) addKeyMessages(value);
};
