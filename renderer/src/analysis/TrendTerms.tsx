/** The queries a trend draws: the search's own, then further ones added beside it (kept in the store across views). */
import { useState } from 'react';
import { useAppState, useDispatch } from '../app/store';

export function TrendTerms() {
  const dispatch = useDispatch();
  const query = useAppState((s) => s.search.query).trim();
  const terms = useAppState((s) => s.research.terms);
  const [draft, setDraft] = useState('');
  const set = (next: string[]) => dispatch({ type: 'research/terms', terms: next });
  const add = () => {
    const term = draft.trim();
    if (term && term !== query && !terms.includes(term) && terms.length < 11) set([...terms, term]);
    setDraft('');
  };

  return (
    <div className="trend-terms">
      <span className="trend-term own" title="The search’s query (change it in the box above)">
        {query}
      </span>
      {terms.map((t) => (
        <span key={t} className="trend-term">
          {t}
          <button
            type="button"
            className="icon"
            aria-label={`Remove ${t} from the trend`}
            onClick={() => set(terms.filter((x) => x !== t))}
          >
            ×
          </button>
        </span>
      ))}
      <form
        className="trend-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          type="text"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder="another word or query"
          aria-label="Add a query to the trend"
        />
        <button type="submit" className="tool" disabled={!draft.trim()}>
          Add
        </button>
      </form>
    </div>
  );
}
