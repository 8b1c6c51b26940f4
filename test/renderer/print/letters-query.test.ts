// The letters' print page reads back exactly the letters a printer asked for: the query the core
// writes (contract/print-target.ts) and the page's reading of it (print/letters-query.ts) agree.
import { describe, expect, it } from 'vitest';
import { printQuery, type LettersTarget } from '../../../electron/contract/print-target';
import { whichLettersOf } from '../../../renderer/src/print/letters-query';

const id = '318b9c46-0e7f-4bea-abba-eeb770aeec98';

describe('the letters print page query', () => {
  it.each<[LettersTarget, unknown]>([
    [
      { kind: 'letters', letter: 'notification', sessionId: id },
      { kind: 'notification', sessionId: id },
    ],
    [
      { kind: 'letters', letter: 'notification', sessionId: id, key: 'name:دستگاه های عضو کارگروه' },
      { kind: 'notification', sessionId: id, key: 'name:دستگاه های عضو کارگروه' },
    ],
    [
      { kind: 'letters', letter: 'follow_up', workingGroupId: id, today: '1399/03/10', key: `id:${id}` },
      { kind: 'follow_up', workingGroupId: id, today: '1399/03/10', key: `id:${id}` },
    ],
  ])('%j is read back as the letters asked for', (target, which) => {
    const params = new URLSearchParams(new URLSearchParams(printQuery(target)).toString());
    expect(params.get('print')).toBe('letters');
    expect(JSON.parse(JSON.stringify(whichLettersOf(params)))).toEqual(which);
  });
});
