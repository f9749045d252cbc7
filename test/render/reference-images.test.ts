import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-paths.js';
import { exampleFiles } from './examples.js';
import { compareImages, renderPage } from './page-images.js';
import { renderExamples } from './render-examples.js';
import { imageSkipReason } from './render-tools.js';

/** Set by `npm run test:update-images`: write the reference images instead of comparing with them. */
const UPDATE = process.env.KEHOACH_UPDATE_IMAGES === '1';
const REFERENCE_DIR = join(PACKAGE_ROOT, 'test', 'render', 'reference-images');
const DIFF_DIR = join(tmpdir(), 'kehoach-image-diff');
/**
 * At most this share of a page's pixels (about 48 of 414 x 585) may differ, for font hinting across
 * poppler versions; two runs here give identical pixels. Measured: the signer's name one line higher
 * differs in 296 pixels, a right margin 1 mm wider in 21,760, one accent changed in 2 (text is the
 * layout tests' job; the images catch moved blocks).
 */
const MAX_DIFF_RATIO = 0.0002;

const files = await exampleFiles();
const skipReason = await imageSkipReason();
if (skipReason !== undefined) console.warn(skipReason);

const stemOf = (file: string) => file.replace(/\.ya?ml$/i, '');
const imageNames = (file: string) => [`${stemOf(file)}-page-1.png`, `${stemOf(file)}-page-last.png`];

/** Page 1 and the last page of every example, by reference image name, rendered in one LibreOffice run. */
const renderAll = async (work: string): Promise<Map<string, Buffer>> => {
  const images = new Map<string, Buffer>();
  for (const ex of await renderExamples(files, work)) {
    const [first = '', last = ''] = imageNames(ex.file);
    images.set(first, await renderPage(ex.pdf, 1, join(work, `${ex.stem}-1`)));
    images.set(last, await renderPage(ex.pdf, ex.pages.length, join(work, `${ex.stem}-last`)));
  }
  return images;
};

/** Writes the reference images, after checking that a second, independent run renders the very same pixels. */
const updateReferences = async (images: Map<string, Buffer>, work: string): Promise<void> => {
  const again = await renderAll(await mkdtemp(join(work, 'again-')));
  for (const [name, png] of images) {
    const second = again.get(name);
    if (second === undefined || compareImages(png, second).differing !== 0) {
      throw new Error(
        `${name}: two renderings differ, so the reference images would not be reproducible; check the fonts (fc-match "Times New Roman").`,
      );
    }
  }
  await rm(REFERENCE_DIR, { recursive: true, force: true });
  await mkdir(REFERENCE_DIR, { recursive: true });
  for (const [name, png] of images) await writeFile(join(REFERENCE_DIR, name), png);
};

describe.skipIf(skipReason !== undefined)('rendered pages against test/render/reference-images', () => {
  let work = '';
  let images = new Map<string, Buffer>();
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kehoach-images-'));
    images = await renderAll(work);
    if (UPDATE) await updateReferences(images, work);
  }, 180_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it.each(files.flatMap(imageNames))('%s looks as the reference image', async (name) => {
    const actual = images.get(name);
    if (actual === undefined) throw new Error(`${name} was not rendered`);
    const expected = await readFile(join(REFERENCE_DIR, name)).catch(() => undefined);
    expect(
      expected,
      `no reference image test/render/reference-images/${name}; make it with "npm run test:update-images"`,
    ).toBeDefined();
    if (expected === undefined) return;
    const result = compareImages(actual, expected);
    if (result.sizeMismatch === undefined && result.ratio <= MAX_DIFF_RATIO) return;
    await mkdir(DIFF_DIR, { recursive: true });
    const stem = join(DIFF_DIR, name.replace(/\.png$/, ''));
    await writeFile(`${stem}.actual.png`, actual);
    await writeFile(`${stem}.diff.png`, result.diffPng);
    expect.fail(
      `${name}: ${result.sizeMismatch ?? `${result.differing} pixels differ (${(result.ratio * 100).toFixed(2)} %, at most ${MAX_DIFF_RATIO * 100} % allowed)`}. ` +
        `See ${stem}.actual.png and ${stem}.diff.png. If the layout change is intended, run "npm run test:update-images" and commit the images.`,
    );
  });

  it('has no reference images left from examples that are gone', async () => {
    const expected = new Set(files.flatMap(imageNames));
    const present = await readdir(REFERENCE_DIR).catch(() => [] as string[]);
    expect(
      present.filter((name) => !expected.has(name)),
      'stale images in test/render/reference-images (run "npm run test:update-images")',
    ).toEqual([]);
  });
});
