import { useState } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { useApiData } from '../../api/useApiData';
import { EntityForm } from '../../components/form/EntityForm';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { useEntityForm } from '../../components/form/useEntityForm';
import { Loading } from '../../components/Loading';
import { OFFICE_FIELDS } from './officeFields';

export function OfficeSection() {
  const { data, error } = useApiData('settings.get');
  return (
    <section className="page-section" aria-labelledby="office-heading">
      <h2 id="office-heading" className="kern-heading-medium">Angaben zur Dienststelle</h2>
      <Loading data={data} error={error} what="Die Einstellungen">
        {(settings) => <OfficeForm settings={settings} />}
      </Loading>
    </section>
  );
}

function OfficeForm({ settings }: { settings: OutputOf<'settings.get'> }) {
  const [saved, setSaved] = useState('');
  const form = useEntityForm(OFFICE_FIELDS, settings, async (input) => {
    setSaved('');
    await api.send('settings.update', input as InputOf<'settings.update'>);
    setSaved('Die Einstellungen wurden gespeichert.');
    dataChanged();
  });
  return (
    <div ref={(el) => { form.containerRef.current = el; }}>
      <EntityForm
        fields={OFFICE_FIELDS}
        values={form.values}
        errors={form.errors}
        onChange={form.setValue}
        onSubmit={() => void form.submit()}
        before={<ErrorSummary failure={form.failure} messages={form.summary} />}
        after={(
          <div className="form-actions">
            <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={form.busy || undefined}>
              <span className="kern-label">{form.busy ? 'Wird gespeichert …' : 'Einstellungen speichern'}</span>
            </button>
            <p className="kern-body notice" role="status">{saved}</p>
          </div>
        )}
      />
    </div>
  );
}
