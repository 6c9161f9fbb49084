import type { ReactNode } from 'react';
import type { ApiFailure } from '../api/ApiFailure';
import { Alert } from './Alert';

interface LoadingProps<T> {
  data: T | undefined;
  error: ApiFailure | undefined;
  children: (data: T) => ReactNode;
  what?: string;
}

/** Renders children once data is there; until then a loading note, and a German error if loading failed. */
export function Loading<T>({ data, error, children, what = 'Daten' }: LoadingProps<T>) {
  if (error && data === undefined) {
    return (
      <Alert variant="danger" title={`${what} konnten nicht geladen werden`} role="alert">
        <p className="kern-body">{error.message}</p>
      </Alert>
    );
  }
  if (data === undefined) {
    return <p className="kern-body loading-note" role="status">{what} werden geladen …</p>;
  }
  return <>{children(data)}</>;
}
