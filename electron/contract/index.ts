// The one API contract: every operation the renderer (or any transport) may call.
// Adding an operation `prefix.verb` = an entry in contract/<prefix>.ts (kebab-case) + its handler in
// core/services/<prefix>.ts; test/contract/files-match-operations.test.ts keeps it so.
import { agendaOps } from './agenda';
import { amendmentOps } from './amendments';
import { attachmentOps } from './attachments';
import { attendanceOps } from './attendance';
import { backupOps } from './backups';
import { boardOps } from './board';
import { bundleOps } from './bundle';
import { discussionOps } from './discussion';
import { followUpOps } from './follow-ups';
import { headquartersOps } from './headquarters';
import { invitationOps } from './invitations';
import { letterheadOps } from './letterhead';
import { letterOps } from './letters';
import { memberOps } from './members';
import { nationalOps } from './national';
import { minutesOps } from './minutes';
import { organizationOps } from './organizations';
import { pastMinutesOps } from './past-minutes';
import { personOps } from './people';
import { reportOps } from './reports';
import { resolutionOps } from './resolutions';
import { searchOps } from './search';
import { secretariatOps } from './secretariat';
import { sessionOps } from './sessions';
import { signatoryOps } from './signatories';
import { todayOps } from './today';
import { workingGroupOps } from './working-groups';
import type { z } from 'zod';

export const contract = {
  ...secretariatOps,
  ...workingGroupOps,
  ...memberOps,
  ...organizationOps,
  ...personOps,
  ...sessionOps,
  ...agendaOps,
  ...discussionOps,
  ...resolutionOps,
  ...attendanceOps,
  ...signatoryOps,
  ...minutesOps,
  ...pastMinutesOps,
  ...amendmentOps,
  ...attachmentOps,
  ...followUpOps,
  ...boardOps,
  ...reportOps,
  ...searchOps,
  ...bundleOps,
  ...headquartersOps,
  ...nationalOps,
  ...backupOps,
  ...letterheadOps,
  ...invitationOps,
  ...todayOps,
  ...letterOps,
};

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = z.output<Contract[K]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];
const names = new Set<string>(operationNames);

/** Operations marked `async: true` in op(): they work outside the database (printing, files, dialogs). */
export type AsyncOperationName = {
  [K in OperationName]: Contract[K]['async'] extends true ? K : never;
}[OperationName];
export const asyncOperationNames = operationNames.filter((n): n is AsyncOperationName => contract[n].async);

export function isOperationName(s: unknown): s is OperationName {
  return typeof s === 'string' && names.has(s);
}

export * from './define';
export * from './common';
export type * from './secretariat';
export type * from './working-groups';
export type * from './members';
export type * from './organizations';
export type * from './people';
export type * from './sessions';
export type * from './agenda';
export type * from './national';
export type * from './discussion';
export type * from './resolutions';
export type * from './attendance';
export type * from './signatories';
export type * from './minutes';
export type * from './past-minutes';
export type * from './amendments';
export type * from './attachments';
export type * from './follow-ups';
export type * from './board';
export type * from './reports';
export type * from './search';
export type * from './bundle';
export type * from './headquarters';
export type * from './letterhead';
export type * from './invitations';
export type * from './today';
export type * from './letters';
export type * from './synced-entities';
export type * from './backups';
export { resolutionStatuses } from './resolutions';
export { BOARD_MAX_PAGE, BOARD_PAGE, MAX_ATTACHMENT_BYTES, MAX_BUNDLE_BYTES } from './limits';
