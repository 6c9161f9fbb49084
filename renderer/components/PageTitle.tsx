import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from '../app/router';

/**
 * The page's one h1. After the user navigates, focus lands here so screen readers announce the new page
 * and keyboard users continue from the top of the content, not from the navigation link.
 */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} className="kern-heading-large page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – KIM Desk`;
  }, [title]);
}
