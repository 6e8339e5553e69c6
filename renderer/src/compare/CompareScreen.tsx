/** The Compare view in the window: the two documents the store names, side by side (middle and right panes). */
import { displayKeys } from '../app/commands/keys';
import { useAppState, useDispatch } from '../app/store';
import { CompareView } from './CompareView';

export function CompareScreen() {
  const dispatch = useDispatch();
  const pair = useAppState((s) => s.compare);
  const revision = useAppState((s) => s.revision.documents);
  if (!pair) {
    return (
      <div className="empty">
        <h2>Choose two transcripts</h2>
        <p>
          In the Library, choose two documents ({displayKeys('Mod+A').replace(/A$/, '')}click or Shift+click), then open Compare — or use
          Compare with… in the reader.
        </p>
      </div>
    );
  }
  return (
    <CompareView
      left={pair.left}
      right={pair.right}
      revision={revision}
      onOpen={(id, turn, paragraph) => dispatch({ type: 'document/open', id, turn, paragraph })}
      onClose={() => dispatch({ type: 'view/show', view: 'library' })}
    />
  );
}
