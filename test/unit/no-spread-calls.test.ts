import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../batch/batch-fixture.js';

// Issue 20: spreading an array into a call passes each element as an argument on the stack;
// an imported document of 260,000 paragraphs overflowed it (exit 70). Loops or reduce instead.
const SPREAD_CALL = /\b(?:push|unshift|Math\.max|Math\.min|String\.fromCharCode|concat)\(\s*\.\.\./;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

it('no source spreads an array into a call', () => {
  const found = sources(join(REPO, 'src')).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (SPREAD_CALL.test(line) ? [`${relative(REPO, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
  expect(found).toEqual([]);
});
