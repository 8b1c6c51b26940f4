// Due dates and printed forms for every deadline kind in the minutes-format.md table.
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../electron/contract/common';
import { dueDate, formatDeadline } from '../../../electron/core/domain/deadlines';

describe('dueDate', () => {
  it.each<[string, Deadline, string | null]>([
    ['1399/02/02', { kind: 'days', value: 10 }, '1399/02/12'],
    ['1399/12/25', { kind: 'days', value: 10 }, '1400/01/05'],
    ['1400/12/25', { kind: 'days', value: 10 }, '1401/01/06'],
    ['1399/02/02', { kind: 'weeks', value: 2 }, '1399/02/16'],
    ['1399/12/20', { kind: 'weeks', value: 2 }, '1400/01/04'],
    ['1399/02/02', { kind: 'months', value: 1 }, '1399/03/02'],
    ['1399/02/02', { kind: 'months', value: 3 }, '1399/05/02'],
    ['1399/06/31', { kind: 'months', value: 1 }, '1399/07/30'],
    ['1399/11/30', { kind: 'months', value: 1 }, '1399/12/30'],
    ['1400/11/30', { kind: 'months', value: 1 }, '1400/12/29'],
    ['1399/12/10', { kind: 'months', value: 2 }, '1400/02/10'],
    ['1399/02/02', { kind: 'date', value: '1399/03/01' }, '1399/03/01'],
    ['1399/02/02', { kind: 'continuous' }, null],
    ['1399/02/02', { kind: 'immediate' }, '1399/02/05'],
    ['1399/12/29', { kind: 'immediate' }, '1400/01/02'],
    ['1399/02/02', { kind: 'text', value: 'پس از تصویب در شورا' }, null],
  ])('%s with %j is due %s', (sessionDate, deadline, expected) => {
    expect(dueDate(sessionDate, deadline)).toBe(expected);
  });

  it('uses the working group setting for «فوری»', () => {
    expect(dueDate('1399/02/02', { kind: 'immediate' }, 7)).toBe('1399/02/09');
    expect(dueDate('1399/02/02', { kind: 'immediate' }, 0)).toBe('1399/02/02');
  });

  it('gives none for a resolution with no deadline, whatever the «فوری» days', () => {
    expect(dueDate('1399/02/02', null)).toBeNull();
    expect(dueDate('1399/02/02', null, 7)).toBeNull();
  });

  it('refuses an impossible fixed date', () => {
    expect(() => dueDate('1400/02/02', { kind: 'date', value: '1400/12/30' })).toThrow(RangeError);
  });

  it('refuses an invalid session date', () => {
    expect(() => dueDate('1400/12/30', { kind: 'days', value: 1 })).toThrow(RangeError);
  });
});

describe('formatDeadline', () => {
  it.each<[Deadline | null, string]>([
    [null, ''],
    [{ kind: 'days', value: 10 }, '۱۰ روز'],
    [{ kind: 'days', value: 1 }, '۱ روز'],
    [{ kind: 'weeks', value: 2 }, '۲ هفته'],
    [{ kind: 'months', value: 1 }, 'یکماه'],
    [{ kind: 'months', value: 3 }, '۳ ماه'],
    [{ kind: 'months', value: 12 }, '۱۲ ماه'],
    [{ kind: 'date', value: '1399/03/01' }, '۱۳۹۹/۰۳/۰۱'],
    [{ kind: 'continuous' }, 'مستمر'],
    [{ kind: 'immediate' }, 'فوری'],
    [{ kind: 'text', value: 'تا پایان سال ۹۹' }, 'تا پایان سال ۹۹'],
    [{ kind: 'text', value: ' حداکثر 2 ماه ' }, ' حداکثر 2 ماه '],
  ])('%j is printed %j', (deadline, printed) => {
    expect(formatDeadline(deadline)).toBe(printed);
  });
});
