/** "Did you mean" suggestions for misspelt types, keys and operators. */

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidates (at most two), when they are close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string[] {
  const w = word.toLowerCase();
  const scored = candidates
    .map((c) => {
      const lc = c.toLowerCase();
      // A prefix or contained word ("equals" → "equal") counts as close.
      let prefix = 0;
      while (prefix < w.length && w[prefix] === lc[prefix]) prefix++;
      const sharesStem = lc.startsWith(w) || w.startsWith(lc) || prefix >= Math.min(5, w.length, lc.length);
      const d = sharesStem ? Math.min(distance(w, lc), 1) : distance(w, lc);
      return { c, d };
    })
    .filter(({ c, d }) => d <= Math.max(1, Math.floor(Math.max(word.length, c.length) / 3)))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
  return scored.slice(0, 2).map((s) => s.c);
}

/** ` — did you mean "eq" or "equal"?`, or '' when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const found = closest(word, candidates);
  if (found.length === 0) return '';
  return `; did you mean ${found.map((f) => `"${f}"`).join(' or ')}?`;
}
