/**
 * Which page numbers a pagination shows: the first, the last and two either side of the current
 * one, with a gap (null) where numbers are left out. A category of 11,000 products has 925 pages:
 * every number on every page was 925 links.
 */
export function pageWindow(page: number, pages: number, around = 2): (number | null)[] {
  const shown = new Set([1, pages])
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pages) shown.add(n)
  const sorted = [...shown].sort((a, b) => a - b)
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]))
}
