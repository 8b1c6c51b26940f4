// How a stored instant and a file size are shown: the Jalali date and time, Persian digits.
import { faDigits } from './digits';
import { fa } from './fa';

/** An ISO instant as «۱۴۰۵/۹/۹، ۹:۴۹:۵۰» in the machine's time zone. */
export const jalaliMoment = (iso: string): string => faDigits(new Date(iso).toLocaleString('fa-IR-u-ca-persian'));

/** A size in whole kilobytes, at least one. */
export const kilobytes = (bytes: number): string =>
  fa.common.kilobytes(faDigits(Math.max(1, Math.round(bytes / 1024))));
