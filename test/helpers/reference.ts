import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The real plans the tool must reproduce, kept in the repository (test/fixtures/reference/README.md). */
export const REFERENCE_DIR = fileURLToPath(new URL('../fixtures/reference/', import.meta.url));

export interface ReferencePlan {
  /** `| element | value | note |` rows of a table, keyed by element. */
  readonly header: Readonly<Record<string, string>>;
  readonly signature: Readonly<Record<string, string>>;
  /** Body paragraphs as marked in the reference (`*italic*` kept). */
  readonly body: readonly string[];
  readonly recipients: readonly string[];
}

const section = (md: string, heading: string): string => {
  const start = md.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`reference has no section "${heading}"`);
  const next = md.indexOf('\n## ', start + 3);
  return md.slice(start, next < 0 ? undefined : next);
};

const tableRows = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))
      .slice(1)
      .map((l) => l.split('|').map((c) => c.trim()))
      .map((cells) => [cells[1] ?? '', cells[2] ?? '']),
  );

const codeBlock = (text: string): string[] => {
  const m = /```text\n([\s\S]*?)```/.exec(text);
  if (!m?.[1]) throw new Error('reference section has no text block');
  return m[1].split('\n').filter((l) => l.trim() !== '');
};

export const readReference = (name: string): ReferencePlan => {
  const md = readFileSync(`${REFERENCE_DIR}${name}.md`, 'utf8').normalize('NFC');
  return {
    header: tableRows(section(md, 'Header block')),
    signature: tableRows(section(md, 'Signature block')),
    body: codeBlock(section(md, 'Body')),
    recipients: codeBlock(section(md, 'Nơi nhận')),
  };
};

/** Italic spans as marked with single asterisks in the reference text. */
export const markedItalics = (line: string): string[] => [...line.matchAll(/\*([^*]+)\*/g)].map((m) => m[1] ?? '');
export const unmark = (line: string): string => line.replaceAll('*', '');
