import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../electron/shared/manage-types';
import { api } from '../api/client';

interface PreferencesValue {
  prefs: Preferences;
  update(patch: Partial<Preferences>): void;
}

const PreferencesContext = createContext<PreferencesValue>({ prefs: DEFAULT_PREFERENCES, update: () => {} });

export const READING_FONTS: Record<Preferences['readingFont'], { label: string; stack: string }> = {
  serif: {
    label: '宋体',
    stack: "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'STSong', 'SimSun', 'Noto Serif SC', serif",
  },
  // Only the Kai families: whether one is installed is checked (font-check.ts) and said in the settings.
  kai: { label: '楷体', stack: "'Kaiti SC', 'STKaiti', 'KaiTi', 'KaiTi_GB2312', 'AR PL UKai CN', 'AR PL KaitiM GB', 'LXGW WenKai'" },
  // Official documents are set in 仿宋_GB2312.
  fangsong: { label: '仿宋', stack: "'FangSong_GB2312', '仿宋_GB2312', 'FangSong', '仿宋', 'STFangsong', 'FZFangSong-Z02S'" },
  sans: {
    label: '黑体',
    stack: "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif",
  },
};

/** Apply preferences to the page: theme attribute and the reading-text CSS variables. */
function applyToPage(prefs: Preferences): void {
  const root = document.documentElement;
  root.dataset.theme = prefs.theme;
  root.style.setProperty('--reading-size', `${prefs.fontSize}px`);
  root.style.setProperty('--reading-leading', String(prefs.lineHeight));
  root.style.setProperty('--column-width', `${prefs.columnWidth}px`);
  // A chosen font that is missing falls back to 宋体 (the settings say so), never to the browser's default.
  root.style.setProperty('--reading-font', `${READING_FONTS[prefs.readingFont].stack}, ${READING_FONTS.serif.stack}`);
}

/** Loads preferences from the library before rendering its children, then writes changes through. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  useEffect(() => {
    api.getPreferences({}).then(setPrefs, () => setPrefs(DEFAULT_PREFERENCES));
  }, []);
  useEffect(() => {
    if (prefs) applyToPage(prefs);
  }, [prefs]);
  const update = useCallback((patch: Partial<Preferences>) => {
    setPrefs((p) => ({ ...(p ?? DEFAULT_PREFERENCES), ...patch }));
    // Preferences are a convenience: if saving fails the session keeps them, and the next change retries.
    api.setPreferences(patch).catch(() => {});
  }, []);
  if (!prefs) return null;
  return <PreferencesContext value={{ prefs, update }}>{children}</PreferencesContext>;
}

export function usePreferences(): PreferencesValue {
  return useContext(PreferencesContext);
}
