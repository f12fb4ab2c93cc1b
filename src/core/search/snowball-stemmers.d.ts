// snowball-stemmers ships no types.
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
  const _default: { newStemmer: typeof newStemmer; algorithms: typeof algorithms };
  export default _default;
}
