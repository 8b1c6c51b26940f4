// Every string the renderer shows, in Persian, grouped by feature: `fa.<group>.<key>`, one file a group.
import { faApp } from './fa-app';
import { faAttendance } from './fa-attendance';
import { faBackups } from './fa-backups';
import { faCalendar } from './fa-calendar';
import { faCharts } from './fa-charts';
import { faCommon } from './fa-common';
import { faEditing } from './fa-editing';
import { faFollowUp } from './fa-follow-up';
import { faHeadquarters } from './fa-headquarters';
import { faMinutes } from './fa-minutes';
import { faNational } from './fa-national';
import { faPastMinutes } from './fa-past-minutes';
import { faLetters } from './fa-letters';
import { faInvitation } from './fa-invitation';
import { faPrint } from './fa-print';
import { faToday } from './fa-today';
import { faReports } from './fa-reports';
import { faSearch } from './fa-search';
import { faSessionCalendar } from './fa-session-calendar';
import { faSessions } from './fa-sessions';
import { faSetup } from './fa-setup';
import { faSync } from './fa-sync';
import { faWorkingGroups } from './fa-working-groups';

export const fa = {
  common: faCommon,
  app: faApp,
  editing: faEditing,
  calendar: faCalendar,
  sessions: faSessions,
  sessionCalendar: faSessionCalendar,
  attendance: faAttendance,
  followUp: faFollowUp,
  minutes: faMinutes,
  reports: faReports,
  search: faSearch,
  sync: faSync,
  headquarters: faHeadquarters,
  national: faNational,
  workingGroups: faWorkingGroups,
  setup: faSetup,
  backups: faBackups,
  pastMinutes: faPastMinutes,
  print: faPrint,
  letters: faLetters,
  invitation: faInvitation,
  today: faToday,
  charts: faCharts,
} as const;
