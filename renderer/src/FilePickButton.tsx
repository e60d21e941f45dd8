import { useRef, useState } from 'react';

/** A picked file's bytes as base64, for the API (read by the browser, not in script). */
export function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * A button that picks one file and hands it to `onFile`, showing `busyLabel` until that is done; the
 * same file may be picked again afterwards.
 */
export function FilePickButton({ label, busyLabel, accept, inputLabel, onFile }: {
  label: string;
  busyLabel: string;
  accept: string;
  inputLabel: string;
  onFile(file: File): Promise<void>;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const pick = async (file: File) => {
    setBusy(true);
    try {
      await onFile(file);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <>
      <button type="button" className="text-button small" onClick={() => input.current?.click()} disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={inputLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void pick(file);
        }}
      />
    </>
  );
}
