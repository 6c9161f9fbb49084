import { hrefFor } from './router';
import { NAV_ITEMS, navSection } from './routes';

export function Navigation({ path }: { path: string }) {
  const current = navSection(path);
  return (
    <nav className="app-nav" aria-label="Hauptnavigation">
      <ul className="app-nav__list">
        {NAV_ITEMS.map((item) => (
          <li key={item.path}>
            <a
              className="app-nav__link"
              href={hrefFor(item.path)}
              aria-current={item.path === current ? 'page' : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
