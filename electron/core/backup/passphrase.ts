// The passphrase of a saved (encrypted) backup. Dabir's own is 25 random digits in five groups of
// five (10^25 ≈ 2^83): digits are what a Persian speaker writes down and reads over the phone
// without a slip, and the same string opens the file in the standard `age` tool. A passphrase the
// secretary chooses instead is checked for length and variety first.
import { randomInt } from 'node:crypto';
import { toLatinDigits, toPersianDigits } from '../../contract/persian-text';
import { DabirError } from '../errors';

const GROUPS = 5;
const GROUP = 5;

/** `48213-90512-07734-61289-35570`: crypto-random, uniform digits. */
export function generatePassphrase(): string {
  return Array.from({ length: GROUPS }, () => String(randomInt(0, 10 ** GROUP)).padStart(GROUP, '0')).join('-');
}

/**
 * What was typed, as the passphrase it stands for: one of Dabir's (digits in any script, grouped
 * by dashes or spaces, or not at all) becomes its canonical form; anything else is taken exactly
 * as typed (the `age` tool knows no other spelling of it).
 */
export function canonicalPassphrase(typed: string): string {
  const digits = toLatinDigits(typed).replace(/[\s\-\u200c_.]/g, '');
  if (/^\d+$/.test(digits) && digits.length === GROUPS * GROUP)
    return digits.match(new RegExp(`\\d{${GROUP}}`, 'g'))!.join('-');
  return typed;
}

export const MIN_CHOSEN_LENGTH = 14;
const MIN_BITS = 64;

/** A rough estimate: the alphabets used, counted over the length, no more than twice the distinct characters. */
export function estimatedBits(p: string): number {
  const chars = [...p];
  let pool = 0;
  if (/\d/.test(p)) pool += 10;
  if (/[a-z]/.test(p)) pool += 26;
  if (/[A-Z]/.test(p)) pool += 26;
  if (/[\u0600-\u06ff]/.test(p)) pool += 32;
  if (/[^\da-zA-Z\u0600-\u06ff]/.test(p)) pool += 32;
  const effective = Math.min(chars.length, 2 * new Set(chars).size);
  return effective * Math.log2(Math.max(pool, 2));
}

/** Refuses, in Persian, a chosen passphrase too short or too plain to stand an offline guessing attack. */
export function checkChosenPassphrase(p: string): string {
  if (p !== p.trim())
    throw new DabirError(
      'invalid_input',
      'گذرواژه با فاصله آغاز یا تمام شده است؛ فاصله‌های دو سر را بردارید',
      'passphrase',
    );
  if ([...p].length < MIN_CHOSEN_LENGTH || estimatedBits(p) < MIN_BITS)
    throw new DabirError(
      'invalid_input',
      `این گذرواژه کوتاه یا ساده است و با حدس زدن گشوده می‌شود؛ دست‌کم ${toPersianDigits(MIN_CHOSEN_LENGTH)} نویسه گوناگون (حرف، رقم و نشانه) بنویسید، یا بگذارید دبیر گذرواژه بسازد`,
      'passphrase',
    );
  return p;
}
