/**
 * A profile pattern with its `{name}` placeholders filled: `Số {number}-{type}/{code}`,
 * `{roman}- `, `Lưu {archive}`. An unknown name stays as written, so a typo shows in the output.
 */
export const fillPattern = (pattern: string, values: Readonly<Record<string, string>>): string =>
  pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
