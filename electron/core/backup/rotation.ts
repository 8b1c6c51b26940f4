// Which automatic backups to keep: the newest 3 whatever their day (a day of quiet-spell backups
// never leaves only its last one: the morning's survives a mistake made in the afternoon), and the
// newest of each of the last 7 days that have one, of the last 4 weeks and of the last 12 months
// (grandfather–father–son). Pure: names and dates in, the names to keep out.

export interface Dated {
  name: string;
  date: Date;
}

export const keep = { recent: 3, daily: 7, weekly: 4, monthly: 12 } as const;

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** Weeks counted from a fixed Saturday (the Iranian week starts on Saturday), in local time. */
const weekKey = (d: Date) => {
  const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const epochSaturday = new Date(2000, 0, 1); // 1 January 2000 was a Saturday
  return String(Math.floor(Math.round((midnight.getTime() - epochSaturday.getTime()) / 86_400_000) / 7));
};

export function backupsToKeep(backups: readonly Dated[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.date.getTime() - a.date.getTime());
  const kept = new Set<string>(newestFirst.slice(0, keep.recent).map((b) => b.name));
  for (const [key, count] of [
    [dayKey, keep.daily],
    [weekKey, keep.weekly],
    [monthKey, keep.monthly],
  ] as const) {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const k = key(b.date);
      if (seen.has(k)) continue;
      if (seen.size === count) break;
      seen.add(k);
      kept.add(b.name);
    }
  }
  return kept;
}
