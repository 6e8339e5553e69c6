/** An empty search shows what can be typed, with examples that run when clicked. */

const EXAMPLES: [string, string][] = [
  ['sanctions Ukraine', 'documents with every word'],
  ['"energy security"', 'the words in this order'],
  ['gas OR oil', 'either word'],
  ['Crimea -referendum', 'without a word'],
  ['negotiat*', 'words that start so'],
  ['NEAR(sanctions Europe, 5)', 'within 5 words of each other'],
  ['speaker:putin', 'said by a speaker'],
  ['topic:"Foreign policy"', 'tagged with a topic (also person:, place:, title:)'],
  ['date:2014..2019', 'in a date range (date:2019, date:2014-03..2015-12, date:..2015)'],
];

export function SearchSyntax({ onExample }: { onExample(query: string): void }) {
  return (
    <section className="search-syntax" aria-labelledby="syntax-heading">
      <h2 id="syntax-heading">Search the whole archive</h2>
      <p>Type words to find the turns that say them. Click an example to try it.</p>
      <dl>
        {EXAMPLES.map(([query, meaning]) => (
          <div key={query}>
            <dt>
              <button type="button" className="example" onClick={() => onExample(query)}>
                <code>{query}</code>
              </button>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
