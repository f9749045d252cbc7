import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PdfError } from '../../src/errors/pdf-error.js';
import { convertAllToPdf, convertToPdf } from '../../src/pdf/convert-to-pdf.js';
import { findSoffice } from '../../src/pdf/find-soffice.js';
import { fakeSoffice } from './fake-soffice.js';

const leftovers = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('kehoach-pdf-'));

describe.skipIf(process.platform === 'win32')('convertToPdf with a stand-in soffice', () => {
  let dir: string;
  let docx: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-pdf-test-'));
    docx = join(dir, 'ke hoạch.docx');
    await writeFile(docx, 'docx bytes');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the PDF beside the .docx and removes its temporary folders', async () => {
    const before = await leftovers();
    const env = { PATH: process.env.PATH, KEHOACH_SOFFICE: await fakeSoffice(dir, 'convert') };
    const pdf = await convertToPdf(docx, { env });
    expect(pdf).toBe(join(dir, 'ke hoạch.pdf'));
    expect(await readFile(pdf, 'utf8')).toBe('%PDF-fake');
    expect(await leftovers()).toEqual(before);
  });

  it('gives every run its own throw-away user profile, so parallel runs do not collide', async () => {
    const env = { PATH: process.env.PATH, KEHOACH_SOFFICE: await fakeSoffice(dir, 'convert') };
    await Promise.all([
      convertToPdf(docx, { env, output: join(dir, 'a.pdf') }),
      convertToPdf(docx, { env, output: join(dir, 'b.pdf') }),
    ]);
    const calls = (await readFile(join(dir, 'calls.log'), 'utf8')).trim().split('\n');
    const profiles = calls.map((c) => /-env:UserInstallation=(\S+)/.exec(c)?.[1]);
    expect(profiles).toHaveLength(2);
    expect(profiles[0]).toMatch(/^file:\/\/\/.*kehoach-pdf-/);
    expect(profiles[0]).not.toBe(profiles[1]);
    expect(calls[0]).toContain('--headless');
  });

  it('converts a batch in one run, even files of the same name from different folders', async () => {
    const other = join(dir, 'sub', 'ke hoạch.docx');
    await mkdir(join(dir, 'sub'));
    await writeFile(other, 'other');
    const env = { PATH: process.env.PATH, KEHOACH_SOFFICE: await fakeSoffice(dir, 'convert') };
    const pdfs = await convertAllToPdf([{ docx }, { docx: other }], { env });
    expect(pdfs).toEqual([join(dir, 'ke hoạch.pdf'), join(dir, 'sub', 'ke hoạch.pdf')]);
    expect((await readFile(join(dir, 'calls.log'), 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  it('stops soffice at the time limit with a Vietnamese message, writing no PDF', async () => {
    const env = { PATH: process.env.PATH, KEHOACH_SOFFICE: await fakeSoffice(dir, 'hang') };
    const before = await leftovers();
    const started = Date.now();
    const error = await convertToPdf(docx, { env, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as Error).message).toContain('LibreOffice chạy quá 1 giây mà chưa xong nên đã bị dừng');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await readdir(dir)).not.toContain('ke hoạch.pdf');
    expect(await leftovers()).toEqual(before);
  });

  it('says which file failed and what soffice printed when it makes no PDF', async () => {
    const env = { PATH: process.env.PATH, KEHOACH_SOFFICE: await fakeSoffice(dir, 'fail') };
    const error = await convertToPdf(docx, { env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as Error).message).toContain(docx);
    expect((error as Error).message).toContain('source file could not be loaded');
    expect((error as Error).message).toContain('Tệp .docx vẫn được giữ nguyên');
  });

  it('explains how to install LibreOffice when it is not there', async () => {
    const error = await convertToPdf(docx, { env: { PATH: join(dir, 'empty') } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as Error).message).toContain('chưa cài LibreOffice');
    expect((error as Error).message).toContain('apt-get install libreoffice-writer-nogui');
  });
});

describe.skipIf(process.platform === 'win32')('findSoffice', () => {
  it('finds soffice or libreoffice on PATH', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-pdf-test-'));
    try {
      const fake = await fakeSoffice(dir, 'convert');
      await rename(fake, join(dir, 'libreoffice'));
      expect(await findSoffice({ PATH: dir })).toBe(join(dir, 'libreoffice'));
      expect(await findSoffice({ PATH: dir, KEHOACH_SOFFICE: 'libreoffice' })).toBe(join(dir, 'libreoffice'));
      expect(await findSoffice({ PATH: join(dir, 'none') })).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
