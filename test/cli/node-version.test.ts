import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-paths.js';
import { runProgram } from '../dist/dist-tools.js';

const { nodeVersionProblem, NEEDED } = createRequire(import.meta.url)('../../bin/node-version.cjs') as {
  nodeVersionProblem: (version: string) => string | undefined;
  NEEDED: string;
};

describe('the Node version check in bin/kehoach.js', () => {
  it('takes the needed version from package.json "engines"', () => {
    expect(NEEDED).toBe('20.19');
  });

  it.each(['20.19.0', '20.20.2', '22.1.0', '24.0.0'])('lets Node %s through', (version) => {
    expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it.each(['18.20.8', '20.18.3', '16.0.0'])('stops Node %s with one Vietnamese line', (version) => {
    expect(nodeVersionProblem(version)).toBe(
      `kehoach cần Node.js 20.19 trở lên, máy này đang có Node.js ${version}. Hãy cài bản LTS mới tại https://nodejs.org/vi/download (hoặc dùng tệp kehoach.exe, không cần Node.js).`,
    );
  });

  it('runs before anything else loads: with process.versions stubbed to Node 18, exit 2 and nothing built', async () => {
    const stub =
      'data:text/javascript,Object.defineProperty(process,"versions",{value:{...process.versions,node:"18.20.8"}})';
    const r = await runProgram(process.execPath, [
      '--import',
      stub,
      join(PACKAGE_ROOT, 'bin', 'kehoach.js'),
      'build',
      'nothing.yaml',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${nodeVersionProblem('18.20.8')}\n`);
  });
});
