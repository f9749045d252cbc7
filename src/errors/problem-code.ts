import type { ErrorCode as YamlErrorCode } from 'yaml';

/**
 * Stable names of every problem kind, in the manner of eemeli/yaml's `ErrorCode`: editors, CI and
 * tests match on these, not on the Vietnamese wording (`validate --format json`). A code is never
 * renamed or reused; a new kind of problem gets a new code here.
 */
export const PROBLEM_CODES = [
  // Reading the file.
  'FILE_UNREADABLE',
  'FILE_NOT_FOUND',
  'FILE_TOO_LARGE',
  'FILE_BINARY',
  'FILE_EMPTY',
  'ENCODING_NOT_UTF8',
  'ENCODING_UTF16',
  // YAML syntax beyond the parser's own codes (YAML_<code>).
  'YAML_UNCLOSED_QUOTE',
  'YAML_TEXT_HAS_COLON',
  'YAML_TYPED_DASH',
  'YAML_OVER_INDENT',
  'YAML_TOO_DEEP',
  'YAML_TOO_MANY_ALIASES',
  'YAML_MORE_ERRORS',
  'YAML_ALIAS_BEFORE_ANCHOR',
  // The plan's shape (schema).
  'NOT_A_PLAN',
  'FIELD_MISSING',
  'FIELD_UNKNOWN',
  'FIELD_TYPE',
  'FIELD_VALUE',
  'FIELD_INVALID',
  'TEXT_EMPTY',
  'TEXT_HAS_COLON',
  'LIST_EMPTY',
  'NUMBER_INVALID',
  'DATE_FORMAT',
  'DATE_IMPOSSIBLE',
  'NODE_NO_KIND',
  'NODE_MANY_KINDS',
  'SECTION_KIND',
  'SECTION_SHAPE',
  'SECTION_EMPTY',
  'SECTION_UNLISTED',
  'RECIPIENT_SHAPE',
  'LENGTH_FORMAT',
  'LINE_SPACING',
  'TEXT_NOT_XML',
  // Rules beyond the schema.
  'TYPE_NO_CODE',
  'ISSUER_CODE_MISMATCH',
  'ISSUER_CODE_PLAIN_D',
  'GUIDANCE_AFTER_PLAN',
  'DATE_FAR_FUTURE',
  'AUTHORITY_PREFIX',
  'ARCHIVE_IN_RECIPIENTS',
  'ARCHIVE_MISSING',
  'TEXT_LEGACY_ENCODING',
  'TEXT_DECOMPOSED',
  'TYPED_NUMBERING',
  'TEXT_LINES_JOINED',
  'DATE_OUT_OF_RANGE',
  'PLAN_TOO_LARGE',
  // Profiles and templates the plan names.
  'PROFILE_NOT_FOUND',
  'PROFILE_EXTENDS_LOOP',
  'PROFILE_EXTENDS_INVALID',
  'PROFILE_EXTENDS_TOO_LONG',
  'PROFILE_NOT_YAML',
  'PROFILE_MARGINS',
  'TEMPLATE_NOT_FOUND',
  'TEMPLATE_FIELD_MISSING',
  'TEMPLATE_SYNTAX',
  'TEMPLATE_BAD_LINE',
  'TEMPLATE_TABLE_ROW',
  'TEMPLATE_PRINTS_OBJECT',
  // Word files given to `import`.
  'IMPORT_NOT_WORD',
  'IMPORT_ENCRYPTED',
  'IMPORT_CORRUPT',
  'IMPORT_NOT_A_PLAN',
  'IMPORT_TOO_LARGE',
  'IMPORT_CHECK',
] as const;

/** A problem's code: one of ours, or the YAML parser's own, prefixed `YAML_`. */
export type ProblemCode = (typeof PROBLEM_CODES)[number] | `YAML_${YamlErrorCode}`;
