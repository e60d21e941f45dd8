import type { Toast } from './app-context';

/** Messages at the bottom of the window; a toast whose action (撤销) was used closes at once. */
export function Toasts({ toasts, onDismiss }: { toasts: Toast[]; onDismiss(id: number): void }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className="toast">
          <span className="toast-message">{t.message}</span>
          {t.action && (
            <button type="button" className="toast-action" onClick={() => {
                onDismiss(t.id);
                t.action!.run();
              }}>
              {t.action.label}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
