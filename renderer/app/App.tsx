import { useApiData } from '../api/useApiData';
import { EnumsProvider } from '../api/enums';
import { dataChanged } from '../api/changes';
import { Loading } from '../components/Loading';
import { FirstRunPage } from '../pages/firstRun/FirstRunPage';
import { Shell } from './Shell';

/** Decides between the first-run screen and the main window, and loads the value lists every page needs. */
export function App() {
  const status = useApiData('setup.status');
  const enums = useApiData('meta.enums');
  return (
    <Loading data={status.data} error={status.error} what="KIM Desk">
      {(s) => !s.configured ? <FirstRunPage onDone={dataChanged} /> : (
        <Loading data={enums.data} error={enums.error} what="Die Wertelisten">
          {(e) => (
            <EnumsProvider enums={e}>
              <Shell officeName={s.officeName ?? ''} />
            </EnumsProvider>
          )}
        </Loading>
      )}
    </Loading>
  );
}
