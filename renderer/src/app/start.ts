// What the app's root needs before it shows anything: the secretariat (null before first run),
// the data file's role and the working groups. main.tsx asks for it while the app's code loads;
// the read cache then starts from those answers instead of asking again.
import type { QueryClient } from '@tanstack/react-query';
import type { Api } from '../api/client';

export async function loadStart(api: Api) {
  const [secretariat, { role }, groups] = await Promise.all([
    api.secretariat.get({}),
    api.secretariat.role({}),
    api.workingGroups.list({}),
  ]);
  return { secretariat, role, groups };
}

export type Start = Awaited<ReturnType<typeof loadStart>>;

/** The three reads of the first screen, answered by `first` (later ones ask the API). */
export function seedStart(cache: QueryClient, first: Promise<Start>): void {
  void cache.prefetchQuery({ queryKey: ['secretariat.get', {}], queryFn: () => first.then((s) => s.secretariat) });
  void cache.prefetchQuery({
    queryKey: ['secretariat.role', {}],
    queryFn: () => first.then((s) => ({ role: s.role })),
  });
  void cache.prefetchQuery({ queryKey: ['workingGroups.list', {}], queryFn: () => first.then((s) => s.groups) });
}
