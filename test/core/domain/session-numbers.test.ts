// The numbering rule alone: finals keep their numbers, drafts take the free ones in date order.
import { describe, expect, it } from 'vitest';
import { sessionNumbers, type NumberedSession } from '../../../electron/core/domain/session-numbers';

const s = (id: string, date: string, number: number, final = false, order = 0): NumberedSession => ({
  id,
  date,
  number,
  final,
  order,
});
const numbers = (list: NumberedSession[]) => Object.fromEntries(sessionNumbers(list));

describe('session numbers', () => {
  it('number drafts 1..n by date whatever they held, ties by creation', () => {
    expect(numbers([s('a', '1399/05/01', 1), s('b', '1399/02/01', 7), s('c', '1399/05/01', 3, false, -1)])).toEqual({
      b: 1,
      c: 2,
      a: 3,
    });
  });

  it('keep final numbers and give drafts the numbers no final holds, never one twice', () => {
    expect(
      numbers([
        s('f1', '1399/02/01', 1, true),
        s('f3', '1399/06/01', 3, true),
        s('d', '1399/01/01', 9),
        s('e', '1399/09/01', 2),
      ]),
    ).toEqual({ f1: 1, f3: 3, d: 2, e: 4 });
  });
});
