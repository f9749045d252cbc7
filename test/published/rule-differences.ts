/** A published line the format rules print otherwise, and the rule that says so. */
export interface RuleDifference {
  readonly published: string;
  readonly printed: string;
  readonly rule: string;
}

/**
 * Lines where the office departed from the format rules the profile applies: kehoach prints the
 * rule's form, so the test expects that form instead, and says why here. Nothing else is forgiven.
 */
export const RULE_DIFFERENCES: Readonly<Record<string, readonly RuleDifference[]>> = {
  'soc-trang-ho-ngheo-2022': [
    {
      published: 'Sóc Trăng, ngày 27 tháng 09 năm 2022',
      printed: 'Sóc Trăng, ngày 27 tháng 9 năm 2022',
      rule: 'NĐ 30/2020 Phụ lục I, format-spec §2: a zero only before days under 10 and months 1 and 2',
    },
  ],
  'dan-luc-bau-cu-2021': [
    {
      published: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      printed: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      rule: "the national title is the profile's fixed text (NĐ 30/2020 Phụ lục I, format-spec §2)",
    },
  ],
};

/** The source lines as the format rules print them (each listed difference must be in the source). */
export const asPrinted = (slug: string, lines: readonly string[]): string[] => {
  const differences = RULE_DIFFERENCES[slug] ?? [];
  for (const d of differences)
    if (!lines.includes(d.published)) throw new Error(`${slug}: "${d.published}" is not in source.txt`);
  return lines.map((line) => differences.find((d) => d.published === line)?.printed ?? line);
};
