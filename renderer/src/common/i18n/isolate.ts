/**
 * A name set inside a translated sentence, isolated from the text around it
 * (Unicode's first-strong isolate): a Latin name in an Arabic sentence, or
 * an Arabic one in an English sentence, keeps its own direction and does not
 * move the punctuation beside it. For strings; in JSX use <bdi>.
 */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}
