import { metaMethods } from './handlers/meta';
import { searchMethods } from './handlers/search';
import { municipalityMethods } from './handlers/municipalities';
import { organisationMethods } from './handlers/organisations';
import { personMethods } from './handlers/persons';
import { postMethods } from './handlers/posts';
import { providerAssignmentMethods } from './handlers/providerAssignments';
import { settingsMethods } from './handlers/settings';
import { backupMethods } from './handlers/backup';
import { overviewMethods } from './handlers/overview';
import { committeeMethods } from './handlers/committees';
import { meetingMethods } from './handlers/meetings';
import { agendaMethods } from './handlers/agenda';
import { attendanceMethods } from './handlers/attendance';
import { decisionMethods } from './handlers/decisions';
import { taskMethods } from './handlers/tasks';
import { minutesMethods } from './handlers/minutes';
import { exportMethods } from './handlers/exports';
import { themeMethods } from './handlers/themes';
import { measureMethods } from './handlers/measures';
import { groupMethods } from './handlers/groups';
import { chainMethods } from './handlers/chain';
import { roundTableMethods } from './handlers/roundTables';
import { municipalityProfileMethods } from './handlers/municipalityProfile';
import { roundTableExportMethods } from './handlers/roundTableExports';
import { fundingMethods } from './handlers/funding';
import { cmFigureMethods } from './handlers/cmFigures';
import { eventMethods } from './handlers/events';
import { staffingMethods } from './handlers/staffing';
import { historyMethods } from './handlers/history';
import { archiveMethods } from './handlers/archive';
import { encryptionMethods } from './handlers/encryption';
import { oparlMethods } from './handlers/oparl';
import { privacyMethods } from './handlers/privacy';
import { reconstructionMethods } from './handlers/reconstructions';
import { findingMethods } from './handlers/findings';
import { retentionMethods } from './handlers/retention';
import { reportExportMethods, reportMethods } from './handlers/reports';

/**
 * Every API method, by globally unique name "<domain>.<verb>". One handler file per domain;
 * the spread order does not matter because a test asserts that no name is defined twice.
 */
export const methods = {
  ...metaMethods,
  ...searchMethods,
  ...municipalityMethods,
  ...settingsMethods,
  ...backupMethods,
  ...overviewMethods,
  ...committeeMethods,
  ...meetingMethods,
  ...agendaMethods,
  ...attendanceMethods,
  ...decisionMethods,
  ...taskMethods,
  ...minutesMethods,
  ...exportMethods,
  ...themeMethods,
  ...measureMethods,
  ...groupMethods,
  ...chainMethods,
  ...organisationMethods,
  ...personMethods,
  ...postMethods,
  ...providerAssignmentMethods,
  ...roundTableMethods,
  ...municipalityProfileMethods,
  ...roundTableExportMethods,
  ...fundingMethods,
  ...cmFigureMethods,
  ...eventMethods,
  ...staffingMethods,
  ...historyMethods,
  ...archiveMethods,
  ...encryptionMethods,
  ...oparlMethods,
  ...privacyMethods,
  ...reconstructionMethods,
  ...findingMethods,
  ...retentionMethods,
  ...reportMethods,
  ...reportExportMethods,
};

export const handlerGroups = {
  metaMethods,
  searchMethods,
  municipalityMethods,
  settingsMethods,
  backupMethods,
  overviewMethods,
  committeeMethods,
  meetingMethods,
  agendaMethods,
  attendanceMethods,
  decisionMethods,
  taskMethods,
  minutesMethods,
  exportMethods,
  themeMethods,
  measureMethods,
  groupMethods,
  chainMethods,
  organisationMethods,
  personMethods,
  postMethods,
  providerAssignmentMethods,
  roundTableMethods,
  municipalityProfileMethods,
  roundTableExportMethods,
  fundingMethods,
  cmFigureMethods,
  eventMethods,
  staffingMethods,
  historyMethods,
  archiveMethods,
  encryptionMethods,
  oparlMethods,
  privacyMethods,
  reconstructionMethods,
  findingMethods,
  retentionMethods,
  reportMethods,
  reportExportMethods,
} as const;
