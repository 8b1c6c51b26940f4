// The handler table: every synchronous contract operation `prefix.verb` mapped to its handler in
// services/<prefix>.ts (kebab-case). The type makes a missing one a compile error.
import { agendaHandlers } from './agenda';
import { amendmentHandlers } from './amendments';
import { attachmentHandlers } from './attachments';
import { attendanceHandlers } from './attendance';
import { backupHandlers } from './backups';
import { boardHandlers } from './board';
import { bundleHandlers } from './bundle';
import { discussionHandlers } from './discussion';
import { followUpHandlers } from './follow-ups';
import type { HandlerTable } from './handlers';
import { headquartersHandlers } from './headquarters';
import { invitationHandlers } from './invitations';
import { letterheadHandlers } from './letterhead';
import { letterHandlers } from './letters';
import { memberHandlers } from './members';
import { nationalHandlers } from './national';
import { minutesHandlers } from './minutes';
import { organizationHandlers } from './organizations';
import { pastMinutesHandlers } from './past-minutes';
import { personHandlers } from './people';
import { reportHandlers } from './reports';
import { resolutionHandlers } from './resolutions';
import { searchHandlers } from './search';
import { secretariatHandlers } from './secretariat';
import { sessionHandlers } from './sessions';
import { signatoryHandlers } from './signatories';
import { todayHandlers } from './today';
import { workingGroupHandlers } from './working-groups';

export const handlers: HandlerTable = {
  ...secretariatHandlers,
  ...workingGroupHandlers,
  ...memberHandlers,
  ...organizationHandlers,
  ...personHandlers,
  ...sessionHandlers,
  ...agendaHandlers,
  ...discussionHandlers,
  ...resolutionHandlers,
  ...attendanceHandlers,
  ...signatoryHandlers,
  ...minutesHandlers,
  ...pastMinutesHandlers,
  ...amendmentHandlers,
  ...attachmentHandlers,
  ...followUpHandlers,
  ...boardHandlers,
  ...reportHandlers,
  ...searchHandlers,
  ...bundleHandlers,
  ...headquartersHandlers,
  ...nationalHandlers,
  ...backupHandlers,
  ...letterheadHandlers,
  ...invitationHandlers,
  ...todayHandlers,
  ...letterHandlers,
};
