import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { corporaDir, SEEDS, seedsDir } from '../helpers/paths';

const { temp } = closingLibraries();
function library(seeds = false): Library {
  return temp({ seeds });
}

describe('versions of one work', () => {
  it('groups the three publications of the 五年行动计划, and only them, with how complete each is', async () => {
    const lib = library(true);
    const pdf = docIdByTitle(lib, '报纸版面PDF提取');
    const paper = docIdByTitle(lib, '报纸电子版');
    const web = docIdByTitle(lib, '网页转载');
    const versions = await dispatch(lib.handlers, 'getVersions', { docId: web });
    expect(versions.workId).not.toBeNull();
    expect(versions.workTitle).toBe('长株潭一体化发展五年行动计划（2021—2025年）');
    expect(versions.versions.map((v) => v.docId).sort()).toEqual([pdf, paper, web].sort());
    const completeness = Object.fromEntries(versions.versions.map((v) => [v.docId, v.completeness]));
    // The two page copies hold most of what is known of the plan; the cut-off web reprint a small part.
    expect(completeness[pdf]).toBeGreaterThan(0.7);
    expect(completeness[paper]).toBeGreaterThan(0.7);
    expect(completeness[web]).toBeGreaterThan(0.05);
    expect(completeness[web]).toBeLessThan(0.3);
    expect(versions.versions[0]!.completeness).toBeGreaterThanOrEqual(versions.versions.at(-1)!.completeness);

    for (const other of [docIdByTitle(lib, '都市圈发展规划'), docIdByTitle(lib, '湘潭市')]) {
      const alone = await dispatch(lib.handlers, 'getVersions', { docId: other });
      expect(alone.workId).toBeNull();
      expect(alone.versions).toEqual([expect.objectContaining({ docId: other, completeness: 1 })]);
    }
    const summaries = await dispatch(lib.handlers, 'listDocuments', {});
    expect(new Set(summaries.filter((d) => d.workId !== null).map((d) => d.id))).toEqual(new Set([pdf, paper, web]));
  });

  it('finds the same work whatever order the copies arrive in', async () => {
    const lib = library();
    for (const seed of [SEEDS.webActionPlan, SEEDS.metroPlan, SEEDS.newspaperActionPlan, SEEDS.pdfActionPlan]) {
      await dispatch(lib.handlers, 'importPaths', { paths: [path.join(seedsDir, seed)] });
    }
    const docs = await dispatch(lib.handlers, 'listDocuments', {});
    const grouped = docs.filter((d) => d.workId !== null).map((d) => d.source).sort();
    expect(grouped).toEqual([SEEDS.pdfActionPlan, SEEDS.newspaperActionPlan, SEEDS.webActionPlan].sort());
    expect(new Set(docs.filter((d) => d.workId !== null).map((d) => d.workId)).size).toBe(1);
  });

  it('does not take documents that merely quote each other for copies: reports and the resolutions on them', async () => {
    const lib = library();
    await dispatch(lib.handlers, 'importPaths', { paths: [path.join(corporaDir, 'gov-work-reports')] });
    const docs = await dispatch(lib.handlers, 'listDocuments', {});
    expect(docs.length).toBeGreaterThan(60);
    expect(docs.filter((d) => d.workId !== null).map((d) => d.title)).toEqual([]);
  });

  it('groups a library imported before versions existed the first time versions are asked for', async () => {
    const lib = library(true);
    lib.db.exec('DELETE FROM doc_fingerprints; DELETE FROM doc_shingles; UPDATE documents SET fingerprint_count = 0, work_id = NULL, completeness = NULL; DELETE FROM works;');
    const versions = await dispatch(lib.handlers, 'getVersions', { docId: docIdByTitle(lib, '报纸电子版') });
    expect(versions.versions).toHaveLength(3);
  });

  it('regroups the library after a copy is deleted', async () => {
    const lib = library(true);
    const paper = docIdByTitle(lib, '报纸电子版');
    lib.db.prepare("UPDATE documents SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(paper);
    expect(await dispatch(lib.handlers, 'regroupVersions', {})).toEqual({ works: 1 });
    const versions = await dispatch(lib.handlers, 'getVersions', { docId: docIdByTitle(lib, '网页转载') });
    expect(versions.versions.map((v) => v.docId)).not.toContain(paper);
    expect(versions.versions).toHaveLength(2);
  });
});
