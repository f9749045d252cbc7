import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildParagraphs, checkPlan, STATE_PLAN } from './build-plan-text.js';

const TEMPLATE = fileURLToPath(new URL('../fixtures/object-template', import.meta.url));
const PLAN = `${STATE_PLAN.replace('template: ke-hoach', `template: ${TEMPLATE}`)}purposes: [Nâng cao nhận thức.]\n`;

describe('a template that prints a group of fields (issue 17)', () => {
  it('is an error at the template line, not "[object Object]" in the file', async () => {
    const problems = await checkPlan(PLAN);
    expect(problems.map((p) => [p.code, p.file.endsWith('template.hbs'), p.position?.line])).toEqual([
      ['TEMPLATE_PRINTS_OBJECT', true, 4],
    ]);
    expect(problems[0]?.message).toContain('{{#each}}');
  });

  it('still prints a one-line list as its line ("@para {{opening.text}}" in an older template)', async () => {
    const older = fileURLToPath(new URL('../fixtures/custom-template', import.meta.url));
    const shown = await buildParagraphs(
      `${STATE_PLAN.replace('template: ke-hoach', `template: ${older}`)}opening: Mở đầu một đoạn.\npurposes: [Nâng cao nhận thức.]\n`,
    );
    expect(shown.map((p) => p.text)).toContain('Mở đầu một đoạn.');
  });
});
