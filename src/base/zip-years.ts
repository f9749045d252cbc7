/** The years an MS-DOS date (a zip entry's time, so a .docx's) holds: 7 bits from 1980 (APPNOTE.TXT 4.4.6). */
export const ZIP_YEARS = { first: 1980, last: 2107 } as const;

export const isZipYear = (year: number): boolean => year >= ZIP_YEARS.first && year <= ZIP_YEARS.last;
