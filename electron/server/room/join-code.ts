import crypto from 'node:crypto';

/** A join code trainees type: six digits, fresh for every run of `serve --lan`. */
export function newJoinCode(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

export function sameCode(sent: unknown, code: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(code);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
