// The final unseen past minutes (issue 19): six documents written after the unseen set had been looked
// at, apart from the recogniser and never shown to its author, so its score on them stands for its
// score on files it has not met. Each expected document passes the contract, imports into a real
// SQLite file and exports back to a 100 % score; every text it holds is in its source as written; no
// two share a body, province or year, and no body or province is one of an earlier set's.
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../helpers/past-minutes-corpus';

import { scoreText } from '../helpers/minutes-score';
import { expectedMinutes, finalNames, heldOutNames, unseenNames, variantNames } from '../helpers/past-minutes-files';

const names = finalNames();

describe('past-minutes final set', () => {
  it('has six documents, each of another body, province and year, none of an earlier set’s province or body', () => {
    expect(names.length).toBe(6);
    const docs = names.map(expectedMinutes);
    const distinct = (xs: unknown[]) => new Set(xs).size;
    expect(distinct(docs.map((d) => d.workingGroup.name))).toBe(6);
    expect(distinct(docs.map((d) => d.workingGroup.province))).toBe(6);
    expect(distinct(docs.map((d) => d.session.year))).toBe(6);
    const seen = ['markazi-1399-01', ...variantNames(), ...heldOutNames(), ...unseenNames()].map(expectedMinutes);
    const provinces = new Set(seen.map((d) => d.workingGroup.province));
    // Compared as search keys: «كارگروه» with an Arabic kaf is the same body as «کارگروه».
    const bodies = new Set(seen.map((d) => scoreText(d.workingGroup.name)));
    expect(docs.filter((d) => provinces.has(d.workingGroup.province)).map((d) => d.workingGroup.province)).toEqual([]);
    expect(docs.filter((d) => bodies.has(scoreText(d.workingGroup.name))).map((d) => d.workingGroup.name)).toEqual([]);
  });

  corpusChecks(names, { shape: { years: [1390, 1405] } });
});
