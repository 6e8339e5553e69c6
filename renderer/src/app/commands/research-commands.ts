/** Commands of the research desk: its views for the search's query, and citations of the document in the reader. */
import { copyCitation, CITATION_LABELS, CITATION_STYLES } from '../../analysis/cite';
import { focusList } from '../focus';
import type { ResearchTab, State } from '../state';
import type { AppStore } from '../store';
import type { Command } from './types';

function showTab(store: AppStore, tab: ResearchTab): void {
  store.dispatch({ type: 'research/show', tab });
  focusList('research');
}

const hasQuery = (s: State): boolean => s.search.query.trim() !== '';
const reading = (s: State): boolean => s.cursor !== null && s.view !== 'compare';

const citeCommands: Command[] = CITATION_STYLES.map((style, i) => ({
  id: `cite-${style}`,
  label: `Copy citation as ${CITATION_LABELS[style]}`,
  help: `Copy a citation of the document (of the turn, when words in one are selected or a turn was stepped to) as ${CITATION_LABELS[style]}`,
  menu: 'Edit',
  where: ['menu', 'palette', 'reader-toolbar'],
  enabled: reading,
  toolbar: { slot: 'cite', icon: 'quote', label: CITATION_LABELS[style], order: i },
  run: (s: AppStore) => void copyCitation(s, style),
}));

export const researchCommands: Command[] = [
  {
    id: 'view-research',
    label: 'Research',
    help: 'Go to the research desk: concordance, trends, speakers, collocates',
    keys: ['Mod+5'],
    menu: 'View',
    where: ['menu', 'palette'],
    whileTyping: true,
    run: (s) => showTab(s, s.getState().research.tab),
  },
  {
    id: 'research-kwic',
    label: 'Concordance of this search',
    help: 'Every occurrence of the search’s words as a line, aligned on the match',
    menu: 'View',
    where: ['menu', 'palette'],
    enabled: hasQuery,
    run: (s) => showTab(s, 'kwic'),
  },
  {
    id: 'research-trend',
    label: 'Trend of this search',
    help: 'The search’s words over time, per 10,000 words spoken',
    menu: 'View',
    where: ['menu', 'palette'],
    enabled: hasQuery,
    run: (s) => showTab(s, 'trends'),
  },
  {
    id: 'research-speakers',
    label: 'Who says this',
    help: 'Who says the search’s words most, in counts and per 10,000 of their words',
    menu: 'View',
    where: ['menu', 'palette'],
    enabled: hasQuery,
    run: (s) => showTab(s, 'speakers'),
  },
  {
    id: 'research-collocates',
    label: 'Collocates of this search',
    help: 'The words that keep company with the search’s words',
    menu: 'View',
    where: ['menu', 'palette'],
    enabled: hasQuery,
    run: (s) => showTab(s, 'collocates'),
  },
  ...citeCommands,
];
