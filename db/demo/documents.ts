import { documents, rulesOfProcedure } from '../schema';
import type { DemoBuilder } from './builder';

/**
 * Document records without files: the demo names what was adopted and when, the office attaches files itself.
 * Needs the steering group's decisions, which documents point at.
 */
export function insertDocuments(b: DemoBuilder): void {
  b.insert(documents, [
    { id: b.id('doc:kimKonzept'), kind: 'CONCEPT', title: 'KIM-Konzept Kreis Euskirchen (Erstantrag)', version: '2021', adoptedOn: '2021-03-31' },
    { id: b.id('doc:go'), kind: 'RULES_OF_PROCEDURE', title: 'Geschäftsordnung der Lenkungsgruppe KI/KIM', version: '1.0', adoptedByDecisionId: b.id('dec:go'), adoptedOn: '2022-11-29' },
    { id: b.id('doc:cmKonzept'), kind: 'CONCEPT', title: 'KIM-CM-Handlungskonzept Kreis Euskirchen', version: '2024', adoptedByDecisionId: b.id('dec:cmKonzept'), adoptedOn: '2024-11-18' },
    { id: b.id('doc:agWohnenBericht'), kind: 'REPORT', title: 'Abschlussbericht der AG Wohnen', version: '1.0', adoptedOn: '2025-05-20' },
    { id: b.id('doc:fortschreibung'), kind: 'CONCEPT', title: 'Fortschreibung KIM-Konzept Kreis Euskirchen', version: 'Januar 2025', adoptedOn: '2025-01-31' },
  ]);
  b.insert(rulesOfProcedure, [{
    id: b.id('rop:lg'), committeeId: b.id('c:lg'), adoptedOn: '2022-11-29', version: '1.0', quorumRule: 'MORE_THAN_HALF', deputiesCount: true,
    noticePeriodDays: 14, decisionMode: 'CONSENSUS', meetingsPerYear: 2, documentId: b.id('doc:go'), validFrom: '2022-11-29', validTo: null,
  }]);
}
