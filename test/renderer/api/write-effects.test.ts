// What a write does to the answers screens hold (renderer/src/api/write-effects.ts), with the real
// answers of the services on a real SQLite file: the answer goes into the read that shows it and
// leaves the rest of it the same objects (so only that part renders again), and only the reads a
// write may change are asked again.
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../../electron/contract';
import { applyAnswer } from '../../../renderer/src/api/write-effects';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

describe('write effects on the read cache', () => {
  let call: ReturnType<typeof api>['call'];
  let cache: QueryClient;
  let session: SessionDetail;
  const sessionKey = () => ['sessions.get', { id: session.id }];
  const stale = (key: unknown[]) => cache.getQueryState(key)?.isInvalidated ?? false;

  beforeEach(() => {
    call = api(createDb()).call;
    const imported = call('minutes.import', { document: fixture() });
    session = call('sessions.get', { id: imported.sessionId });
    cache = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    cache.setQueryData(sessionKey(), session);
    cache.setQueryData(['people.list', {}], call('people.list', {}));
    cache.setQueryData(['organizations.list', {}], call('organizations.list', {}));
    cache.setQueryData(['board.list', {}], []);
  });

  it('puts a resolution changed into the open session, the other parts kept as they were', async () => {
    const edited = session.resolutions[1]!;
    const input = { id: edited.id, body: `${edited.body} (ویرایش)` };
    await applyAnswer(cache, 'resolutions.update', input, call('resolutions.update', input));

    const after = cache.getQueryData<SessionDetail>(sessionKey())!;
    expect(after.resolutions[1]!.body).toBe(input.body);
    expect(after.resolutions[0]).toBe(session.resolutions[0]);
    expect(after.resolutions[2]).toBe(session.resolutions[2]);
    expect(after.attendance).toBe(session.attendance);
    expect(after.agenda).toBe(session.agenda);
    // The session is not asked again (its answer came with the write); what follows up resolutions is.
    expect(stale(sessionKey())).toBe(false);
    expect(stale(['board.list', {}])).toBe(true);
    // The directory never shows a resolution.
    expect(stale(['people.list', {}])).toBe(false);
    expect(stale(['organizations.list', {}])).toBe(false);
  });

  it('puts an attendance line changed into the session: the other lines keep their identity', async () => {
    const line = session.attendance.entries.find((e) => !e.derived)!;
    const input = { sessionId: session.id, organizationId: line.organizationId, person: 'شخص تازه' };
    await applyAnswer(cache, 'attendance.set', input, call('attendance.set', input));

    const after = cache.getQueryData<SessionDetail>(sessionKey())!;
    const changed = after.attendance.entries.find((e) => e.organizationId === line.organizationId)!;
    expect(changed.person).toBe('شخص تازه');
    for (const e of after.attendance.entries) if (e !== changed) expect(session.attendance.entries).toContain(e);
    expect(after.resolutions).toBe(session.resolutions);
  });

  it('asks the session again after a move (rows renumbered) and after a write it has no rule for', async () => {
    const [first, second] = session.resolutions;
    await applyAnswer(
      cache,
      'resolutions.move',
      { id: second!.id, row: 1 },
      call('resolutions.move', { id: second!.id, row: 1 }),
    );
    expect(stale(sessionKey())).toBe(true);
    expect(stale(['people.list', {}])).toBe(false);
    expect(first).toBeDefined();

    cache.setQueryData(sessionKey(), session);
    const group = call('workingGroups.list', {})[0]!;
    const input = { workingGroupId: group.id, organizationName: 'اداره کل تازه' };
    await applyAnswer(cache, 'members.add', input, call('members.add', input));
    for (const key of [sessionKey(), ['people.list', {}], ['organizations.list', {}], ['board.list', {}]])
      expect(stale(key)).toBe(true);
  });

  it('changes nothing for a read', async () => {
    await applyAnswer(cache, 'sessions.get', { id: session.id }, call('sessions.get', { id: session.id }));
    expect(cache.getQueryData(sessionKey())).toBe(session);
    for (const key of [sessionKey(), ['people.list', {}], ['board.list', {}]]) expect(stale(key)).toBe(false);
  });

  it('keeps a person edited in its place in the directory until it is shown again', async () => {
    call('people.create', { name: 'الهام سجادی', title: null });
    call('people.create', { name: 'بهرام اکرمی', title: null });
    const people = call('people.list', {});
    cache.setQueryData(['people.list', {}], people);
    expect(people.map((p) => p.name)).toEqual(['الهام سجادی', 'بهرام اکرمی']);
    const first = people[0]!;
    // A name that would sort last: the row stays first while it is typed.
    const input = { id: first.id, name: 'یییی' };
    await applyAnswer(cache, 'people.update', input, call('people.update', input));
    const after = cache.getQueryData<typeof people>(['people.list', {}])!;
    // Read again, the directory sorts it last.
    expect(call('people.list', {}).map((p) => p.name)).toEqual(['بهرام اکرمی', 'یییی']);
    expect(after[0]).toMatchObject({ id: first.id, name: 'یییی' });
    expect(after.slice(1)).toEqual(people.slice(1));
    expect(stale(['people.list', {}])).toBe(false);
  });
});
