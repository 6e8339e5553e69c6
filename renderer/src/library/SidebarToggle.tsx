/** In a narrow window the sidebar folds away; this button brings it over the list. */
import { useAppState, useDispatch } from '../app/store';
import { Icon } from '../shared/Icon';

export function SidebarToggle() {
  const dispatch = useDispatch();
  const open = useAppState((s) => s.sidebarOpen);
  return (
    <button
      type="button"
      className="sidebar-toggle tool"
      aria-label={open ? 'Hide sidebar' : 'Show sidebar'}
      aria-expanded={open}
      aria-controls="sidebar"
      title="Sidebar: collections, filters, timeline"
      onClick={() => dispatch({ type: 'sidebar/toggle' })}
    >
      <Icon name="sidebar" />
    </button>
  );
}
