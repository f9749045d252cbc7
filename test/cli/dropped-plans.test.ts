import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { droppedPlans, shouldPause, dropReport } = createRequire(import.meta.url)('../../bin/dropped-plans.cjs') as {
  droppedPlans: (argv: string[]) => string[] | undefined;
  shouldPause: (
    argv: string[],
    context: { env: Record<string, string>; platform: string; stdinIsTTY: boolean },
  ) => boolean;
  dropReport: (built: number, failed: number) => string;
};

const explorer = { env: {}, platform: 'win32', stdinIsTTY: true };

describe('the single executable without a command line (bin/dropped-plans.cjs)', () => {
  it('takes arguments that are only .yaml files as dropped plans', () => {
    expect(droppedPlans(['C:\\Users\\An\\ke-hoach.yaml', 'D:\\kh 45.YML'])).toEqual([
      'C:\\Users\\An\\ke-hoach.yaml',
      'D:\\kh 45.YML',
    ]);
    expect(droppedPlans(['build', 'ke-hoach.yaml'])).toBeUndefined();
    expect(droppedPlans(['ke-hoach.yaml', '--pdf'])).toBeUndefined();
    expect(droppedPlans([])).toBeUndefined();
  });

  it('pauses for a drag and drop or a double click on Windows, never in cmd.exe, a pipe or another system', () => {
    expect(shouldPause(['C:\\ke-hoach.yaml'], explorer)).toBe(true);
    expect(shouldPause([], explorer)).toBe(true);
    expect(shouldPause(['build', 'ke-hoach.yaml'], explorer)).toBe(false);
    expect(shouldPause(['ke-hoach.yaml'], { ...explorer, env: { PROMPT: '$P$G' } })).toBe(false);
    expect(shouldPause(['ke-hoach.yaml'], { ...explorer, stdinIsTTY: false })).toBe(false);
    expect(shouldPause(['ke-hoach.yaml'], { ...explorer, platform: 'linux' })).toBe(false);
    expect(shouldPause(['build', 'x.yaml'], { ...explorer, platform: 'linux', env: { KEHOACH_PAUSE: '1' } })).toBe(
      true,
    );
    expect(shouldPause([], { ...explorer, env: { KEHOACH_PAUSE: '0' } })).toBe(false);
  });

  it('reports in one short Vietnamese line', () => {
    expect(dropReport(1, 0)).toBe('');
    expect(dropReport(3, 0)).toBe('Xong: đã tạo 3 văn bản .docx.');
    expect(dropReport(1, 1)).toBe(
      'Xong: đã tạo 1 văn bản, 1 tệp có lỗi (xem thông báo ở trên, sửa tệp .yaml rồi kéo thả lại).',
    );
  });
});
