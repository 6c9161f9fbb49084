import { enumLabel, useEnums } from '../../../api/enums';
import { cellOf, filledOfFunded, holdersOf, MONTH_LONG, MONTH_SHORT, type StaffingReport } from './staffingCells';

/**
 * Every post month by month: a real table whose row headers name the post and its holders and whose column headers
 * name the months, so a screen reader announces "März, Koordinierungsstelle 1: 1,0 besetzt". Status is text and
 * pattern, never colour alone. On a narrow window the region scrolls sideways and can be scrolled with the keyboard.
 */
export function StaffingGrid({ report }: { report: StaffingReport }) {
  const enums = useEnums();
  const statusLabels = enums.postStatus as Record<string, string>;
  const groups = report.modules
    .map((m) => ({ module: m, posts: report.posts.filter((p) => p.fundingModule === m.fundingModule) }))
    .filter((g) => g.posts.length > 0);
  return (
    <div className="funding-scroll staffing-scroll" tabIndex={0} role="region" aria-label={`Stellen Monat für Monat ${report.year}`}>
      <table className="kern-table kern-table--small staffing-grid">
        <caption className="visually-hidden">Stellen Monat für Monat {report.year}: Stellenanteil (VZÄ) und Besetzung</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header staffing-grid__post">Stelle</th>
            {MONTH_SHORT.map((m, i) => (
              <th scope="col" className="kern-table__header staffing-grid__month" key={m}>
                <span aria-hidden="true">{m}</span><span className="visually-hidden">{MONTH_LONG[i]}</span>
              </th>
            ))}
            <th scope="col" className="kern-table__header staffing-grid__year">VZÄ im Jahr <span className="staffing-grid__sub">besetzt von gefördert</span></th>
          </tr>
        </thead>
        {groups.map(({ module, posts }) => (
          <tbody className="kern-table__body" key={module.fundingModule}>
            <tr className="kern-table__row staffing-grid__group">
              <th scope="rowgroup" colSpan={14} className="kern-table__cell">
                <span className="staffing-grid__group-label">{module.label}</span>
              </th>
            </tr>
            {posts.map((post) => {
              const holders = holdersOf(post);
              return (
                <tr className="kern-table__row" key={post.postId}>
                  <th scope="row" className="kern-table__cell staffing-grid__post">
                    <span className="staffing-grid__label">{post.label}</span>
                    <span className="staffing-grid__sub">
                      {enumLabel(enums, 'postKind', post.kind)}{post.hostOrganisationName ? `, ${post.hostOrganisationName}` : ''}
                    </span>
                    <span className="staffing-grid__sub">{holders ? `Inhaber*in: ${holders}` : 'ohne Inhaber*in'}</span>
                  </th>
                  {post.months.map((month) => {
                    const cell = cellOf(month, statusLabels);
                    return (
                      <td className={`kern-table__cell staff-cell staff-cell--${cell.kind}`} key={month.month}
                        title={`${cell.fte} ${cell.status}${month.holderName ? ` (${month.holderName})` : ''}`}>
                        <span className="staff-cell__fte">{cell.fte}</span>
                        {cell.kind === 'none' ? <span className="visually-hidden"> {cell.status}</span> : (
                          <>
                            <span className="staff-cell__status" aria-hidden="true">{cell.short}</span>
                            <span className="visually-hidden"> {cell.status}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                  <td className="kern-table__cell kern-table__cell--numeric staffing-grid__year">{filledOfFunded(post.filledFte, post.fundedFte)}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** What the short status words and patterns of the grid mean. */
export function StaffingLegend() {
  const enums = useEnums();
  const items: [string, string, string][] = [
    ['filled', 'bes.', enumLabel(enums, 'postStatus', 'FILLED')],
    ['vacant', 'unbes.', enumLabel(enums, 'postStatus', 'VACANT')],
    ['advertised', 'ausg.', enumLabel(enums, 'postStatus', 'ADVERTISED')],
    ['none', '–', 'keine Stelle in diesem Monat'],
  ];
  return (
    <div className="staffing-legend">
      <p className="kern-body kern-body--small staffing-legend__title">Legende:</p>
      <dl className="staffing-legend__list">
        {items.map(([kind, short, long]) => (
          <div key={kind} className="staffing-legend__item">
            <dt className={`staff-cell staff-cell--${kind} staffing-legend__swatch`}>{short}</dt>
            <dd className="kern-body kern-body--small">{long}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
