// A deadline as printed in the resolutions table and shown on screen: «۱۰ روز», «یکماه», «مستمر» …
// (none: an empty cell).
// Plain TypeScript, so the core and the renderer (print view, Word copy) print it alike.
import type { Deadline } from './common';
import { toPersianDigits } from './persian-text';

/** The deadline as printed in the resolutions table: «۱۰ روز», «یکماه», «مستمر» …; '' for none. */
export function formatDeadline(deadline: Deadline | null): string {
  if (deadline === null) return '';
  switch (deadline.kind) {
    case 'days':
      return `${toPersianDigits(deadline.value)} روز`;
    case 'weeks':
      return `${toPersianDigits(deadline.value)} هفته`;
    case 'months':
      // «یکماه» is written as one word in the group's minutes; other counts keep the space.
      return deadline.value === 1 ? 'یکماه' : `${toPersianDigits(deadline.value)} ماه`;
    case 'date':
      // Printing never throws: the stored value is shown with Persian digits as it is.
      return toPersianDigits(deadline.value);
    case 'continuous':
      return 'مستمر';
    case 'immediate':
      return 'فوری';
    case 'text':
      return deadline.value;
  }
}
