export interface MasterDataTab {
  slug: string;
  label: string;
}

export const MASTER_DATA_TABS: readonly MasterDataTab[] = [
  { slug: 'kommunen', label: 'Kommunen' },
  { slug: 'organisationen', label: 'Organisationen' },
  { slug: 'ansprechpersonen', label: 'Ansprechpersonen' },
  { slug: 'stellen', label: 'Stellen' },
  { slug: 'traegerzustaendigkeiten', label: 'Trägerzuständigkeiten' },
];
