// What a printer prints, and the query of the print page that shows it (renderer/src/main.tsx
// reads the same names). Plain TypeScript: the core, Electron's shell and the renderer share it.

export type PrintTarget =
  | { kind: 'minutes'; sessionId: string; amendmentId?: string }
  | { kind: 'report'; workingGroupId: string; year: number }
  | { kind: 'attendance'; sessionId: string };

export function printQuery(target: PrintTarget): Record<string, string> {
  if (target.kind === 'attendance') return { print: 'attendance', session: target.sessionId };
  if (target.kind === 'report') return { print: 'report', group: target.workingGroupId, year: String(target.year) };
  const query: Record<string, string> = { print: 'minutes', session: target.sessionId };
  if (target.amendmentId) query.amendment = target.amendmentId;
  return query;
}
