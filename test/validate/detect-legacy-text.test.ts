import { describe, expect, it } from 'vitest';
import { detectTextFix } from '../../src/base/encoding/detect-legacy-text.js';
import { isVietnameseSyllable } from '../../src/base/encoding/vietnamese-syllable.js';

describe('detectTextFix', () => {
  it.each([
    ['Hµ Néi', 'tcvn3', 'Hà Nội'],
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['§¶ng uû ph\u00adêng U«ng BÝ', 'tcvn3', 'Đảng uỷ phường Uông Bí'],
    ['Tuyªn truyÒn kÕt qu¶ Héi nghÞ', 'tcvn3', 'Tuyên truyền kết quả Hội nghị'],
    ['Haø Noäi', 'vni', 'Hà Nội'],
    ['Ñaûng uûy phöôøng Uoâng Bí', 'vni', 'Đảng ủy phường Uông Bí'],
    ['Ban Thöôøng vuï', 'vni', 'Ban Thường vụ'],
    ['caùc', 'vni', 'các'],
    ['Ha\u0300 No\u0302\u0323i', 'nfd', 'Hà Nội'],
  ])('%s is %s for %s', (text, kind, fixed) => {
    expect(detectTextFix(text)).toEqual({ kind, fixed });
  });

  it.each([
    'Hà Nội',
    'Trà Vinh',
    'Tây Ninh',
    '30°C',
    'José',
    'Café',
    'Mác-Lênin',
    '«Hà Nội»',
    'VNeID',
    'T/M Ban Thường vụ',
    '',
  ])('leaves proper text alone: %s', (text) => {
    expect(detectTextFix(text)).toBeUndefined();
  });
});

describe('isVietnameseSyllable', () => {
  it.each(['nghiêng', 'khuya', 'quyết', 'giữa', 'gìn', 'người', 'Đảng', 'xoong'])('accepts %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['Haứ', 'Noọi', 'cauc', 'ôHà', 'Lênin', 'hàá'])('rejects %s', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
