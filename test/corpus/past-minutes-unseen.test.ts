// The unseen past minutes (issue 19): five documents written after the held-out set had been looked
// at, apart from the recogniser and never shown to its author, so its score on them stands for its
// score on files it has not met. Each expected document passes the contract, imports into a real
// SQLite file and exports back to a 100 % score; every text it holds is in its source as written; no
// body or province is one of the variants' or the held-out set's.
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../helpers/past-minutes-corpus';

import { scoreText } from '../helpers/minutes-score';
import { expectedMinutes, heldOutNames, unseenNames, variantNames } from '../helpers/past-minutes-files';

const names = unseenNames();

describe('past-minutes unseen set', () => {
  it('has five documents, each of another body, province and year, none of a variant’s or held-out province or body', () => {
    expect(names.length).toBe(5);
    const docs = names.map(expectedMinutes);
    const distinct = (xs: unknown[]) => new Set(xs).size;
    expect(distinct(docs.map((d) => d.workingGroup.name))).toBe(5);
    expect(distinct(docs.map((d) => d.workingGroup.province))).toBe(5);
    expect(distinct(docs.map((d) => d.session.year))).toBe(5);
    const seen = ['markazi-1399-01', ...variantNames(), ...heldOutNames()].map(expectedMinutes);
    const provinces = new Set(seen.map((d) => d.workingGroup.province));
    // Compared as search keys: «كارگروه» with an Arabic kaf is the same body as «کارگروه».
    const bodies = new Set(seen.map((d) => scoreText(d.workingGroup.name)));
    expect(docs.filter((d) => provinces.has(d.workingGroup.province)).map((d) => d.workingGroup.province)).toEqual([]);
    expect(docs.filter((d) => bodies.has(scoreText(d.workingGroup.name))).map((d) => d.workingGroup.name)).toEqual([]);
  });

  it('uses no year of a variant or of the held-out set', () => {
    const seen = new Set(
      ['markazi-1399-01', ...variantNames(), ...heldOutNames()].map((n) => expectedMinutes(n).session.year),
    );
    expect(names.map((n) => expectedMinutes(n).session.year).filter((y) => seen.has(y))).toEqual([]);
  });

  // 1396–1404 are all taken by the earlier sets: these go back to 1392 and on to this year, 1405.
  corpusChecks(names, { shape: { years: [1390, 1405] } });
});
