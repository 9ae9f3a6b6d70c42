/**
 * PolNeAR's BRAT standoff annotations, parsed exactly as the reference scorer
 * (../shared/tools/score-attributions.py) parses them.
 */

/** A character range [start, end) as the scorer sees it. */
export type Fragment = [number, number];

/** One gold attribution: content fragments (never empty), source and cue fragments (or null). */
export interface GoldAttribution {
  content: Fragment[];
  source: Fragment[] | null;
  cue: Fragment[] | null;
}

/** Parses one .ann file's text into its attributions (relations without content are dropped). */
export function parseAnn(annText: string): GoldAttribution[] {
  const spans = new Map<string, Fragment[]>();
  const events: Map<string, string[]>[] = [];
  for (const raw of annText.split('\n')) {
    if (!raw) continue;
    const parts = raw.split('\t');
    const body = parts[1];
    if (body === undefined) continue;
    if (raw.startsWith('T')) {
      const space = body.indexOf(' ');
      if (space < 0) continue;
      const frags: Fragment[] = [];
      for (const frag of body.slice(space + 1).split(';')) {
        const [a, b] = frag.trim().split(/\s+/);
        frags.push([Number(a), Number(b)]);
      }
      spans.set(parts[0] as string, frags);
    } else if (raw.startsWith('E')) {
      const roles = new Map<string, string[]>();
      for (const item of body.trim().split(/\s+/)) {
        const colon = item.indexOf(':');
        if (colon < 0) continue;
        const role = item.slice(0, colon).replace(/\d+$/, '');
        const list = roles.get(role) ?? [];
        list.push(item.slice(colon + 1));
        roles.set(role, list);
      }
      events.push(roles);
    }
  }
  const gather = (roles: Map<string, string[]>, role: string): Fragment[] =>
    (roles.get(role) ?? []).flatMap((ref) => spans.get(ref) ?? []);
  const out: GoldAttribution[] = [];
  for (const roles of events) {
    const content = gather(roles, 'Content');
    if (content.length === 0) continue;
    const source = gather(roles, 'Source');
    const cue = gather(roles, 'Cue');
    out.push({ content, source: source.length ? source : null, cue: cue.length ? cue : null });
  }
  return out;
}
