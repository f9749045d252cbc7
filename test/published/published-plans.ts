import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { namesBuiltIn, profilePath } from '../../src/validate/profile/load-profile.js';
import { fileURLToPath } from 'node:url';
import { renderPlanFile, type PlanDocument } from '../../src/build-plan.js';
import { paragraphs, readOoxml } from '../helpers/ooxml.js';
import { textOf } from '../import/import-helpers.js';
import { matchLines, type LineMatch } from '../import/line-match.js';
import { asPrinted } from './rule-differences.js';

/** test/fixtures/published/<slug>/: source.txt, SOURCE.md and plan.yaml of one published plan. */
export const PUBLISHED_DIR = fileURLToPath(new URL('../fixtures/published/', import.meta.url));

export const publishedPlans = (): string[] =>
  readdirSync(PUBLISHED_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/**
 * A line made comparable: Unicode NFC and runs of white space (tabs, the spaces a clerk typed to
 * align columns) folded to one space, ends trimmed. Nothing else: letters, capitals, punctuation,
 * dashes and numbering labels are compared as they are.
 */
export const comparable = (line: string): string => line.normalize('NFC').replace(/\s+/gu, ' ').trim();

const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map(comparable)
    .filter((line) => line !== '');

/** The published paragraphs, one a line (test/fixtures/published/README.md). */
export const sourceLines = (slug: string): string[] =>
  linesOf(readFileSync(`${PUBLISHED_DIR}${slug}/source.txt`, 'utf8'));

/** The paragraphs of a .docx as `kehoach text` prints them (a table cell by cell). */
export const docxLines = (bytes: Uint8Array): string[] => linesOf(textOf('built.docx', bytes));

/**
 * The body's paragraphs for a round trip: each paragraph's text (label included), marked when it
 * stands in a table cell, so a table that comes back as loose paragraphs is a difference.
 */
export const docxParagraphs = (bytes: Uint8Array): string[] =>
  paragraphs(readOoxml(bytes).xml('word/document.xml'))
    .map((p) => `${p.inTable ? '| ' : ''}${comparable(p.text)}`)
    .filter((line) => line !== '' && line !== '| ');

export interface PublishedBuild {
  readonly built: PlanDocument;
  readonly lines: readonly string[];
  readonly match: LineMatch;
}

/**
 * Builds a published plan's plan.yaml and matches its paragraphs against the source, in order; a
 * line the office wrote against the format rules is expected in the rule's form (rule-differences.ts).
 */
export const buildPublished = async (slug: string): Promise<PublishedBuild> => {
  const built = await renderPlanFile(`${PUBLISHED_DIR}${slug}/plan.yaml`);
  const lines = docxLines(built.bytes);
  return { built, lines, match: matchLines(asPrinted(slug, sourceLines(slug)), lines) };
};

/**
 * The office's own profile file a published plan is built with (absolute), as `kehoach import
 * --profile` would be given it; undefined for a built-in profile, which import tells from the header.
 */
export const officeProfile = (slug: string): string | undefined => {
  const plan = parse(readFileSync(`${PUBLISHED_DIR}${slug}/plan.yaml`, 'utf8')) as { profile?: unknown };
  const ref = typeof plan.profile === 'string' ? plan.profile : undefined;
  return ref === undefined || namesBuiltIn(ref) ? undefined : profilePath(ref, `${PUBLISHED_DIR}${slug}`);
};
