/**
 * Resolves once every figure inside `root` has its bytes and is decoded (or failed), or after `timeoutMs`:
 * printing a chapter waits for its pictures, which arrive after the text.
 */
export function figuresSettled(root: HTMLElement | null, timeoutMs: number): Promise<void> {
  const started = Date.now();
  return new Promise((resolve) => {
    const check = () => {
      const images = root ? [...root.querySelectorAll<HTMLImageElement>('.doc-figure img')] : [];
      const waiting = images.some((img) => !img.getAttribute('src') || !img.complete);
      if (!waiting || Date.now() - started > timeoutMs) resolve();
      else setTimeout(check, 50);
    };
    // The figures are mounted with the chapter; their bytes are asked for in the same frame.
    requestAnimationFrame(check);
  });
}
