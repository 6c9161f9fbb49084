import { metaMethods } from './handlers/meta';
import { municipalityMethods } from './handlers/municipalities';
import { organisationMethods } from './handlers/organisations';
import { personMethods } from './handlers/persons';
import { postMethods } from './handlers/posts';
import { providerAssignmentMethods } from './handlers/providerAssignments';
import { settingsMethods } from './handlers/settings';
import { backupMethods } from './handlers/backup';
import { overviewMethods } from './handlers/overview';

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
  organisationMethods,
  personMethods,
  postMethods,
  providerAssignmentMethods,
} as const;
