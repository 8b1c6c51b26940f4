// The title line of printed minutes, in the shape of the real ones (shared/reference/seeds/003):
// «صورتجلسه اولین جلسه کار گروه تخصصی … استان مرکزی در سال ۱۳۹۹», the province named once.
import { normalizeForSearch, toPersianDigits } from '../../contract/persian-text';
import { ordinalWord } from './ordinals';

const PROVINCE = 'استان';

/** Words as compared: ي/ك, half-spaces and punctuation between words do not count. */
const words = (s: string): string[] =>
  normalizeForSearch(s)
    .split(/[\s،,؛;:.()«»"-]+/u)
    .filter(Boolean);

const endsWith = (all: string[], tail: string[]): boolean =>
  tail.length > 0 && all.length >= tail.length && tail.every((w, i) => all[all.length - tail.length + i] === w);

function contains(all: string[], part: string[]): boolean {
  for (let i = 0; i + part.length <= all.length; i++) if (part.every((w, j) => all[i + j] === w)) return true;
  return false;
}

/**
 * The group's name with its province, each word once: «… استان» + قزوین → «… استان قزوین»; a
 * name that already says «استان قزوین», or ends with «قزوین», is printed as it is; otherwise
 * « استان قزوین» follows the name. A province typed as «استان قزوین» counts as «قزوین».
 */
export function groupWithProvince(name: string, province: string): string {
  const n = name.trim();
  const place = province.trim().replace(/^استان(?:\s|\u200c)+/u, '');
  const p = words(place);
  const w = words(n);
  if (p.length === 0 || (p.length === 1 && p[0] === PROVINCE)) return n;
  if (contains(w, [PROVINCE, ...p]) || endsWith(w, p)) return n;
  if (w.at(-1) === PROVINCE) return `${n} ${place}`;
  return `${n} ${PROVINCE} ${place}`;
}

/** «صورتجلسه اولین جلسه کار گروه … استان مرکزی در سال ۱۳۹۹»; the year in Persian digits, the name as stored. */
export function minutesTitle(
  group: { name: string; province: string | null },
  session: { number: number; year: number },
): string {
  const who = groupWithProvince(group.name, group.province ?? '');
  return `صورتجلسه ${ordinalWord(session.number)} جلسه ${who} در سال ${toPersianDigits(session.year)}`;
}
