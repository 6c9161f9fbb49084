import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { EmptyState } from '../../components/EmptyState';
import { formatFte } from '../../format/fte';

type ModuleRow = OutputOf<'overview.summary'>['postsByModule'][number];

/** Funded against filled full-time equivalents per Baustein, with the total that the Sachbericht asks for. */
export function PostsByModuleSection({ rows }: { rows: readonly ModuleRow[] }) {
  const enums = useEnums();
  // Summed in hundredths, as the core does, so the total has no floating-point residue.
  const total = rows.reduce(
    (t, r) => ({ posts: t.posts + r.posts, funded: t.funded + Math.round(r.fundedFte * 100), filled: t.filled + Math.round(r.filledFte * 100) }),
    { posts: 0, funded: 0, filled: 0 },
  );
  return (
    <section className="page-section" aria-labelledby="posts-heading">
      <h2 id="posts-heading" className="kern-heading-medium">Stellen nach Baustein</h2>
      {rows.length === 0 ? <EmptyState>Es sind noch keine Stellen erfasst.</EmptyState> : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="visually-hidden">Stellen nach Baustein: gefördert und besetzt in Vollzeitäquivalenten</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Baustein</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Stellen</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">VZÄ gefördert</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">VZÄ besetzt</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((r) => (
                <tr key={r.fundingModule} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">{enumLabel(enums, 'fundingModule', r.fundingModule)}</th>
                  <td className="kern-table__cell kern-table__cell--numeric">{r.posts}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatFte(r.fundedFte)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatFte(r.filledFte)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="kern-table__footer">
              <tr className="kern-table__row">
                <th scope="row" className="kern-table__cell">Summe</th>
                <td className="kern-table__cell kern-table__cell--numeric">{total.posts}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{formatFte(total.funded / 100)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{formatFte(total.filled / 100)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
