import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { BackupSection } from './BackupSection';
import { OfficeSection } from './OfficeSection';

export function SettingsPage() {
  useDocumentTitle('Einstellungen');
  return (
    <>
      <PageTitle>Einstellungen</PageTitle>
      <OfficeSection />
      <BackupSection />
    </>
  );
}
