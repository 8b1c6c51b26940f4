// The numbers of a working group's sessions within one Jalali year. A final session keeps the
// number it was signed with, forever, and so does a session imported with its document's number;
// the other drafts take the numbers none of those holds, smallest first, in date order (same date:
// the one created first). So the year reads 1..n whenever its
// finals do, a number is never held twice, and typing or changing a date renumbers only drafts.

export interface NumberedSession {
  id: string;
  number: number;
  final: boolean;
  /** Numbered by its own document (imported minutes): kept like a final session's. */
  fromDocument?: boolean;
  /** Canonical `YYYY/MM/DD`: plain comparison orders by date. */
  date: string;
  /** Tie-break for one date: creation order. */
  order: number;
}

/** The number each session of one (working group, year) should hold, by id. */
export function sessionNumbers(sessions: readonly NumberedSession[]): Map<string, number> {
  const out = new Map<string, number>();
  const taken = new Set<number>();
  for (const s of sessions)
    if (s.final || s.fromDocument) {
      out.set(s.id, s.number);
      taken.add(s.number);
    }
  const drafts = sessions
    .filter((s) => !s.final && !s.fromDocument)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  let next = 1;
  for (const d of drafts) {
    while (taken.has(next)) next++;
    out.set(d.id, next++);
  }
  return out;
}
