import { metaMethods } from './handlers/meta';
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

/**
 * Every API method, by globally unique name "<domain>.<verb>". One handler file per domain;
 * the spread order does not matter because a test asserts that no name is defined twice.
 */
export const methods = {
  ...metaMethods,
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
  ...organisationMethods,
  ...personMethods,
  ...postMethods,
  ...providerAssignmentMethods,
};

export const handlerGroups = {
  metaMethods,
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
  organisationMethods,
  personMethods,
  postMethods,
  providerAssignmentMethods,
} as const;
