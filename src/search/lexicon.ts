import type { Catalogue } from '../catalogue/catalogue.js';
import { foldText } from '../catalogue/fold.js';
import type { Cause, MedicineClass, NotCovered, RedFlag } from '../catalogue/schema.js';
import { commonWordsOf, familiarIn, realWordIn, spokenOftenIn } from '../spelling/familiar.js';
import { Mender } from '../spelling/mend.js';
import { PhraseIndex, type PhraseRules } from './phrases.js';
import { ProseIndex } from './prose-index.js';
import { Reader } from './reading.js';
import { TermIndex } from './term-index.js';
import { Vocabulary } from './words.js';

/** What a phrase names: a cause, a medicine (which stands for the medication cause), or something not covered. */
export type Target =
  | { readonly type: 'cause'; readonly cause: Cause }
  | { readonly type: 'medicine'; readonly cause: Cause; readonly name: string; readonly medicineClass: MedicineClass }
  | { readonly type: 'not-covered'; readonly entry: NotCovered };

export const keyOf = (target: Target) => (target.type === 'not-covered' ? `not-covered:${target.entry.id}` : target.cause.id);

/** A word held by this many targets' phrases or more ("cramp", "leg", "calf") names no cause by itself. */
const GENERIC_HOLDERS = 4;

/**
 * Everything the search knows from one catalogue, built once: its phrases indexed for reading in place, how
 * telling each word is, the words a misspelling is mended to, and the prose. The rules read it, never the raw
 * catalogue, so a second catalogue (another symptom, another language) needs no code change.
 */
export function buildLexicon(catalogue: Catalogue): Lexicon {
  let lexicon = built.get(catalogue);
  if (!lexicon) built.set(catalogue, (lexicon = indexLexicon(catalogue)));
  return lexicon;
}

/**
 * Every word the catalogue's names, phrases, synonyms and language lists are written in, folded: what compounds are
 * built from, and the common words a translation must not read past.
 */
function wordsOf(catalogue: Catalogue): Set<string> {
  const { causes, medicines, notCovered, redFlags, synonyms, language } = catalogue;
  const phrases = [
    ...causes.flatMap((cause) => [cause.name, ...cause.abbreviations, ...cause.layTerms, ...cause.conditions, ...cause.symptoms]),
    ...medicines.classes.flatMap((medicineClass) => medicineClass.names),
    ...notCovered.flatMap((entry) => entry.names),
    ...redFlags.flatMap((flag) => [...flag.phrases, ...flag.unless]),
    ...synonyms.flat(),
    ...(language.places ? [...language.places.covered, ...language.places.elsewhere, ...language.places.symptoms] : []),
    ...Object.entries(language.partOf).flat(),
    ...languageWords(language),
  ];
  return new Set(phrases.flatMap((phrase) => foldText(phrase).split(' ')));
}

/** The words of the language section's own lists and patterns: denials, time, clauses, modifiers, cues, ages. */
function languageWords(language: Catalogue['language']): string[] {
  const { denials, onset, child } = language;
  const patterns = [
    ...language.pastTime,
    ...language.asking,
    ...language.likening,
    ...language.durations.flatMap((duration) => [...duration.patterns, duration.as]),
    ...(onset?.recent ?? []),
    ...(child?.ages ?? []),
    ...(language.pregnancy ? [...language.pregnancy.weeks, language.pregnancy.as] : []),
  ];
  return [
    ...Object.values(denials).flat(),
    ...language.stopWords,
    ...language.linkWords,
    ...language.clauseBreaks,
    ...language.modifiers,
    ...language.timeBreaks,
    ...language.timeWords,
    ...language.pastEvents,
    ...language.ordinaryShortWords,
    ...language.medicineCues,
    ...language.bothSides,
    ...language.everyday,
    ...(onset ? [...onset.changes, onset.as] : []),
    ...patterns.flatMap((pattern) => pattern.split(/[\s|+]+/)).filter((word) => /^[\p{L}]+$/u.test(word)),
  ];
}

