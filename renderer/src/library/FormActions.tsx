import type { ReactNode } from 'react';

/** The end of a metadata form: its error, then submit and 取消. */
export function FormActions({ error, saving, submitLabel, onCancel }: { error: string | null; saving: boolean; submitLabel: ReactNode; onCancel(): void }) {
  return (
    <>
      {error && <p className="error">{error}</p>}
      <div className="info-actions">
        <button type="submit" className="text-button primary" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="text-button" onClick={onCancel}>
          取消
        </button>
      </div>
    </>
  );
}
