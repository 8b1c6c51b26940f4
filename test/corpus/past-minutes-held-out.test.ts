// The held-out past minutes (issue 19): five documents written apart from the recogniser and
// never used to tune it, so its score on them stands for its score on files it has not seen. Each
// expected document passes the contract, imports into a real SQLite file and exports back to a
// 100 % score; every text it holds is in its source as written; the set differs from the variants.
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../helpers/past-minutes-corpus';

import { expectedMinutes, heldOutNames, variantNames } from '../helpers/past-minutes-files';

const names = heldOutNames();

describe('past-minutes held-out set', () => {
  it('has five documents, each of another body, province and year, none of a variant’s province', () => {
    expect(names.length).toBe(5);
    const docs = names.map(expectedMinutes);
    const distinct = (xs: unknown[]) => new Set(xs).size;
    expect(distinct(docs.map((d) => d.workingGroup.name))).toBe(5);
    expect(distinct(docs.map((d) => d.workingGroup.province))).toBe(5);
    expect(distinct(docs.map((d) => d.session.year))).toBe(5);
    const tuned = new Set(['markazi-1399-01', ...variantNames()].map((n) => expectedMinutes(n).workingGroup.province));
    expect(docs.filter((d) => tuned.has(d.workingGroup.province)).map((d) => d.workingGroup.province)).toEqual([]);
  });

  corpusChecks(names, { shape: { years: [1395, 1404] } });
});
