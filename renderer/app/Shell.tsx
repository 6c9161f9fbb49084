import { SearchLauncher } from '../components/search/SearchLauncher';
import { Navigation } from './Navigation';
import { SkipLink } from './SkipLink';
import { PageSwitch } from './PageSwitch';
import { usePath } from './router';

export function Shell({ officeName }: { officeName: string }) {
  const path = usePath();
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <p className="app-header__product">KIM Desk</p>
        <p className="app-header__office">{officeName}</p>
        <SearchLauncher />
      </header>
      <div className="app-body">
        <Navigation path={path} />
        <main id="main" className="app-main" tabIndex={-1}>
          <PageSwitch path={path} />
        </main>
      </div>
    </div>
  );
}
