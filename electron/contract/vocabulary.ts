// The contract's fixed vocabularies, without zod: the statuses and kinds every layer names. The
// schemas (common.ts, resolutions.ts) are built from these, and the renderer lists its choices from
// them, so a new status or kind is added in one place and every screen that lists them follows.

/** A resolution's follow-up status (پیگیری). */
export const resolutionStatuses = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type ResolutionStatus = (typeof resolutionStatuses)[number];

/** How a member organisation took part in a session (minutes-format.md, `attendance[].status`). */
export const attendanceStatuses = ['present', 'deputy', 'representative', 'absent', 'excused', 'guest'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** The kinds of a deadline (مهلت اقدام), in the order the editor offers them. */
export const deadlineKinds = ['days', 'weeks', 'months', 'date', 'continuous', 'immediate', 'text'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const sessionStatuses = ['draft', 'final'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];
