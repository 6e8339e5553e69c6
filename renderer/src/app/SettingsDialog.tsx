/** Settings: the theme (system, light, dark), the reading text size and the line width. Applied as they change. */
import { Dialog } from '../shared/Dialog';
import { MEASURES, type Measure, type Theme } from './state';
import { useAppState, useDispatch } from './store';

const THEMES: [Theme, string][] = [
  ['system', 'As the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

export function SettingsDialog({ onClose }: { onClose(): void }) {
  const dispatch = useDispatch();
  const settings = useAppState((s) => s.settings);
  return (
    <Dialog
      title="Settings"
      onClose={onClose}
      actions={
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <fieldset className="field choice">
        <legend>Theme</legend>
        {THEMES.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="theme"
              value={value}
              checked={settings.theme === value}
              onChange={() => dispatch({ type: 'settings/set', settings: { theme: value } })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Reading text size: {settings.fontSize} px
        <input
          type="range"
          min={13}
          max={26}
          value={settings.fontSize}
          onChange={(e) => dispatch({ type: 'settings/set', settings: { fontSize: Number(e.target.value) } })}
        />
      </label>
      <fieldset className="field choice">
        <legend>Line width</legend>
        {MEASURES.map((m: Measure) => (
          <label key={m}>
            <input
              type="radio"
              name="measure"
              value={m}
              checked={settings.measure === m}
              onChange={() => dispatch({ type: 'settings/set', settings: { measure: m } })}
            />
            {m[0].toUpperCase() + m.slice(1)}
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
