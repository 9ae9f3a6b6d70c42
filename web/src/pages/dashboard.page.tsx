import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { EChart, type ChartOption } from '../components/echart';
import { LiveFeed, useLiveEvents } from '../components/live-feed';
import { usePageTitle } from '../components/page-title';
import { ErrorMessage, Loading } from '../components/status';
import { formatKind, shorten } from '../format';
import { graphql } from '../gql';

const DashboardStats = graphql(`
  query DashboardStats($from: DateTime, $to: DateTime) {
    stats(from: $from, to: $to) {
      statementsPerDay {
        day
        count
      }
      topSpeakers {
        count
        actor {
          id
          name
        }
      }
      topOutlets {
        count
        actor {
          id
          name
        }
      }
      mostCounteredClaims {
        count
        claim {
          id
          text
        }
      }
      rebuttalsByVerdict {
        verdict
        count
      }
    }
  }
`);

const VERDICT_COLOURS: Record<string, string> = { FALSE: '#b91c1c', MISLEADING: '#c2410c', UNPROVEN: '#64748b', MIXED: '#a16207', TRUE: '#15803d' };

/** A day input (inclusive, YYYY-MM-DD) as the API's bounds: `from` at its start, `to` at the next day's. */
function bounds(from: string | null, to: string | null): { from: string | null; to: string | null } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const end = to && day.test(to) ? new Date(`${to}T00:00:00Z`) : null;
  if (end) end.setUTCDate(end.getUTCDate() + 1);
  return { from: from && day.test(from) ? `${from}T00:00:00.000Z` : null, to: end ? end.toISOString() : null };
}

function horizontalBars(names: string[], counts: number[], colour: string): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: names.map((name) => shorten(name, 28)), axisLabel: { color: '#1b1f24' } },
    series: [{ type: 'bar', data: counts, itemStyle: { color: colour } }],
  };
}

/**
 * Figures over a date range — statements per day, top speakers and outlets, most-countered
 * claims, rebuttals by verdict — kept current by the server's live events.
 */
export default function DashboardPage() {
  usePageTitle('Dashboard');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const fromDay = params.get('from');
  const toDay = params.get('to');
  const variables = useMemo(() => bounds(fromDay, toDay), [fromDay, toDay]);
  const { data, error, loading, refetch } = useQuery(DashboardStats, variables);
  const [draft, setDraft] = useState({ from: fromDay ?? '', to: toDay ?? '' });
  const events = useLiveEvents(useCallback(() => refetch(), [refetch]));
  const stats = data?.stats;

  const perDay = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 60 },
      xAxis: { type: 'category', data: stats?.statementsPerDay.map((day) => day.day) ?? [] },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
      series: [{ type: 'bar', name: 'statements', data: stats?.statementsPerDay.map((day) => day.count) ?? [], itemStyle: { color: '#0b5cad' } }],
    }),
    [stats],
  );
  const speakers = useMemo(() => horizontalBars(stats?.topSpeakers.map((row) => row.actor.name) ?? [], stats?.topSpeakers.map((row) => row.count) ?? [], '#b45309'), [stats]);
  const outlets = useMemo(() => horizontalBars(stats?.topOutlets.map((row) => row.actor.name) ?? [], stats?.topOutlets.map((row) => row.count) ?? [], '#0f766e'), [stats]);
  const countered = useMemo(
    () => horizontalBars(stats?.mostCounteredClaims.map((row) => row.claim.text) ?? [], stats?.mostCounteredClaims.map((row) => row.count) ?? [], '#b91c1c'),
    [stats],
  );
  const verdicts = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          data: stats?.rebuttalsByVerdict.map((row) => ({ name: formatKind(row.verdict), value: row.count, itemStyle: { color: VERDICT_COLOURS[row.verdict] } })) ?? [],
        },
      ],
    }),
    [stats],
  );
  const openActor = useCallback(
    (rows: ReadonlyArray<{ actor: { id: string } }> | undefined) => (_name: string, index: number) => {
      const row = rows?.[index];
      if (row) void navigate(`/actors/${row.actor.id}`);
    },
    [navigate],
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.from) next.set('from', draft.from);
    if (draft.to) next.set('to', draft.to);
    setParams(next);
  };
  const describe = (rows: ReadonlyArray<{ count: number }> | undefined, name: (index: number) => string) =>
    rows?.map((row, index) => `${name(index)}: ${row.count}`).join(', ') || 'no data';

  return (
    <>
      <h1>Dashboard</h1>
      <form className="row legend" onSubmit={apply} aria-label="Date range">
        <label htmlFor="dash-from">From</label>
        <input id="dash-from" type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        <label htmlFor="dash-to">To (inclusive)</label>
        <input id="dash-to" type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        <button type="submit">Apply</button>
        {(fromDay || toDay) && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft({ from: '', to: '' });
              setParams(new URLSearchParams());
            }}
          >
            All dates
          </button>
        )}
      </form>
      {loading && !data && <Loading what="the figures" />}
      <ErrorMessage error={error} />
      {stats && (
        <div className="grid-charts">
          <section className="panel" aria-labelledby="dash-statements-per-day">
            <h2 id="dash-statements-per-day">Statements per day</h2>
            <EChart option={perDay} label={`Statements per day: ${describe(stats.statementsPerDay, (index) => stats.statementsPerDay[index]!.day)}`} />
          </section>
          <section className="panel" aria-labelledby="dash-top-speakers">
            <h2 id="dash-top-speakers">Top speakers</h2>
            <EChart
              option={speakers}
              label={`Top speakers: ${describe(stats.topSpeakers, (index) => stats.topSpeakers[index]!.actor.name)}`}
              onClickName={openActor(stats.topSpeakers)}
            />
          </section>
          <section className="panel" aria-labelledby="dash-top-outlets">
            <h2 id="dash-top-outlets">Top outlets</h2>
            <EChart option={outlets} label={`Top outlets: ${describe(stats.topOutlets, (index) => stats.topOutlets[index]!.actor.name)}`} onClickName={openActor(stats.topOutlets)} />
          </section>
          <section className="panel" aria-labelledby="dash-most-countered-claims">
            <h2 id="dash-most-countered-claims">Most-countered claims</h2>
            <EChart option={countered} label={`Most-countered claims: ${describe(stats.mostCounteredClaims, (index) => stats.mostCounteredClaims[index]!.claim.text)}`} />
            <ol>
              {stats.mostCounteredClaims.map((row) => (
                <li key={row.claim.id}>
                  <Link to={`/claims/${row.claim.id}`}>{shorten(row.claim.text, 80)}</Link> ({row.count})
                </li>
              ))}
            </ol>
          </section>
          <section className="panel" aria-labelledby="dash-rebuttals-by-verdict">
            <h2 id="dash-rebuttals-by-verdict">Rebuttals by verdict</h2>
            <EChart option={verdicts} label={`Rebuttals by verdict: ${describe(stats.rebuttalsByVerdict, (index) => stats.rebuttalsByVerdict[index]!.verdict)}`} />
          </section>
          <section className="panel" aria-labelledby="dash-live">
            <h2 id="dash-live">Live</h2>
            <LiveFeed events={events} />
          </section>
        </div>
      )}
    </>
  );
}
