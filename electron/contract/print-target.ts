// What a printer prints, and the query of the print page that shows it (renderer/src/main.tsx
// reads the same names). Plain TypeScript: the core, Electron's shell and the renderer share it.

export type PrintTarget =
  | { kind: 'minutes'; sessionId: string; amendmentId?: string }
  | { kind: 'report'; workingGroupId: string; year: number }
  | { kind: 'attendance'; sessionId: string }
  | { kind: 'invitation'; sessionId: string; organizationId?: string; mode?: 'each' | 'copies' }
  | LettersTarget;

/** Letters to responsible bodies: a final session's notifications or a group's follow-ups; `key`: one organisation. */
export type LettersTarget =
  | { kind: 'letters'; letter: 'notification'; sessionId: string; key?: string }
  | { kind: 'letters'; letter: 'follow_up'; workingGroupId: string; today?: string; key?: string };

function lettersQuery(target: LettersTarget): Record<string, string> {
  const query: Record<string, string> =
    target.letter === 'notification'
      ? { print: 'letters', letter: target.letter, session: target.sessionId }
      : { print: 'letters', letter: target.letter, group: target.workingGroupId };
  if (target.letter === 'follow_up' && target.today) query.today = target.today;
  if (target.key) query.org = target.key;
  return query;
}

export function printQuery(target: PrintTarget): Record<string, string> {
  if (target.kind === 'letters') return lettersQuery(target);
  if (target.kind === 'attendance') return { print: 'attendance', session: target.sessionId };
  if (target.kind === 'invitation') return invitationQuery(target);
  if (target.kind === 'report') return { print: 'report', group: target.workingGroupId, year: String(target.year) };
  const query: Record<string, string> = { print: 'minutes', session: target.sessionId };
  if (target.amendmentId) query.amendment = target.amendmentId;
  return query;
}

/** `?print=invitation&session=ID[&organization=ID][&mode=each|copies]`. */
function invitationQuery(target: Extract<PrintTarget, { kind: 'invitation' }>): Record<string, string> {
  const query: Record<string, string> = { print: 'invitation', session: target.sessionId };
  if (target.organizationId) query.organization = target.organizationId;
  if (target.mode) query.mode = target.mode;
  return query;
}
