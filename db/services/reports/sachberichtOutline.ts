/**
 * The default chapters of a Sachbericht (domain brief (d) 1–11 and the annex; the cover is no chapter).
 * `generated`: the chapter has a part built from the records beside the office's text.
 */
export const SACHBERICHT_OUTLINE = [
  { key: 'summary', title: 'Zusammenfassung und Kennzahlen', generated: true },
  { key: 'staff', title: 'Personal je Baustein (Nachweis des geförderten Personals)', generated: true },
  { key: 'steering', title: 'Strategische Steuerung: Lenkungsgruppe und Arbeitsgremien', generated: true },
  { key: 'reconstructions', title: 'Fallrekonstruktionen und generative Themen', generated: true },
  { key: 'measures', title: 'Maßnahmen und Schnittstellenbudget', generated: true },
  { key: 'municipalities', title: 'Einbindung der Kommunen', generated: true },
  { key: 'caseManagement', title: 'Case Management (Baustein 2)', generated: true },
  { key: 'immigrationAuthority', title: 'Zusammenarbeit mit der Ausländer- und Einbürgerungsbehörde (Baustein 3)', generated: false },
  { key: 'crossCutting', title: 'Querschnittsthemen, Veranstaltungen und Öffentlichkeitsarbeit', generated: true },
  { key: 'effects', title: 'Erfolg, Wirkungen und Abweichungen vom Finanzierungsplan', generated: false },
  { key: 'outlook', title: 'Ausblick', generated: false },
  { key: 'annex', title: 'Anhang', generated: true },
] as const;

export type SachberichtSectionKey = (typeof SACHBERICHT_OUTLINE)[number]['key'];
