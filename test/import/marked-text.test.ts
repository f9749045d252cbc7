import { describe, expect, it } from 'vitest';
import { markedText } from '../../src/import/marked-text.js';

const run = (text: string, flags = '') => ({ text, bold: flags.includes('b'), italic: flags.includes('i') });

describe('runs to plan text', () => {
  it('joins a word Word split over runs, and marks emphasis outside the spaces', () => {
    expect(markedText([run('Về tổ', 'i'), run('ng kết:', 'i'), run(' ', 'i'), run('làm rõ')])).toBe(
      '*Về tổng kết:* làm rõ',
    );
  });

  it('gives a space between two emphasised stretches their emphasis, so no empty marks appear', () => {
    expect(markedText([run('một', 'b'), run(' '), run('hai', 'b'), run(' ba')])).toBe('**một hai** ba');
  });

  it('folds tabs, double and non-breaking spaces, escapes a typed star, writes NFC', () => {
    expect(markedText([run('-\tA  b\u00a0c * d e\u0301')])).toBe('- A b c \\* d é');
  });

  it('writes bold italic with three stars and leaves the emphasis the kind prints', () => {
    expect(markedText([run('Về văn kiện', 'bi'), run(' Đại hội', 'bi')], { bold: true, italic: true })).toBe(
      'Về văn kiện Đại hội',
    );
    expect(markedText([run('a '), run('b', 'bi')])).toBe('a ***b***');
  });

  it('converts text typed in TCVN3 (.VnTime) to Unicode, as validate --fix does', () => {
    expect(markedText([run('§¶ng ñy ph­êng'), run(' U«ng BÝ', 'b')])).toBe('Đảng ủy phường **Uông Bí**');
  });
});
