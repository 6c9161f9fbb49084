import type { ApiClient, InputOf } from '../../../../db/api/contract';

export interface CmOffice {
  zuelpich: string;
  mechernich: string;
  badMuenstereifel: string;
  caritasEifel: string;
  drk: string;
  kja: string;
}

/** Towns and providers as in the demo Kreis, so CSV rows can name them the way offices write them. */
export async function seedCmOffice(api: ApiClient): Promise<CmOffice> {
  const town = (name: string, status: 'STADT' | 'GEMEINDE', officialKey: string) =>
    api.send('municipalities.create', { name, status, officialKey }).then((m) => m.id);
  const org = (name: string, shortName: string) => api.send('organisations.create', { name, shortName, kind: 'WELFARE_PROVIDER' }).then((o) => o.id);
  return {
    zuelpich: await town('Zülpich', 'STADT', '05366044'),
    mechernich: await town('Mechernich', 'STADT', '05366028'),
    badMuenstereifel: await town('Bad Münstereifel', 'STADT', '05366004'),
    caritasEifel: await org('Caritasverband für die Region Eifel e. V.', 'Caritas Eifel'),
    drk: await org('Deutsches Rotes Kreuz Kreisverband Euskirchen e. V.', 'DRK KV Euskirchen'),
    kja: await org('Katholische Jugendagentur Bonn gGmbH', 'KJA Bonn'),
  };
}

export type CmEntry = InputOf<'cmFigures.upsert'>;

export const entry = (providerOrganisationId: string, municipalityId: string | null, extra: Partial<CmEntry> = {}): CmEntry => ({
  periodStart: '2025-01-01', periodEnd: '2025-06-30', providerOrganisationId, municipalityId, fieldOfAction: null,
  newCases: 6, activeCases: 18, closedCases: 5, contacts: 126, accompaniments: 22, referrals: 9, avgDurationDays: 182.5, ...extra,
});
