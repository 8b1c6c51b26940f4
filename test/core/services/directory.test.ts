// The directory through the API on a real SQLite file: people kept as typed, found by a normalised
// key, changed field by field, and organisations refused twice under another spelling.
import { describe, expect, it } from 'vitest';
import { api, createDb, dump } from '../../helpers/db';

describe('people directory', () => {
  it('keeps names as typed, sorts by the normalised key, and changes only the fields given', () => {
    const db = createDb();
    const { call, dispatch } = api(db);
    const org = call('organizations.create', { name: 'استانداری مرکزی' });
    const b = call('people.create', { name: 'علي اكرمي', title: 'معاون سیاسی', organizationId: org.id });
    const a = call('people.create', { name: 'احمد سجادی' });
    expect(a).toMatchObject({ title: null, organizationId: null });
    expect(call('people.list', {}).map((p) => p.name)).toEqual(['احمد سجادی', 'علي اكرمي']);

    expect(call('people.update', { id: b.id, title: 'معاون سیاسی، امنیتی و اجتماعی' })).toEqual({
      ...b,
      title: 'معاون سیاسی، امنیتی و اجتماعی',
    });
    expect(call('people.update', { id: b.id, name: 'علی اکرمی' })).toMatchObject({
      name: 'علی اکرمی',
      title: 'معاون سیاسی، امنیتی و اجتماعی',
      organizationId: org.id,
    });
    expect(call('people.update', { id: b.id, organizationId: null }).organizationId).toBeNull();

    // Bad input is refused at its field and writes nothing.
    const before = dump(db);
    expect(dispatch('people.create', { name: '   ' })).toMatchObject({ ok: false, error: { path: 'name' } });
    expect(dispatch('people.update', { id: b.id, organizationId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(dump(db)).toEqual(before);

    call('people.remove', { id: a.id });
    expect(call('people.list', {}).map((p) => p.name)).toEqual(['علی اکرمی']);
    expect(dispatch('people.remove', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses an organisation typed again on an Arabic keyboard or without its ZWNJ', () => {
    const { call, dispatch } = api(createDb());
    call('organizations.create', { name: 'اداره کل کتابخانه‌های عمومی' });
    for (const name of ['اداره كل كتابخانه‌هاي عمومي', 'اداره کل کتابخانههای عمومی']) {
      expect(dispatch('organizations.create', { name })).toMatchObject({
        ok: false,
        error: { code: 'conflict', path: 'name' },
      });
    }
    expect(call('organizations.list', {})).toHaveLength(1);
  });
});
