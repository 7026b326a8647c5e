// stopwords-iso is one JSON file with no types: common words by ISO 639-1 code.
declare module 'stopwords-iso' {
  const stopwords: Readonly<Record<string, readonly string[]>>;
  export default stopwords;
}
