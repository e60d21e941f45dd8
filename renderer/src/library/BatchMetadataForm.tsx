import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { FormActions } from './FormActions';
import { useApp } from '../app-context';
import { issuedOnProblem } from './issued-on';

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
    const dateProblem = issuedOnProblem(issuedOn);
    if (dateProblem) return setError(dateProblem);
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
      <FormActions error={error} saving={saving} submitLabel={`应用到 ${docIds.length} 份`} onCancel={() => onDone(false)} />
    </form>
  );
}
