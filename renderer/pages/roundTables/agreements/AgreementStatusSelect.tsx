import { useId, useState } from 'react';
import { ApiFailure } from '../../../api/ApiFailure';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { enumLabel, useEnums } from '../../../api/enums';
import { agreementUpdate, statusChoices, type AgreementRow } from './agreementInput';

/**
 * Changes an agreement's status right in the list. The change is saved at once and said in words; a refusal
 * (a postponed task needs a reason) stays at the select and the old status is kept.
 */
export function AgreementStatusSelect({ row }: { row: AgreementRow }) {
  const enums = useEnums();
  const id = useId();
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const change = async (status: AgreementRow['status']) => {
    setBusy(true);
    setFailure(undefined);
    setNotice('');
    try {
      await api.send('tasks.update', agreementUpdate(row, { status }));
      setNotice(`Status gespeichert: ${enumLabel(enums, 'taskStatus', status)}`);
      dataChanged();
    } catch (error) {
      setFailure(ApiFailure.from(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={`status-select${failure ? ' kern-form-input--error' : ''}`}>
      <label className="visually-hidden" htmlFor={id}>Status: {row.title}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select status-select__control" value={row.status} aria-busy={busy || undefined}
          aria-invalid={failure ? true : undefined} aria-describedby={`${id}-state`}
          onChange={(e) => void change(e.target.value as AgreementRow['status'])}>
          {statusChoices(row.status).map((s) => <option key={s} value={s}>{enumLabel(enums, 'taskStatus', s)}</option>)}
        </select>
      </div>
      <span id={`${id}-state`} role="status" className={failure ? 'kern-error status-select__state' : 'visually-hidden'}>
        {failure ? <span className="kern-body kern-body--small">{failure.message}</span> : notice}
      </span>
    </div>
  );
}
