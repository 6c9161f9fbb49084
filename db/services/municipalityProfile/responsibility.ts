import type { Context } from '../../core/context';
import type { PostStatus, TargetGroup } from '../../domain/enums';

export interface ResponsibleAssignment {
  id: string;
  municipalityId: string | null;
  municipalityName: string | null;
  countyWide: boolean;
  targetGroup: TargetGroup;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
}

export interface ResponsiblePost {
  id: string;
  label: string;
  focus: string | null;
  fte: number;
  status: PostStatus;
  holderPersonId: string | null;
  holderName: string | null;
  holderEmail: string | null;
  holderPhone: string | null;
}

export interface ResponsibleProvider {
  providerOrganisationId: string;
  providerName: string;
  providerShortName: string | null;
  /** True when one of its assignments covers the whole Kreis. */
  countyWide: boolean;
  assignments: ResponsibleAssignment[];
  /** The provider's case-management posts: who the municipality's people actually meet. */
  posts: ResponsiblePost[];
}

type RawAssignment = Omit<ResponsibleAssignment, 'countyWide'> & {
  countyWide: number; providerOrganisationId: string; providerName: string; providerShortName: string | null;
};

/**
 * The CM providers responsible for the given municipalities on `day`: their assignments there (county-wide
 * ones included, as they cover every municipality) and the case-management posts they host.
 */
export function responsibleProviders(ctx: Context, municipalityIds: readonly string[], day: string): ResponsibleProvider[] {
  const rows = ctx.sqlite.prepare(`SELECT pa.id, pa.provider_organisation_id AS providerOrganisationId, o.name AS providerName,
      o.short_name AS providerShortName, pa.municipality_id AS municipalityId, mu.name AS municipalityName, pa.county_wide AS countyWide,
      pa.target_group AS targetGroup, pa.valid_from AS validFrom, pa.valid_to AS validTo, pa.note
    FROM provider_assignments pa JOIN organisations o ON o.id = pa.provider_organisation_id
    LEFT JOIN municipalities mu ON mu.id = pa.municipality_id
    WHERE (pa.county_wide = 1 OR pa.municipality_id IN (SELECT value FROM json_each(@ids)))
      AND (pa.valid_from IS NULL OR pa.valid_from <= @day) AND (pa.valid_to IS NULL OR pa.valid_to >= @day)
    ORDER BY pa.county_wide, o.name, mu.name, pa.id`).all({ ids: JSON.stringify(municipalityIds), day }) as RawAssignment[];
  const providers = new Map<string, ResponsibleProvider>();
  for (const r of rows) {
    const provider = providers.get(r.providerOrganisationId) ?? {
      providerOrganisationId: r.providerOrganisationId, providerName: r.providerName, providerShortName: r.providerShortName,
      countyWide: false, assignments: [], posts: [],
    };
    provider.countyWide ||= r.countyWide === 1;
    provider.assignments.push({
      id: r.id, municipalityId: r.municipalityId, municipalityName: r.municipalityName, countyWide: r.countyWide === 1,
      targetGroup: r.targetGroup, validFrom: r.validFrom, validTo: r.validTo, note: r.note,
    });
    providers.set(r.providerOrganisationId, provider);
  }
  if (providers.size === 0) return [];
  const posts = ctx.sqlite.prepare(`SELECT p.host_organisation_id AS hostId, p.id, p.label, p.focus, p.fte, p.status,
      p.holder_person_id AS holderPersonId, h.name AS holderName, h.email AS holderEmail, h.phone AS holderPhone
    FROM posts p LEFT JOIN persons h ON h.id = p.holder_person_id
    WHERE p.kind = 'CASE_MANAGEMENT' AND p.host_organisation_id IN (SELECT value FROM json_each(?))
    ORDER BY p.label, p.id`).all(JSON.stringify([...providers.keys()])) as Array<ResponsiblePost & { hostId: string }>;
  for (const { hostId, ...post } of posts) providers.get(hostId)!.posts.push(post);
  return [...providers.values()];
}
