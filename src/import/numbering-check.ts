import { letter, roman } from '../base/vietnamese.js';
import type { BodyEntry } from './body-entries.js';

/**
 * The number each labelled paragraph gets when built (src/layout/number-blocks.ts: numbers
 * restart in each section, item and group), compared with the number typed or shown in the
 * document; the entries whose number changes, to be checked (a cross-reference "mục 2.1" may
 * then point elsewhere).
 */
export const renumbered = (
  sections: readonly (readonly BodyEntry[])[],
  /** Whether each section opens a part ("Phần I"): headings restart at I there. */
  opensPart: readonly boolean[] = [],
): { entry: BodyEntry; built: string }[] => {
  const count = { heading: 0, n: 0, group: 0, letter: 0 };
  const out: { entry: BodyEntry; built: string }[] = [];
  for (const [i, entries] of sections.entries()) {
    if (opensPart[i] === true) count.heading = 0;
    for (const entry of entries) {
      let built: string | undefined;
      if (entry.kind === 'heading') {
        Object.assign(count, { heading: count.heading + 1, n: 0, group: 0, letter: 0 });
        built = roman(count.heading);
      } else if (entry.kind === 'item' || entry.kind === 'title') {
        Object.assign(count, { n: count.n + 1, group: 0, letter: 0 });
        built = String(count.n);
      } else if (entry.kind === 'group') {
        Object.assign(count, { group: count.group + 1, letter: 0 });
        built = `${count.n}.${count.group}`;
      } else if (entry.kind === 'letter') {
        count.letter += 1;
        built = letter(count.letter);
      }
      if (built !== undefined && entry.number !== undefined && entry.number !== built) out.push({ entry, built });
    }
  }
  return out;
};
