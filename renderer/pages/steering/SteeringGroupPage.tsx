import { useApiData } from '../../api/useApiData';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { SteeringGroupSection } from './SteeringGroupSection';

export function SteeringGroupPage() {
  useDocumentTitle('Lenkungsgruppe');
  const { data, error } = useApiData('committees.list', { kind: 'STEERING_GROUP' });
  return (
    <>
      <PageTitle>Lenkungsgruppe</PageTitle>
      <p className="kern-body page-intro">
        Die Lenkungsgruppe legitimiert die Arbeit des KIM, beteiligt die Partner und entscheidet, welche Lösungen umgesetzt werden.
      </p>
      <Loading data={data} error={error} what="Lenkungsgruppe">
        {(committees) => committees.length === 0
          ? <EmptyState>Es ist noch keine Lenkungsgruppe erfasst.</EmptyState>
          : committees.map((c) => <SteeringGroupSection key={c.id} committee={c} />)}
      </Loading>
    </>
  );
}
