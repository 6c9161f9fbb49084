import { hrefFor } from '../app/router';
import { HOME_PATH } from '../app/routes';
import { PageTitle, useDocumentTitle } from '../components/PageTitle';

export function NotFoundPage() {
  useDocumentTitle('Seite nicht gefunden');
  return (
    <>
      <PageTitle>Seite nicht gefunden</PageTitle>
      <p className="kern-body">
        Diese Adresse gibt es in KIM Desk nicht. <a className="kern-link" href={hrefFor(HOME_PATH)}>Zur Übersicht</a>
      </p>
    </>
  );
}
