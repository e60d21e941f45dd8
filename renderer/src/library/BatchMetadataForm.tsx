import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';

const FIELDS = [
  { key: 'issuer', label: '发文机关', placeholder: '不填则不改' },
  { key: 'issuedOn', label: '发文日期', placeholder: 'YYYY-MM-DD，不填则不改' },
  { key: 'kind', label: '文种', placeholder: '如：法律、规划，不填则不改' },
] as const;

type Values = Record<(typeof FIELDS)[number]['key'], string>;

/** The metadata several documents share, set at once: a field left empty is not changed. */
export function BatchMetadataForm({ docIds, onDone }: { docIds: number[]; onDone(changed: boolean): void }) {
  const { notify } = useApp();
  const [values, setValues] = useState<Values>({ issuer: '', issuedOn: '', kind: '' });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const issuer = values.issuer.trim();
    const issuedOn = values.issuedOn.trim();
    const kind = values.kind.trim();
    if (issuedOn && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(issuedOn)) return setError('发文日期请写成 2022-03-15、2022-03 或 2022');
    if (!issuer && !issuedOn && !kind) return setError('至少填写一项');
    setSaving(true);
    try {
      for (const docId of docIds) {
        if (issuer || issuedOn) await api.updateMetadata({ docId, ...(issuer ? { issuer } : {}), ...(issuedOn ? { issuedOn } : {}) });
        if (kind) await api.setDocumentKind({ docId, kind });
      }
      notify(`已更新 ${docIds.length} 份文件的信息`);
      onDone(true);
    } catch (err) {
      setError((err as Error).message);
      setSaving(false);
    }
  };

  return (
    <form className="metadata-form batch-form" onSubmit={submit} aria-label="批量编辑文档信息">
      {FIELDS.map((f) => (
        <label key={f.key}>
          <span>{f.label}</span>
          <input value={values[f.key]} placeholder={f.placeholder} onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))} />
        </label>
      ))}
      {error && <p className="error">{error}</p>}
      <div className="info-actions">
        <button type="submit" className="text-button primary" disabled={saving}>
          应用到 {docIds.length} 份
        </button>
        <button type="button" className="text-button" onClick={() => onDone(false)}>
          取消
        </button>
      </div>
    </form>
  );
}
