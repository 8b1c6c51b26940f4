// Persian number words read back, and the ordinals before «جلسه»: every ordinal Dabir writes reads as its number.
import { describe, expect, it } from 'vitest';
import { readNumber, readOrdinal } from '../../../electron/core/domain/number-words';
import { ordinalWord } from '../../../electron/core/domain/ordinals';

describe('number words', () => {
  it('reads cardinals, with «و» between parts, and digits', () => {
    expect(readNumber('ده')).toBe(10);
    expect(readNumber('دو')).toBe(2);
    expect(readNumber('پانزده')).toBe(15);
    expect(readNumber('بیست و پنج')).toBe(25);
    expect(readNumber('یکصد و ده')).toBe(110);
    expect(readNumber('45')).toBe(45);
    expect(readNumber('دوره')).toBeNull();
    expect(readNumber('')).toBeNull();
  });

  it('reads every ordinal ordinalWord writes, with or without half-spaces, and the usual others', () => {
    for (let n = 1; n <= 400; n++) {
      expect(readOrdinal(ordinalWord(n))).toBe(n);
      expect(readOrdinal(ordinalWord(n).replace(/\u200c/g, ' '))).toBe(n);
    }
    expect(readOrdinal('نخستین')).toBe(1);
    expect(readOrdinal('اولين')).toBe(1);
    expect(readOrdinal('بیست و سومین')).toBe(23);
    expect(readOrdinal('زمین')).toBeNull();
  });
});
