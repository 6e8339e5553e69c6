/**
 * English function words, left out of collocates by default: they keep company with every
 * word, so they would fill the list without saying anything about the term.
 */
const WORDS = `a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves also may might must shall us let
well yes one would like s t don didn doesn isn aren wasn weren won wouldn couldn shouldn ve ll re d m`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
