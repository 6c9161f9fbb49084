import type { JSX } from 'react';
import { SubNav } from '../../components/SubNav';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { ArchiveSection } from './ArchiveSection';
import { DeletedRecordsPanel } from './deleted/DeletedRecordsPanel';
import { EncryptionSection } from './encryption/EncryptionSection';
import { BackupSection } from './BackupSection';
import { OfficeSection } from './OfficeSection';
import { SETTINGS_TABS } from './tabs';

const TAB_CONTENT: Record<string, () => JSX.Element> = {
  dienststelle: OfficeSection,
  datensicherung: () => <><BackupSection /><ArchiveSection /></>,
  verschluesselung: EncryptionSection,
  'geloeschte-eintraege': DeletedRecordsPanel,
};

export function SettingsPage({ sub }: { sub: string }) {
  const tab = SETTINGS_TABS.find((t) => t.slug === sub) ?? SETTINGS_TABS[0];
  const Content = TAB_CONTENT[tab.slug];
  useDocumentTitle(`${tab.label} – Einstellungen`);
  return (
    <>
      <PageTitle>Einstellungen</PageTitle>
      <SubNav label="Bereiche der Einstellungen" items={SETTINGS_TABS} current={tab.slug} pathOf={(slug) => `/einstellungen/${slug}`} />
      <Content key={tab.slug} />
    </>
  );
}
