export interface SettingsTab {
  slug: string;
  label: string;
}

/** The areas of Einstellungen, in the order of the sub-navigation; the first is shown for #/einstellungen. */
export const SETTINGS_TABS: readonly SettingsTab[] = [
  { slug: 'dienststelle', label: 'Dienststelle' },
  { slug: 'datensicherung', label: 'Datensicherung' },
  { slug: 'verschluesselung', label: 'Verschlüsselung' },
  { slug: 'geloeschte-eintraege', label: 'Gelöschte Einträge' },
];
