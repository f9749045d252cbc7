import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIX_QUESTION } from '../../src/cli/dropped-files.js';
import { guide, SAMPLE_PLAN, samplePlan } from '../../scripts/dist/zip-texts.mjs';
import { runCli } from '../helpers/run-cli.js';

// HUONG-DAN.txt, the zip's guide, checked from its source without building the executables.
const WINDOWS = guide({ exe: 'kehoach.exe', platform: 'win32' }, '0.0.0');
const RUN = '.\\kehoach.exe';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-guide-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('HUONG-DAN.txt', () => {
  it('names the sample plan the zip ships, never a ke-hoach.yaml the zip lacks', () => {
    expect(SAMPLE_PLAN).toBe('ke-hoach-mau.yaml');
    expect(WINDOWS).toContain(`Mở tệp ${SAMPLE_PLAN} bằng Notepad`);
    expect(WINDOWS).not.toMatch(/(?<![\w-])ke-hoach\.yaml(?!\.txt)/);
  });

  it('its command lines run as written, in order, in a folder holding what the zip holds', async () => {
    await writeFile(join(dir, SAMPLE_PLAN), samplePlan({ exe: 'kehoach.exe' }));
    const lines = WINDOWS.split('\r\n')
      .filter((line) => line.startsWith(`   ${RUN} `) && !line.includes('<'))
      .map((line) => (line.slice(RUN.length + 4).split(/ {2,}/)[0] ?? '').trim());
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const line of lines) {
      const r = await runCli(line.split(' '), dir, { invocation: { program: RUN, fullPaths: true } });
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
    }
  });

  it('the sample plan it ships tells a clerk to drop it on the executable, not to type kehoach commands', () => {
    const plan = samplePlan({ exe: 'kehoach.exe' });
    expect(plan.split('\n')[0]).toBe(
      '# Tệp kế hoạch mẫu. Sửa nội dung, lưu lại, rồi kéo thả tệp này vào kehoach.exe để tạo văn bản .docx',
    );
    expect(plan).not.toMatch(/kehoach (init|build|validate)/);
    expect(plan).not.toContain('yaml-language-server');
  });

  it('says what the drag-and-drop window asks, and how --fix is run', () => {
    expect(WINDOWS).toContain(`"${FIX_QUESTION}"`);
    expect(WINDOWS).toContain(`${RUN} validate --fix ${SAMPLE_PLAN}`);
    expect(WINDOWS).toContain('.bak');
  });

  it('covers the five commonest mistakes', () => {
    for (const mistake of [
      '(1) Thiếu dấu cách sau dấu hai chấm',
      '(2) Thụt lề bằng phím Tab',
      '(3) Ngày viết 12/08/2025',
    ]) {
      expect(WINDOWS).toContain(mistake);
    }
    expect(WINDOWS).toContain('(4) Số thứ tự');
    expect(WINDOWS).toContain('(5) Tệp lưu sai');
  });

  it('gets a clerk past SmartScreen for the unsigned executable', () => {
    expect(WINDOWS).toContain('"More info" ("Thông tin thêm")');
    expect(WINDOWS).toContain('"Run anyway"');
  });

  it('in Windows line ends with a byte order mark, and no placeholder left', () => {
    expect(WINDOWS.startsWith('\uFEFF')).toBe(true);
    expect(WINDOWS.replaceAll('\r\n', '')).not.toContain('\n');
    expect(WINDOWS).not.toContain('{{');
  });
});
