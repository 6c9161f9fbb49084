import { metaMethods } from './handlers/meta';
import { municipalityMethods } from './handlers/municipalities';

/**
 * Every API method, by globally unique name "<domain>.<verb>". One handler file per domain;
 * the spread order does not matter because a test asserts that no name is defined twice.
 */
export const methods = {
  ...metaMethods,
  ...municipalityMethods,
};

export const handlerGroups = { metaMethods, municipalityMethods } as const;
