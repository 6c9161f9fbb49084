import type { MouseEvent } from 'react';

/**
 * Jumps past header and navigation. A plain '#main' href would be read as a route by the hash router,
 * so the link moves focus itself.
 */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus();
  };
  return (
    <a className="skip-link kern-link" href="#main" onClick={skip}>
      Zum Inhalt springen
    </a>
  );
}
