import { input, int } from '../fields';
import { method } from '../define';
import { staffingMonthly } from '../../services/staffing/monthly';

export const staffingMethods = {
  /** "Nachweis des geförderten Personals": posts month by month, FTE per Baustein, vacancies and holder changes. */
  'staffing.monthly': method({
    input: input({ year: int('Jahr', 2000, 2100) }),
    run: (ctx, { year }) => staffingMonthly(ctx, year),
  }),
};
