/**
 * The words around the hits: the status line's counts and where each document matched.
 * Pure, so that what a researcher reads can be checked against the numbers it is made from.
 */
import type { SearchCounts, SearchGroup } from '../../../shared/contract/api';
import { formatNumber, plural } from '../shared/format';

/** "about 3,700" for an estimate, "3,684" for an exact count. */
export const countText = (n: number, estimated: boolean): string => `${estimated ? 'about ' : ''}${formatNumber(n)}`;

/**
 * The status line: "6,655 documents; 3,684 matching turns in 1,210 of them". The turns are
 * counted with the documents they are in, so that the documents matched only in their title,
 * lead or tags (which show no matching turn) do not read as a contradiction. Without the
 * counts yet (they come after the page), only the documents.
 */
export function statusLine(total: number, counts?: Pick<SearchCounts, 'totalTurns' | 'documentsWithTurns' | 'estimated'>): string {
  const documents = plural(total, 'document');
  if (!counts || counts.totalTurns === 0 || total === 0) return documents;
  const estimated = (field: 'totalTurns' | 'documentsWithTurns'): boolean => counts.estimated.includes(field);
  const turns = `${countText(counts.totalTurns, estimated('totalTurns'))} matching ${counts.totalTurns === 1 ? 'turn' : 'turns'}`;
  if (counts.documentsWithTurns >= total) return `${documents}; ${turns}${total > 1 ? ' in all of them' : ''}`;
  return `${documents}; ${turns} in ${countText(counts.documentsWithTurns, estimated('documentsWithTurns'))} of them`;
}

const PLACES = { title: 'title', lead: 'lead', tags: 'tags' } as const;

/**
 * Where a document matched besides its turns: "matched in title · lead · tags", or null when
 * only turns (or only a date) matched it.
 */
export function matchedInText(matchedIn: SearchGroup['matchedIn']): string | null {
  const places = matchedIn.filter((m): m is keyof typeof PLACES => m !== 'turns').map((m) => PLACES[m]);
  return places.length ? `matched in ${places.join(' · ')}` : null;
}

/** What the turns say about a document: "3 matching turns", "words spread over several turns", or null when no turn matched. */
export function turnsText(group: Pick<SearchGroup, 'matchingTurns' | 'partial' | 'turns'>): string | null {
  if (group.matchingTurns > 0) return plural(group.matchingTurns, 'matching turn');
  if (group.partial && group.turns.length > 0) return 'words spread over several turns';
  return null;
}
