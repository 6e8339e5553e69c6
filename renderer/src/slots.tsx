/** Plugs the Search and Compare views into the window's view slots. */
import { CompareView } from './compare/CompareView';
import { VIEW_SLOTS, type ViewSlotProps } from './library/views';
import { SearchView } from './search/SearchView';

function SearchSlot({ openDocument, version }: ViewSlotProps) {
  // Opening a hit lands on its turn with the matched words found (Enter / F3 for the next).
  return <SearchView openDocument={openDocument} version={version} />;
}

function CompareSlot({ selectedIds, openDocument, back }: ViewSlotProps) {
  if (selectedIds.length < 2) {
    return (
      <div className="empty">
        <h2>Choose two transcripts</h2>
        <p>In the Library, select two documents (Ctrl+click or Shift+click), then open Compare.</p>
      </div>
    );
  }
  return (
    <CompareView
      left={selectedIds[0]}
      right={selectedIds[1]}
      onOpen={(documentId, turn) => openDocument(documentId, turn)}
      onClose={back}
    />
  );
}

VIEW_SLOTS.search = { label: 'Search', component: SearchSlot };
VIEW_SLOTS.compare = { label: 'Compare', component: CompareSlot, wide: true };
