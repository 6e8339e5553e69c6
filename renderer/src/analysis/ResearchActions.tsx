/** The buttons beside a research view's result that copy or save it (CSV, JSON, PNG…), all alike. */
export interface ResearchAction {
  label: string;
  /** What is copied or saved, said on hover. */
  title: string;
  disabled: boolean;
  run(): void;
}

export function ResearchActions({ actions }: { actions: ResearchAction[] }) {
  return (
    <span className="research-actions">
      {actions.map((action) => (
        <button key={action.label} type="button" className="tool" disabled={action.disabled} onClick={action.run} title={action.title}>
          {action.label}
        </button>
      ))}
    </span>
  );
}
