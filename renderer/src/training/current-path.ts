// The reading path being built: the 培训 panel shows it, and rows of other views (a 指标 row) are added to it.
const KEY = 'policy-reader:reading-path';

export const currentPath = {
  get(): number | null {
    const id = Number(localStorage.getItem(KEY));
    return Number.isInteger(id) && id > 0 ? id : null;
  },
  set(id: number | null): void {
    if (id === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, String(id));
  },
};
