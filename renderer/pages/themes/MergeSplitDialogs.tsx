import { useMemo, useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { navigate } from '../../app/router';
import { ActionDialog } from '../../components/ActionDialog';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { FormField } from '../../components/form/FormField';
import { themePath } from './themePaths';

type Theme = OutputOf<'themes.get'>;

/** Other themes are merged into this one: their findings, measures and agenda links move here, nothing is lost. */
export function MergeDialog({ theme, onClose }: { theme: Theme; onClose(): void }) {
  const themes = useApiData('themes.list').data;
  const [chosen, setChosen] = useState<string[]>([]);
  const options = useMemo(() => (themes ?? []).filter((t) => t.id !== theme.id)
    .map((t) => ({ value: t.id, label: `${t.title} (${t.statusLabel}, ${t.findingCount} Erkenntnisse)` })), [themes, theme.id]);
  return (
    <ActionDialog title={`Themen zusammenführen in „${theme.title}“`} submitLabel="Zusammenführen" onClose={onClose}
      submit={() => api.send('themes.merge', { sourceThemeIds: chosen, targetThemeId: theme.id })}>
      {(errorsAt) => (
        <div className="form-grid">
          <p className="kern-body form-field--wide">
            Die gewählten Themen gehen in diesem Thema auf: Erkenntnisse, Maßnahmen und Tagesordnungsbezüge wandern hierher, ihr Verlauf bleibt sichtbar.
          </p>
          <div className="form-field--wide wide-checks">
            <CheckboxGroup legend="Themen, die hier aufgehen" options={options} selected={chosen} onChange={setChosen} errors={errorsAt('sourceThemeIds')} />
          </div>
        </div>
      )}
    </ActionDialog>
  );
}

/** Part of the evidence (and optionally measures) becomes a theme of its own. */
export function SplitDialog({ theme, onClose }: { theme: Theme; onClose(): void }) {
  const enums = useEnums();
  const [findingIds, setFindingIds] = useState<string[]>([]);
  const [measureIds, setMeasureIds] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [fieldOfAction, setFieldOfAction] = useState(theme.fieldOfAction ?? '');
  const [priority, setPriority] = useState(theme.priority ?? '');
  const findingOptions = theme.findings.map((f, i) => ({ value: f.id, label: `${i + 1}. ${f.kindLabel}: ${f.description.slice(0, 120)}` }));
  const measureOptions = theme.measures.map((m) => ({ value: m.id, label: m.title }));
  const submit = async () => {
    const result = await api.send('themes.split', {
      themeId: theme.id, findingIds, measureIds,
      newTheme: { title, description: '', fieldOfAction, priority: priority as 'HIGH' },
    });
    navigate(themePath(result.created.id));
  };
  return (
    <ActionDialog title={`Thema aufteilen: ${theme.title}`} submitLabel="Aufteilen" onClose={onClose} submit={submit}>
      {(errorsAt) => (
        <div className="form-grid">
          <FormField id="split-title" value={title} errors={errorsAt('newTheme.title')} onChange={(v) => setTitle(String(v))} autoFocus
            field={{ name: 'title', label: 'Titel des neuen Themas', kind: 'text', required: true, maxLength: 200, wide: true }} />
          <FormField id="split-field" value={fieldOfAction} errors={errorsAt('newTheme.fieldOfAction')} onChange={(v) => setFieldOfAction(String(v))}
            field={{ name: 'fieldOfAction', label: 'Handlungsfeld', kind: 'select', options: enumOptions(enums, 'fieldOfAction') }} />
          <FormField id="split-priority" value={priority} errors={errorsAt('newTheme.priority')} onChange={(v) => setPriority(String(v))}
            field={{ name: 'priority', label: 'Priorität', kind: 'select', options: enumOptions(enums, 'themePriority') }} />
          <div className="form-field--wide wide-checks">
            <CheckboxGroup legend="Erkenntnisse für das neue Thema" options={findingOptions} selected={findingIds} onChange={setFindingIds}
              errors={errorsAt('findingIds')} />
          </div>
          {measureOptions.length > 0 ? (
            <div className="form-field--wide wide-checks">
              <CheckboxGroup legend="Maßnahmen, die mitgehen" options={measureOptions} selected={measureIds} onChange={setMeasureIds} errors={errorsAt('measureIds')} />
            </div>
          ) : null}
        </div>
      )}
    </ActionDialog>
  );
}
