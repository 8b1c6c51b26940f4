// The real minutes of seed 003 in the interchange format (test/fixtures, kept as received), read
// fresh for every test.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const fixturePath = path.resolve(import.meta.dirname, '../fixtures/minutes/markazi-1399-01.json');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the document freely to break it on purpose
export function fixture(): any {
  return JSON.parse(readFileSync(fixturePath, 'utf8'));
}

/** The same minutes with no deadline on any resolution (`"deadline": null`), as many real minutes are. */
export const noDeadlinePath = path.resolve(import.meta.dirname, '../fixtures/minutes/markazi-1399-01-no-deadline.json');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as fixture(): tests edit it freely
export function noDeadlineFixture(): any {
  return JSON.parse(readFileSync(noDeadlinePath, 'utf8'));
}
