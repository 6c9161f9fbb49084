import { enumLabel, useEnums } from '../../../api/enums';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate } from '../../../format/date';
import { vacancyDuration, vacancySpan, type StaffingReport } from './staffingCells';

const CHANGE_KIND = { DEPARTURE: 'Weggang', ARRIVAL: 'Besetzung', HANDOVER: 'Wechsel' } as const;

/** Vacancies touching the year with their durations. */
export function Vacancies({ report }: { report: StaffingReport }) {
  const enums = useEnums();
  if (report.vacancies.length === 0) return <EmptyState>Im Jahr {report.year} war keine Stelle unbesetzt.</EmptyState>;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--small funding-table">
        <caption className="visually-hidden">Vakanzen {report.year}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Stelle</th>
            <th scope="col" className="kern-table__header">Zeitraum</th>
            <th scope="col" className="kern-table__header">Stand</th>
            <th scope="col" className="kern-table__header">Dauer</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {report.vacancies.map((v) => (
            <tr className="kern-table__row" key={`${v.postId}-${v.from}`}>
              <th scope="row" className="kern-table__cell">{v.postLabel}</th>
              <td className="kern-table__cell">{vacancySpan(v)}</td>
              <td className="kern-table__cell">{v.statuses.map((s) => enumLabel(enums, 'postStatus', s)).join(', dann ')}</td>
              <td className="kern-table__cell">{vacancyDuration(v, report.year)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Who left and who started in the year: the turnover the Sachbericht reports. */
export function HolderChanges({ report }: { report: StaffingReport }) {
  const { departures, arrivals, handovers } = report.turnover;
  return (
    <>
      <p className="kern-body">
        Fluktuation {report.year}: {departures} {departures === 1 ? 'Weggang' : 'Weggänge'}, {arrivals} {arrivals === 1 ? 'Besetzung' : 'Besetzungen'} einer
        freien Stelle, {handovers} {handovers === 1 ? 'direkter Wechsel' : 'direkte Wechsel'} der Inhaber*in.
      </p>
      {report.holderChanges.length === 0 ? null : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small funding-table">
            <caption className="visually-hidden">Personalwechsel {report.year}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Stelle</th>
                <th scope="col" className="kern-table__header">Datum</th>
                <th scope="col" className="kern-table__header">Art</th>
                <th scope="col" className="kern-table__header">Bisher</th>
                <th scope="col" className="kern-table__header">Danach</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {report.holderChanges.map((c) => (
                <tr className="kern-table__row" key={`${c.postId}-${c.on}-${c.kind}`}>
                  <th scope="row" className="kern-table__cell">{c.postLabel}</th>
                  <td className="kern-table__cell">{formatDate(c.on)}</td>
                  <td className="kern-table__cell">{CHANGE_KIND[c.kind]}</td>
                  <td className="kern-table__cell">{c.previousHolderName ?? '–'}</td>
                  <td className="kern-table__cell">{c.nextHolderName ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
