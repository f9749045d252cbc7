import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPlanFile } from '../../src/build-plan.js';
import { layOutDocument } from '../../src/layout/build-document.js';
import { shellKey } from '../../src/write/docx-writer.js';
import type { PrebuiltShell } from '../../src/write/prebuilt-shells.js';
import { REPO } from '../batch/batch-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-prebuilt-'));
/** A Party plan dated after 27/5/2026: `profile: dang` lays it out on the 2026 rule set. */
const dated2026 = join(dir, 'dang-2026-plan.yaml');
writeFileSync(
  dated2026,
  readFileSync(join(REPO, 'examples', 'ke-hoach-chung-dang.yaml'), 'utf8').replace(/^date: .*$/m, 'date: 2026-06-15'),
);
/** The same plan with its task table in an appendix, on upright and on turned pages. */
const inAppendix = (landscape: boolean): string => {
  const path = join(dir, `appendix-${landscape ? 'landscape' : 'portrait'}.yaml`);
  const text = readFileSync(join(REPO, 'examples', 'ke-hoach-chung-dang.yaml'), 'utf8');
  const appendix = `taskTable:\n  appendix: true\n${landscape ? 'landscape: true\n' : ''}`;
  writeFileSync(path, text.replace(/^taskTable:.*\n.*\n/m, appendix));
  return path;
};
const PLANS = [
  ...readdirSync(join(REPO, 'examples'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(REPO, 'examples', name)),
  join(REPO, 'starter', 'ke-hoach.yaml'),
  dated2026,
  inAppendix(false),
  inAppendix(true),
];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The table the bundle gets (scripts/prebuild-shells.mjs), as a module. */
const prebuiltTable = async (): Promise<ReadonlyMap<string, PrebuiltShell>> => {
  const { prebuiltShellsModule } = (await import(pathToFileURL(join(REPO, 'scripts/prebuild-shells.mjs')).href)) as {
    prebuiltShellsModule: () => Promise<string>;
  };
  const url = `data:text/javascript;base64,${Buffer.from(await prebuiltShellsModule()).toString('base64')}`;
  return ((await import(url)) as { PREBUILT_SHELLS: ReadonlyMap<string, PrebuiltShell> }).PREBUILT_SHELLS;
};

describe('shells built ahead of time for the bundle (src/write/prebuilt-shells.ts)', () => {
  it('cover the layout of every example, of the starter plan, of a Party plan on the 2026 rules and of a plan with an appendix', async () => {
    const table = await prebuiltTable();
    for (const plan of PLANS) {
      const { plan: value, blocks, profile } = await renderPlanFile(plan, { env: {} });
      expect(table.has(shellKey(layOutDocument({ plan: value, blocks, profile }))), basename(plan)).toBe(true);
    }
  });

  it('give the bundled command the bytes that a shell built on first use gives', async () => {
    for (const plan of PLANS) {
      const out = join(dir, `${basename(plan, '.yaml')}.docx`);
      execFileSync(process.execPath, [join(REPO, 'bin/kehoach.js'), 'build', plan, '-o', out], {
        env: { ...process.env, SOURCE_DATE_EPOCH: '' },
      });
      // From the sources the table is empty: docx builds the shell.
      const { bytes } = await renderPlanFile(plan, { env: {} });
      expect(readFileSync(out).equals(Buffer.from(bytes)), basename(plan)).toBe(true);
    }
  });
});
