import type { OutputOf } from '../../../../../db/api/contract';

type Model = OutputOf<'minutes.get'>;
type Attendee = Model['attendance']['present'][number];

const who = (a: Attendee) => (a.organisationName && a.organisationName !== a.name ? `${a.name} (${a.organisationName})` : a.name);

/** Who was there, as the minutes will say it: present, represented (by whom), excused, absent, guests; then the quorum. */
export function AttendanceSummary({ model }: { model: Model }) {
  const a = model.attendance;
  const groups: [string, string[]][] = [
    ['Anwesend', a.present.map(who)],
    ['Vertreten', a.represented.map((r) => `${who(r)}, vertreten durch ${r.representedByName ?? 'Vertretung'}`)],
    ['Entschuldigt', a.excused.map(who)],
    ['Abwesend', a.absent.map(who)],
    ['Gäste', a.guests.map(who)],
    ['Nicht erfasst', a.notRecorded.map(who)],
  ];
  return (
    <section className="page-section" aria-labelledby="minutes-attendance">
      <h3 id="minutes-attendance" className="kern-heading-small">Anwesenheit und Beschlussfähigkeit</h3>
      <dl className="minutes-attendance">
        {groups.filter(([, names]) => names.length > 0).map(([label, names]) => (
          <div key={label} className="minutes-attendance__group">
            <dt className="kern-label">{label} ({names.length})</dt>
            <dd className="kern-body">{names.join('; ')}</dd>
          </div>
        ))}
      </dl>
      <p className="kern-body">{model.quorum.explanation}</p>
    </section>
  );
}
