// What the app's root needs before it shows anything: the secretariat (null before first run),
// the data file's role and the working groups. main.tsx asks for it while the app's code loads.
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
