import type { Document } from 'yaml';
import { isoFromTypedDate } from './iso-date.js';
import type { SourceEdit } from './source-edit.js';
import { textScalars } from './text-scalars.js';

/** Dates typed day first (`31/12/2025`) rewritten as the plan writes them (`2025-12-31`). */
export const dateEdits = (doc: Document.Parsed): SourceEdit[] =>
  textScalars(doc).flatMap(({ path, value, range }) => {
    const iso = path.at(-1) === 'date' ? isoFromTypedDate(value) : undefined;
    return iso === undefined || iso === value ? [] : [{ range, replacement: iso }];
  });
