import { useId, useState, type FormEvent } from 'react';
import { useApiData } from '../../../api/useApiData';
import { useToday } from '../../../api/useToday';
import { hrefFor, navigate } from '../../../app/router';
import { EmptyState } from '../../../components/EmptyState';
import { Loading } from '../../../components/Loading';
import { formatFte } from '../../../format/fte';
import { POSTS_PATH, staffingPath, yearOfRest, yearPath } from '../years/fundingPaths';
import { HolderChanges, Vacancies } from './Changes';
import { defaultYear, pickerYears } from './defaultYear';
import { ModuleTotals } from './ModuleTotals';
import { StaffingGrid, StaffingLegend } from './StaffingGrid';
import { filledShareText } from './staffingCells';
import '../funding.css';

/** '/foerderung/personal/2025': "Nachweis des geförderten Personals" for one year; without a year the current one. */
export function StaffingTab({ rest }: { rest: string }) {
  const years = useApiData('fundingYears.list');
  const today = useToday();
  const named = yearOfRest(rest);
  const recorded = years.data?.map((y) => y.year);
  const year = named ?? (recorded && today ? defaultYear(recorded, today) : undefined);
  return (
    <section className="page-section" aria-labelledby="staffing-heading">
      <h2 id="staffing-heading" className="kern-heading-medium">Nachweis des geförderten Personals{year ? ` ${year}` : ''}</h2>
      <p className="kern-body page-intro">
        Jede geförderte Stelle Monat für Monat mit Stellenanteil und Besetzung, die VZÄ je Baustein, Vakanzen und Personalwechsel.
        Stellen und ihre Besetzungszeiträume pflegen Sie unter <a className="kern-link" href={hrefFor(POSTS_PATH)}>Stammdaten → Stellen</a>.
      </p>
      {year ? (
        <>
          <YearPicker year={year} years={recorded ?? []} />
          <StaffingReportView key={year} year={year} hasFundingYear={recorded?.includes(year) ?? false} />
        </>
      ) : <Loading data={undefined} error={years.error} what="Förderjahre">{() => null}</Loading>}
    </section>
  );
}

/** A select plus a button, so moving through the years with the arrow keys does not reload the page at every step. */
function YearPicker({ year, years }: { year: number; years: readonly number[] }) {
  const id = useId();
  const [chosen, setChosen] = useState(String(year));
  const show = (event: FormEvent) => {
    event.preventDefault();
    navigate(staffingPath(Number(chosen)));
  };
  return (
    <form className="staffing-picker" onSubmit={show}>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={id}>Jahr</label>
        <div className="kern-form-input__select-wrapper">
          <select id={id} className="kern-form-input__select" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {pickerYears(years, year).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">Anzeigen</span></button>
    </form>
  );
}

function StaffingReportView({ year, hasFundingYear }: { year: number; hasFundingYear: boolean }) {
  const { data, error } = useApiData('staffing.monthly', { year });
  return (
    <Loading data={data} error={error} what="Personalnachweis">
      {(report) => report.posts.length === 0 ? (
        <EmptyState>Für {year} ist keine Stelle mit Besetzungszeitraum erfasst.</EmptyState>
      ) : (
        <>
          <dl className="kern-description-list facts facts--inline">
            <Fact term="Geförderte VZÄ (Jahresmittel)" value={formatFte(report.total.fundedFte)} />
            <Fact term="Besetzte VZÄ (Jahresmittel)" value={formatFte(report.total.filledFte)} />
            <Fact term="Besetzungsquote" value={filledShareText(report.total.filledShare)} />
            <Fact term="Stellen" value={String(report.posts.length)} />
          </dl>
          {hasFundingYear ? (
            <p className="kern-body"><a className="kern-link" href={hrefFor(yearPath(year))}>Förderjahr {year}: Planansätze und Ausgaben</a></p>
          ) : null}
          <h3 className="kern-heading-small">Stellen Monat für Monat</h3>
          <StaffingLegend />
          <StaffingGrid report={report} />
          <details className="funding-details">
            <summary className="kern-body">Wie wird gezählt?</summary>
            <p className="kern-body">{report.rule}</p>
          </details>
          <h3 className="kern-heading-small">VZÄ je Baustein</h3>
          <ModuleTotals report={report} />
          <h3 className="kern-heading-small">Vakanzen</h3>
          <Vacancies report={report} />
          <h3 className="kern-heading-small">Personalwechsel</h3>
          <HolderChanges report={report} />
        </>
      )}
    </Loading>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{value}</dd>
    </div>
  );
}
