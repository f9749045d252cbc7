/**
 * The `kehoach text` lines of a document made comparable with another's:
 * - split at tabs, a header or brace typed with tabs putting two columns on one line, except
 *   the tab a clerk types after a dash or a plus instead of a space;
 * - a bullet `•` read as a dash: the profile prints the plan's dash (format-spec §4);
 * - a brace `}` left out: it is drawn, not read (a column of its own, or typed on each line);
 * - the punctuation of a number label read as the number (`II -`, `II.` and `II-` are `II`,
 *   `2.1 -` is `2.1`): the profile decides it (format-spec §4), not the clerk;
 * - the national heading and the motto read as the format spells them (`CỘNG HOÀ` with the old
 *   accent place, `Độc lập – Tự do – Hạnh phúc` with Word's en dashes): the profile prints their
 *   fixed words (format-spec §2).
 */
export const comparableLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.replace(/^•/u, '-').replace(/^([-+–—])\t+/u, '$1 '))
    .flatMap((line) => line.split('\t'))
    .map((l) =>
      l
        .replace(/\s+/g, ' ')
        .replace(/^\}\s*/u, '')
        .replace(/^([IVXL]+|\d+(?:\.\d+)*)\s*[-.)]?\s*[-.)]?\s+/u, '$1 ')
        .replace(/^CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
        .replace(/^Độc lập ?[-–—] ?Tự do ?[-–—] ?Hạnh phúc$/u, 'Độc lập - Tự do - Hạnh phúc')
        .trim(),
    )
    .filter((l) => l !== '');

/** The national heading and the motto as the format prints them: one line each (format-spec §2). */
const FIXED_LINES = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/**
 * Comparable lines (above) with a national heading or motto a clerk wrapped onto two lines
 * ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM") read as the one line the profile prints.
 */
export const joinWrappedHeadings = (lines: readonly string[]): string[] => {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    const joined = last === undefined ? undefined : comparableLines(`${last} ${line}`)[0];
    if (last !== undefined && !FIXED_LINES.includes(last) && FIXED_LINES.includes(joined ?? ''))
      out[out.length - 1] = joined ?? line;
    else out.push(line);
  }
  return out;
};

export interface LineMatch {
  readonly ratio: number;
  readonly missing: readonly string[];
  readonly added: readonly string[];
}

export const matchLines = (source: readonly string[], built: readonly string[]): LineMatch => {
  const n = source.length;
  const m = built.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] =
        source[i] === built[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const missing: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (source[i] === built[j]) [i, j] = [i + 1, j + 1];
    else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) missing.push(source[i++] ?? '');
    else added.push(built[j++] ?? '');
  }
  missing.push(...source.slice(i));
  added.push(...built.slice(j));
  return { ratio: n === 0 ? 1 : (table[0]?.[0] ?? 0) / n, missing, added };
};
