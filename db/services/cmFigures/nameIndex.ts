import type { Context } from '../../core/context';

/**
 * A comparison key for names typed by people or exported by other programs: case, spacing, punctuation and the
 * Unicode form do not matter, umlauts equal their spelled-out form (Zülpich = Zuelpich = ZÜLPICH), other accents
 * are dropped. "Caritasverband … e. V." and "… e.V." give the same key.
 */
export function nameKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('de-DE')
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

export interface Named {
  id: string;
  label: string;
  /** How the record is told apart from others with the same label (an organisation's full name). */
  fullName?: string;
}

export type Lookup = { found: Named } | { found: null; candidates: Named[] };

/** Finds records by any of their names; a name shared by several records is reported, never guessed. */
export class NameIndex {
  private readonly byKey = new Map<string, Map<string, Named>>();

  add(item: Named, names: ReadonlyArray<string | null | undefined>): void {
    for (const name of names) {
      if (!name) continue;
      const key = nameKey(name);
      if (!key) continue;
      const items = this.byKey.get(key) ?? new Map<string, Named>();
      items.set(item.id, item);
      this.byKey.set(key, items);
    }
  }

  find(text: string): Lookup {
    const items = [...(this.byKey.get(nameKey(text))?.values() ?? [])];
    return items.length === 1 ? { found: items[0] } : { found: null, candidates: items };
  }
}

/** Organisations by full name or short name. Any kind may report CM figures (Integration Point, Kreis units). */
export function organisationIndex(ctx: Context): NameIndex {
  const index = new NameIndex();
  const rows = ctx.sqlite.prepare('SELECT id, name, short_name AS shortName FROM organisations').all() as Array<{ id: string; name: string; shortName: string | null }>;
  for (const r of rows) index.add({ id: r.id, label: r.shortName ?? r.name, fullName: r.name }, [r.name, r.shortName]);
  return index;
}

const TOWN_PREFIX = /^(stadt|gemeinde)\s+/i;

/** Municipalities by name (also written "Stadt Zülpich" / "Gemeinde Kall") or official key. */
export function municipalityIndex(ctx: Context): NameIndex & { findTown(text: string): Lookup } {
  const index = new NameIndex();
  const rows = ctx.sqlite.prepare('SELECT id, name, status, official_key AS officialKey FROM municipalities').all() as Array<{ id: string; name: string; status: string; officialKey: string | null }>;
  for (const r of rows) index.add({ id: r.id, label: r.name }, [r.name, `${r.status} ${r.name}`, r.officialKey]);
  return Object.assign(index, {
    findTown(text: string): Lookup {
      const direct = index.find(text);
      return direct.found || direct.candidates.length > 0 ? direct : index.find(text.trim().replace(TOWN_PREFIX, ''));
    },
  });
}

/** Fields of action by code (HOUSING) or label (Wohnen). */
export function fieldIndex(ctx: Context): NameIndex {
  const index = new NameIndex();
  const rows = ctx.sqlite.prepare('SELECT code, label FROM fields_of_action').all() as Array<{ code: string; label: string }>;
  for (const r of rows) index.add({ id: r.code, label: r.label }, [r.code, r.label]);
  return index;
}
