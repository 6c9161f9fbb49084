import { useMemo, useRef } from 'react';
import type { InputOf } from '../../../../db/api/contract';
import { ApiFailure } from '../../../api/ApiFailure';
import { api } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { EntityForm } from '../../../components/form/EntityForm';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { useEntityForm } from '../../../components/form/useEntityForm';
import { figureName, NO_FIELD, NO_MUNICIPALITY, periodLabel, type FigureRow } from './figureColumns';
import {
  countFieldSpecs, FIGURE_LABELS, figureFormRecord, keyFieldSpecs, PLAUSIBILITY_HINT, sameKeyEntry, toUpsertInput,
  type FigureKey, type FigureOptions,
} from './figureForm';

interface FigureDialogProps {
  /** The entry to edit; a new one when absent. */
  row?: FigureRow;
  /** All stored entries, to stop "Neu" from silently replacing one. */
  rows: readonly FigureRow[];
  options: FigureOptions;
  onSaved(notice: string): void;
  onClose(): void;
}

/**
 * New entry: period, provider, municipality, field and the figures. Editing changes only the figures – period and
 * assignment identify the entry, and the core's upsert would otherwise add a second entry instead of moving this one.
 */
export function FigureDialog({ row, rows, options, onSaved, onClose }: FigureDialogProps) {
  const fields = useMemo(() => (row ? countFieldSpecs() : [...keyFieldSpecs(options), ...countFieldSpecs()]), [row, options]);
  const record = useMemo(() => (row ? figureFormRecord(row as unknown as Record<string, unknown>) : undefined), [row]);
  const notice = useRef('');

  const save = async (values: Record<string, unknown>) => {
    const { input, issues } = toUpsertInput(values);
    if (issues.length > 0) throw new ApiFailure('VALIDATION', issues[0].message, issues);
    const key: FigureKey = row ?? (input as unknown as FigureKey);
    if (!row) {
      const existing = sameKeyEntry(rows, key);
      if (existing) {
        const message = `${FIGURE_LABELS.periodStart}: Für diesen Zeitraum, Träger, Kommune und dieses Handlungsfeld sind bereits Zahlen erfasst `
          + `(${periodLabel(existing)}). Bitte bearbeiten Sie den vorhandenen Eintrag.`;
        throw new ApiFailure('CONFLICT', message, [{ field: 'periodStart', message }]);
      }
    }
    const full = {
      ...input,
      periodStart: key.periodStart, periodEnd: key.periodEnd, providerOrganisationId: key.providerOrganisationId,
      municipalityId: key.municipalityId, fieldOfAction: key.fieldOfAction,
    } as InputOf<'cmFigures.upsert'>;
    const { figure } = await api.send('cmFigures.upsert', full);
    notice.current = row ? `Die Fallzahlen „${figureName(row)}“ wurden gespeichert.` : `Die Fallzahlen für ${periodLabel(figure)} wurden angelegt.`;
  };
  const form = useEntityForm(fields, record, save);
  const submit = async () => {
    if (await form.submit()) onSaved(notice.current);
  };

  return (
    <Dialog title={row ? 'Fallzahlen bearbeiten' : 'Fallzahlen erfassen'} onClose={onClose} busy={form.busy} wide>
      <div ref={(el) => { form.containerRef.current = el; }}>
        <EntityForm
          fields={fields}
          values={form.values}
          errors={form.errors}
          onChange={form.setValue}
          onSubmit={submit}
          bodyClassName="kern-dialog__body app-dialog__scroll"
          before={(
            <>
              <ErrorSummary failure={form.failure} messages={form.summary} />
              {row ? (
                <dl className="cm-key">
                  <dt>Zeitraum</dt><dd>{periodLabel(row)}</dd>
                  <dt>{FIGURE_LABELS.providerOrganisationId}</dt><dd>{row.providerName}</dd>
                  <dt>{FIGURE_LABELS.municipalityId}</dt><dd>{row.municipalityName ?? NO_MUNICIPALITY}</dd>
                  <dt>{FIGURE_LABELS.fieldOfAction}</dt><dd>{row.fieldOfActionLabel ?? NO_FIELD}</dd>
                </dl>
              ) : null}
              <p className="kern-body kern-body--small">
                Nur Summen, keine Angaben zu einzelnen Personen. {PLAUSIBILITY_HINT}
                {row ? ' Zeitraum und Zuordnung bestimmen den Eintrag; um sie zu ändern, löschen Sie ihn und erfassen ihn neu.' : ''}
              </p>
            </>
          )}
          after={(
            <footer className="kern-dialog__footer">
              <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
                <span className="kern-label">Abbrechen</span>
              </button>
              <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={form.busy || undefined}>
                <span className="kern-label">{form.busy ? 'Wird gespeichert …' : row ? 'Speichern' : 'Anlegen'}</span>
              </button>
            </footer>
          )}
        />
      </div>
    </Dialog>
  );
}
