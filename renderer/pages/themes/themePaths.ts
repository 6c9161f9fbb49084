export const THEMES_BASE = '/themen';

export const THEME_TABS = [
  { slug: '', label: 'Statustafel' },
  { slug: 'tabelle', label: 'Tabelle' },
  { slug: 'auswertung', label: 'Auswertung' },
] as const;

export type ThemeTab = (typeof THEME_TABS)[number]['slug'];

export type ThemesRoute = { kind: 'tab'; tab: ThemeTab } | { kind: 'theme'; id: string };

/** '' the board, 'tabelle' the table, 'auswertung' gap alerts and lead times, anything else one theme's id. */
export function parseThemesRoute(sub: string): ThemesRoute {
  const [first] = sub.split('/').filter(Boolean);
  if (!first) return { kind: 'tab', tab: '' };
  const tab = THEME_TABS.find((t) => t.slug === first);
  return tab ? { kind: 'tab', tab: tab.slug } : { kind: 'theme', id: first };
}

export function themePath(id?: string): string {
  return id ? `${THEMES_BASE}/${id}` : THEMES_BASE;
}

export function themeTabPath(tab: ThemeTab): string {
  return tab ? `${THEMES_BASE}/${tab}` : THEMES_BASE;
}

/** What the page knows that a bare reference does not: where findings, agenda items and decisions sit. */
export interface Places {
  themeId: string;
  assignedGroupId: string | null;
  findingSources: ReadonlyMap<string, { type: string | null; id: string | null }>;
  agendaMeetings: ReadonlyMap<string, { meetingId: string; steering: boolean }>;
  decisionMeetings: ReadonlyMap<string, { meetingId: string; steering: boolean }>;
  steeringCommitteeIds: ReadonlySet<string>;
}

const meetingPath = (m: { meetingId: string; steering: boolean }, tab: string) =>
  `${m.steering ? '/lenkungsgruppe' : '/gruppen'}/sitzung/${m.meetingId}/${tab}`;

/** Where a timeline entry or gap alert leads; null when the place is not known (then the entry is shown without a link). */
export function refPath(ref: { type: string; id: string }, places: Places): string | null {
  switch (ref.type) {
    case 'THEME': return themePath(ref.id);
    case 'RECONSTRUCTION': return `/fallrekonstruktionen/${ref.id}`;
    case 'ROUND_TABLE': return '/runde-tische';
    case 'FINDING': {
      const source = places.findingSources.get(ref.id);
      if (source?.type === 'RECONSTRUCTION' && source.id) return `/fallrekonstruktionen/${source.id}`;
      if (source?.type === 'ROUND_TABLE') return '/runde-tische';
      return null;
    }
    case 'AGENDA_ITEM': {
      const m = places.agendaMeetings.get(ref.id);
      return m ? meetingPath(m, 'vorbereitung') : null;
    }
    case 'DECISION': {
      const m = places.decisionMeetings.get(ref.id);
      return m ? meetingPath(m, 'sitzung') : null;
    }
    case 'COMMITTEE': return places.steeringCommitteeIds.has(ref.id) ? '/lenkungsgruppe' : `/gruppen/${ref.id}`;
    case 'MEETING': return `/gruppen/sitzung/${ref.id}`;
    case 'REPORT_DUE': return places.assignedGroupId ? `/gruppen/${places.assignedGroupId}` : null;
    case 'MEASURE': return themePath(places.themeId);
    default: return null;
  }
}
