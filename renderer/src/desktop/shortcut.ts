/**
 * Whether a keydown matches an Electron accelerator such as "CmdOrCtrl+Shift+E" or "F5".
 * Browser mode has no native menu, so the renderer listens for the same shortcuts itself.
 */
export function matchesAccelerator(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
  const wantCtrl = mods.has('ctrl') || mods.has('control') || (mods.has('cmdorctrl') && !isMac);
  const wantMeta = mods.has('cmd') || mods.has('command') || (mods.has('cmdorctrl') && isMac);
  return (
    event.key.toLowerCase() === key &&
    event.ctrlKey === wantCtrl &&
    event.metaKey === wantMeta &&
    event.shiftKey === mods.has('shift') &&
    event.altKey === mods.has('alt')
  );
}
