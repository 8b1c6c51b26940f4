// The one API contract: every operation the renderer (or any transport) may call.
// Adding an operation = an entry in a domain file here + the same-named handler in core/services.
import { attachmentOps } from './attachments';
import { backupOps } from './backups';
import { directoryOps } from './directory';
import { finalMinutesOps } from './final-minutes';
import { followUpOps } from './follow-up';
import { minutesOps } from './minutes';
import { secretariatOps } from './secretariat';
import { sessionOps } from './sessions';
import { syncOps } from './sync';
import { workingGroupOps } from './working-groups';
import type { z } from 'zod';

export const contract = {
  ...secretariatOps,
  ...workingGroupOps,
  ...directoryOps,
  ...sessionOps,
  ...minutesOps,
  ...finalMinutesOps,
  ...attachmentOps,
  ...followUpOps,
  ...syncOps,
  ...backupOps,
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
export type * from './directory';
export type * from './sessions';
export type * from './minutes';
export type * from './final-minutes';
export type * from './attachments';
export type * from './follow-up';
export type * from './sync';
export type * from './synced-entities';
export type * from './backups';
export { resolutionStatuses } from './follow-up';
export { BOARD_MAX_PAGE, BOARD_PAGE, MAX_ATTACHMENT_BYTES, MAX_BUNDLE_BYTES } from './limits';
