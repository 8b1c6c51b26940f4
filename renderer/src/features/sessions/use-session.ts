// The open session as the editor's sections read it: one `sessions.get` shared by all of them,
// each taking the part it shows, so a write to one part renders that part alone. The pickers'
// people and organisations are read once for the whole editor too.
import { useMemo } from 'react';
import type { Organization, SessionDetail } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { useRead, type Loaded } from '../../api/use-read';
import type { Directory } from './directory';

/** The parts of a session, each its own selection (kept the same functions, so each is taken once per answer). */
export const sessionParts = {
  whole: (s: SessionDetail) => s,
  /** What the editor's frame shows: its name, status and date. */
  frame: ({ id, number, year, date, status }: SessionDetail) => ({ id, number, year, date, status }),
  header: ({ id, date, startTime, endTime, location, chair, secretary }: SessionDetail) => ({
    id,
    date,
    startTime,
    endTime,
    location,
    chair,
    secretary,
  }),
  agenda: (s: SessionDetail) => s.agenda,
  discussion: (s: SessionDetail) => s.discussion,
  resolutions: (s: SessionDetail) => s.resolutions,
  attendance: (s: SessionDetail) => s.attendance,
  signatories: (s: SessionDetail) => s.signatories,
};

export function useSessionPart<S>(sessionId: string, part: (s: SessionDetail) => S): Loaded<S> {
  return useRead('sessions.get', { id: sessionId }, { select: part });
}

const none: never[] = [];

/** The people directory for the editor's pickers, with quick add. */
export function useDirectory(): Directory {
  const api = useApi();
  const people = useRead('people.list', {});
  const list = people.state === 'ready' ? people.value : none;
  return useMemo(() => ({ people: list, add: (name, title) => api.people.create({ name, title }) }), [api, list]);
}

/** The organisations for the responsible-body and guest pickers (empty until they are read). */
export function useOrganizations(): Organization[] {
  const organizations = useRead('organizations.list', {});
  return organizations.state === 'ready' ? organizations.value : none;
}
