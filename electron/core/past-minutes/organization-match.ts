// An organisation named in past minutes matched to the group's members the way a secretary reads
// names: ي/ك and half-spaces aside, «اداره کل»، «سازمان» and similar prefixes and a trailing «استان …»
// tolerated, one name holding the other.
import { nameKey } from './match-text';

const PREFIX = /^(?:اداره کل|ادارات کل|اداره|سازمان|مدیریت|شرکت|دفتر|معاونت|مدیرکل|مدیر کل|حوزه)\s+/;
const SUFFIX = /\s+(?:استان(?:\s+\S+)?|استانداری|شهرستان(?:\s+\S+)?)$/;

/** The key two names of one body share. */
export function organizationKey(name: string): string {
  let k = nameKey(name).replace(/^ا\s/, '');
  for (let i = 0; i < 2; i++) k = k.replace(PREFIX, '');
  return k.replace(SUFFIX, '').replace(/\s+/g, '');
}

/** The one candidate that is the same body as `name`, or undefined. */
export function matchOrganization<T extends { name: string }>(name: string, candidates: readonly T[]): T | undefined {
  const key = organizationKey(name);
  if (key === '') return undefined;
  const exact = candidates.filter((c) => organizationKey(c.name) === key);
  if (exact.length >= 1) return exact[0];
  const near = candidates.filter((c) => {
    const other = organizationKey(c.name);
    const [short, long] = other.length < key.length ? [other, key] : [key, other];
    return short.length >= 6 && long.includes(short);
  });
  return near.length === 1 ? near[0] : undefined;
}
