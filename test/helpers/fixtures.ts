// The real minutes of seed 003 in the interchange format (test/fixtures, kept as received), read
// fresh for every test.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const fixturePath = path.resolve(import.meta.dirname, '../fixtures/minutes/markazi-1399-01.json');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the document freely to break it on purpose
export function fixture(): any {
  return JSON.parse(readFileSync(fixturePath, 'utf8'));
}
