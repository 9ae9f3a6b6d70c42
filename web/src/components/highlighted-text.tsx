import { useMemo, type ReactNode } from 'react';

export interface TextRange {
  start: number;
  end: number;
}

/** One statement to highlight: where its content, cue and source are in the text. */
export interface HighlightedStatement {
  key: string;
  content: TextRange;
  cue?: TextRange | null;
  source?: TextRange | null;
  /** Automatic statements are drawn dashed and lighter than curated ones. */
  automatic: boolean;
  /** Read out when the statement's content gets focus: "Peskov, direct, 100%". */
  label: string;
}

interface Segment {
  start: number;
  end: number;
  /** The innermost statement whose content covers the segment (nested speech sits inside its reporter). */
  content?: HighlightedStatement;
  cue: boolean;
  source: boolean;
}

function covers(range: TextRange | null | undefined, start: number, end: number): boolean {
  return Boolean(range && range.start <= start && end <= range.end);
}

/** Cuts the text at every boundary of every range, and says what covers each piece. */
function segment(text: string, statements: HighlightedStatement[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const statement of statements) {
    for (const range of [statement.content, statement.cue, statement.source]) {
      if (!range) continue;
      cuts.add(Math.max(0, Math.min(text.length, range.start)));
      cuts.add(Math.max(0, Math.min(text.length, range.end)));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const owners = statements.filter((statement) => covers(statement.content, start, end));
    owners.sort((a, b) => a.content.end - a.content.start - (b.content.end - b.content.start));
    segments.push({
      start,
      end,
      content: owners[0],
      cue: statements.some((statement) => covers(statement.cue, start, end)),
      source: statements.some((statement) => covers(statement.source, start, end)),
    });
  }
  return segments;
}

/**
 * The article's own text with each statement's source, cue and content highlighted in place.
 * A content can be hovered, clicked or reached with Tab; `onSelect` then tells the page which
 * statement to describe (speaker, chain, confidence) beside the text.
 */
export function HighlightedText({
  text,
  statements,
  selected,
  onSelect,
}: {
  text: string;
  statements: HighlightedStatement[];
  selected?: string | null;
  onSelect(key: string): void;
}) {
  const segments = useMemo(() => segment(text, statements), [text, statements]);
  const firstSegmentOf = new Set<string>();
  const nodes: ReactNode[] = segments.map((piece) => {
    const words = text.slice(piece.start, piece.end);
    let node: ReactNode = words;
    if (piece.cue) node = <span className="hl-cue">{node}</span>;
    else if (piece.source) node = <span className="hl-source">{node}</span>;
    const owner = piece.content;
    if (!owner) return <span key={piece.start}>{node}</span>;
    const first = !firstSegmentOf.has(owner.key);
    firstSegmentOf.add(owner.key);
    const classes = ['hl-content', owner.automatic ? 'automatic' : 'curated', selected === owner.key ? 'selected' : ''].join(' ');
    return (
      <span
        key={piece.start}
        className={classes}
        data-statement={owner.key}
        id={first ? `statement-${owner.key}` : undefined}
        tabIndex={first ? 0 : undefined}
        role={first ? 'button' : undefined}
        aria-label={first ? `Statement: ${owner.label}` : undefined}
        aria-pressed={first ? selected === owner.key : undefined}
        onMouseEnter={() => onSelect(owner.key)}
        onFocus={() => onSelect(owner.key)}
        onClick={() => onSelect(owner.key)}
      >
        {node}
      </span>
    );
  });
  return <div className="article-text">{nodes}</div>;
}

/** The legend the highlighted text needs to be read. */
export function HighlightLegend() {
  return (
    <p className="legend" aria-label="Legend">
      <span className="hl-source">source</span>
      <span className="hl-cue">cue</span>
      <span className="hl-content curated">content (curated)</span>
      <span className="hl-content automatic">content (automatic)</span>
    </p>
  );
}
