import { foldText } from './fold.js';

/** What glossing needs of the English catalogue: its synonym groups and the words its search reads past. */
export interface EnglishWords {
  readonly synonyms: readonly (readonly string[])[];
  readonly language: { readonly stopWords: readonly string[]; readonly linkWords: readonly string[] };
}

/**
 * Reads English phrases word by word in another language through a glossary (`language.gloss`: an English word and
 * its word there), so every way the English catalogue names an urgent sign also names it there: "stiff jaw" becomes
 * "Kiefer steif" once the German glossary knows "stiff" and "jaw". A multi-word English synonym is one word first
 * ("short of breath" is "breathless"), words the English search reads past are dropped, and a word without a gloss
 * (or a group member with one) leaves its phrase out: a phrase half translated would name less than the sign.
 */
export function createGlosser(english: EnglishWords, gloss: Readonly<Record<string, string>>): (phrase: string) => string | undefined {
  const ignored = new Set([...english.language.stopWords, ...english.language.linkWords].map(foldText));
  const joins: [phrase: string, head: string][] = [];
  const groupOf = new Map<string, readonly string[]>();
  for (const group of english.synonyms) {
    const folded = group.map(foldText);
    const [head = ''] = folded;
    for (const member of folded) {
      if (member.includes(' ')) joins.push([` ${member} `, ` ${head} `]);
      else groupOf.set(member, folded);
    }
  }
  // The longest first, so "out of breath" is joined before any shorter synonym inside it.
  joins.sort(([a], [b]) => b.length - a.length);
  // Each with its first word: a phrase is only searched for the joins whose first word it holds.
  const leadOf = new Map(joins.map(([multi]) => [multi, multi.split(' ')[1] ?? '']));
  const glossed = new Map(Object.entries(gloss).map(([word, there]) => [foldText(word), there]));
  const wordThere = (word: string) =>
    glossed.get(word) ?? (groupOf.get(word) ?? []).map((member) => glossed.get(member)).find((there) => there !== undefined);

  return (phrase) => {
    let text = ` ${foldText(phrase)} `;
    const present = new Set(text.split(' '));
    for (const [multi, head] of joins) {
      if (!present.has(leadOf.get(multi) ?? '')) continue;
      text = text.replaceAll(multi, head);
      present.add(head.trim());
    }
    const words = text.split(' ').filter((word) => word && !ignored.has(word));
    const there = words.map(wordThere);
    return words.length > 0 && there.every((word) => word !== undefined) ? there.join(' ') : undefined;
  };
}
