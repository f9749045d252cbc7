import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanFile, type PlanDocument } from '../../src/build-plan.js';
import { convertAllToPdf } from '../../src/pdf/convert-to-pdf.js';
import { pdfPageCount } from '../../src/pdf/pdf-pages.js';
import { withSubject } from '../../src/pdf/pdf-subject.js';
import { EXAMPLES } from '../helpers/build-example.js';

const has = (tool: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const TOOLS = process.platform !== 'win32' && ['soffice', 'pdfinfo', 'pdffonts'].every(has);
const run = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });

describe('the copy of a .docx handed to LibreOffice', () => {
  it('gets the plan subject (trích yếu) as dc:subject, beside the title and author it has', async () => {
    const plan = join(EXAMPLES, 'ke-hoach-ubnd-phuong.yaml');
    const { bytes, plan: data } = await renderPlanFile(plan);
    const core = (docx: Uint8Array) => strFromU8(unzipSync(docx)['docProps/core.xml'] ?? new Uint8Array());
    expect(core(bytes)).not.toContain('dc:subject');
    expect(core(withSubject(bytes))).toContain(`<dc:subject>${data.subject.join(' ')}</dc:subject>`);
  });

  it('is the file itself when it is not a .docx kehoach wrote', () => {
    const junk = new TextEncoder().encode('not a zip');
    expect(withSubject(junk)).toBe(junk);
  });
});

describe.skipIf(!TOOLS)('kehoach build --pdf with LibreOffice', () => {
  const built: { name: string; doc: PlanDocument; pdf: string }[] = [];
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-pdfa-'));
    const names = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.yaml')).sort();
    for (const name of names) {
      const doc = await renderPlanFile(join(EXAMPLES, name));
      const docx = join(dir, name.replace(/\.yaml$/, '.docx'));
      await writeFile(docx, doc.bytes);
      built.push({ name, doc, pdf: docx.replace(/\.docx$/, '.pdf') });
    }
    await convertAllToPdf(built.map(({ pdf }) => ({ docx: pdf.replace(/\.pdf$/, '.docx') })));
  }, 240_000);

  it('declares PDF/A-2b in the XMP metadata of each example', () => {
    expect(built).toHaveLength(3);
    for (const { pdf } of built) {
      const xmp = run('pdfinfo', ['-meta', pdf]);
      expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    }
  });

  it('embeds every font it uses', () => {
    for (const { pdf } of built) {
      const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      // Columns: name type encoding emb sub uni object ID; a type may hold a space ("Type 1").
      for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
    }
  });

  it('counts its pages as pdfinfo does, for the PageAmount of --meta', async () => {
    for (const { pdf } of built) {
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [pdf]))?.[1]);
      expect(pages).toBeGreaterThan(0);
      expect(pdfPageCount(await readFile(pdf))).toBe(pages);
    }
  });

  it('carries the plan title, subject and issuer as title, subject and author', () => {
    for (const { pdf, doc } of built) {
      const info = run('pdfinfo', [pdf]);
      const value = (key: string) => new RegExp(`^${key}:\\s+(.*)$`, 'm').exec(info)?.[1];
      const subject = doc.plan.subject.join(' ');
      expect(value('Title')).toBe(`${doc.plan.type} ${subject}`);
      expect(value('Subject')).toBe(subject);
      expect(value('Author')).toBe(doc.plan.issuer.name);
    }
  });
});
