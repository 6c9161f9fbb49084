import type { OutputOf } from '../../../../../db/api/contract';
import { enumLabel, useEnums } from '../../../../api/enums';
import { quorumSentence } from './quorumText';

type Quorum = OutputOf<'attendance.get'>['quorum'];

/** The live quorum: announced politely after every attendance change, marked by icon and words, not colour alone. */
export function QuorumBox({ quorum }: { quorum: Quorum }) {
  const enums = useEnums();
  return (
    <div className={`quorum-box quorum-box--${quorum.reached ? 'yes' : 'no'}`} role="status" aria-live="polite" aria-atomic="true">
      <span className={`kern-icon kern-icon--${quorum.reached ? 'success' : 'warning'}`} aria-hidden="true" />
      <div>
        <p className="kern-body quorum-box__line">{quorumSentence(quorum)}</p>
        <p className="kern-body kern-body--small quorum-box__rule">
          Regel: {enumLabel(enums, 'quorumRule', quorum.rule)}; Vertretungen zählen {quorum.deputiesCount ? 'mit' : 'nicht mit'}.
          {quorum.representedNotCounted > 0 ? ` ${quorum.representedNotCounted} vertretene Sitze zählen nach der Geschäftsordnung nicht mit.` : ''}
        </p>
      </div>
    </div>
  );
}
