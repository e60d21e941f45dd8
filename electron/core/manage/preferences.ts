import { manageMethods } from '../../shared/api/manage';
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/manage-types';
import type { CoreContext } from '../context';

const KEY = 'reader.preferences';
const schema = manageMethods.setPreferences.args;

/** Stored preferences over the defaults; a value that no longer validates falls back to its default. */
export function getPreferences(ctx: CoreContext): Preferences {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = row ? JSON.parse(row.value) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    stored = {};
  }
  const prefs: Preferences = { ...DEFAULT_PREFERENCES };
  for (const [key, value] of Object.entries(stored)) {
    const one = schema.safeParse({ [key]: value });
    if (one.success) Object.assign(prefs, one.data);
  }
  return withoutMissingDocuments(ctx, prefs);
}

export function setPreferences(ctx: CoreContext, patch: Partial<Preferences>): Preferences {
  const next = { ...getPreferences(ctx), ...patch };
  ctx.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(KEY, JSON.stringify(next));
  return withoutMissingDocuments(ctx, next);
}

/** Tabs of documents deleted since are not reopened. */
function withoutMissingDocuments(ctx: CoreContext, prefs: Preferences): Preferences {
  const live = new Set(
    (ctx.db.prepare('SELECT id FROM documents WHERE deleted_at IS NULL').all() as { id: number }[]).map((r) => r.id),
  );
  const openDocIds = [...new Set(prefs.openDocIds)].filter((id) => live.has(id));
  const activeDocId = prefs.activeDocId !== null && live.has(prefs.activeDocId) ? prefs.activeDocId : (openDocIds[0] ?? null);
  return { ...prefs, openDocIds, activeDocId };
}
