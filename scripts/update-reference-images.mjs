#!/usr/bin/env node
// `npm run test:update-images`: regenerates test/render/reference-images/ after an intended layout
// change, by running the image test in update mode (it refuses when two renderings differ).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', 'test/render/reference-images.test.ts'], {
  stdio: 'inherit',
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  env: { ...process.env, KEHOACH_UPDATE_IMAGES: '1' },
});
process.exitCode = result.status ?? 1;
