import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPlanFile } from '../../src/build-plan.js';
import { checkPlanFile } from '../../src/check-plan-file.js';
import { paragraphs, readOoxml, type ParagraphView } from '../helpers/ooxml.js';

/** A State plan's fixed parts; a test adds the fields it is about. */
export const STATE_PLAN = `
profile: nha-nuoc
template: ke-hoach
issuer: { name: Ủy ban nhân dân phường Uông Bí, code: UBND }
number: 5
place: Uông Bí
date: 2026-02-05
subject: Triển khai công tác chuyển đổi số
recipients: [Các phòng, ban]
archive: VP
signature: { authority: TM. Ủy ban nhân dân, position: Chủ tịch, name: Nguyễn Văn A }
`;

const env = { SOURCE_DATE_EPOCH: '1754956800' };

const withTemp = async <T>(yaml: string, use: (path: string) => Promise<T>): Promise<T> => {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-outline-'));
  try {
    const path = join(dir, 'kh.yaml');
    await writeFile(path, yaml);
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** The built plan's paragraphs, as a reader sees them (text, format through the style chain). */
export const buildParagraphs = (yaml: string): Promise<ParagraphView[]> =>
  withTemp(yaml, async (path) =>
    paragraphs(readOoxml((await renderPlanFile(path, { env })).bytes).xml('word/document.xml')),
  );

/** The built plan's parts, parsed. */
export const buildOoxml = (yaml: string) =>
  withTemp(yaml, async (path) => readOoxml((await renderPlanFile(path, { env })).bytes));

/** What `kehoach validate` says of the plan. */
export const checkPlan = (yaml: string) => withTemp(yaml, (path) => checkPlanFile(path));
