import { useMemo, useState } from 'react';
import type { InputOf } from '../../../../db/api/contract';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { enumLabel, enumOptions, useEnums } from '../../../api/enums';
import { EmptyState } from '../../../components/EmptyState';
import type { FieldsOf } from '../../../components/form/fieldSpec';
import { FormDialog } from '../../../components/form/FormDialog';
import type { RoundTableDetail } from '../form/roundTableForm';

type FindingInput = InputOf<'findings.create'>;

/** Erkenntnisse from the round table: what they found out, and which generative theme each feeds. */
export function FindingsSection({ detail, onNotice }: { detail: RoundTableDetail; onNotice(message: string): void }) {
  const enums = useEnums();
  const [adding, setAdding] = useState(false);
  const fields = useMemo(() => [
    { name: 'kind', label: 'Art', kind: 'select', required: true, options: enumOptions(enums, 'findingKind') },
    { name: 'description', label: 'Beschreibung', kind: 'textarea', required: true, maxLength: 2000,
      hint: 'Ohne personenbezogene Angaben: Erkenntnisse bleiben dauerhaft gespeichert.' },
  ] as const satisfies FieldsOf<FindingInput>, [enums]);
  return (
    <section className="page-section" aria-labelledby="findings-heading">
      <div className="section-head">
        <h2 id="findings-heading" className="kern-heading-medium">Erkenntnisse</h2>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAdding(true)}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Erkenntnis erfassen</span>
        </button>
      </div>
      <p className="kern-body page-intro">Erkenntnisse speisen die generativen Themen; zugeordnet werden sie unter „Themen &amp; Maßnahmen“.</p>
      {detail.findings.length === 0 ? <EmptyState>Zu diesem Termin sind keine Erkenntnisse erfasst.</EmptyState> : (
        <ul className="finding-list">
          {detail.findings.map((f) => (
            <li key={f.id} className="kern-body">
              <span className="kern-badge kern-badge--small kern-badge--info">{enumLabel(enums, 'findingKind', f.kind)}</span> {f.description}
              <span className="cell-sub">{f.themeTitle ? `Thema: ${f.themeTitle}` : 'noch keinem Thema zugeordnet'}</span>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <FormDialog title="Erkenntnis erfassen" fields={fields} submitLabel="Erkenntnis speichern" onClose={() => setAdding(false)}
          save={(input) => api.send('findings.create', { ...(input as Pick<FindingInput, 'kind' | 'description'>), roundTableId: detail.id, reconstructionId: null, organisationIds: [] })}
          onSaved={() => { dataChanged(); setAdding(false); onNotice('Die Erkenntnis wurde gespeichert.'); }} />
      ) : null}
    </section>
  );
}
