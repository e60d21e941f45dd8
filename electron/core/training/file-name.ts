/** A file name that every system accepts: 课程包-长株潭培训-2026-12-01.prpack */
export function trainingFileName(base: string, title: string, extension: string, date = new Date()): string {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').slice(0, 40) || '阅读路线';
  return `${base}-${safe}-${date.toISOString().slice(0, 10)}.${extension}`;
}
