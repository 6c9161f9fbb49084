import { PageTitle, useDocumentTitle } from '../../components/PageTitle';

const PLANNED_REPORTS: { title: string; text: string }[] = [
  {
    title: 'Sachbericht',
    text: 'Der jährliche Bericht zum Verwendungsnachweis: Stellen je Baustein, Sitzungen und Beschlüsse der Lenkungsgruppe, Fallrekonstruktionen, Themen und Maßnahmen, Beteiligung der Kommunen.',
  },
  {
    title: 'Fortschreibung des KIM-Konzepts',
    text: 'Stellen und Besetzung, Aufgabenprofile der Koordinierungsstellen, Träger und ihre Zuständigkeiten, Lenkungsgruppe und Beteiligung der Kommunen.',
  },
  {
    title: 'Sachstandsbericht',
    text: 'Ein kurzer Stand für Ausschüsse des Kreistags.',
  },
];

/** Says honestly what this area will do; it offers no button for anything that does not exist yet. */
export function ReportsPage() {
  useDocumentTitle('Berichte');
  return (
    <>
      <PageTitle>Berichte</PageTitle>
      <p className="kern-body page-intro">
        Hier werden künftig Berichte aus den erfassten Daten erzeugt und als Word-Dokument gespeichert.
        Abschnitte, die sich aus den Daten ergeben, werden vorausgefüllt; eigene Texte ergänzen Sie vor dem Export.
        In dieser Version lassen sich noch keine Berichte erzeugen.
      </p>
      <h2 className="kern-heading-medium">Vorgesehene Berichte</h2>
      <ul className="kern-list report-list">
        {PLANNED_REPORTS.map((r) => (
          <li key={r.title} className="kern-body">
            <strong>{r.title}:</strong> {r.text}
          </li>
        ))}
      </ul>
    </>
  );
}
