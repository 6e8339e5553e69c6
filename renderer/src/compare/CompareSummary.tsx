import type { Comparison, DistinctiveTerm, Themes } from '../../../shared/contract/api';
import { formatNumber, plural } from '../shared/format';
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
              {t.rateLeft !== undefined && (
                <span className="rate">
                  {' '}
                  {t.rateLeft} / {t.rateRight}
                </span>
              )}
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
  onTopic?(topic: number): void;
}

function VersionFigures({ comparison }: { comparison: Comparison }) {
  const { summary } = comparison;
  return (
    <>
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
    </>
  );
}

function ThemeFigures({ themes }: { themes: Themes }) {
  return (
    <>
      <div title={themes.explanation}>
        <dt>Paired by subject</dt>
        <dd data-testid="theme-pairs">
          {plural(themes.pairs.length, 'pair')} · {plural(themes.topics.length, 'topic')}
        </dd>
      </div>
      <div title="Share of each side’s passages with content that have a counterpart on the other side, by words">
        <dt>Covered left / right</dt>
        <dd>
          {percent(themes.coverageLeft)} / {percent(themes.coverageRight)}
        </dd>
      </div>
      <div title="Passages with content and no counterpart on the other side">
        <dt>Only left / right</dt>
        <dd>
          {themes.onlyLeft.length} / {themes.onlyRight.length}
        </dd>
      </div>
      <div title="Greetings, thanks and procedure: passages with fewer than two informative words, never paired">
        <dt>Formulas</dt>
        <dd>
          {themes.proceduralLeft} / {themes.proceduralRight}
        </dd>
      </div>
    </>
  );
}

function Topics({ themes, onTopic }: { themes: Themes; onTopic?(topic: number): void }) {
  return (
    <nav className="topics" aria-label="Topics">
      <h4 title={themes.explanation}>Topics in both (passages left · right)</h4>
      {themes.topics.length === 0 ? (
        <p className="muted">none</p>
      ) : (
        <ul>
          {themes.topics.slice(0, 40).map((topic, i) => (
            <li key={topic.label}>
              <button type="button" className="tag" onClick={() => onTopic?.(i)}>
                {topic.label}{' '}
                <span className="count">
                  {topic.left.length}·{topic.right.length}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

/** Overall figures, distinctive terms and the shared phrases of a comparison. */
export function CompareSummary({ comparison, activePhrase, onPhrase, onTopic }: Props) {
  const { summary, themes } = comparison;
  const content = comparison.sharedPhrases.filter((p) => !p.common).length;
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
        {themes ? <ThemeFigures themes={themes} /> : <VersionFigures comparison={comparison} />}
        <div>
          <dt>Shared phrases</dt>
          {/* By themes the first screen comes before the shared phrases are found (main/compare/service.ts). */}
          {comparison.partial && themes ? (
            <dd data-testid="shared-count" title="Being found">
              …
            </dd>
          ) : (
            <dd data-testid="shared-count">{summary.sharedPhraseCount}</dd>
          )}
        </div>
      </dl>
      {themes && <Topics themes={themes} onTopic={onTopic} />}
      <p className="explanation" id="distinctive-explanation">
        {summary.explanation.distinctive}
      </p>
      <p className="muted rates-note">
        Distinctive words: said significantly more on one side (|z| ≥ 1.96); figures are uses per 10,000 words, left / right.
      </p>
      <div className="distinctive">
        <Terms label="Distinctive of the left" terms={summary.distinctiveLeft} explanation={summary.explanation.distinctive} />
        <Terms label="Distinctive of the right" terms={summary.distinctiveRight} explanation={summary.explanation.distinctive} />
      </div>
      {comparison.sharedPhrases.length > 0 && (
        <details className="phrases">
          <summary>
            Shared phrases ({content}
            {content < comparison.sharedPhrases.length ? ` and ${comparison.sharedPhrases.length - content} formulas, listed last` : ''})
          </summary>
          <ul aria-label="Shared phrases">
            {comparison.sharedPhrases.slice(0, 300).map((p, i) => (
              <li key={i} className={p.common ? 'common' : undefined}>
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
