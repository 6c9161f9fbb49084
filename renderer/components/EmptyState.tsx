import type { ReactNode } from 'react';

/** What a list says when it holds nothing yet: plain German, no invented data. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="kern-body empty-state">{children}</p>;
}
