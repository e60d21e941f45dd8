import { useState, type FormEvent } from 'react';
import type { DocumentDetail } from '../../../electron/shared/types';
import { api } from '../api/client';
import { FormActions } from './FormActions';
import { issuedOnProblem } from './issued-on';

const FIELDS = [
  { key: 'title', label: '标题', required: true, placeholder: '' },
  { key: 'issuer', label: '发文机关', required: false, placeholder: '如：湖南省人民政府' },
  { key: 'docNumber', label: '文号', required: false, placeholder: '如：湘政发〔2022〕6号' },
  { key: 'issuedOn', label: '发文日期', required: false, placeholder: 'YYYY-MM-DD' },
  { key: 'kind', label: '文种', required: false, placeholder: '如：规划、实施方案' },
] as const;

type Values = Record<(typeof FIELDS)[number]['key'], string>;

export function MetadataForm({ doc, onDone }: { doc: DocumentDetail; onDone(changed: boolean): void }) {
  const [values, setValues] = useState<Values>({
    title: doc.title,
    issuer: doc.issuer ?? '',
    docNumber: doc.docNumber ?? '',
    issuedOn: doc.issuedOn ?? '',
    kind: doc.kind ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const dateProblem = issuedOnProblem(values.issuedOn);
    if (dateProblem) return setError(dateProblem);
    setSaving(true);
    try {
      const text = (v: string) => (v.trim() === '' ? null : v.trim());
      await api.updateMetadata({
        docId: doc.id,
        title: values.title.trim(),
        issuer: text(values.issuer),
        docNumber: text(values.docNumber),
        issuedOn: text(values.issuedOn),
      });
      if (text(values.kind) !== doc.kind) await api.setDocumentKind({ docId: doc.id, kind: text(values.kind) });
      onDone(true);
    } catch (err) {
      setError((err as Error).message);
      setSaving(false);
    }
  };

  return (
    <form className="metadata-form" onSubmit={submit} aria-label="编辑文档信息">
      {FIELDS.map((f) => (
        <label key={f.key}>
          <span>{f.label}</span>
          <input
            value={values[f.key]}
            required={f.required}
            placeholder={f.placeholder}
            autoFocus={f.key === 'title'}
            onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
          />
        </label>
      ))}
      <FormActions error={error} saving={saving} submitLabel="保存" onCancel={() => onDone(false)} />
    </form>
  );
}
