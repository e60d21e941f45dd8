/** What is wrong with a 发文日期 as typed (empty is fine), or null: 2022-03-15, 2022-03 or 2022. */
export function issuedOnProblem(value: string): string | null {
  const v = value.trim();
  return v && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? '发文日期请写成 2022-03-15、2022-03 或 2022' : null;
}
