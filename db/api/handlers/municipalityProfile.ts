import { method } from '../define';
import { idInput } from '../fields';
import { municipalityProfile } from '../../services/municipalityProfile/municipalityProfile';

/** The municipality page: round tables held there, agreements, responsible providers, themes, contact and activity. */
export const municipalityProfileMethods = {
  'municipalities.profile': method({ input: idInput('Kommune'), run: (ctx, { id }) => municipalityProfile(ctx, id) }),
};
