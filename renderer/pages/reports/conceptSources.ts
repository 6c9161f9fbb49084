/** Where in the app the records behind a generated Konzept section are kept, so the office knows where to change them. */
export interface RecordSource {
  label: string;
  path: string;
}

const SOURCES: Record<string, readonly RecordSource[]> = {
  funding: [
    { label: 'Stammdaten: Stellen', path: '/stammdaten/stellen' },
    { label: 'Förderung & Zahlen: Förderjahre', path: '/foerderung/jahre' },
  ],
  steering: [{ label: 'Stammdaten: Stellen (Schwerpunkt und Aufgaben)', path: '/stammdaten/stellen' }],
  providers: [{ label: 'Stammdaten: Trägerzuständigkeiten', path: '/stammdaten/traegerzustaendigkeiten' }],
  steeringGroup: [
    { label: 'Lenkungsgruppe: Mitglieder', path: '/lenkungsgruppe/mitglieder' },
    { label: 'Lenkungsgruppe: Geschäftsordnung', path: '/lenkungsgruppe/geschaeftsordnung' },
    { label: 'Lenkungsgruppe: Sitzungen und Beschlüsse', path: '/lenkungsgruppe/sitzungen' },
  ],
  municipalities: [
    { label: 'Runde Tische', path: '/runde-tische' },
    { label: 'Gruppen', path: '/gruppen' },
  ],
};

/** The places a generated section's content comes from; empty for a section the app does not generate. */
export function recordSources(sectionKey: string): readonly RecordSource[] {
  return SOURCES[sectionKey] ?? [];
}
