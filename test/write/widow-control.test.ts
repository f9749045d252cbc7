import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildXml, EXAMPLES } from '../helpers/build-example.js';
import { paragraphs } from '../helpers/ooxml.js';
import { partText, validatePart } from '../helpers/ooxml-schema.js';
import { STATE_PLAN } from '../outline/build-plan-text.js';

const env = { SOURCE_DATE_EPOCH: '1754956800' };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-widow-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Long enough to run over several lines, so a page break could leave one of them alone. */
const LONG = 'Các cơ quan, đơn vị triển khai thực hiện nghiêm túc, đúng tiến độ và báo cáo kết quả. '.repeat(4).trim();

describe('widow and orphan control (issue 17)', () => {
  it.each(['ke-hoach-chung-dang.yaml', 'ke-hoach-ubnd-phuong.yaml'])(
    '%s: every paragraph (body, header, signature, table cells) keeps two lines on a page',
    async (name) => {
      const shown = paragraphs((await buildXml(join(EXAMPLES, name), { env })).doc);
      expect(shown.length).toBeGreaterThan(20);
      expect(shown.filter((p) => !p.widowControl).map((p) => p.text)).toEqual([]);
    },
  );

  it('sits where CT_PPrBase orders it: styles.xml validates, and would not with it after w:spacing', async () => {
    const { bytes } = await buildXml(join(EXAMPLES, 'ke-hoach-hoi-nghi-12.yaml'), { env });
    const styles = partText(bytes, 'word/styles.xml');
    const moved = styles.replace(
      /<w:pPrDefault><w:pPr><w:widowControl\/>(<w:spacing [^>]*\/>)/,
      '<w:pPrDefault><w:pPr>$1<w:widowControl/>',
    );
    expect(moved).not.toBe(styles);
    expect(validatePart('word/styles.xml', styles)).toEqual([]);
    expect(validatePart('word/styles.xml', moved).join('\n')).toMatch(
      /Element 'w:widowControl': This element is not expected/,
    );
  });

  it('is the profile’s choice: an office profile can turn it off', async () => {
    await writeFile(
      join(dir, 'van-phong.yaml'),
      'extends: nha-nuoc\nname: van-phong\ndescription: Không kiểm soát dòng mồ côi\npage:\n  widowControl: false\n',
    );
    const plan = STATE_PLAN.replace('profile: nha-nuoc', 'profile: ./van-phong.yaml');
    await writeFile(join(dir, 'kh.yaml'), `${plan}content:\n  - item: Phân công\n    body:\n      - letter: ${LONG}\n`);
    const shown = paragraphs((await buildXml(join(dir, 'kh.yaml'), { env })).doc);
    const letter = shown.find((p) => p.text.startsWith('a) Các cơ quan'));
    expect(letter).toBeDefined();
    expect(letter?.widowControl).toBe(false);
  });
});
