/**
 * Trends over time: the search's query and any further ones as series on a date axis, by year
 * or month, as occurrences per 10,000 words spoken in the period (raw counts at the cursor),
 * optionally one series per speaker. A point opens Search on its period; PNG, SVG, CSV and JSON exports.
 */
import { useRef, useState } from 'react';
import type uPlot from 'uplot';
import { analysisKey } from '../app/requests';
import { useAppState, useStore } from '../app/store';
import { api } from '../shared/api';
import { formatNumber, plural } from '../shared/format';
import { useRequest } from '../shared/useRequest';
import { chartPng } from './chart-image';
import { trendSvg } from './chart-svg';
import { fileName } from './csv';
import { NoQuery } from './NoQuery';
import { ResultNote } from './ResultNote';
import { saveImage, saveText } from './save';
import type { ChartColours } from './theme-colours';
import { TrendChart } from './TrendChart';
import { pointQuery } from './queries';
import { seriesLabel, trendCsv, trendJson, trendQueries, type TrendOk } from './trend-model';
import { TrendTable } from './TrendTable';
import { TrendTerms } from './TrendTerms';
import { ResearchActions } from './ResearchActions';

type By = 'year' | 'month';

export function TrendsPanel() {
  const store = useStore();
  const query = useAppState((s) => s.search.query).trim();
  const terms = useAppState((s) => s.research.terms);
  const [by, setBy] = useState<By>('year');
  const [split, setSplit] = useState(false);
  const queries = trendQueries(query, terms);
  const key = useAppState((s) => analysisKey('trend', s, s.research.terms, by, split));
  const answer = useRequest(
    query ? key : null,
    () => api().trend({ queries, by, ...(split ? { split: 'speaker' as const, groups: 4 } : {}) }),
    200,
  );
  const drawn = useRef<{ chart: uPlot | null; colours: ChartColours | null }>({ chart: null, colours: null });

  if (!query)
    return (
      <NoQuery title="Trends over time">
        How often words are said, year by year or month by month, per 10,000 words spoken — several queries side by side, or split by
        speaker.
      </NoQuery>
    );

  const ok: TrendOk | null = answer.data?.status === 'ok' ? answer.data : null;
  const found = ok ? ok.series.reduce((sum, s) => sum + s.counts.reduce((a, b) => a + b, 0), 0) : 0;
  const undated = ok ? ok.undated.reduce((a, b) => a + b, 0) : 0;

  const openPoint = (series: number, bin: number) => {
    const s = ok?.series[series];
    const period = ok?.bins[bin];
    if (!s || !period) return;
    store.dispatch({ type: 'search/query', query: pointQuery(s, period) });
    store.dispatch({ type: 'view/show', view: 'search' });
  };

  const heading = `Trend of ${queries.join(', ')}`;
  const note = `Occurrences per 10,000 words spoken, by ${by}. Verbatim.`;
  const savePng = async () => {
    const { chart, colours } = drawn.current;
    if (!chart || !colours || !ok) return;
    const png = await chartPng(chart, colours, heading, ok.series.map(seriesLabel), note);
    if (png) await saveImage(store, png, fileName('Trend', queries.join(', '), 'png'));
  };
  const saveSvg = () => {
    const { colours } = drawn.current;
    if (!colours || !ok) return;
    const svg = trendSvg(ok, { by, colours, heading, labels: ok.series.map(seriesLabel), note });
    saveText(store, svg, fileName('Trend', queries.join(', '), 'svg'), 'svg');
  };

  return (
    <>
      <TrendTerms />
      <div className="research-bar">
        <ResultNote
          answer={answer}
          empty={`${queries.length > 1 ? 'None of these queries is' : `${query} is not`} said in any dated document.`}
          isEmpty={found === 0}
        >
          {ok && (
            <>
              {plural(found, 'occurrence')} on the axis
              {undated > 0 && ` · ${formatNumber(undated)} more in documents without a ${by === 'month' ? 'month' : 'date'}`}
            </>
          )}
        </ResultNote>
        <label className="research-option">
          By{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as By)}>
            <option value="year">year</option>
            <option value="month">month</option>
          </select>
        </label>
        <label className="research-option">
          <input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} /> Split by speaker
        </label>
        <ResearchActions
          actions={[
            { label: 'PNG', title: 'Save the chart as a PNG picture', disabled: !ok || found === 0, run: () => void savePng() },
            {
              label: 'SVG',
              title: 'Save the chart as an SVG drawing (sharp at any size, editable)',
              disabled: !ok || found === 0,
              run: saveSvg,
            },
            {
              label: 'CSV',
              title: 'Save the counts and rates per period as CSV',
              disabled: !ok,
              run: () => ok && saveText(store, trendCsv(ok), fileName('Trend', queries.join(', '), 'csv'), 'csv'),
            },
            {
              label: 'JSON',
              title: 'Save the periods, the words spoken and each series’ counts and rates as JSON',
              disabled: !ok,
              run: () => ok && saveText(store, trendJson(ok, by), fileName('Trend', queries.join(', '), 'json'), 'json'),
            },
          ]}
        />
      </div>
      {ok && found > 0 && (
        <div className={answer.stale ? 'trend stale' : 'trend'} aria-busy={answer.loading}>
          <figure className="trend-figure" aria-label={`Trend of ${queries.join(', ')} per 10,000 words, by ${by}`}>
            <TrendChart result={ok} by={by} onPoint={openPoint} onChart={(chart, colours) => (drawn.current = { chart, colours })} />
            <figcaption className="hint">
              Per 10,000 words spoken in each {by}; the counts are at the cursor. Click a point to search that {by}; drag across the chart
              to zoom, double-click to zoom out.
            </figcaption>
          </figure>
          <TrendTable result={ok} onPoint={openPoint} />
        </div>
      )}
    </>
  );
}
