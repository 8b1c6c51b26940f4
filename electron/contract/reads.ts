// The operations that only read: the data file and its backups stay as they were (a PDF or a
// workbook may be saved where the secretary chose). A screen keeps their answers until a write;
// every operation not listed here counts as a write.
import type { OperationName } from './index';

export const readOperationNames = [
  'secretariat.get',
  'secretariat.role',
  'workingGroups.list',
  'workingGroups.get',
  'members.list',
  'organizations.list',
  'people.list',
  'sessions.list',
  'sessions.get',
  'sessions.calendar',
  'sessions.nextNumber',
  'resolutions.openBefore',
  'attendance.get',
  'attendance.sheet',
  'attendance.sheetPdf',
  'minutes.export',
  'sessions.verify',
  'amendments.list',
  'minutes.printable',
  'minutes.pdf',
  'pastMinutes.review',
  'pastMinutes.pending',
  'attachments.list',
  'attachments.get',
  'followUps.list',
  'board.list',
  'reports.annual',
  'reports.attendance',
  'reports.responsible',
  'reports.monthly',
  'reports.xlsx',
  'reports.pdf',
  'search.query',
  'bundle.status',
  'headquarters.secretariats',
  'headquarters.overview',
  'national.matrix',
  'national.source',
  'national.assignments',
  'national.xlsx',
  'backups.list',
  'letterhead.get',
  'invitations.printable',
  'invitations.pdf',
  'today.summary',
  'letters.notifications',
  'letters.overdue',
  'letters.ofResolution',
  'letters.printable',
  'letters.pdf',
] as const satisfies readonly OperationName[];

export type ReadOperationName = (typeof readOperationNames)[number];

const reads: ReadonlySet<string> = new Set(readOperationNames);

export function isReadOperation(name: string): name is ReadOperationName {
  return reads.has(name);
}
