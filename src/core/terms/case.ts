/** Carries the capitalisation of the word a writer typed over to its replacement. */

function isAllUpper(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return letters > 1;
}

function isCapitalised(s: string): boolean {
  const first = s.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * `FYLKESMANNEN` → `STATSFORVALTEREN`, `Fylkesmannens` → `Statsforvalterens`,
 * `rådmannen` → `kommunedirektøren`. A proper noun's own capitalisation
 * (`Helsedirektoratet`) is kept unless the original is all capitals.
 */
export function matchCase(original: string, replacement: string, properNoun = false): string {
  if (isAllUpper(original)) return replacement.toUpperCase();
  if (properNoun) return replacement;
  if (isCapitalised(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
