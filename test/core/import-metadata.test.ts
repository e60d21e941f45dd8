import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { corporaDir, SEEDS, seedsDir, tempDir } from '../helpers/paths';

const { temp } = closingLibraries();
function library(seeds = false): Library {
  return temp({ seeds });
}

describe('metadata read from the text', () => {
  it('the metro plan’s notice gives title, issuing body, 文号 and date of issue', async () => {
    const lib = library();
    // Imported as a bare file: no manifest to help.
    const [result] = await dispatch(lib.handlers, 'importPaths', { paths: [path.join(seedsDir, SEEDS.metroPlan)] });
    const doc = await dispatch(lib.handlers, 'getDocument', { docId: result!.docId! });
    expect(doc).toMatchObject({
      title: '长株潭都市圈发展规划',
      issuer: '湖南省人民政府',
      docNumber: '湘政发〔2022〕6号',
      issuedOn: '2022-03-22',
    });
  });

  it('a notice without an attached plan keeps its own title; the issuer comes from the title when unsigned', async () => {
    const lib = library();
    const file = path.join(tempDir(), 'notice.txt');
    fs.writeFileSync(
      file,
      ['国务院办公厅关于加强示例工作的通知', '国办发〔2023〕12号', '各省、自治区、直辖市人民政府：', '现就有关事项通知如下。', '一、总体要求', '加强示例工作。'].join('\n'),
    );
    const [result] = await dispatch(lib.handlers, 'importPaths', { paths: [file] });
    const doc = await dispatch(lib.handlers, 'getDocument', { docId: result!.docId! });
    expect(doc).toMatchObject({ title: '国务院办公厅关于加强示例工作的通知', issuer: '国务院办公厅', docNumber: '国办发〔2023〕12号', issuedOn: null });
  });

  it('a text without a title line is named after its file; nothing is invented', async () => {
    const lib = library();
    const [result] = await dispatch(lib.handlers, 'importPaths', { paths: [path.join(seedsDir, SEEDS.pdfActionPlan)] });
    const doc = await dispatch(lib.handlers, 'getDocument', { docId: result!.docId! });
    expect(doc).toMatchObject({ title: '000_fb8abce934723a93', issuer: null, docNumber: null });
  });

  it('a government work report from the corpora is titled by its first line', async () => {
    const lib = library();
    const file = path.join(corporaDir, 'gov-work-reports', '2024年中华人民共和国国务院政府工作报告.txt');
    const [result] = await dispatch(lib.handlers, 'importPaths', { paths: [file] });
    expect(result!.title).toBe('2024年中华人民共和国国务院政府工作报告');
  });
});

describe('metadata corrected by the user', () => {
  it('updateMetadata changes the fields given, clears those set to null, and keeps the rest', async () => {
    const lib = library(true);
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const updated = await dispatch(lib.handlers, 'updateMetadata', { docId, title: '长株潭都市圈发展规划（2022）', docNumber: null, issuedOn: '2022-03' });
    expect(updated).toMatchObject({ title: '长株潭都市圈发展规划（2022）', docNumber: null, issuedOn: '2022-03', issuer: '湖南省人民政府' });
    expect(await dispatch(lib.handlers, 'getDocument', { docId })).toMatchObject({ title: '长株潭都市圈发展规划（2022）' });
    expect((await dispatch(lib.handlers, 'listDocuments', {})).find((d) => d.id === docId)?.title).toBe('长株潭都市圈发展规划（2022）');
  });

  it('refuses an empty title, a malformed date and an unknown document with clear errors', async () => {
    const lib = library(true);
    const docId = docIdByTitle(lib, '都市圈发展规划');
    await expect(dispatch(lib.handlers, 'updateMetadata', { docId, title: '  ' })).rejects.toThrow();
    await expect(dispatch(lib.handlers, 'updateMetadata', { docId, issuedOn: '22/3/2022' })).rejects.toThrow(/YYYY/);
    await expect(dispatch(lib.handlers, 'updateMetadata', { docId: 9999, title: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await dispatch(lib.handlers, 'getDocument', { docId })).toMatchObject({ title: '长株潭都市圈发展规划', issuedOn: '2022-03-22' });
  });
});
