import type { InputOf } from '../../../db/api/contract';
import type { FieldsOf } from '../../components/form/fieldSpec';

/** Labels match the core's, so its messages ("Anschrift: Höchstens 500 Zeichen.") read naturally at the field. */
export const OFFICE_FIELDS = [
  { name: 'officeName', label: 'Name des Büros', kind: 'text', required: true, maxLength: 200, wide: true },
  { name: 'officeUnit', label: 'Organisationseinheit', kind: 'text', maxLength: 200, hint: 'z. B. Abt. 49 – Kommunales Integrationszentrum' },
  { name: 'email', label: 'E-Mail', kind: 'email', maxLength: 254 },
  { name: 'phone', label: 'Telefon', kind: 'tel', maxLength: 40 },
  { name: 'addressLines', label: 'Anschrift', kind: 'textarea', maxLength: 500, hint: 'Eine Zeile je Adresszeile; erscheint in Berichten' },
  { name: 'smallCountThreshold', label: 'Kleinzahlen unterdrücken unter', kind: 'integer', required: true, hint: 'Zahlen darunter erscheinen in Berichten nicht, damit niemand erkennbar wird (1 bis 20)' },
  { name: 'contactWarningMonths', label: 'Warnung ohne Kontakt nach Monaten', kind: 'integer', required: true, hint: 'Kommunen ohne Runden Tisch in dieser Zeit werden hervorgehoben (1 bis 60)' },
  { name: 'backupKeep', label: 'Aufzubewahrende Sicherungen', kind: 'integer', required: true, hint: 'Ältere Sicherungen im Datenordner werden gelöscht (1 bis 100)' },
  { name: 'reconstructionRetentionMonths', label: 'Löschfrist Fallrekonstruktionen (Monate)', kind: 'integer', required: true, hint: 'Danach werden Fallcode und Zusammenfassung bereinigt (1 bis 120)' },
] satisfies FieldsOf<InputOf<'settings.update'>>;
