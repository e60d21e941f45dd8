import type { DocumentSummary } from '../../../electron/shared/types';

/** A document of the library to build a table from. */
export function DocSelect({ label, docs, value, onChange }: {
  label: string;
  docs: DocumentSummary[];
  value: number | null;
  onChange(docId: number | null): void;
}) {
  return (
    <label className="tbl-doc">
      <span>{label}</span>
      <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">（选择文件）</option>
        {docs.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title}
          </option>
        ))}
      </select>
    </label>
  );
}
