#!/usr/bin/env node
// Make a folder of law-like Markdown files (编/章/节/条, 款 and 项) from the real policy corpora,
// for measuring import on a library of realistic size:
//   node test/bench/make-law-corpus.mjs OUT_DIR [MEGABYTES=60]
// Article text is rebuilt from clauses of the corpora drawn at random, so the laws read like Chinese
// legal prose without being copies of each other. The output is deterministic for a given size.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [outDir, megabytes = '60'] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node test/bench/make-law-corpus.mjs OUT_DIR [MEGABYTES]');
  process.exit(2);
}
const target = Number(megabytes) * 1024 * 1024;
const corpora = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpora');

function* textFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(p);
    else if (entry.name.endsWith('.txt')) yield p;
  }
}
const clauses = [];
for (const file of textFiles(corpora)) {
  for (const c of fs.readFileSync(file, 'utf8').split(/[，。；：！？、\n]/)) {
    const t = c.replace(/[\s“”《》（）()]/g, '');
    if (t.length >= 4 && t.length <= 24 && /^[\u4E00-\u9FFF0-9]+$/.test(t)) clauses.push(t);
  }
}
if (clauses.length < 1000) throw new Error(`too little text in ${corpora}`);

let seed = 20240601;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(random() * list.length)];
const CN = '零一二三四五六七八九';
function cn(n) {
  if (n < 10) return CN[n];
  if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  const rest = n % 100;
  return `${CN[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${CN[rest]}` : rest < 20 ? `一${cn(rest)}` : cn(rest)}`;
}
const sentence = (min, max) => {
  const n = min + Math.floor(random() * (max - min + 1));
  return `${Array.from({ length: n }, () => pick(clauses)).join('，')}。`;
};
const SUBJECTS = ['安全生产', '数据保护', '城乡规划', '水污染防治', '科学技术进步', '农业技术推广', '公共图书馆', '职业教育', '道路交通安全', '森林', '文物保护', '标准化', '体育', '野生动物保护', '港口', '电力', '气象', '档案', '统计'];

fs.mkdirSync(outDir, { recursive: true });
let written = 0;
let count = 0;
let articles = 0;
while (written < target) {
  count++;
  const subject = SUBJECTS[count % (SUBJECTS.length - 1)];
  const lines = [`# 中华人民共和国${subject}法（示例${count}）`, ''];
  let article = 0;
  const parts = random() < 0.15 ? 2 + Math.floor(random() * 3) : 0;
  const chaptersPer = 3 + Math.floor(random() * 6);
  const write = (s) => lines.push(s, '');
  const chapter = (level, c) => {
    write(`${'#'.repeat(level)} 第${cn(c)}章 ${pick(clauses).slice(0, 8)}`);
    const sections = random() < 0.3 ? 2 + Math.floor(random() * 3) : 0;
    const articlesIn = (n) => {
      for (let a = 0; a < n; a++) {
        article++;
        write(`第${cn(article)}条　${sentence(2, 6)}`);
        if (random() < 0.3) write(sentence(2, 5)); // a second 款
        if (random() < 0.2) for (let i = 1; i <= 2 + Math.floor(random() * 4); i++) write(`（${cn(i)}）${sentence(1, 3).replace(/。$/, '；')}`);
      }
    };
    if (sections === 0) articlesIn(3 + Math.floor(random() * 8));
    for (let s = 1; s <= sections; s++) {
      write(`${'#'.repeat(level + 1)} 第${cn(s)}节 ${pick(clauses).slice(0, 8)}`);
      articlesIn(2 + Math.floor(random() * 6));
    }
  };
  if (parts) {
    for (let p = 1; p <= parts; p++) {
      write(`## 第${cn(p)}编 ${pick(clauses).slice(0, 6)}`);
      for (let c = 1; c <= chaptersPer; c++) chapter(3, c);
    }
  } else {
    for (let c = 1; c <= chaptersPer; c++) chapter(2, c);
  }
  const text = lines.join('\n');
  fs.writeFileSync(path.join(outDir, `law-${String(count).padStart(5, '0')}.md`), text);
  written += Buffer.byteLength(text);
  articles += article;
}
console.error(`wrote ${count} laws, ${articles} articles, ${(written / 1024 / 1024).toFixed(1)} MB to ${outDir}`);
