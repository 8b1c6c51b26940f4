// A province's screens beyond the first, each loaded when first shown: the first screen (working
// groups and a group's sessions) then runs less code before it appears. Once it is up, the rest
// is fetched while the page is idle, so opening a session or the board waits for nothing. Show
// them through a transition (Home.tsx): a lazy screen that suspends outside one gets a fallback
// that React reveals no sooner than 300 ms later (measured: the editor's first card at 0.85 s
// instead of 0.19 s). First run and headquarters' home are a first screen themselves: App.tsx
// imports them.
import { lazy } from 'react';

const loaders = {
  editor: () => import('../features/sessions/SessionEditor'),
  board: () => import('../features/follow-up/Board'),
  reports: () => import('../features/reports/Reports'),
  send: () => import('../features/sync/SendToHeadquarters'),
  backups: () => import('../features/backups/Backups'),
  groupSetup: () => import('../features/working-groups/GroupSetup'),
  pastMinutes: () => import('../features/past-minutes/PastMinutesImport'),
  calendar: () => import('../features/calendar/SessionCalendar'),
  letters: () => import('../features/letters/LettersScreen'),
};

export const SessionEditor = lazy(() => loaders.editor().then((m) => ({ default: m.SessionEditor })));
export const Board = lazy(() => loaders.board().then((m) => ({ default: m.Board })));
export const Reports = lazy(() => loaders.reports().then((m) => ({ default: m.Reports })));
export const SendToHeadquarters = lazy(() => loaders.send().then((m) => ({ default: m.SendToHeadquarters })));
export const Backups = lazy(() => loaders.backups().then((m) => ({ default: m.Backups })));
export const GroupSetup = lazy(() => loaders.groupSetup().then((m) => ({ default: m.GroupSetup })));
export const PastMinutesImport = lazy(() => loaders.pastMinutes().then((m) => ({ default: m.PastMinutesImport })));
export const SessionCalendar = lazy(() => loaders.calendar().then((m) => ({ default: m.SessionCalendar })));
export const LettersScreen = lazy(() => loaders.letters().then((m) => ({ default: m.LettersScreen })));

/** Fetches a province's other screens once the page has nothing else to do. */
export function preloadProvinceScreens(): void {
  requestIdleCallback(() => {
    for (const load of [
      loaders.editor,
      loaders.board,
      loaders.reports,
      loaders.send,
      loaders.backups,
      loaders.groupSetup,
      loaders.pastMinutes,
      loaders.calendar,
      loaders.letters,
    ])
      void load();
  });
}
