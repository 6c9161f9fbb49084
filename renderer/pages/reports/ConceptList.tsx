import { useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { hrefFor } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { formatInstant } from '../../format/date';
import { NewConceptDialog } from './NewConceptDialog';
import { versionStatusText } from './conceptVersions';
import { conceptPath } from './reportPaths';

type Version = OutputOf<'reports.list'>[number];

/** The versions of the KIM-Konzept, newest first, and the start of a new Fortschreibung. */
export function ConceptList({ versions }: { versions: readonly Version[] }) {
  const [creating, setCreating] = useState(false);
  const titleOf = (id: string | null) => versions.find((v) => v.id === id)?.versionLabel ?? '–';
  return (
    <>
      {versions.length === 0 ? <EmptyState>Es ist noch keine Version des KIM-Konzepts angelegt.</EmptyState> : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small report-table">
            <caption className="visually-hidden">Versionen des KIM-Konzepts, neueste zuerst</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Version</th>
                <th scope="col" className="kern-table__header">Status</th>
                <th scope="col" className="kern-table__header">Grundlage</th>
                <th scope="col" className="kern-table__header">Zuletzt geändert</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {versions.map((v) => (
                <tr className="kern-table__row" key={v.id}>
                  <td className="kern-table__cell"><a className="kern-link" href={hrefFor(conceptPath(v.id))}>{v.versionLabel ?? v.title}</a></td>
                  <td className="kern-table__cell">{versionStatusText(v)}</td>
                  <td className="kern-table__cell">{titleOf(v.basedOnDraftId)}</td>
                  <td className="kern-table__cell">{formatInstant(v.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="report-new">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setCreating(true)}>
          <span className="kern-label">Neue Fortschreibung</span>
        </button>
      </div>
      {creating ? <NewConceptDialog versions={versions} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
