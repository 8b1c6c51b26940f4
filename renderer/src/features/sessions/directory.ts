// The people directory as the session editor's pickers see it: the list, and quick add.
import type { Person } from '../../../../electron/contract';

export interface Directory {
  people: Person[];
  add: (name: string, title: string | null) => Promise<unknown>;
}
