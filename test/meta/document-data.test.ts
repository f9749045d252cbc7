import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../helpers/build-example.js';
import { paragraphs, readOoxml, collapse } from '../helpers/ooxml.js';
import { runCli } from '../helpers/run-cli.js';

interface RawPlan {
  type?: string;
  number: number;
  date: string;
  issuer: { name: string };
  subject: string | string[];
  signature: { position: string; name: string };
  recipients: (string | { name?: string; group?: string[]; note?: string })[];
}

const names = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.yaml')).sort();

describe('kehoach build --meta', () => {
  it.each(names)('writes the data of %s beside it, field by field from the plan', async (name) => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-meta-'));
    await copyFile(join(EXAMPLES, name), join(dir, name));
    const result = await runCli(['build', name, '--meta'], dir);
    expect(result.code).toBe(0);
    const base = name.replace(/\.yaml$/, '');
    expect(result.stdout).toContain(`Đã tạo ${base}.json\n`);
    const raw = parse(await readFile(join(dir, name), 'utf8')) as RawPlan;
    const json = await readFile(join(dir, `${base}.json`), 'utf8');
    const data = JSON.parse(json) as Record<string, unknown>;
    // Phụ lục VI order, as written.
    expect(Object.keys(data)).toEqual([
      'TypeName',
      'CodeNumber',
      'CodeNotation',
      'IssuedDate',
      'OrganName',
      'Subject',
      'Language',
      'PageAmount',
      'Position',
      'FullName',
      'To',
      'Priority',
      'IssuedAmount',
    ]);
    const [year, month, day] = raw.date.split('-');
    expect(data['TypeName']).toBe(raw.type ?? 'Kế hoạch');
    expect(data['CodeNumber']).toBe(String(raw.number).padStart(2, '0'));
    expect(data['IssuedDate']).toBe(`${day}/${month}/${year}`);
    expect(data['OrganName']).toBe(raw.issuer.name);
    expect(data['Subject']).toBe([raw.subject].flat().join(' '));
    expect(data['Language']).toBe('Tiếng Việt');
    expect(data['PageAmount']).toBeNull();
    expect(data['Position']).toBe(raw.signature.position);
    expect(data['FullName']).toBe(raw.signature.name);
    const to = String(data['To']);
    for (const r of raw.recipients) {
      for (const n of typeof r === 'string' ? [r] : (r.group ?? [r.name ?? ''])) expect(to).toContain(n);
      if (typeof r !== 'string' && r.note !== undefined) expect(to).toContain(`(${r.note})`);
    }
    expect(data['Priority']).toBeNull();
    expect(data['IssuedAmount']).toBeNull();
    // The number and notation are the document's own "Số" line, split at the number.
    const doc = readOoxml(await readFile(join(dir, `${base}.docx`))).xml('word/document.xml');
    const numberLine = paragraphs(doc)
      .map((p) => collapse(p.text))
      .find((t) => t.startsWith('Số'));
    expect(numberLine).toMatch(new RegExp(`^Số:? ${data['CodeNumber']}[-/]${String(data['CodeNotation'])}$`));
  });
});
