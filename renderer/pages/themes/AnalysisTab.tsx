import { useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { GapAlertList } from './GapAlertList';
import { LeadTimeChart } from './LeadTimeChart';

/** Where the chain stops: open gap alerts across all themes, and lead times per stage ("Wo stockt es?"). */
export function AnalysisTab() {
  const [groupBy, setGroupBy] = useState<'fieldOfAction' | 'year'>('fieldOfAction');
  const alerts = useApiData('chain.gapAlerts');
  const lead = useApiData('chain.leadTimes', { groupBy });
  return (
    <>
      <section className="page-section" aria-labelledby="analysis-gaps">
        <h2 className="kern-heading-medium" id="analysis-gaps">Lücken in der Kette ({alerts.data?.length ?? '…'})</h2>
        <Loading data={alerts.data} error={alerts.error} what="Die Lückenhinweise">
          {(list) => list.length === 0 ? <EmptyState>Keine offenen Lücken.</EmptyState> : <GapAlertList alerts={list} />}
        </Loading>
      </section>
      <section className="page-section" aria-labelledby="analysis-lead">
        <h2 className="kern-heading-medium" id="analysis-lead">Wo stockt es? Durchlaufzeiten</h2>
        <p className="kern-body">Tage von der ersten Erkenntnis bis zur Vorlage, zum Beschluss, zur beschlossenen und zur abgeschlossenen Maßnahme (Median).</p>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Gruppieren nach</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            {([['fieldOfAction', 'Handlungsfeld'], ['year', 'Jahr der ersten Erkenntnis']] as const).map(([value, label]) => (
              <div className="kern-form-check" key={value}>
                <input id={`lead-group-${value}`} type="radio" name="lead-group" className="kern-form-check__radio"
                  checked={groupBy === value} onChange={() => setGroupBy(value)} />
                <label className="kern-label" htmlFor={`lead-group-${value}`}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <Loading data={lead.data} error={lead.error} what="Die Durchlaufzeiten">{(data) => <LeadTimeChart data={data} />}</Loading>
      </section>
    </>
  );
}
