import { useEffect } from 'react';
import { useApiData } from '../../../../api/useApiData';
import { FormField } from '../../../../components/form/FormField';

interface ThemeStatusFieldProps {
  themeId: string;
  value: string;
  onChange(status: string): void;
  errors: string[];
  id: string;
}

/**
 * The new status of the chosen theme, offering only the steps its lifecycle allows from where it stands; the first
 * step that needs a steering decision is preselected, since that is what a decision usually does.
 */
export function ThemeStatusField({ themeId, value, onChange, errors, id }: ThemeStatusFieldProps) {
  const { data } = useApiData('themes.get', { id: themeId });
  const allowed = data?.allowedTransitions;
  useEffect(() => {
    if (!allowed || allowed.some((t) => t.status === value)) return;
    const preferred = allowed.find((t) => t.needsDecision) ?? allowed[0];
    if (preferred) onChange(preferred.status);
  }, [allowed, value, onChange]);
  const hint = data
    ? allowed && allowed.length > 0
      ? `Derzeit „${data.statusLabel}“; möglich sind die nächsten Schritte des Themenverlaufs.`
      : 'Für dieses Thema ist kein weiterer Schritt möglich.'
    : undefined;
  return (
    <FormField id={id} value={value} errors={errors} onChange={(v) => onChange(String(v))}
      field={{
        name: 'themeStatus', label: 'Neuer Status des Themas', kind: 'select', required: true, hint,
        options: (allowed ?? []).map((t) => ({ value: t.status, label: t.label })),
      }} />
  );
}
