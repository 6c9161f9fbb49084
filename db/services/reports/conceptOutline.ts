/**
 * The default structure of the KIM-Konzept Fortschreibung, mirroring the Kreis Euskirchen's Fortschreibung of
 * January 2025 (seed 002, domain brief (d)). `generated`: the section has a part built from the records.
 */
export const CONCEPT_OUTLINE: ReadonlyArray<{ key: string; parentKey?: string; title: string; generated: boolean }> = [
  { key: 'foundations', title: 'Grundlagen', generated: false },
  { key: 'funding', parentKey: 'foundations', title: 'Förderung von Personal- und Sachausgaben', generated: true },
  { key: 'steering', title: 'Strategische Steuerung: die Koordinierungsstellen und ihre Aufgaben', generated: true },
  { key: 'caseManagement', title: 'Case Management', generated: false },
  { key: 'providers', parentKey: 'caseManagement', title: 'Träger und zuständige Kommunen', generated: true },
  { key: 'immigrationAuthority', title: 'Zusammenarbeit mit der Ausländer- und Einbürgerungsbehörde', generated: false },
  { key: 'steeringGroup', title: 'Lenkungsgruppe', generated: true },
  { key: 'municipalities', title: 'Einbindung der Kommunen', generated: true },
  { key: 'qualification', title: 'Qualifizierung', generated: false },
  { key: 'advisory', title: 'Beratungsstrukturen', generated: false },
  { key: 'sustainability', title: 'Nachhaltigkeit', generated: false },
  { key: 'outlook', title: 'Ausblick', generated: false },
];
