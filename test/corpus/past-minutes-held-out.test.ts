// The held-out past minutes (issue 19): five documents written apart from the recogniser, by
// someone who had not seen it. The recognizer was improved on them after their first run (figures
// in BENCHMARKS.md), so they are no longer unseen. Each passes the corpus checks (helpers/past-
// minutes-corpus.ts); none is of a variant's province.
import { describe, it } from 'vitest';
import { corpusChecks, expectNewSet } from '../helpers/past-minutes-corpus';
import { heldOutNames, variantNames } from '../helpers/past-minutes-files';

const names = heldOutNames();

describe('past-minutes held-out set', () => {
  it('has five documents, each of another body, province and year, none of a variant’s province', () => {
    expectNewSet(names, 5, ['markazi-1399-01', ...variantNames()], false);
  });

  corpusChecks(names, { shape: { years: [1395, 1404] } });
});
