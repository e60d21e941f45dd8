// Plain Node (no electron import): where the main window was, remembered between launches.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../core/atomic-write';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 };
export const MIN_SIZE = { width: 800, height: 560 };

export function windowStateFile(userDataDir: string): string {
  return path.join(userDataDir, 'window-state.json');
}

function isBounds(b: unknown): b is Bounds {
  if (typeof b !== 'object' || b === null) return false;
  const r = b as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => Number.isFinite(r[k]));
}

/** The saved state, or null if there is none or it is unreadable (then the window opens centred). */
export function loadWindowState(file: string): WindowState | null {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowState>;
    if (!isBounds(raw.bounds)) return null;
    return { bounds: raw.bounds, maximized: raw.maximized === true, fullScreen: raw.fullScreen === true };
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, JSON.stringify(state, null, 2));
}

function overlap(a: Bounds, b: Bounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where to put the window now. The saved bounds are used only if a good part of the window
 * lands on a display that exists today (a projector may have been unplugged); the size is
 * clamped to that display's work area.
 */
export function placeWindow(saved: Bounds | null, workAreas: Bounds[]): Partial<Bounds> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const best = workAreas
    .map((area) => ({ area, shared: overlap(saved, area) }))
    .sort((a, b) => b.shared - a.shared)[0];
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  if (!best || best.shared < 0.25 * saved.width * saved.height) return { width: Math.min(width, DEFAULT_SIZE.width), height: Math.min(height, DEFAULT_SIZE.height) };
  const area = best.area;
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  const x = Math.min(Math.max(Math.round(saved.x), area.x), area.x + area.width - w);
  const y = Math.min(Math.max(Math.round(saved.y), area.y), area.y + area.height - h);
  return { x, y, width: w, height: h };
}
