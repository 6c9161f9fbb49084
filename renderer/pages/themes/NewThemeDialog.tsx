import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { enumLabel, enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { navigate } from '../../app/router';
import { ActionDialog } from '../../components/ActionDialog';
import { EmptyState } from '../../components/EmptyState';
import { FormField } from '../../components/form/FormField';
import { optionsFrom } from '../../components/form/options';
import { findingSourceText } from './findingText';
import { themePath } from './themePaths';

/** Unassigned findings become a new theme or join an existing one; either way the theme's page opens afterwards. */
export function NewThemeDialog({ onClose }: { onClose(): void }) {
  const enums = useEnums();
  const findings = useApiData('findings.list', { unassigned: true }).data;
  const themes = useApiData('themes.list').data;
  const [chosen, setChosen] = useState<string[]>([]);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [fieldOfAction, setFieldOfAction] = useState('');
  const [priority, setPriority] = useState('');
  const [themeId, setThemeId] = useState('');
  const themeOptions = useMemo(() => optionsFrom(themes?.filter((t) => t.status !== 'CLOSED'), (t) => t.id, (t) => t.title), [themes]);

  const submit = async () => {
    if (mode === 'existing') {
      await api.send('themes.addFindings', { themeId, findingIds: chosen });
      navigate(themePath(themeId));
      return;
    }
    const theme = await api.send('themes.create', {
      title, description, fieldOfAction, priority: priority as 'HIGH', findingIds: chosen,
    });
    navigate(themePath(theme.id));
  };

  return (
    <ActionDialog title="Neues Thema aus Erkenntnissen" submitLabel={mode === 'new' ? 'Thema anlegen' : 'Zum Thema hinzufügen'}
      submit={submit} onClose={onClose}>
      {(errorsAt) => (
        <div className="form-grid">
          <fieldset className="kern-fieldset form-field--wide" aria-describedby={errorsAt('findingIds').length ? 'new-theme-findings-error' : undefined}>
            <legend className="kern-label">Erkenntnisse ohne Thema ({findings?.length ?? '…'})</legend>
            {findings && findings.length === 0 ? <EmptyState>Alle Erkenntnisse sind bereits einem Thema zugeordnet.</EmptyState> : null}
            <ul className="finding-choice">
              {(findings ?? []).map((f, i) => (
                <li key={f.id} className="kern-form-check">
                  <input id={`finding-${f.id}`} type="checkbox" className="kern-form-check__checkbox" data-autofocus={i === 0 || undefined}
                    checked={chosen.includes(f.id)}
                    onChange={(e) => setChosen((c) => (e.target.checked ? [...c, f.id] : c.filter((x) => x !== f.id)))} />
                  <label className="kern-label" htmlFor={`finding-${f.id}`}>
                    <span>{enumLabel(enums, 'findingKind', f.kind)}: {f.description}</span>
                    <span className="cell-sub">{findingSourceText(f.source)}</span>
                  </label>
                </li>
              ))}
            </ul>
            {errorsAt('findingIds').length ? <p className="kern-error" id="new-theme-findings-error"><span className="kern-body">{errorsAt('findingIds').join(' ')}</span></p> : null}
          </fieldset>
          <fieldset className="kern-fieldset form-field--wide">
            <legend className="kern-label">Was soll mit den gewählten Erkenntnissen geschehen?</legend>
            <div className="kern-fieldset__body kern-fieldset__body--horizontal">
              {([['new', 'Neues Thema anlegen'], ['existing', 'Zu einem bestehenden Thema hinzufügen']] as const).map(([value, label]) => (
                <div className="kern-form-check" key={value}>
                  <input id={`new-theme-mode-${value}`} type="radio" name="new-theme-mode" className="kern-form-check__radio"
                    checked={mode === value} onChange={() => setMode(value)} />
                  <label className="kern-label" htmlFor={`new-theme-mode-${value}`}>{label}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {mode === 'new' ? (
            <>
              <FormField id="new-theme-title" value={title} errors={errorsAt('title')} onChange={(v) => setTitle(String(v))}
                field={{ name: 'title', label: 'Titel des Themas', kind: 'text', required: true, maxLength: 200, wide: true }} />
              <FormField id="new-theme-description" value={description} errors={errorsAt('description')} onChange={(v) => setDescription(String(v))}
                field={{ name: 'description', label: 'Beschreibung', kind: 'textarea', maxLength: 5000 }} />
              <FormField id="new-theme-field" value={fieldOfAction} errors={errorsAt('fieldOfAction')} onChange={(v) => setFieldOfAction(String(v))}
                field={{ name: 'fieldOfAction', label: 'Handlungsfeld', kind: 'select', options: enumOptions(enums, 'fieldOfAction') }} />
              <FormField id="new-theme-priority" value={priority} errors={errorsAt('priority')} onChange={(v) => setPriority(String(v))}
                field={{ name: 'priority', label: 'Priorität', kind: 'select', options: enumOptions(enums, 'themePriority') }} />
            </>
          ) : (
            <FormField id="new-theme-target" value={themeId} errors={errorsAt('themeId')} onChange={(v) => setThemeId(String(v))}
              field={{ name: 'themeId', label: 'Thema', kind: 'select', required: true, wide: true, options: themeOptions }} />
          )}
        </div>
      )}
    </ActionDialog>
  );
}
