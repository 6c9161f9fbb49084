import { useEffect, useRef } from 'react';
import { useApiData } from '../../../api/useApiData';
import { hasNavigated, hrefFor } from '../../../app/router';
import { Alert } from '../../../components/Alert';
import { Loading } from '../../../components/Loading';
import { BalanceSection } from './BalanceSection';
import { ExpensesSection } from './ExpensesSection';
import { YEARS_BASE } from './fundingPaths';
import { PlanSection } from './PlanSection';
import { RatesSection } from './RatesSection';
import { YearFacts } from './YearFacts';

/** One funding year: the grant notice, the rates, the plan per budget line, planned against spent, and the expenses. */
export function YearPage({ year }: { year: number }) {
  const years = useApiData('fundingYears.list');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const row = years.data?.find((y) => y.year === year);
  const rowId = row?.id;
  // Coming from the list, the link that was followed is gone: the year's heading is where reading continues.
  useEffect(() => {
    if (rowId && hasNavigated()) headingRef.current?.focus();
  }, [rowId]);
  return (
    <>
      <p className="kern-body back-link">
        <a className="kern-link" href={hrefFor(YEARS_BASE)}>
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" /> Alle Förderjahre
        </a>
      </p>
      <Loading data={years.data} error={years.error} what="Förderjahre">
        {() => row ? (
          <>
            <h2 ref={headingRef} tabIndex={-1} className="kern-heading-medium funding-year__title">Förderjahr {year}</h2>
            <YearFacts row={row} />
            <RatesSection fundingYearId={row.id} />
            <PlanSection fundingYearId={row.id} />
            <BalanceSection fundingYearId={row.id} />
            <ExpensesSection fundingYearId={row.id} year={year} />
          </>
        ) : (
          <Alert variant="warning" title={`Das Förderjahr ${year} ist nicht erfasst`}>
            <p className="kern-body">Legen Sie es in der Liste der Förderjahre mit „Neues Förderjahr“ an.</p>
          </Alert>
        )}
      </Loading>
    </>
  );
}
