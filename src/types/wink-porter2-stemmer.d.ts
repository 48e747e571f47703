declare module "wink-porter2-stemmer" {
  /** Porter2 stem of a lowercase English word. */
  function stem(word: string): string;
  export = stem;
}
