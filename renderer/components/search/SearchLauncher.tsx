import { useEffect, useState } from 'react';
import { SearchDialog } from './SearchDialog';
import './search.css';

/** Ctrl+K on Windows and Linux, Cmd+K on the Mac: opens the search from anywhere, unless another dialog is open. */
function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** The search in the header: a button that looks like a search field, and the shortcut that opens the same dialog. */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      if (!document.querySelector('dialog[open]')) setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <>
      <button type="button" className="search-launcher" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K">
        <span className="kern-icon kern-icon--search" aria-hidden="true" />
        <span className="search-launcher__text">Suchen …</span>
        <kbd aria-hidden="true">Strg+K</kbd>
      </button>
      {open && <SearchDialog onClose={() => setOpen(false)} />}
    </>
  );
}
