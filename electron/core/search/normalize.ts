/** The width and case folding applied alike to texts and queries: Ｐ Ｍ ２ ． ５ is PM2.5. */
export function normalizeForSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}
