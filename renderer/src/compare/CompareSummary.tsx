import type { Comparison, DistinctiveTerm } from '../../../preload/api';
import { formatNumber } from '../shared/format';
import { percent } from './highlight';

function Terms({ label, terms, explanation }: { label: string; terms: DistinctiveTerm[]; explanation: string }) {
  return (
    <div className="terms">
      <h4 title={explanation}>{label}</h4>
      {terms.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <ul aria-label={label}>
          {terms.map((t) => (
            <li key={t.term} className="tag" title={`${t.countLeft} left, ${t.countRight} right · z = ${t.score.toFixed(2)}`}>
              {t.term}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface Props {
  comparison: Comparison;
  activePhrase: number | null;
  onPhrase(index: number | null): void;
}

/** Overall figures, distinctive terms and the shared phrases of a comparison. */
export function CompareSummary({ comparison, activePhrase, onPhrase }: Props) {
  const { summary } = comparison;
  return (
    <section className="compare-summary" aria-label="Summary">
      <dl className="figures">
        <div title={summary.explanation.similarity}>
          <dt>Similarity</dt>
          <dd data-testid="similarity">{percent(summary.similarity)}</dd>
        </div>
        <div>
          <dt>Words</dt>
          <dd>
            {formatNumber(summary.wordsLeft)} / {formatNumber(summary.wordsRight)}
          </dd>
        </div>
        <div>
          <dt>Aligned</dt>
          <dd>
            {comparison.pairs.length} ({summary.movedCount} moved)
          </dd>
        </div>
        <div>
          <dt>Only left / right</dt>
          <dd>
            {comparison.onlyLeft.length} / {comparison.onlyRight.length}
          </dd>
        </div>
        <div>
          <dt>Shared phrases</dt>
          <dd data-testid="shared-count">{summary.sharedPhraseCount}</dd>
        </div>
      </dl>
      <p className="explanation" id="distinctive-explanation">
        {summary.explanation.distinctive}
      </p>
      <div className="distinctive">
        <Terms label="Distinctive of the left" terms={summary.distinctiveLeft} explanation={summary.explanation.distinctive} />
        <Terms label="Distinctive of the right" terms={summary.distinctiveRight} explanation={summary.explanation.distinctive} />
      </div>
      {comparison.sharedPhrases.length > 0 && (
        <details className="phrases">
          <summary>Shared phrases ({comparison.sharedPhrases.length})</summary>
          <ul aria-label="Shared phrases">
            {comparison.sharedPhrases.slice(0, 300).map((p, i) => (
              <li key={i}>
                <button type="button" aria-pressed={activePhrase === i} onClick={() => onPhrase(activePhrase === i ? null : i)}>
                  <span className="phrase-text">{p.text}</span>
                  <span className="count" title={`${p.left} on the left, ${p.right} on the right`}>
                    {p.count}×
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
