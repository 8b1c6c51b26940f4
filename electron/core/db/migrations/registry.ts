// The ordered list of schema migrations. Explicit, not a directory scan: bundling breaks scans.
// Versions go up in steps of 10 (100 is another branch's, merged before 110); a new one is appended
// here and gets a test from the previous version with data.
import type { Database } from 'better-sqlite3';
import { initial } from './0010-initial';
import { groupOfficers } from './0020-group-officers';
import { finalMinutes } from './0030-final-minutes';
import { followUp } from './0040-follow-up';
import { bundles } from './0050-bundles';
import { headquarters } from './0060-headquarters';
import { installation } from './0070-installation';
import { outsideEdits } from './0080-outside-edits';
import { sessionNumberSource } from './0090-session-number-source';
import { noDeadline } from './0100-no-deadline';
import { printAsTyped } from './0110-print-as-typed';
import { pastMinutesSource } from './0120-past-minutes-source';
import { nationalLoop } from './0130-national-loop';
import { boardOrder } from './0140-board-order';
import { letterhead } from './0150-letterhead';
import { letters } from './0160-letters';
import { invitation } from './0170-invitation';

export interface Migration {
  version: number;
  name: string;
  /**
   * The step rebuilds a table (https://www.sqlite.org/lang_altertable.html#otheralter): foreign keys
   * go off before the migrations' transaction (inside one the pragma does nothing) and back on after,
   * and `PRAGMA foreign_key_check` must be empty before the transaction commits.
   */
  rebuildsTables?: true;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [
  initial,
  groupOfficers,
  finalMinutes,
  followUp,
  bundles,
  headquarters,
  installation,
  outsideEdits,
  sessionNumberSource,
  noDeadline,
  printAsTyped,
  pastMinutesSource,
  nationalLoop,
  boardOrder,
  letterhead,
  letters,
  invitation,
];

export const latestVersion = migrations.at(-1)?.version ?? 0;
