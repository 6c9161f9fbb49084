import { Alert } from '../Alert';
import type { ApiFailure } from '../../api/ApiFailure';

/** The summary above a form after a refused save: every message once, announced as an alert. */
export function ErrorSummary({ failure, messages }: { failure: ApiFailure | undefined; messages: readonly string[] }) {
  if (!failure && messages.length === 0) return null;
  const isValidation = !failure || failure.code === 'VALIDATION';
  const list = messages.length > 0 ? messages : failure ? [failure.message] : [];
  return (
    <Alert variant="danger" title={isValidation ? 'Bitte prüfen Sie Ihre Eingaben' : 'Speichern nicht möglich'} role="alert">
      {list.length === 1 ? (
        <p className="kern-body">{list[0]}</p>
      ) : (
        <ul className="kern-list kern-list--bullet">
          {list.map((m) => <li key={m} className="kern-body">{m}</li>)}
        </ul>
      )}
      <p className="kern-body kern-body--small">Es wurde nichts gespeichert.</p>
    </Alert>
  );
}
