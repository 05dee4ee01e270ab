/** `heading-level="2"` makes event titles h2, to fit the host page's outline (default 3). */
export function headingLevelOf(value: string | null | undefined): 2 | 3 | 4 | 5 | 6 {
  const level = Number(value);
  return level === 2 || level === 4 || level === 5 || level === 6 ? level : 3;
}
