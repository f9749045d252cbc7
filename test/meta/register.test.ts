import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../helpers/build-example.js';
import { runCli } from '../helpers/run-cli.js';

const hasSoffice = (): boolean => {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** RFC 4180 fields: quoted fields may hold commas, quotes (doubled) and line breaks. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c !== '\r') {
      row.push(field);
      field = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
};

interface Generated {
  readonly file: string;
  readonly state: boolean;
  readonly number: number;
  readonly date: string;
  readonly subject: string;
}

/** 50 plans, Party and State, numbered and dated out of order, some on the same day. */
const generate = (): Generated[] =>
  Array.from({ length: 50 }, (_, i) => {
    const state = i % 3 === 0;
    // After the guidance the Party example follows (05/8/2025), so that no plan is warned about.
    const day = 6 + ((i * 7) % 22);
    const month = 8 + ((i * 3) % 5);
    return {
      file: `${state ? 'ubnd' : 'dang'}-${String(i).padStart(2, '0')}.yaml`,
      state,
      number: 100 - ((i * 13) % 97),
      date: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      subject: `triển khai việc số ${i}, "đợt ${i % 4}" và các nội dung liên quan`,
    };
  });

describe.skipIf(process.platform === 'win32' || !hasSoffice())('the register of a batch --meta', () => {
  it('opens in LibreOffice Calc with one row per plan, by date and number, as the plans say', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kehoach-register-'));
    await mkdir(join(dir, 'plans'));
    const party = await readFile(join(EXAMPLES, 'ke-hoach-hoi-nghi-12.yaml'), 'utf8');
    const state = await readFile(join(EXAMPLES, 'ke-hoach-ubnd-phuong.yaml'), 'utf8');
    const plans = generate();
    for (const p of plans) {
      const text = (p.state ? state : party)
        .replace(/^number: \d+/m, `number: ${p.number}`)
        .replace(/^date: [\d-]+/m, `date: ${p.date}`)
        .replace(/^subject: .*$/m, `subject: '${p.subject}'`);
      await writeFile(join(dir, 'plans', p.file), text);
    }
    const run = await runCli(['build', 'plans', '--out-dir', 'out', '--meta'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const xlsx = join(dir, 'out', 'so-dang-ky-van-ban-di.xlsx');
    const first = await readFile(xlsx);

    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'lo')).href}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const [header, ...rows] = parseCsv(await readFile(join(dir, 'so-dang-ky-van-ban-di.csv'), 'utf8'));
    expect(header).toEqual([
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung văn bản',
      'Người ký',
      'Nơi nhận văn bản',
      'Đơn vị, người nhận bản lưu',
      'Số lượng bản',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ]);
    const expected = [...plans]
      .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number)
      .map((p) => {
        const nn = String(p.number).padStart(2, '0');
        const [y, m, d] = p.date.split('-');
        const data = JSON.parse(readFileSync(join(dir, 'out', p.file.replace(/\.yaml$/, '.json')), 'utf8')) as {
          To: string;
        };
        return [
          p.state ? `${nn}/KH-UBND` : `${nn}-KH/ĐU`,
          `${d}/${m}/${y}`,
          `Kế hoạch ${p.subject}`,
          p.state ? 'Chủ tịch Nguyễn Văn Hùng' : 'Phó Bí thư Đào Ngọc Sơn',
          data.To,
          p.state ? 'VHXH' : 'VPĐU',
          '',
          '',
          '',
          '',
        ];
      });
    expect(rows).toEqual(expected);

    // Same plans, same bytes: a rebuild writes the register again, identical.
    expect((await runCli(['build', 'plans', '--out-dir', 'out', '--meta', '--force'], dir)).code).toBe(0);
    expect(Buffer.compare(await readFile(xlsx), first)).toBe(0);
  }, 240_000);
});
