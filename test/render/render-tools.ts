import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { findSoffice } from '../../src/pdf/find-soffice.js';

/** CI must run the rendering tests for real: there a missing tool is a failure, never a skip. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

const onPath = async (name: string): Promise<boolean> => {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      await access(join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
};

/** Why the rendering tests cannot run here (undefined when they can, and always in CI). */
export const renderSkipReason = async (): Promise<string | undefined> => {
  if (IN_CI) return undefined;
  const missing = [
    ...((await findSoffice()) === undefined ? ['LibreOffice (soffice)'] : []),
    ...((await onPath('pdftotext')) && (await onPath('pdftoppm')) ? [] : ['poppler-utils (pdftotext, pdftoppm)']),
  ];
  return missing.length > 0
    ? `rendering tests skipped: ${missing.join(' and ')} not installed (sudo apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2)`
    : undefined;
};

/**
 * The reference images were made with Liberation Serif standing in for Times New Roman (same metrics,
 * different glyphs); on a machine with the real Times New Roman the pixels differ, so the image
 * comparison is skipped there (never in CI).
 */
export const imageSkipReason = async (): Promise<string | undefined> => {
  const tools = await renderSkipReason();
  if (tools !== undefined || IN_CI) return tools;
  try {
    const { stdout } = await promisify(execFile)('fc-match', ['Times New Roman']);
    return stdout.includes('Liberation Serif')
      ? undefined
      : `image comparison skipped: Times New Roman here is ${stdout.trim()}, not Liberation Serif as in the reference images`;
  } catch {
    return 'image comparison skipped: no fc-match (fontconfig) to tell which font stands in for Times New Roman';
  }
};
