// The keys that set an attendance status on a focused line, and the directory with a line's
// organisation's people first.
import { describe, expect, it } from 'vitest';
import { peopleOfFirst, statusOfKey } from '../../../../renderer/src/features/sessions/status-keys';

describe('status keys', () => {
  it('take the Persian letter, the same key on a Latin layout, or the digit (row or keypad)', () => {
    expect(statusOfKey({ key: 'ح', code: 'KeyP' })).toBe('present');
    expect(statusOfKey({ key: 'p', code: 'KeyP' })).toBe('present');
    expect(statusOfKey({ key: '۲', code: 'Digit2' })).toBe('deputy');
    expect(statusOfKey({ key: 'ن', code: 'KeyK' })).toBe('representative');
    expect(statusOfKey({ key: '4', code: 'Numpad4' })).toBe('absent');
    expect(statusOfKey({ key: 'ا', code: 'KeyH' })).toBe('excused');
    expect(statusOfKey({ key: '6', code: 'Digit6' })).toBeNull();
    expect(statusOfKey({ key: 'Enter', code: 'Enter' })).toBeNull();
    expect(statusOfKey({ key: ' ', code: 'Space' })).toBeNull();
  });

  it('put the organisation’s people first, each part in the directory’s order', () => {
    const p = (id: string, organizationId: string | null) => ({ id, name: id, title: null, organizationId });
    const people = [p('a', null), p('b', 'org'), p('c', 'other'), p('d', 'org')];
    expect(peopleOfFirst(people, 'org').map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(peopleOfFirst(people, 'none')).toBe(people);
  });
});
