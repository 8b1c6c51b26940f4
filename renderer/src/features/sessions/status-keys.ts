// The keys that set an attendance status on a focused line, as the board's digits set a
// resolution's: a letter of the status (on the Persian layout, or the same key on a Latin one) or
// its digit 1–5, in the contract's order. Also: the directory with an organisation's people first.
import type { KeyboardEvent } from 'react';
import type { AttendanceStatus, Person } from '../../../../electron/contract';
import { fa } from '../../i18n/fa';

type Keyed = Exclude<AttendanceStatus, 'guest'>;

/** The physical key of each letter on the standard Persian layout (ISIRI 9147). */
const codes: Record<Keyed, string> = {
  present: 'KeyP',
  deputy: 'KeyL',
  representative: 'KeyK',
  absent: 'KeyY',
  excused: 'KeyH',
};

const order: Keyed[] = ['present', 'deputy', 'representative', 'absent', 'excused'];

export const statusKeys = order.map((status, i) => ({
  status,
  letter: fa.attendance.keys[status],
  digit: i + 1,
  code: codes[status],
}));

/** The status a key press asks for, or null when it asks for none. */
export function statusOfKey(k: Pick<KeyboardEvent, 'key' | 'code'>): Keyed | null {
  const digit = /^(?:Digit|Numpad)([1-5])$/.exec(k.code)?.[1];
  const found = statusKeys.find(
    (s) => (digit !== undefined && s.digit === Number(digit)) || s.letter === k.key || s.code === k.code,
  );
  return found?.status ?? null;
}

/** The directory with the people of one organisation first, each part in its own order. */
export function peopleOfFirst(people: Person[], organizationId: string): Person[] {
  const own = people.filter((p) => p.organizationId === organizationId);
  return own.length === 0 ? people : [...own, ...people.filter((p) => p.organizationId !== organizationId)];
}
