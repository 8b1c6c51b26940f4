// A session's attendance lists (حاضرین، نمایندگان، غایبین، مدعوین) from the explicit lines plus
// membership: a member organisation with no line is absent, derived and never typed (minutes-format.md).
import type { AttendanceStatus } from '../../contract/common';

/** A membership of the working group; `since` inclusive, `until` exclusive, canonical Jalali dates. */
export interface MemberLine {
  organizationId: string;
  organizationName: string;
  position: number;
  since: string | null;
  until: string | null;
}

export interface AttendanceLine {
  organizationId: string;
  organizationName: string;
  person: string | null;
  status: AttendanceStatus;
  position: number;
}

/** `derived` marks an absence that comes from membership rather than from a line the secretary set. */
export interface AttendanceEntry extends AttendanceLine {
  derived: boolean;
}

export interface DerivedAttendance {
  entries: AttendanceEntry[];
  /** present and deputy */
  attendees: AttendanceEntry[];
  representatives: AttendanceEntry[];
  /** absent (typed or derived) and excused: everyone printed under «غایبین» */
  absentees: AttendanceEntry[];
  excused: AttendanceEntry[];
  guests: AttendanceEntry[];
  absentCount: number;
}

// Canonical `YYYY/MM/DD` strings order the same way as the dates, so plain comparison is enough.
export function isMemberOn(member: MemberLine, date: string): boolean {
  return (member.since === null || member.since <= date) && (member.until === null || date < member.until);
}

function byPosition<T extends { position: number }>(items: readonly T[]): T[] {
  // Array.prototype.sort is stable, so equal positions keep their given order.
  return [...items].sort((a, b) => a.position - b.position);
}

export function deriveAttendance(
  members: MemberLine[],
  lines: AttendanceLine[],
  sessionDate: string,
): DerivedAttendance {
  const entries: AttendanceEntry[] = byPosition(lines).map((line) => ({ ...line, derived: false }));
  const listed = new Set(lines.map((line) => line.organizationId));
  for (const member of byPosition(members)) {
    // `listed` also guards against one organisation holding two overlapping memberships.
    if (listed.has(member.organizationId) || !isMemberOn(member, sessionDate)) continue;
    listed.add(member.organizationId);
    entries.push({
      organizationId: member.organizationId,
      organizationName: member.organizationName,
      person: null,
      status: 'absent',
      position: member.position,
      derived: true,
    });
  }
  const withStatus = (...statuses: AttendanceStatus[]): AttendanceEntry[] =>
    entries.filter((entry) => statuses.includes(entry.status));
  const absentees = withStatus('absent', 'excused');
  return {
    entries,
    attendees: withStatus('present', 'deputy'),
    representatives: withStatus('representative'),
    absentees,
    excused: withStatus('excused'),
    guests: withStatus('guest'),
    absentCount: absentees.length,
  };
}
