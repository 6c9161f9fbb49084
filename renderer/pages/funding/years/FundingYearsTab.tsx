import { yearOfRest } from './fundingPaths';
import { YearList } from './YearList';
import { YearPage } from './YearPage';
import '../funding.css';

/** '/foerderung/jahre' lists the funding years, '/foerderung/jahre/2025' is one year's page. */
export function FundingYearsTab({ rest }: { rest: string }) {
  const year = yearOfRest(rest);
  return year == null ? <YearList /> : <YearPage key={year} year={year} />;
}
