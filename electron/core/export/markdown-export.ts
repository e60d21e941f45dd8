import type { Annotation } from '../../shared/annotation-types';
import { chapterPathText, citation, documentLine, titleWithNumber } from './citation';
import { formatExportDate, meaningOf, usedColors, type DocumentGroup, type ExportContent } from './collect-excerpts';

function excerpt(content: ExportContent, group: DocumentGroup, a: Annotation, path: string[]): string[] {
  const tags = a.tags.map((t) => `#${t}`).join(' ');
  return [
    `**【${meaningOf(content, a).meaning}】**${tags ? ` ${tags}` : ''}`,
    '',
    ...a.quote.split('\n').flatMap((line, i) => (i === 0 ? [`> ${line}`] : ['>', `> ${line}`])),
    '',
    ...(a.note.trim() ? [`**批注：**${a.note.trim().replace(/\n/g, '  \n')}`, ''] : []),
    `出处：${citation(group.doc, path)}`,
    '',
  ];
}

/** The same content as the Word export, as Markdown (one excerpt per quote). */
export function buildMarkdown(content: ExportContent): string {
  const meanings = usedColors(content).map((c) => c.meaning.trim());
  const lines = [
    `# ${content.title}`,
    '',
    `导出日期：${formatExportDate(content.exportedOn)}  `,
    `范围：${content.scope}  `,
    `共 ${content.count} 条摘录，来自 ${content.groups.length} 份文件`,
    '',
    // Only the colours used here: an export without any has no such line.
    ...(meanings.length > 0 ? [`颜色含义：${meanings.join(' / ')}`, ''] : []),
  ];
  for (const group of content.groups) {
    lines.push(`## ${titleWithNumber(group.doc)}`, '');
    const line = documentLine(group.doc);
    if (line) lines.push(line, '');
    for (const chapter of group.chapters) {
      lines.push(`### ${chapterPathText(chapter.path) || '正文'}`, '');
      for (const a of chapter.annotations) lines.push(...excerpt(content, group, a, chapter.path));
    }
    if (group.detached.length > 0) {
      lines.push('### 未能在现有文本中定位的摘录', '');
      for (const a of group.detached) lines.push(...excerpt(content, group, a, []));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