/**
 * The words the language section uses to say how a sentence is built, not what it is about: what eases or is
 * likened, what is past, denials, cues before a medicine, clause and time breaks. (How a question is asked, "can
 * cramps cause", holds the complaint itself, so it is left out.)
 */
function grammarOf(language: Catalogue['language']): string[] {
  const { denials } = language;
  return [
    ...language.likening,
    ...language.relief,
    ...language.pastTime,
    ...language.medicineCues,
    ...language.clauseBreaks,
    ...language.timeBreaks,
    ...language.linkWords,
    ...denials.words,
    ...denials.turnsRound,
    ...denials.joiners,
  ];
}

/** One lexicon per catalogue: a catalogue is read-only, and its lexicon takes about 0.1 s to build. */
const built = new WeakMap<Catalogue, Lexicon>();

function indexLexicon(catalogue: Catalogue) {
  const { language } = catalogue;
  const written = wordsOf(catalogue);
  // Where the language asks, its common words that no list of the catalogue uses ("sur", "dans") are read past like
  // its stop words: a word between a phrase's words would otherwise push them apart.
  const readPast = language.readPastCommonWords ? [...commonWordsOf(catalogue.locale.code)].filter((word) => !written.has(word)) : [];
  const vocabulary = new Vocabulary(catalogue.synonyms, { ...language, stopWords: [...language.stopWords, ...readPast] }, written);
  const familiar = familiarIn(catalogue.locale.code, language.everyday, (word) => vocabulary.canonical(word));
  const spokenOften = spokenOftenIn(catalogue.locale.code);
  const isUrgent = (cause: Cause) => catalogue.tier(cause.tier).urgent;
  const danger = (cause: Cause) => {
    const tierIndex = catalogue.tiers.findIndex((tier) => tier.id === cause.tier);
    return (isUrgent(cause) ? 0 : catalogue.tiers.length) + tierIndex;
  };
  const targetDanger = (target: Target) => (target.type === 'not-covered' ? catalogue.tiers.length * 2 : danger(target.cause));

  /** Names: of a cause, a condition under it, a medicine, or something not covered. */
  const entries: { owner: Target; phrase: string; slack?: number; typed?: string; when?: ReadonlySet<string> }[] = [];
  /** What members describe; weaker than a name, so "lasix and night cramps" is about the medicine. */
  const descriptions: { owner: Target; phrase: string }[] = [];
  const medicineCause = catalogue.cause(catalogue.medicines.cause);
  /** Conditions say who the member is ("pregnant", "on dialysis"), not what they ask about: an urgent sign outranks them. */
  const contexts = new Set<Target>();
  for (const cause of catalogue.causes) {
    const owner: Target = { type: 'cause', cause };
    const context: Target = { type: 'cause', cause };
    contexts.add(context);
    const names = [cause.id, cause.name, cause.name.replace(/\s*\([^)]*\)/g, ''), ...cause.abbreviations, ...cause.layTerms];
    for (const phrase of [...names, ...cause.misspellings]) entries.push({ owner, phrase });
    for (const phrase of cause.conditions) entries.push({ owner: context, phrase });
    for (const phrase of cause.symptoms) descriptions.push({ owner, phrase });
  }
  if (medicineCause) {
    // A one-word name the stemmer turns into an everyday word ("Sortis" into French "sort", as in "je suis sorti";
    // "Torem" into German "Tor", a goal) counts only as typed.
    const typedOnly = (name: string) => {
      const folded = foldText(name);
      const [word, ...more] = vocabulary.words(name);
      return word !== undefined && more.length === 0 && !folded.includes(' ') && word !== folded && (familiar(word) || spokenOften(word))
        ? folded
        : undefined;
    };
    for (const medicineClass of catalogue.medicines.classes) {
      for (const name of medicineClass.names) {
        const typed = typedOnly(name);
        entries.push({
          owner: { type: 'medicine', cause: medicineCause, name, medicineClass },
          phrase: name,
          ...(typed === undefined ? {} : { typed }),
        });
      }
    }
  }
  // A look-alike's time word ("sweating at night") stands with the rest of its name.
  const whenWords = new Set(language.timeWords.map((word) => vocabulary.canonical(word)).filter(Boolean));
  for (const entry of catalogue.notCovered)
    for (const name of entry.names) entries.push({ owner: { type: 'not-covered', entry }, phrase: name, slack: 1, when: whenWords });

  // How long a cramp lasted is said beside it: in an urgent sign, the word a long time reads as stands by the cramp.
  const durationWords = new Set(language.durations.map((duration) => vocabulary.canonical(foldText(duration.as))));
  const incidents = new Set(language.incidents.map((word) => vocabulary.canonical(word)).filter(Boolean));
  const wholeBody = new Set(language.wholeBody.map((word) => vocabulary.canonical(word)).filter(Boolean));
  const signs = (pick: (flag: RedFlag) => readonly string[]) =>
    new PhraseIndex(
      vocabulary,
      // A sign's time word is the sign's, not another finding's joined on ("a 12-hour shift and then a cramp" lasted no hours).
      catalogue.redFlags.flatMap((flag) => pick(flag).map((phrase) => ({ owner: flag, phrase, when: whenWords }))),
      { ...phraseRules, likenedApart: false, besideOnly: durationWords, incidents, wholeBody },
    );

  // A word found in the phrases of many targets ("cramp", "leg") says less than one found in few ("lasix").
  const holders = new Map<string, Set<string>>();
  // Two words that stand in a row in a phrase ("food poisoning", "water tablet"), with the targets whose phrases hold
  // them so: the first does not stand alone there, and the two together tell more than either word.
  const pairs = new Map<string, Set<string>>();
  const medicineWords = new Set(catalogue.medicines.general.flatMap((word) => vocabulary.words(word)));
  // Words that stand beside a medicine word in every phrase that holds them ("sleeping pills", "pastillas para dormir").
  const besideMedicineOnly = new Map<string, boolean>();
  for (const { owner, phrase } of [...entries, ...descriptions]) {
    const words = vocabulary.words(phrase);
    for (const word of words) holders.set(word, (holders.get(word) ?? new Set()).add(keyOf(owner)));
    words.slice(1).forEach((word, i) => {
      const pair = `${words[i] ?? ''} ${word}`;
      pairs.set(pair, (pairs.get(pair) ?? new Set()).add(keyOf(owner)));
    });
    words.forEach((word, i) => {
      const beside = [words[i - 1], words[i + 1]].some((other) => other !== undefined && medicineWords.has(other));
      besideMedicineOnly.set(word, (besideMedicineOnly.get(word) ?? true) && beside && !medicineWords.has(word));
    });
  }
  const pointsToByPhrases = (word: string): readonly Cause[] => [...(holders.get(word) ?? [])].flatMap((key) => catalogue.cause(key) ?? []);
  const nameWords = new Map(catalogue.causes.map((cause) => [cause.id, new Set(vocabulary.words(cause.name))] as const));
  const targetCount = new Set([...entries, ...descriptions].map((entry) => keyOf(entry.owner))).size;

  // Every word the catalogue's phrases are written in, with their synonyms: what a misspelling is mended to. The
  // catalogue's own lists of misspellings are left out, so "musle" is mended to "muscle" like any other slip.
  const misspellings = new Set(catalogue.causes.flatMap((cause) => cause.misspellings));
  const lexiconWords = new Set(
    [
      ...entries.filter((entry) => !misspellings.has(entry.phrase)).map((entry) => entry.phrase),
      ...descriptions.map((entry) => entry.phrase),
      ...catalogue.redFlags.flatMap((flag) => [...flag.phrases, ...flag.unless]),
      ...catalogue.synonyms.flat(),
    ].flatMap((phrase) => foldText(phrase).split(' ')),
  );
  const canonicalWords = new Set([...lexiconWords].map((word) => vocabulary.canonical(word)));
  const coveredPlaces = new Set((language.places?.covered ?? []).map((word) => vocabulary.canonical(word)));
  const elsewherePlaces = new Set((language.places?.elsewhere ?? []).map((word) => vocabulary.canonical(word)));
  const placeSymptoms = new Set((language.places?.symptoms ?? []).map((word) => vocabulary.canonical(word)));
  const oneSide = new Set(language.oneSide);
  const bothSides = new Set(language.bothSides);
  const phraseRules: PhraseRules = {
    likenedApart: true,
    besideOnly: new Set(),
    between: new Set([...(language.places?.covered ?? []), ...language.lasting].map((word) => vocabulary.canonical(word)).filter(Boolean)),
    modifiers: new Set(language.modifiers.map((word) => vocabulary.canonical(word))),
    modifiersFollow: language.modifiersFollow,
    ordinaryShortWords: new Set(language.ordinaryShortWords),
    conditionCues: new Set(language.conditionCues),
    partOf: new Map(Object.entries(language.partOf).map(([part, whole]) => [vocabulary.canonical(part), vocabulary.canonical(whole)])),
    // The language's common words ("since", "desde", "depuis", "seit") and its words of time ("de repente",
    // "yesterday"): a colour word followed by one still describes what its clause is about.
    functionWords: new Set([
      ...commonWordsOf(catalogue.locale.code),
      ...[...language.timeWords, ...language.timeBreaks, ...(language.onset ? [language.onset.as] : [])].map(foldText),
    ]),
    incidents: new Set(),
    wholeBody: new Set(),
    // The reader decides what a denial covers; the phrase indexes that ask are built after it.
    namesAbsence: (lead, finding) => reader.namesAbsence(lead, finding),
    denials: new Set(language.denials.words.map((word) => vocabulary.canonical(word)).filter(Boolean)),
    places: {
      covered: coveredPlaces,
      elsewhere: elsewherePlaces,
      sides: new Set([...oneSide, ...bothSides]),
      symptoms: placeSymptoms,
    },
  };
  /** Whether a folded word already means something to the catalogue (filler words count as known). */
  const knownWord = (word: string) => vocabulary.words(word).every((canonical) => canonicalWords.has(canonical));
  // Words only the urgent signs use ("genitals", "drooping"), not any cause's name or description.
  const causeWords = new Set([...entries, ...descriptions].flatMap((entry) => vocabulary.words(entry.phrase)));
  const alarming = new Set([...lexiconWords].filter((word) => vocabulary.words(word).some((canonical) => !causeWords.has(canonical))));
  // The language section's own words ("matin" among its time words) are words of the language, never slips.
  const ownWords = new Set(languageWords(language).flatMap((phrase) => foldText(phrase).split(' ')));
  const grammarWords = new Set(
    grammarOf(language)
      .flatMap((phrase) => foldText(phrase).split(/[\s|+]+/))
      .map((word) => vocabulary.canonical(word.replace(/\*$/, '')))
      .filter(Boolean),
  );
  const conditionCues = new Set(language.conditionCues.map((word) => vocabulary.canonical(word)));
  const realWord = realWordIn(catalogue.locale.code, (word) => vocabulary.canonical(word));
  const mender = new Mender(
    lexiconWords,
    (word) => knownWord(word) || familiar(word) || ownWords.has(word),
    (word) => vocabulary.words(word).join(' '),
    language.opposites,
    (target) => alarming.has(target),
    new Set([...language.stopWords, ...language.denials.words].map(foldText)),
    catalogue.medicines.classes.flatMap((medicineClass) => medicineClass.names.map(foldText)).filter((name) => /^[a-z]{8,}$/.test(name)),
    realWord,
  );

  const proseDocuments = catalogue.causes.map((cause) =>
    [
      cause.summary,
      cause.explanation.general,
      cause.explanation.clinician,
      ...Object.values(cause.seekCare),
      ...cause.symptoms,
      ...cause.conditions,
    ].join(' '),
  );
  // Words of the prose a member may use in passing, and medicines members mention that choose no card: they leave
  // nothing unexplained.
  const proseWords = new Set([...proseDocuments, ...catalogue.medicines.unlinked].flatMap((text) => vocabulary.words(text)));
  /** The causes whose prose holds a word that no phrase does ("vegan" in the nutrition card's text). */
  const proseCauses = new Map<string, Cause[]>();
  // Medicines members mention that choose no card ("paracetamol") point to none, whatever the prose says of them.
  const unlinked = new Set(catalogue.medicines.unlinked.flatMap((text) => vocabulary.words(text)));
  catalogue.causes.forEach((cause, index) => {
    for (const word of new Set(vocabulary.words(proseDocuments[index] ?? ''))) {
      if (unlinked.has(word)) proseCauses.set(word, []);
      else if (!canonicalWords.has(word)) proseCauses.set(word, [...(proseCauses.get(word) ?? []), cause]);
    }
  });
  // Words only the clinicians' text uses ("metformin", "malabsorption") are jargon, whatever their length: the
  // member-facing prose never needs them.
  const layProse = new Set(
    catalogue.causes.flatMap((cause) =>
      [cause.summary, cause.explanation.general, ...Object.values(cause.seekCare), ...cause.symptoms, ...cause.conditions].flatMap((text) =>
        vocabulary.words(text),
      ),
    ),
  );
  const clinicianOnly = (word: string) => !layProse.has(word) && (proseCauses.get(word)?.length ?? 0) > 0;
  const timeWords = new Set([...language.timeWords, ...language.timeBreaks].map((word) => vocabulary.canonical(word)));
  /** The folded words of each cause's own phrases: a word one slip away from them is explained by its card. */
  const phraseWords = new Map<string, Set<string>>();
  for (const { owner, phrase } of [...entries, ...descriptions]) {
    if (owner.type === 'not-covered') continue;
    const words = phraseWords.get(owner.cause.id) ?? new Set<string>();
    for (const word of foldText(phrase).split(' ')) words.add(word);
    phraseWords.set(owner.cause.id, words);
  }

  /** Every word an urgent sign is written in: a name made only of these says nothing beyond the sign. */
  const signVocabulary = new Map(
    catalogue.redFlags.map((flag) => [flag.id, new Set(flag.phrases.flatMap((phrase) => vocabulary.words(phrase)))] as const),
  );

  /**
   * The findings of an urgent sign: words of its phrases that say what is wrong by themselves ("cold", "numb"), not
   * only beside a denial ("warm" in "won't warm up"), nor a word of where or when.
   */
  const signFindings = new Map(
    catalogue.redFlags.map((flag) => {
      const plain = flag.phrases.map((phrase) => vocabulary.words(phrase)).filter((words) => !words.some((word) => grammarWords.has(word)));
      return [flag.id, new Set(plain.flat().filter((word) => !timeWords.has(word) && !coveredPlaces.has(word)))] as const;
    }),
  );

  /** What accounts for a word of the query other than the prose: a phrase, a time, a number, a cue or everyday talk. */
  const explainsApartFromProse = (token: { readonly folded: string; readonly word: string }) =>
    canonicalWords.has(token.word) ||
    timeWords.has(token.word) ||
    // A number, bare or with a unit or a time of day ("5am", "40mg", "10km"), is a quantity, not a word left over.
    /^\d+[a-z]{0,3}$/.test(token.word) ||
    // A word saying a condition follows ("diagnosed", "diagnostiqué") says how the member knows it, not what it is.
    conditionCues.has(token.word) ||
    familiar(token.folded);
  const reader = new Reader(
    vocabulary,
    language,
    (word) => mender.mend(word),
    (left, right) => mender.join(left, right),
    (left, right) => pairs.has(`${left} ${right}`),
  );
  const generic = (word: string) => (holders.get(word)?.size ?? 0) >= GENERIC_HOLDERS;
  /**
   * Of each description that says what relieves ("pain walking stops when I rest"), what brings the complaint on
   * ("walk") and what relieves it ("rest"): members tell the two apart ("I walk to the bus stop and my calf cramps;
   * if I stop, it goes"), where no phrase stands in place.
   */
  const reliefs = descriptions.flatMap(({ owner, phrase }) => {
    const { tokens } = reader.read(phrase);
    const relievedBy = tokens.filter((token) => token.relieving).map((token) => token.word);
    const broughtOnBy = tokens
      .filter((token) => !token.relieving && !token.easing && !generic(token.word) && !grammarWords.has(token.word))
      .filter((token) => !timeWords.has(token.word) && !coveredPlaces.has(token.word))
      .map((token) => token.word);
    return relievedBy.length > 0 && broughtOnBy.length > 0
      ? [{ owner, broughtOnBy: new Set(broughtOnBy), relievedBy: new Set(relievedBy) }]
      : [];
  });

  // What each medicine group is known to do, in the words of its note ("can make your magnesium low").
  const medicineEffects = new Map(
    catalogue.medicines.classes.map((medicineClass) => [medicineClass, new Set(vocabulary.words(medicineClass.note))] as const),
  );

  // The language's words of being unable ("can't", "puedo" of "no puedo", "kann"), as the query's words read.
  const unable = new Set(language.denials.turnsRound.map((word) => vocabulary.canonical(word)).filter(Boolean));

  return {
    catalogue,
    reliefs,
    unable,
    /** The words the catalogue lists as everyday (`language.everyday`), as typed: never an abbreviation, even in capitals. */
    everyday: new Set(language.everyday),
    medicineEffects: (medicineClass: MedicineClass): ReadonlySet<string> => medicineEffects.get(medicineClass) ?? new Set(),
    // By id: a sign told at a raised level is a copy of the catalogue's.
    signVocabulary: (flag: RedFlag): ReadonlySet<string> => signVocabulary.get(flag.id) ?? new Set(),
    signFindings: (flag: RedFlag): ReadonlySet<string> => signFindings.get(flag.id) ?? new Set(),
    reader,
    /** The owner of each entry, by the entry's index (the term index's owner numbers). */
    targets: entries.map((entry) => entry.owner),
    contexts,
    medicineCause,
    names: new PhraseIndex(vocabulary, entries, phraseRules),
    described: new PhraseIndex(vocabulary, descriptions, phraseRules),
    flags: signs((flag) => flag.phrases),
    notSigns: signs((flag) => flag.unless),
    terms: new TermIndex(entries.map((entry, owner) => ({ text: foldText(entry.phrase), owner, penalty: 0 })).filter((t) => t.text)),
    // Prose is long: short words ("leg", "day") are everywhere and say nothing about which cause is meant.
    prose: new ProseIndex(proseDocuments, (text) => vocabulary.words(text).filter((word) => word.length >= 3)),
    holders,
    /** The targets whose phrases hold two canonical words in a row ("red eye"). */
    pairHolders: (left: string, right: string): ReadonlySet<string> => pairs.get(`${left} ${right}`) ?? new Set(),
    /** The canonical words of a cause's own name ("poor", "circulation"). */
    nameWords: (cause: Cause): ReadonlySet<string> => nameWords.get(cause.id) ?? new Set(),
    /** How telling a canonical word is: rare words weigh more. */
    weight: (word: string) => Math.log(1 + targetCount / (holders.get(word)?.size ?? 1)),
    /** Held by many targets: "cramp", "leg". */
    generic,
    /** A word of how a sentence is built ("stop" in "how do I stop it", "can't"): grammar, telling no card apart. */
    grammatical: (word: string) => grammarWords.has(word),
    /** Words that join findings ("and", "or"), as typed: a word after one is another finding, not a word about the last. */
    joiners: new Set(language.denials.joiners),
    /** Canonical words for any medicine ("pills", "meds" as "medicine"). */
    medicineWords,
    /** The causes of a sign of one side only (a clot, of one swollen leg): said of both sides, their description is another picture. */
    oneSidedCauses: new Set(catalogue.redFlags.flatMap((flag) => (flag.oneSide ? flag.causes : []))),
    /** Colour and side words ("pale", "left", Spanish "una"): they describe a finding and name no cause alone. */
    modifiers: phraseRules.modifiers,
    /** The words of the catalogue's own symptom ("leg", "cramp"): what members complain of, whatever else they say. */
    complaint: new Set(vocabulary.words(catalogue.symptom)),
    /** A time word ("night", "week") or a part of the leg ("calf", "foot"): it says when or where, not which cause. */
    saysWhenOrWhere: (word: string) => timeWords.has(word) || coveredPlaces.has(word),
    /** A time word alone ("night", "every"): unlike a place ("hamstring"), it tells no muscle the complaint is in. */
    saysWhen: (word: string) => timeWords.has(word),
    /**
     * Whether a word of the query is accounted for: the catalogue's phrases, its prose, a time, a number, or a
     * familiar everyday word (in English, the Dale-Chall list). What is left is jargon, a name or a word from elsewhere.
     */
    explains: (token: { readonly folded: string; readonly word: string }) => proseWords.has(token.word) || explainsApartFromProse(token),
    /**
     * Whether a word is accounted for by the clinicians' prose of some cause alone ("metformin" in the nutrition
     * card's text): no phrase, lay text, time, number or everyday word explains it, so it is jargon.
     */
    clinicianJargon: (token: { readonly folded: string; readonly word: string }) =>
      clinicianOnly(token.word) && !explainsApartFromProse(token),
    /** Whether a canonical word is one the catalogue's phrases, signs or synonyms are written in. */
    inPhrases: (word: string) => canonicalWords.has(word),
    /** Whether a folded word means something to the catalogue: the safety pass never mends it into one of its own. */
    knows: knownWord,
    phraseWords: (cause: Cause): ReadonlySet<string> => phraseWords.get(cause.id) ?? new Set(),
    /**
     * Whether a canonical word says something beside these words of the query: a word the catalogue holds only as a kind
     * of medicine ("sleeping pills") names none without a medicine word beside it, so "when I sleep" points to no medicine.
     */
    standsAlone: (word: string, neighbours: readonly (string | undefined)[]): boolean =>
      besideMedicineOnly.get(word) !== true || neighbours.some((other) => other !== undefined && medicineWords.has(other)),
    /** The causes whose own names or descriptions hold a canonical word. */
    pointsToByPhrases,
    /** The causes a canonical word points to, by their phrases or, for a word no phrase holds, their prose. */
    pointsTo: (word: string): readonly Cause[] => proseCauses.get(word) ?? pointsToByPhrases(word),
    nameEndings: catalogue.medicines.nameEndings.map(foldText),
    medicineCues: new Set(language.medicineCues),
    places: language.places && {
      covered: coveredPlaces,
      elsewhere: elsewherePlaces,
      symptoms: placeSymptoms,
      note: catalogue.notCovered.find((entry) => entry.kind === 'other-place'),
    },
    bothSides,
    oneSide,
    /** A number, in figures or written as a word of the language ("deux", "dois"). */
    isNumber: (folded: string) => /^\d+$/.test(folded) || vocabulary.numbers.has(folded),
    /** A part of the leg the catalogue covers ("calf", "Bein"), canonical. */
    isPlace: (word: string) => coveredPlaces.has(word),
    familiar,
    /** A word of everyday talk, by how often it is spoken ("festival", "basically"): however long, never jargon. */
    spokenOften,
    /** A word of the language in its own right ("hoarse"), so no slip in typing another ("horse"). */
    realWord,
    isUrgent,
    targetDanger,
    byDanger: (a: Cause, b: Cause) => danger(a) - danger(b),
  };
}

export type Lexicon = ReturnType<typeof indexLexicon>;
