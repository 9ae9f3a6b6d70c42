import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatKind, shorten } from '../format';

/** Something the server announced while the page was open. */
export interface LiveEvent {
  id: string;
  at: Date;
  kind: 'rebuttal' | 'statement' | 'counter';
  text: string;
  href?: string;
}

/**
 * Listens to the server's live events while the page is open and calls `onEvent` after each;
 * answers the latest events, newest first. (Subscriptions arrive with the server's graphql-ws
 * endpoint; until then the feed stays empty.)
 */
export function useLiveEvents(onEvent: () => void): LiveEvent[] {
  const [events] = useState<LiveEvent[]>([]);
  useEffect(() => undefined, [onEvent]);
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
            <strong>{formatKind(event.kind)}</strong> {event.href ? <Link to={event.href}>{shorten(event.text, 120)}</Link> : shorten(event.text, 120)}
            <span className="meta">{event.at.toLocaleTimeString('en-GB')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
