// Rotation of automatic backups: 7 daily, 4 weekly, 12 monthly, computed from names and dates.
import { describe, expect, it } from 'vitest';
import { backupsToKeep, type Dated } from '../../../electron/core/backup/rotation';

/** A backup every `hours` hours over `days` days, ending at `end`. */
function every(hours: number, days: number, end = new Date(2026, 10, 30, 18, 0)): Dated[] {
  const list: Dated[] = [];
  for (let t = end.getTime(); t > end.getTime() - days * 86_400_000; t -= hours * 3_600_000)
    list.push({ name: new Date(t).toISOString(), date: new Date(t) });
  return list;
}

describe('backup rotation', () => {
  it('keeps everything while there are few', () => {
    const few = every(24, 3);
    expect(backupsToKeep(few)).toEqual(new Set(few.map((b) => b.name)));
  });

  it('after two years of six a day, keeps the newest 3, the newest of 7 days, 4 weeks and 12 months, and nothing more', () => {
    const all = every(4, 730);
    const kept = [...backupsToKeep(all)].map((n) => new Date(n)).sort((a, b) => b.getTime() - a.getTime());
    // The newest three (all of today), then the newest of each of the 6 days before.
    expect(kept.slice(0, 9).map((d) => d.getDate())).toEqual([30, 30, 30, 29, 28, 27, 26, 25, 24]);
    // 18:00, 14:00 and 10:00 today; the newest of their day, 22:00, on the days before.
    expect(kept.slice(0, 9).map((d) => d.getHours())).toEqual([18, 14, 10, 22, 22, 22, 22, 22, 22]);
    // 12 distinct months are covered, the oldest a year back.
    const months = new Set(kept.map((d) => `${d.getFullYear()}-${d.getMonth()}`));
    expect(months.size).toBe(12);
    expect(kept.at(-1)!.getTime()).toBeGreaterThan(new Date(2025, 10, 1).getTime());
    // Never more than 3 + 7 + 4 + 12; overlaps (today is also this week and month) make it fewer.
    expect(kept.length).toBeLessThanOrEqual(26);
    expect(kept.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps the newest three of a busy day, and only the newest of an older one', () => {
    const day = (d: number, h: number) => ({ name: `${d}-${h}`, date: new Date(2026, 5, d, h) });
    const kept = backupsToKeep([day(1, 9), day(1, 10), day(1, 11), day(2, 9), day(2, 10), day(2, 11), day(2, 12)]);
    expect([...kept].sort()).toEqual(['1-11', '2-10', '2-11', '2-12']);
  });
});
