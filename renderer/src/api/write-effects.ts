// What a write changes in the answers screens hold. A write's answer is put into the reads that
// show it (a resolution's new text into the open session), so only that part renders again; every
// other read it may change is asked again — at once if a screen shows it, else when one next does.
// A write not listed here may change anything: all reads are asked again.
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { InputOf, OperationName, OutputOf, SessionDetail, WorkingGroup } from '../../../electron/contract';
import { isReadOperation, readOperationNames, type ReadOperationName } from '../../../electron/contract/reads';

interface Effect<K extends OperationName> {
  /** Puts the answer into the cached reads it belongs to; answers their keys (those are not asked again). */
  patch?: (cache: QueryClient, answer: OutputOf<K>, input: InputOf<K>) => QueryKey[];
  /** The reads this write may change (given its input, for a write that changes more with some fields). */
  touches: readonly ReadOperationName[] | ((input: InputOf<K>) => readonly ReadOperationName[]);
}

/** What the printed minutes, the sent bundle and search are made of: any part of a session. */
const minutes = [
  'sessions.get',
  'sessions.list',
  'sessions.calendar',
  'minutes.export',
  'minutes.printable',
  'minutes.pdf',
  'attendance.sheet',
  'attendance.sheetPdf',
  'invitations.printable',
  'invitations.pdf',
  'sessions.verify',
  'bundle.status',
  'search.query',
] as const satisfies readonly ReadOperationName[];
/** Follow-up and the reports read resolutions and attendance of every session. */
const followUp = [
  'board.list',
  'followUps.list',
  'reports.annual',
  'reports.attendance',
  'reports.responsible',
  'reports.monthly',
  'reports.xlsx',
  'reports.pdf',
  'headquarters.overview',
  'national.matrix',
  'today.summary',
  // A letter lists resolutions with their due dates, and a follow-up letter the overdue ones.
  'letters.notifications',
  'letters.overdue',
  'letters.printable',
  'letters.pdf',
] as const satisfies readonly ReadOperationName[];
const sessionPart = [...minutes, ...followUp];

/** What an imported file makes: a session, maybe its working group, organisations in the directory. */
const pastMinutesMade = [
  ...sessionPart,
  'workingGroups.list',
  'workingGroups.get',
  'members.list',
  'organizations.list',
  'sessions.nextNumber',
  'resolutions.openBefore',
  'pastMinutes.pending',
] as const satisfies readonly ReadOperationName[];

/** Replaces the open session(s) holding a part by `change`; answers the keys it changed. */
function patchSessions(cache: QueryClient, change: (s: SessionDetail) => SessionDetail | null): QueryKey[] {
  const changed: QueryKey[] = [];
  for (const [key, session] of cache.getQueriesData<SessionDetail>({ queryKey: ['sessions.get'] })) {
    const next = session && change(session);
    if (!next) continue;
    cache.setQueryData(key, next);
    changed.push(key);
  }
  return changed;
}

/** A list with the item of the same id replaced, or null when it has none. */
function replaced<T extends { id: string }>(items: readonly T[], item: T): T[] | null {
  return items.some((x) => x.id === item.id) ? items.map((x) => (x.id === item.id ? item : x)) : null;
}

/** Replaces the item of the same id in a cached list, in its place; answers the list's key. */
function patchList<T extends { id: string }>(cache: QueryClient, key: QueryKey, item: T): QueryKey[] {
  const list = cache.getQueryData<T[]>(key);
  const next = list && replaced(list, item);
  if (!next) return [];
  cache.setQueryData(key, next);
  return [key];
}

