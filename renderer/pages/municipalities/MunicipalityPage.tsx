import { useState, type ReactNode } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { ExportButton } from '../../components/ExportButton';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { formatDate } from '../../format/date';
import { AgreementTable } from '../roundTables/agreements/AgreementTable';
import { contactAgo, contactWarningText } from '../roundTables/figures';
import { roundTableTabPath } from '../roundTables/roundTablePaths';
import '../roundTables/roundTables.css';
import { ActivityChart } from './ActivityChart';
import { MunicipalityRoundTables } from './MunicipalityRoundTables';
import { ProvidersSection } from './ProvidersSection';
import { ThemesSection } from './ThemesSection';

type Profile = OutputOf<'municipalities.profile'>;

/** '#/kommunen/<id>': everything the office knows about one municipality, for the next visit or the Bürgermeister meeting. */
export function MunicipalityPage({ sub }: { sub: string }) {
  const id = sub.split('/').filter(Boolean)[0] ?? '';
  const { data, error } = useApiData('municipalities.profile', { id });
  return (
    <>
      <p className="back-link">
        <a className="kern-link" href={hrefFor(roundTableTabPath('kommunen'))}>
          <span className="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
          Kommunen im Überblick
        </a>
      </p>
      <Loading data={data} error={error} what="Die Kommune">{(profile) => <MunicipalityView profile={profile} />}</Loading>
    </>
  );
}

function MunicipalityView({ profile }: { profile: Profile }) {
  const enums = useEnums();
  const { municipality: m, agreements } = profile;
  const title = `${enumLabel(enums, 'municipalityStatus', m.status)} ${m.name}`;
  useDocumentTitle(title);
  const [notice, setNotice] = useState('');
  const facts: [string, ReactNode][] = [
    ['Letzter Kontakt', profile.lastContactOn ? `${formatDate(profile.lastContactOn)} (${contactAgo(daysBetween(profile.lastContactOn, profile.today))})` : 'noch kein Termin'],
    ['Nächster Termin', profile.nextPlannedOn ? formatDate(profile.nextPlannedOn) : 'keiner geplant'],
    ['Termine', String(profile.roundTables.length)],
    ['Offene Vereinbarungen', String(agreements.open.length + agreements.overdue.length)],
  ];
  if (m.officialKey) facts.push(['Gemeindeschlüssel', m.officialKey]);
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <dl className="kern-description-list facts facts--inline">
        {facts.map(([key, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      {profile.contactWarning ? (
        <Alert variant="warning" title="Kontakt überfällig">
          <p className="kern-body">{contactWarningText(m.name, profile.lastContactOn, profile.contactWarningMonths, formatDate)}</p>
        </Alert>
      ) : null}
      <div className="export-list municipality-exports">
        <ExportButton method="exports.municipalityProfile" input={{ id: m.id }} label="Steckbrief exportieren (.docx)" what="Der Steckbrief" variant="primary" />
        <ExportButton method="exports.agreementsXlsx" input={{ municipalityId: m.id, status: 'ALL' }} label="Vereinbarungen (.xlsx)" what="Die Excel-Liste" />
      </div>
      <p className="kern-body notice" role="status">{notice}</p>
      <div className="municipality-grid">
        <section className="page-section" aria-labelledby="activity-heading">
          <h2 id="activity-heading" className="kern-heading-medium">Verlauf</h2>
          <ActivityChart activity={profile.activity} name={m.name} />
        </section>
        <ProvidersSection providers={profile.providers} />
      </div>
      <section className="page-section" aria-labelledby="municipality-agreements-heading">
        <h2 id="municipality-agreements-heading" className="kern-heading-medium">Vereinbarungen</h2>
        <AgreementGroup title="Überfällig" rows={agreements.overdue} empty="Keine Vereinbarung ist überfällig." onNotice={setNotice} />
        <AgreementGroup title="Offen" rows={agreements.open} empty="Keine weiteren Vereinbarungen sind offen." onNotice={setNotice} />
        <AgreementGroup title="Erledigt" rows={agreements.completed} empty="Noch keine Vereinbarung ist erledigt." onNotice={setNotice} />
        {agreements.discarded.length > 0
          ? <AgreementGroup title="Verworfen" rows={agreements.discarded} empty="" onNotice={setNotice} /> : null}
      </section>
      <MunicipalityRoundTables rows={profile.roundTables} />
      <ThemesSection themes={profile.themes} findings={profile.findings} />
    </>
  );
}

function AgreementGroup({ title, rows, empty, onNotice }: { title: string; rows: Profile['agreements']['open']; empty: string; onNotice(m: string): void }) {
  return (
    <>
      <h3 className="kern-heading-small">{title} ({rows.length})</h3>
      {rows.length === 0 ? <EmptyState>{empty}</EmptyState> : <AgreementTable caption={`Vereinbarungen: ${title}`} rows={rows} showRoundTable onNotice={onNotice} />}
    </>
  );
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
