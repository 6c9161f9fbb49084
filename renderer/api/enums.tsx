import { createContext, useContext, type ReactNode } from 'react';
import type { OutputOf } from '../../db/api/contract';

export type Enums = OutputOf<'meta.enums'>;
export type EnumSet = keyof Enums;

const EnumsContext = createContext<Enums | undefined>(undefined);

export function EnumsProvider({ enums, children }: { enums: Enums; children: ReactNode }) {
  return <EnumsContext.Provider value={enums}>{children}</EnumsContext.Provider>;
}

/** The German labels of every value list, loaded once at start (`meta.enums`). */
export function useEnums(): Enums {
  const enums = useContext(EnumsContext);
  if (!enums) throw new Error('useEnums outside EnumsProvider');
  return enums;
}

/** The German label of a stored value; the value itself when the list does not know it (never blank). */
export function enumLabel(enums: Enums, set: EnumSet, value: string | null | undefined): string {
  if (value == null || value === '') return '';
  return (enums[set] as Record<string, string>)[value] ?? value;
}

/** Options for a select, in the order the value list defines. */
export function enumOptions(enums: Enums, set: EnumSet): { value: string; label: string }[] {
  return Object.entries(enums[set] as Record<string, string>).map(([value, label]) => ({ value, label }));
}
