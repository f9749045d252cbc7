import { describe, expect, it } from 'vitest';
import { loadProfile, profilePath } from '../../src/validate/profile/load-profile.js';
import { numberBlocks } from '../../src/layout/number-blocks.js';
import { LEVEL_OF, type BlockKind } from '../../src/render/block.js';

const blocks = (kinds: BlockKind[]) => kinds.map((kind) => ({ kind, level: LEVEL_OF[kind], runs: [{ text: 'x' }] }));

describe('numbering computed from structure (format-spec §4)', () => {
  it('numbers sections I-, items 1. restarting per section, groups 2.1., letters a)', async () => {
    const { profile } = await loadProfile(profilePath('dang', '.'));
    const labels = numberBlocks(
      blocks([
        'para',
        'heading',
        'item',
        'item',
        'group',
        'dash',
        'plus',
        'group',
        'letter',
        'letter',
        'heading',
        'title',
        'dash',
        'para',
        'item',
      ]),
      profile,
    ).map((b) => b.label);
    expect(labels).toEqual([
      '',
      'I- ',
      '1. ',
      '2. ',
      '2.1. ',
      '- ',
      '+ ',
      '2.2. ',
      'a) ',
      'b) ',
      'II- ',
      '1. ',
      '- ',
      '',
      '2. ',
    ]);
  });
});
