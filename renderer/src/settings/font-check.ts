const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);
const SAMPLE = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLM 0123456789 永和九年';
const cache = new Map<string, boolean>();

/** Whether this computer has `family` (a system font): text set in it measures differently from the fallbacks. */
export function fontInstalled(family: string): boolean {
  const known = cache.get(family);
  if (known !== undefined) return known;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return true;
  const width = (font: string) => {
    context.font = `32px ${font}`;
    return context.measureText(SAMPLE).width;
  };
  const installed = ['serif', 'sans-serif', 'monospace'].some((generic) => width(`"${family}", ${generic}`) !== width(generic));
  cache.set(family, installed);
  return installed;
}

/** Whether any named (not generic) family of a CSS font stack is installed. */
export function stackInstalled(stack: string): boolean {
  return stack
    .split(',')
    .map((f) => f.trim().replace(/^['"]|['"]$/g, ''))
    .filter((f) => f && !GENERIC.has(f))
    .some(fontInstalled);
}