const effects: { [K in OperationName]?: Effect<K> } = {
  'sessions.update': {
    patch: (cache, answer) => {
      cache.setQueryData(['sessions.get', { id: answer.id }], answer);
      return [['sessions.get', { id: answer.id }]];
    },
    // A new date renumbers the year's drafts and changes which sessions are earlier.
    touches: (input) =>
      input.date === undefined && input.year === undefined
        ? sessionPart
        : [...sessionPart, 'resolutions.openBefore', 'sessions.nextNumber'],
  },
  'resolutions.update': {
    patch: (cache, r) =>
      patchSessions(cache, (s) => {
        const resolutions = replaced(s.resolutions, r);
        return resolutions && { ...s, resolutions };
      }),
    touches: sessionPart,
  },
  'agenda.update': {
    patch: (cache, item) =>
      patchSessions(cache, (s) => {
        const agenda = replaced(s.agenda, item);
        return agenda && { ...s, agenda };
      }),
    touches: minutes,
  },
  'signatories.update': {
    patch: (cache, signatory) =>
      patchSessions(cache, (s) => {
        const signatories = replaced(s.signatories, signatory);
        return signatories && { ...s, signatories };
      }),
    touches: minutes,
  },
  'discussion.updateSpeaker': {
    patch: (cache, speaker) =>
      patchSessions(cache, (s) => {
        const discussion = replaced(s.discussion, speaker);
        return discussion && { ...s, discussion };
      }),
    touches: minutes,
  },
  'discussion.updatePoint': {
    patch: (cache, point) =>
      patchSessions(cache, (s) => {
        const speaker = s.discussion.find((sp) => sp.points.some((p) => p.id === point.id));
        const points = speaker && replaced(speaker.points, point);
        return points
          ? { ...s, discussion: s.discussion.map((sp) => (sp === speaker ? { ...sp, points } : sp)) }
          : null;
      }),
    touches: minutes,
  },
  'attendance.set': {
    patch: (cache, attendance, input) =>
      patchSessions(cache, (s) => (s.id === input.sessionId ? { ...s, attendance } : null)),
    // A guest typed by name becomes an organisation.
    touches: [...sessionPart, 'attendance.get', 'organizations.list'],
  },
  'attendance.setMany': {
    patch: (cache, attendance, input) =>
      patchSessions(cache, (s) => (s.id === input.sessionId ? { ...s, attendance } : null)),
    touches: [...sessionPart, 'attendance.get'],
  },
  'attendance.clear': {
    patch: (cache, attendance, input) =>
      patchSessions(cache, (s) => (s.id === input.sessionId ? { ...s, attendance } : null)),
    touches: [...sessionPart, 'attendance.get'],
  },
  // Adding, moving and removing parts renumbers the rest: the session is read again (what did not
  // change keeps its identity, so its part of the screen does not render again).
  'agenda.add': { touches: minutes },
  'agenda.move': { touches: minutes },
  'agenda.remove': { touches: minutes },
  'discussion.addSpeaker': { touches: minutes },
  'discussion.moveSpeaker': { touches: minutes },
  'discussion.removeSpeaker': { touches: minutes },
  'discussion.addPoint': { touches: minutes },
  'discussion.movePoint': { touches: minutes },
  'discussion.removePoint': { touches: minutes },
  'signatories.add': { touches: minutes },
  'signatories.move': { touches: minutes },
  'signatories.remove': { touches: minutes },
  // A status and a follow-up report show wherever a session's resolutions do (the board reads the
  // rows it shows again, in place; a follow-up's list is read again in its order, by date).
  'resolutions.setStatus': { touches: sessionPart },
  'followUps.add': { touches: sessionPart },
  'followUps.remove': { touches: sessionPart },
  'resolutions.add': { touches: sessionPart },
  'resolutions.move': { touches: sessionPart },
  'resolutions.remove': { touches: sessionPart },
  // The answer is the group's whole list in its new order. Members make a session's absentees.
  'members.move': {
    patch: (cache, members) => {
      const group = members[0]?.workingGroupId;
      if (group === undefined) return [];
      cache.setQueryData(['members.list', { workingGroupId: group }], members);
      return [['members.list', { workingGroupId: group }]];
    },
    touches: [...sessionPart, 'members.list', 'attendance.get'],
  },
  // The letterhead is read whole by what prints on it; nothing else holds it.
  'letterhead.set': {
    patch: (cache, letterhead) => {
      cache.setQueryData(['letterhead.get', {}], letterhead);
      return [['letterhead.get', {}]];
    },
    touches: ['invitations.printable', 'invitations.pdf'],
  },
  // An invitation's number, date and mode show only on the invitation.
  'invitations.mark': { touches: ['invitations.printable', 'invitations.pdf'] },
  // A letter's number and date show in its organisation's entry, on its print and in the follow-up
  // log of the resolutions it covers.
  'letters.mark': {
    touches: ['letters.notifications', 'letters.overdue', 'letters.printable', 'letters.pdf', 'letters.ofResolution'],
  },
  // Naming the secretariat changes what shows its name, never the working groups: a first run
  // keeps the groups it opened with while its second step (the first group) may still be refused.
  'secretariat.setup': {
    patch: (cache, secretariat) => {
      cache.setQueryData(['secretariat.get', {}], secretariat);
      return [['secretariat.get', {}]];
    },
    touches: [...minutes, 'secretariat.role', 'headquarters.secretariats', 'headquarters.overview'],
  },
  // A session names people by text: the directory changes nothing else but what the next bundle
  // holds (people are sent to headquarters). A person edited keeps their place in the list until
  // it is shown again (a row does not move while it is typed in).
  'people.create': { touches: ['people.list', 'bundle.status'] },
  'people.update': {
    patch: (cache, person) => patchList(cache, ['people.list', {}], person),
    touches: ['people.list', 'bundle.status'],
  },
  'people.remove': { touches: ['people.list', 'bundle.status'] },
  // The new group is in the list at once (the screen moves to its setup), then read again in order;
  // it goes in the next bundle.
  'workingGroups.create': {
    patch: (cache, group) => {
      cache.setQueryData<WorkingGroup[]>(['workingGroups.list', {}], (all) => all && [...all, group]);
      return [];
    },
    touches: ['workingGroups.list', 'bundle.status'],
  },
  // A renamed group keeps its place in the list while its name is typed.
  'workingGroups.update': {
    patch: (cache, group) => patchList(cache, ['workingGroups.list', {}], group),
    touches: [...sessionPart, 'workingGroups.list', 'workingGroups.get'],
  },
  // A past minutes file becomes a draft session (of a group it may create, with organisations it
  // may add to the directory) and waits among the imported drafts to review.
  'pastMinutes.read': { touches: pastMinutesMade },
  'pastMinutes.save': { touches: pastMinutesMade },
  // The chosen organisations become members: the group's list, the review's offer, the absentees.
  'pastMinutes.addMembers': {
    touches: [...sessionPart, 'members.list', 'pastMinutes.review', 'attendance.get', 'attendance.sheet'],
  },
  // Accepted: no longer waiting, and its review is closed.
  'pastMinutes.accept': { touches: ['pastMinutes.pending', 'pastMinutes.review'] },
  // Saved where the secretary chose, not in the backups folder: no read changes.
  'backups.create': { touches: [] },
  // Only what the next bundle holds and the bundles sent so far change.
  'bundle.export': { touches: ['bundle.status'] },
  // Only the chain of directives sent changes; no screen shows it.
  'national.exportDirective': { touches: [] },
};

/**
 * Applies what the answered operation changed to the cached reads (a read changes nothing);
 * resolves once the reads on screen it changed are read again.
 */
export function applyAnswer(
  cache: QueryClient,
  op: string,
  input: unknown,
  answer: unknown,
): Promise<void> | undefined {
  if (isReadOperation(op)) return undefined;
  // The transport answered `op` for `input`: the answer and input are that operation's.
  const effect: Effect<OperationName> | undefined = effects[op as OperationName];
  const patched = new Set((effect?.patch?.(cache, answer as never, input as never) ?? []).map((k) => hashKey(k)));
  const touches = typeof effect?.touches === 'function' ? effect.touches(input as never) : effect?.touches;
  const touched: ReadonlySet<string> = new Set(touches ?? readOperationNames);
  return cache.invalidateQueries({
    predicate: (q) => touched.has(String(q.queryKey[0])) && !patched.has(q.queryHash),
  });
}
