import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { subscribe } from '../api/live';
import { formatKind, shorten } from '../format';
import { graphql } from '../gql';

const RebuttalAdded = graphql(`
  subscription RebuttalAdded {
    rebuttalAdded {
      id
      verdict
      label
      summary
      author
      claim {
        id
        text
      }
    }
  }
`);

const StatementAdded = graphql(`
  subscription StatementAdded {
    statementAdded {
      id
      quote
      speaker {
        name
      }
      sourceText
      article {
        id
      }
    }
  }
`);

/** Something the server announced while the page was open. */
export interface LiveEvent {
  id: string;
  at: Date;
  kind: 'rebuttal' | 'statement';
  text: string;
  href?: string;
}

/** How many events the feed keeps: the newest, enough to see what just happened. */
const FEED_LENGTH = 20;
/** An ingest announces each of its statements; the figures are read again once they stop arriving. */
const REFRESH_DELAY_MS = 400;

/**
 * Listens to new rebuttals and statements while the page is open: answers the latest events,
 * newest first, and calls `onChange` (debounced) so the page can read its figures again.
 */
export function useLiveEvents(onChange: () => void): LiveEvent[] {
  const [events, setEvents] = useState<LiveEvent[]>([]);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const add = (event: LiveEvent) => {
      setEvents((previous) => [event, ...previous.filter((other) => other.id !== event.id)].slice(0, FEED_LENGTH));
      clearTimeout(timer);
      timer = setTimeout(() => changed.current(), REFRESH_DELAY_MS);
    };
    const stopRebuttals = subscribe(RebuttalAdded, {}, ({ rebuttalAdded: rebuttal }) =>
      add({
        id: `rebuttal-${rebuttal.id}`,
        at: new Date(),
        kind: 'rebuttal',
        text: `${rebuttal.label ?? formatKind(rebuttal.verdict)} (${formatKind(rebuttal.verdict)}) by ${rebuttal.author}: ${rebuttal.claim.text}`,
        href: `/claims/${rebuttal.claim.id}`,
      }),
    );
    const stopStatements = subscribe(StatementAdded, {}, ({ statementAdded: statement }) =>
      add({
        id: `statement-${statement.id}`,
        at: new Date(),
        kind: 'statement',
        text: `${statement.speaker?.name ?? statement.sourceText ?? 'unattributed'}: ${statement.quote}`,
        href: `/articles/${statement.article.id}#statement-${statement.id}`,
      }),
    );
    return () => {
      clearTimeout(timer);
      stopRebuttals();
      stopStatements();
    };
  }, []);
  return events;
}

/** The live events as a polite live region: screen readers hear each one as it arrives. */
export function LiveFeed({ events }: { events: LiveEvent[] }) {
  return (
    <div className="live-feed" aria-live="polite" aria-label="Live updates">
      {events.length === 0 && <p className="meta">Listening for new statements and rebuttals…</p>}
      <ul className="cards">
        {events.map((event) => (
          <li key={event.id} data-live-kind={event.kind}>
            <strong>New {event.kind}</strong> {event.href ? <Link to={event.href}>{shorten(event.text, 160)}</Link> : shorten(event.text, 160)}
            <span className="meta">{event.at.toLocaleTimeString('en-GB', { timeZone: 'UTC' })} UTC</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
