import type { JSX } from 'react';
import { hrefFor } from '../../app/router';
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
      <nav className="sub-nav" aria-label="Bereiche der Einstellungen">
        <ul className="sub-nav__list">
          {SETTINGS_TABS.map((t) => (
            <li key={t.slug}>
              <a className="sub-nav__link" href={hrefFor(`/einstellungen/${t.slug}`)} aria-current={t.slug === tab.slug ? 'page' : undefined}>
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Content key={tab.slug} />
    </>
  );
}
