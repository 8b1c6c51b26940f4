// Persian number words read back: «پانزده» → 15, «بیست و پنج» → 25, and the ordinals before «جلسه»
// («اولین»، «نخستین»، «بیست و سومین») → their numbers. Input is folded text (ی/ک, Latin digits).
import { ordinalWord } from './ordinals';

const WORDS: Record<string, number> = {
  یک: 1,
  یه: 1,
  دو: 2,
  سه: 3,
  چهار: 4,
  پنج: 5,
  شش: 6,
  شیش: 6,
  هفت: 7,
  هشت: 8,
  نه: 9,
  ده: 10,
  یازده: 11,
  دوازده: 12,
  سیزده: 13,
  چهارده: 14,
  پانزده: 15,
  پونزده: 15,
  شانزده: 16,
  هفده: 17,
  هجده: 18,
  هیجده: 18,
  نوزده: 19,
  بیست: 20,
  سی: 30,
  چهل: 40,
  پنجاه: 50,
  شصت: 60,
  هفتاد: 70,
  هشتاد: 80,
  نود: 90,
  صد: 100,
  یکصد: 100,
  دویست: 200,
  سیصد: 300,
  چهارصد: 400,
  پانصد: 500,
};

/** A pattern for one number written in words («بیست و پنج»), for use inside larger patterns. */
export const NUMBER_WORDS = `(?:(?:${Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?:\\s*و\\s*(?:${Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')}))*)`;

/** «بیست و پنج» → 25; digits as they are; null when it is not a number. */
export function readNumber(text: string): number | null {
  const t = text.trim();
  if (/^[0-9]+$/.test(t)) return Number(t);
  let total = 0;
  for (const part of t.split(/\s+و\s+/)) {
    const v = WORDS[part.trim()];
    if (v === undefined) return null;
    total += v;
  }
  return total > 0 ? total : null;
}

const ORDINALS = new Map<string, number>([
  ['اول', 1],
  ['اولین', 1],
  ['نخستین', 1],
  ['یکمین', 1],
]);
for (let n = 2; n <= 999; n++) ORDINALS.set(ordinalWord(n).replace(/[\s\u200c]/g, ''), n);
ORDINALS.set('سیمین', 30);

/** «بیست و سومین» (spaces and half-spaces as typed) → 23; null when it is not an ordinal. */
export function readOrdinal(text: string): number | null {
  return ORDINALS.get(text.replace(/[\s\u200c]/g, '').replace(/ي/g, 'ی')) ?? null;
}
