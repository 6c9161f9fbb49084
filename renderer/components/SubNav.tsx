import { hrefFor } from '../app/router';

interface SubNavProps {
  label: string;
  items: readonly { slug: string; label: string }[];
  current: string;
  pathOf(slug: string): string;
}

/** Tabs as links (each area has its own address), the current one marked with aria-current. */
export function SubNav({ label, items, current, pathOf }: SubNavProps) {
  return (
    <nav className="sub-nav" aria-label={label}>
      <ul className="sub-nav__list">
        {items.map((t) => (
          <li key={t.slug}>
            <a className="sub-nav__link" href={hrefFor(pathOf(t.slug))} aria-current={t.slug === current ? 'page' : undefined}>
              {t.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
