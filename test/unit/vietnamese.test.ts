import { describe, expect, it } from 'vitest';
import {
  dateInWords,
  documentNumber,
  latinLetter,
  letter,
  ordinal,
  roman,
  shortDate,
  upperVi,
} from '../../src/base/vietnamese.js';
import { parseIsoDate } from '../../src/validate/iso-date.js';

const date = (iso: string) => {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`bad date ${iso}`);
  return d;
};

describe('format-spec §2 number and date rules', () => {
  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2025-08-12', 'ngày 12 tháng 8 năm 2025'],
    ['2025-01-31', 'ngày 31 tháng 01 năm 2025'],
    ['2025-03-09', 'ngày 09 tháng 3 năm 2025'],
    ['2025-12-20', 'ngày 20 tháng 12 năm 2025'],
  ])('%s is written %s', (iso, words) => expect(dateInWords(date(iso))).toBe(words));

  it('writes cited dates short, with the same padding', () => {
    expect(shortDate(date('2025-08-05'))).toBe('05/8/2025');
    expect(shortDate(date('2013-11-04'))).toBe('04/11/2013');
    expect(shortDate(date('2025-02-02'))).toBe('02/02/2025');
  });

  it('pads document numbers below 10', () => {
    expect([5, 9, 10, 45, 123].map(documentNumber)).toEqual(['05', '09', '10', '45', '123']);
  });

  it('rejects dates that are not on the calendar', () => {
    expect(parseIsoDate('2025-02-30')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toBeDefined();
    expect(parseIsoDate('2025-2-3')).toBeUndefined();
  });
});

describe('Vietnamese text helpers', () => {
  it('upper-cases every Vietnamese letter, decomposed input included', () => {
    expect(upperVi('Đảng ủy phường Uông Bí')).toBe('ĐẢNG ỦY PHƯỜNG UÔNG BÍ');
    expect(upperVi('tổ chức thực hiện')).toBe('TỔ CHỨC THỰC HIỆN');
    expect(upperVi('ư ơ ă â ê ô đ ỹ ự'.normalize('NFD'))).toBe('Ư Ơ Ă Â Ê Ô Đ Ỹ Ự');
  });

  it('counts in Roman numerals and letters', () => {
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect([1, 2, 26, 27].map(latinLetter)).toEqual(['a', 'b', 'z', 'aa']);
  });

  it('counts parts in words after "thứ": nhất, hai, ..., tư, ..., mười, then the number', () => {
    expect([1, 2, 4, 10, 11].map(ordinal)).toEqual(['nhất', 'hai', 'tư', 'mười', '11']);
  });

  it('letters points in the Vietnamese alphabet: đ after d, no f, j, w, z (NĐ 30/2020, Phụ lục I, II.8.b)', () => {
    expect([4, 5, 6, 7, 10, 23, 24].map(letter)).toEqual(['d', 'đ', 'e', 'g', 'k', 'y', 'aa']);
  });
});
