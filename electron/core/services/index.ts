// The handler table: every contract operation mapped to its service. The type makes a missing one a compile error.
import { attendanceHandlers } from './attendance';
import { attachmentHandlers } from './attachments';
import { backupHandlers } from './backups';
import { directoryHandlers } from './directory';
import { finalMinutesHandlers } from './final-minutes';
import { followUpHandlers } from './follow-up';
import type { HandlerTable } from './handlers';
import { minutesHandlers } from './minutes';
import { reportHandlers } from './reports';
import { resolutionHandlers } from './resolutions';
import { searchHandlers } from './search';
import { secretariatHandlers } from './secretariat';
import { agendaHandlers, discussionHandlers, signatoryHandlers } from './session-parts';
import { sessionHandlers } from './sessions';
import { syncHandlers } from './sync';
import { memberHandlers, workingGroupHandlers } from './working-groups';

export const handlers: HandlerTable = {
  ...secretariatHandlers,
  ...workingGroupHandlers,
  ...memberHandlers,
  ...directoryHandlers,
  ...sessionHandlers,
  ...agendaHandlers,
  ...discussionHandlers,
  ...resolutionHandlers,
  ...attendanceHandlers,
  ...signatoryHandlers,
  ...minutesHandlers,
  ...finalMinutesHandlers,
  ...attachmentHandlers,
  ...followUpHandlers,
  ...reportHandlers,
  ...searchHandlers,
  ...syncHandlers,
  ...backupHandlers,
};
