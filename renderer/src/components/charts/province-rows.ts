// Headquarters' overview rows (one per province and working group) added up per province, as the
// provinces chart shows them: done, open within the deadline, overdue; cancelled left out.
import type { Overview } from '../../../../electron/contract';
import type { ChartRow } from './chart-data';

export function provinceRows(rows: Overview['rows']): ChartRow[] {
  const by = new Map<string, { done: number; open: number; overdue: number }>();
  for (const r of rows) {
    const p = by.get(r.province) ?? { done: 0, open: 0, overdue: 0 };
    p.done += r.byStatus.done;
    p.open += r.byStatus.in_progress + r.byStatus.not_started - r.overdue;
    p.overdue += r.overdue;
    by.set(r.province, p);
  }
  return [...by].map(([province, values]) => ({ label: province, values }));
}
