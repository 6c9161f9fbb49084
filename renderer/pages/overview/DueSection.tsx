import { useState } from 'react';
import { hrefFor } from '../../app/router';
import { formatDate } from '../../format/date';
import { duePath, dueSummary, groupDueItems, SEVERITY_TEXT, type DueGroup, type DueOverview } from './dueItems';

/** A large office can have thousands of overdue tasks; the page shows the most urgent few per area and the rest on request. */
const SHOWN_PER_GROUP = 10;

/** "Fällig und überfällig": what the office owes today, grouped by area, each item linking to where it is done. */
export function DueSection({ due }: { due: DueOverview }) {
  const groups = groupDueItems(due.items);
  return (
    <section className="page-section due" aria-labelledby="due-heading">
      <h2 id="due-heading" className="kern-heading-medium">Fällig und überfällig</h2>
      <p className="kern-body due__summary">
        Stand {formatDate(due.today)}: {dueSummary(due.items, due.horizonDays)}
      </p>
      {groups.map((group) => <DueGroupList key={group.kind} group={group} />)}
    </section>
  );
}

function DueGroupList({ group }: { group: DueGroup }) {
  const [expanded, setExpanded] = useState(false);
  const listId = `due-${group.kind}`;
  const items = expanded ? group.items : group.items.slice(0, SHOWN_PER_GROUP);
  return (
    <div className="due__group">
      <h3 className="kern-heading-small due__group-title">
        {group.label} <span className="due__count">({group.items.length}{group.overdue > 0 ? `, davon ${group.overdue} überfällig` : ''})</span>
      </h3>
      <ul className="due__list" id={listId}>
        {items.map((item, i) => (
          <li key={`${item.title}-${i}`} className={`due-item due-item--${item.severity}`}>
            <span className={`due-item__badge due-item__badge--${item.severity}`}>{SEVERITY_TEXT[item.severity]}</span>
            <span className="due-item__text">
              <a className="kern-link due-item__title" href={hrefFor(duePath(item.link))}>{item.title}</a>
              <span className="due-item__detail">{item.detail}</span>
            </span>
            {item.dueDate && <span className="due-item__date">{item.severity === 'overdue' ? 'seit' : 'bis'} {formatDate(item.dueDate)}</span>}
          </li>
        ))}
      </ul>
      {group.items.length > SHOWN_PER_GROUP && (
        <button type="button" className="kern-btn kern-btn--tertiary" aria-controls={listId} aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}>
          <span className="kern-label">{expanded ? 'Weniger anzeigen' : `Alle ${group.items.length.toLocaleString('de-DE')} anzeigen`}</span>
        </button>
      )}
    </div>
  );
}
