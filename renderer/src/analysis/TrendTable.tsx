/** The trend's numbers as a table (the chart's text alternative): a period's count opens Search on that period. */
import { formatNumber } from '../shared/format';
import { formatRate, seriesLabel, type TrendOk } from './trend-model';

export function TrendTable({ result, onPoint }: { result: TrendOk; onPoint(series: number, bin: number): void }) {
  return (
    <details className="trend-table">
      <summary>Table of the numbers</summary>
      <div className="trend-table-scroll">
        <table>
          <caption className="visually-hidden">Occurrences per period, with the rate per 10,000 words spoken</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Words spoken</th>
              {result.series.map((s, i) => (
                <th key={i} scope="col">
                  {seriesLabel(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.bins.map((bin, b) => (
              <tr key={bin}>
                <th scope="row">{bin}</th>
                <td>{formatNumber(result.words[b] ?? 0)}</td>
                {result.series.map((s, i) => (
                  <td key={i}>
                    {s.counts[b] ? (
                      <button
                        type="button"
                        className="link"
                        onClick={() => onPoint(i, b)}
                        aria-label={`${formatNumber(s.counts[b])} of ${seriesLabel(s)} in ${bin}: search them`}
                      >
                        {formatNumber(s.counts[b])}
                      </button>
                    ) : (
                      '0'
                    )}{' '}
                    <span className="trend-rate">({formatRate(s.per10k[b])})</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
