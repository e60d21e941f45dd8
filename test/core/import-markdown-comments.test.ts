import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../electron/core/import/parse-structure';

describe('Markdown comments', () => {
  it('never become text: on their own line, over several lines, or inside a heading', () => {
    const text = [
      '# 某市实施方案',
      '',
      '<!-- 起草说明：本稿供内部讨论 -->',
      '',
      '## 一、总体要求 <!-- 待核 -->',
      '',
      '坚持问题导向。<!-- 此句待删 -->推动高质量发展。',
      '',
      '<!--',
      '## 二、旧稿标题',
      '旧稿正文',
      '-->',
      '',
      '## 二、主要任务',
      '',
      '加快建设。',
    ].join('\n');
    const { blocks, cleanups } = parseStructure(text, '草稿', 'markdown');
    const all = blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/<!--|-->|待核|待删|旧稿|起草说明/);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['某市实施方案', '一、总体要求', '二、主要任务']);
    expect(blocks.find((b) => b.text.startsWith('坚持'))!.text).toBe('坚持问题导向。推动高质量发展。');
    expect(cleanups.find((c) => c.code === 'markup_comment')!.count).toBe(4);
  });
});
