// The past-minutes corpus (issue 19) is what a secretary would type: each expected document passes
// the contract and imports into a real SQLite file, its export scores 100 % against it, and every
// text it holds is in its source as written (nothing invented); the seed's model reads as the seed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../helpers/past-minutes-corpus';

import { modelToText, pastMinutesDir, sourceModel, variantNames } from '../helpers/past-minutes-files';

const names = ['markazi-1399-01', ...variantNames()];

describe('past-minutes corpus', () => {
  it('has the seed and at least six variants', () => {
    expect(variantNames().length).toBeGreaterThanOrEqual(6);
  });

  it('keeps the seed byte for byte, and its model pasted as text is the seed without its blank lines', () => {
    const seed = readFileSync(path.join(pastMinutesDir, 'markazi-1399-01.txt'), 'utf8');
    expect(seed.startsWith('\n\nصور تجلسه اولين کار گروه')).toBe(true);
    const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
    expect(lines(modelToText(sourceModel('markazi-1399-01')))).toEqual(lines(seed));
  });

  it('has the seed as Word has it: two resolution tables with their header row, a paragraph per responsible body', () => {
    const tables = sourceModel('markazi-1399-01').blocks.flatMap((b) => ('table' in b ? [b.table] : []));
    expect(tables.map((t) => t.length)).toEqual([3, 4]);
    for (const t of tables)
      expect(t[0]!.map((c) => c.join(' '))).toEqual(['ردیف', 'عنوان', 'مفاد', 'مهلت اقدام', 'مسئول پیگیری']);
    expect(tables[0]![1]![4]).toEqual(['- دبیرخانه کتاب', '- اعضای کارگروه']);
  });

  corpusChecks(names, { word: false });
});
