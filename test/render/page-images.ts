import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Low resolution keeps the committed images small yet shows any moved line. */
export const DPI = 50;

/**
 * One page of a PDF as PNG bytes, rendered by poppler's pdftoppm; stored as greyscale (the pages are
 * black on white, and pdftoppm writes RGB even with -gray) to halve the size of the committed images.
 */
export const renderPage = async (pdf: string, page: number, outPrefix: string): Promise<Buffer> => {
  await promisify(execFile)('pdftoppm', [
    '-png',
    '-gray',
    '-r',
    String(DPI),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    outPrefix,
  ]);
  return PNG.sync.write(PNG.sync.read(await readFile(`${outPrefix}.png`)), { colorType: 0 });
};

export interface ImageDiff {
  /** Pixels that differ beyond pixelmatch's colour threshold; anti-aliasing alone does not count. */
  readonly differing: number;
  readonly ratio: number;
  /** A PNG showing the differing pixels in red over a faded copy of the reference. */
  readonly diffPng: Buffer;
  readonly sizeMismatch?: string;
}

export const compareImages = (actual: Buffer, expected: Buffer): ImageDiff => {
  const a = PNG.sync.read(actual);
  const e = PNG.sync.read(expected);
  if (a.width !== e.width || a.height !== e.height) {
    return {
      differing: Infinity,
      ratio: 1,
      diffPng: actual,
      sizeMismatch: `${a.width}x${a.height} instead of ${e.width}x${e.height}`,
    };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, e.data, diff.data, a.width, a.height, { threshold: 0.1 });
  return { differing, ratio: differing / (a.width * a.height), diffPng: PNG.sync.write(diff) };
};
