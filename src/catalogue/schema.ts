import snowball from 'snowball-stemmers';
import { z } from 'zod';
import { DiscordLimits } from '../discord/limits.js';
import { foldText } from './fold.js';
import { CatalogueLimits as L } from './limits.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z
  .string()
  .max(L.idLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "deep-vein-thrombosis"');
const lexicon = z.array(text(L.lexiconTerm)).max(L.lexiconTerms);
const phrases = lexicon.min(1);
/** An urgent sign's phrases: in a translation, its own beside the English ones its glossary reads (`language.gloss`). */
const signPhrases = z.array(text(L.lexiconTerm)).max(L.signPhrases);

export const AudienceSchema = z.enum(['clinician', 'general']);
export type Audience = z.infer<typeof AudienceSchema>;

/**
 * An audience from untrusted text (an option, a custom id, a stored row), or undefined if it is none. Looked up
 * in the enum's list rather than parsed: most members have no stored choice, and a failed parse builds an error.
 */
export function parseAudience(value: unknown): Audience | undefined {
  return AudienceSchema.options.find((audience) => audience === value);
}

/** How soon to get help, most urgent first. */
export const UrgencyLevels = ['emergency', 'same-day', 'soon'] as const;
export type UrgencyLevel = (typeof UrgencyLevels)[number];

export const TierSchema = z.strictObject({
  id,
  label: text(L.tierLabel),
  meaning: text(L.tierMeaning),
  color: z.number().int().min(0).max(0xffffff),
  /** Causes in an urgent tier must say when to call emergency services (`seekCare.emergency`). */
  urgent: z.boolean().default(false),
});

export const ReferenceSchema = z.strictObject({
  title: text(L.referenceTitle),
  url: z.url({ protocol: /^https$/ }).max(L.referenceUrl),
});

/** When to get help, by urgency; each is a plain-language sentence or two. */
export const SeekCareSchema = z
  .strictObject({ routine: text(L.seekCare).optional(), sameDay: text(L.seekCare).optional(), emergency: text(L.seekCare).optional() })
  .refine((care) => Boolean(care.routine ?? care.sameDay ?? care.emergency), 'must say when to get help at one level at least');

export const CauseSchema = z.strictObject({
  id,
  name: text(L.causeName),
  tier: id,
  summary: text(L.summary),
  explanation: z.strictObject({ clinician: text(L.explanation), general: text(L.explanation) }),
  /** The words a cause is known by: each, typed alone or inside a longer query, opens its card. */
  abbreviations: lexicon,
  layTerms: lexicon,
  misspellings: lexicon,
  /** What members describe ("calf pain when I walk") and conditions that belong under the cause. */
  symptoms: lexicon,
  conditions: lexicon,
  seekCare: SeekCareSchema,
  related: z.array(id).max(L.related),
  references: z.array(ReferenceSchema).min(1).max(L.references),
});

/** An urgent sign, answered with its advice before anything else. */
/** Marks a word of a sign's phrase that stands for every phrase of another sign ("@palpitations faint"). */
export const SIGN_REFERENCE = '@';

export const RedFlagSchema = z.strictObject({
  id,
  level: z.enum(UrgencyLevels),
  sign: text(L.redFlagSign),
  phrases: signPhrases.min(1),
  advice: text(L.advice),
  causes: z.array(id).max(L.related),
  /**
   * Phrases that describe something else ("eases with rest" is walking pain, not pain at rest): each cancels
   * this sign's phrases that share a word with it, so a phrase with nothing in common still raises the sign.
   */
  unless: signPhrases.default([]),
  /** A sign of one side only (a clot swells one leg): not raised when its clause says both ("my legs are swollen"). */
  oneSide: z.boolean().default(false),
  /**
   * A sign that is an event needing care however it is dated (a snake bite): told as what cramps followed ("cramps
   * after a snake bit me") it still stands, where a past illness ("cramps since my stroke") is history.
   */
  anEvent: z.boolean().default(false),
  /**
   * Other signs beside which this one is more urgent (a faint beside one swollen leg may be a clot that reached the
   * lungs): with any of them standing anywhere in the message, this sign stands at `level` even where its `unless`
   * would cancel it ("nearly fainted"), and shows `advice` (why, and what to do at that level) instead of its own.
   */
  raisedBy: z.strictObject({ signs: z.array(id).min(1), level: z.enum(UrgencyLevels), advice: text(L.advice) }).optional(),
});

export const MedicineClassSchema = z.strictObject({
  name: text(L.medicineClass),
  note: text(L.medicineNote),
  /** With the names sold in every language's countries joined on (see `withNamesSoldAbroad`): never shown whole. */
  names: z.array(text(L.lexiconTerm)).min(1).max(L.medicineNames),
});

/** Something members confuse with leg cramps, or a real cause this catalogue does not cover. */
export const NotCoveredSchema = z.strictObject({
  id,
  /**
   * `other-subject`: the question is about someone the catalogue is not for (a pet): the note answers the whole
   * query, whatever it also describes. `other-place`: the note for a symptom in a part of the body the catalogue is
   * not about (`language.places`); at most one.
   */
  kind: z.enum(['look-alike', 'uncovered-cause', 'other-subject', 'other-place']),
  names: phrases,
  note: text(L.notCoveredNote),
});

const words = z.array(z.string().regex(/^[a-z0-9]+$/, 'must be one folded word: lowercase letters and digits')).max(L.languageWords);

/**
 * How members write, apart from what they name: the words the search reads past, the clauses, time and denials.
 * Kept in the catalogue so a catalogue for another symptom, or in another language, needs no code change.
 */
export const LanguageSchema = z.strictObject({
  /** The Snowball stemmer for the catalogue's language ("english", "spanish", "portuguese", …). */
  stemmer: z.enum(snowball.algorithms() as [string, ...string[]]),
  /** Words that carry no meaning for matching ("my", "the", "symptoms of"). */
  stopWords: words,
  /** Verbs that join a body part to what it looks like ("foot went white"): read past, so the two stand together. */
  linkWords: words,
  /** Words that start a new clause: a phrase's words must stand in one clause. */
  clauseBreaks: words,
  /** Colour and side words: they describe only a body part right beside them ("blue leg", not "blue inhaler … legs"). */
  modifiers: words,
  /** Whether a colour word follows the word it describes ("piernas azules", "jambe bleue"), as in the Romance languages. */
  modifiersFollow: z.boolean().default(false),
  /** Words of how much ("a bit", "slightly"): passed over inside a multi-word synonym, so "felt a bit faint" is "felt faint". */
  degreeWords: z.array(text(L.lexiconTerm)).max(L.languageWords).default([]),
  /** Patterns (the safety pass's syntax, #any for a number) that put a clause in the past: "10 years ago", "history of". */
  pastTime: z.array(text(L.lexiconTerm)).max(L.languageWords),
  /**
   * Words after which the next words name an event that has happened ("since my stroke", "after my operation"): a
   * sign made only of those words is history; a sign beside them ("swollen since my operation") is still now.
   */
  pastEvents: words.default([]),
  /**
   * Words that name what happened to the leg (an injury, a fall, a crush): in an urgent sign, such a word may be told
   * first and the findings after it, however long the telling ("fell down the stairs and my leg is swelling fast and
   * feels really tight"), as long as both are in one sentence. Other words of a sign still stand together.
   */
  incidents: words.default([]),
  /**
   * Findings of the whole body, not of a place in it (a fever, chills): in an urgent sign such a word joins the other
   * findings from anywhere in the message ("a red patch spreading up my leg, and I feel shivery"), as a fever belongs
   * to no clause about the leg.
   */
  wholeBody: words.default([]),
  /**
   * Where in the body the catalogue is about: a symptom word (`symptoms`) beside a part it is not about
   * (`elsewhere`: "cramp in my side", "eye twitching"), in a query naming none it is about (`covered`), gets the
   * `other-place` note rather than a card.
   */
  places: z.strictObject({ covered: words, elsewhere: words, symptoms: words }).optional(),
  /**
   * A change said to have happened just now: in a clause that holds a `recent` time (patterns: "an hour ago", "this
   * morning"), a `changes` word ("went", "turned") reads as `as` ("suddenly"). So "my leg went cold an hour ago" is
   * the sudden change the urgent signs name, while "my legs go cold at night" stays a long-standing complaint.
   */
  onset: z.strictObject({ recent: z.array(text(L.lexiconTerm)).max(L.languageWords), changes: words, as: z.string().min(1) }).optional(),
  /**
   * Too little of what one eats or drinks: a word of want (`words`: "no", "hardly", "never") a few words before
   * something taken in (`lacking[].of`: "water", "vegetables") reads as the finding it amounts to (`as`:
   * "dehydrated", "malnourished"). So "not much water" and "no como nada de verdura" say what "dehydrated" and "poor
   * diet" say, however the want is put.
   */
  scarcity: z
    .strictObject({
      words,
      lacking: z.array(z.strictObject({ of: words, as: z.string().min(1) })).min(1),
    })
    .optional(),
  /**
   * A diet of one thing: what a pattern matches ("only eat", "vivo a base de", "ne mange que") reads as `as`
   * ("malnourished"), so "I only eat crisps" says what "poor diet" says whatever the one food is.
   */
  diet: z.strictObject({ patterns: z.array(text(L.lexiconTerm)).min(1).max(L.languageWords), as: z.string().min(1) }).optional(),
  /**
   * An age said with a number ("my 4 year old", "mi hijo de 6 años"): a number below `under` in one of the `ages`
   * patterns (#count stands for it) reads as `as` ("child"), so the signs about children hold however a parent says it.
   */
  child: z
    .strictObject({
      ages: z.array(text(L.lexiconTerm)).min(1).max(L.languageWords),
      under: z.number().int().min(2).max(21),
      as: z.string().min(1),
    })
    .optional(),
  /**
   * How a pregnancy is told by its weeks alone ("I'm 36 weeks", "estoy de 36 semanas"): in a pattern, #count stands
   * for a week of pregnancy from 20 on (when its urgent signs begin); what matches reads as `as`, the word for
   * pregnant, so its signs hold however the pregnancy is told.
   */
  pregnancy: z
    .strictObject({
      weeks: z.array(text(L.lexiconTerm)).min(1).max(L.languageWords),
      as: z.string().min(1),
    })
    .optional(),
  /**
   * Numbers written as words ("two", "dos", "zwei") and their values: a #count of a stretch below (a long time, a
   * child's age, a week of pregnancy) reads them as it reads digits, so "for two hours" is as long as "for 2 hours".
   */
  numbers: z.record(z.string().min(1), z.number().int().min(0)).default({}),
  /**
   * How long something has gone on, said with a number or without ("for 3 hours", "for 20 minutes", "for hours"):
   * in a pattern, #count stands for a number of at least `atLeast`; what matches reads as `as`, so one phrase of
   * an urgent sign ("prolonged cramp") holds however the time is said. Written with "for" (or the language's
   * word), so "an hour ago" stays when, not how long.
   */
  durations: z
    .array(
      z.strictObject({
        patterns: z.array(text(L.lexiconTerm)).min(1).max(L.languageWords),
        atLeast: z.number().int().min(0),
        as: z.string().min(1),
      }),
    )
    .max(L.languageWords)
    .default([]),
  /**
   * Verbs that say how long something went on ("lasted", "dura"), and words of how hard it held ("cramped solid"): they
   * may stand between a long time and what lasted.
   */
  lasting: words.default([]),
  /** Patterns that ask about what follows rather than describe it ("a sign of", "risk of"): a sign there is a topic. */
  asking: z.array(text(L.lexiconTerm)).max(L.languageWords),
  /**
   * Patterns that start an imagined comparison ("feels like I'm", "as if"): the few words that follow, up to a
   * comma, are what the member likens it to, not what they do. A cause's phrase with words on both sides of
   * one ("cramp" … "like I'm walking on cotton wool") describes nothing; an urgent sign is read wherever it stands
   * ("feels like I'm going to pass out").
   */
  likening: z.array(text(L.lexiconTerm)).max(L.languageWords).default([]),
  /**
   * What a feeling is likened to that is itself a feeling (`as`: "fire" → "burning", "ants" → "tingling", "lead" →
   * "heavy"): inside a likening, or a few words after a plain comparison word (`markers`: "like", "como", "wie"), such
   * a word reads as the feeling it names, and it describes the body part beside it like any word of the member's.
   */
  likenedTo: z.strictObject({ markers: words, as: z.record(z.string().regex(/^[a-z0-9]+$/), text(L.lexiconTerm)) }).optional(),
  /**
   * Patterns that say a complaint eases ("stops when", "goes away after", "para al", "hört … auf"): the few words
   * that follow, up to a comma, are what relieves it ("stops when I rest"), not when it comes on, so neither an
   * urgent sign ("pain at rest") nor a cause's phrase is read through them. A denial beside one ("never eases
   * when") undoes it.
   */
  relief: z.array(text(L.lexiconTerm)).max(L.languageWords).default([]),
  /**
   * Patterns that say what a medicine is taken for ("for", "to stop", "para", "gegen"): "pills for cramps" is a
   * remedy, not a cause, so the medication cause's phrase is not read across one when only the complaint follows it.
   */
  purpose: z.array(text(L.lexiconTerm)).max(L.languageWords).default([]),
  /** Words that move time on ("now", "today"): a past time before one does not reach past it. */
  timeBreaks: words,
  /** "last" before these is a time ("last night"), not a duration ("lasted all night"). */
  timeWords: words,
  /**
   * Words that only count or place a time ("last", "past", "few" in "over the past few days"): before a time word
   * they are read past, so the words either side of the time stand together ("weaker over the past few days").
   */
  timeCounters: z
    .array(z.string().regex(/^[a-z]+$/, 'must be one folded word'))
    .max(L.languageWords)
    .default([]),
  denials: z.strictObject({
    words,
    /** Before a denial, these turn it round: "can't walk without pain" is pain. */
    turnsRound: words,
    /** The findings members deny; a denial of anything else is often itself a symptom ("no pulse", "not sweating"). */
    deniable: words,
    /** Findings that pass the denial on to what follows them: "no history of clots" is not a clot. */
    carriers: words,
    /** Words that carry a denial to the next finding: "no swelling or redness". */
    joiners: words,
  }),
  /** Prefixes that turn a word into its opposite: "hypercalcaemia" is no misspelling of "hypocalcaemia". */
  opposites: z.array(z.tuple([z.string().min(2), z.string().min(2)])).max(L.synonymGroups),
  /**
   * Abbreviations that are also everyday words ("pad", "ms"): inside a sentence they count only in capitals, or
   * typed right after a word that says a condition follows (`conditionCues`: "I have ms").
   */
  ordinaryShortWords: words,
  conditionCues: words.default([]),
  /** Words before a medicine's name ("on", "taking", "started"): an unknown word after one may be a medicine. */
  medicineCues: words,
  /** Words that say both sides ("both", "legs", "ankles"): a one-sided sign said with one is not that sign. */
  bothSides: words,
  /** Words that make a part one ("one leg", "ein Bein", "left calf"): said so, the clause is of one side whatever else it holds. */
  oneSide: words.default([]),
  /** A body part within a larger one ("calf" → "leg"): a phrase about the leg also matches the calf. */
  partOf: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)),
  /** Everyday words beyond the language's common-word list (src/spelling/familiar.ts): never jargon, never a misspelling. */
  everyday: words.default([]),
  /**
   * A language that builds words from words (German "Knieschmerzen" is "Knie" + "Schmerzen", "Wadenkrampf" is
   * "Wade" + "n" + "Krampf"): a word made of two the catalogue knows, joined directly or by one of these `linkers`,
   * is read as the two, in phrases and queries alike. So "Knie tut weh" meets the phrase "Knieschmerzen".
   */
  compounds: z.strictObject({ linkers: words }).optional(),
  /**
   * A word's forms the stemmer cannot join to it (English "stood" of "stand", German "gelaufen" of "laufen"), each
   * read as the word it is a form of: so "stood at a till all day" meets "standing all day".
   */
  forms: z
    .record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/))
    .refine((forms) => Object.keys(forms).length <= L.languageWords, `at most ${String(L.languageWords)} words`)
    .refine((forms) => Object.values(forms).every((base) => !(base in forms)), 'a form names its base word, not another form')
    .default({}),
  /**
   * How a language's regular past participles are made (German "ge" + "hust" + "et" of "husten"): a word the catalogue
   * does not write, made of the `prefix` and a word the catalogue does write (with one of the participle's `endings`
   * put back as the ending it stands for), is read as that word. So the regular participles need no list of `forms`.
   */
  participles: z
    .strictObject({
      prefix: z.string().regex(/^[a-z]+$/),
      endings: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]*$/)).default({}),
    })
    .optional(),
  /**
   * Endings that make another word, not another form of one (English "ly": "hardly" is not "hard", "barely" not
   * "bare"): the stemmer drops them, so a synonym with one of them joins its group as typed, never by its stem.
   */
  derivations: z
    .array(z.string().regex(/^[a-z]+$/))
    .max(L.languageWords)
    .default([]),
  /**
   * Read past the language's common words (stopwords-iso) that no list of the catalogue uses, beside `stopWords`:
   * for a translation whose own stop words are a short list ("sur", "dans" between a phrase's words). English keeps
   * its own longer list.
   */
  readPastCommonWords: z.boolean().default(false),
  /**
   * A language that writes every noun with a capital (German "Handgelenk", "Tippen"): a capital says nothing of a
   * brand there, so only a cue ("nehme Sortis") or a generic name's ending marks an unknown word as a medicine.
   */
  capitalisedNouns: z.boolean().default(false),
  /**
   * A language that writes an ordinal number with a dot (German "in der 34. Woche"): a dot after a number ends no
   * sentence there, so what follows stays in the clause before it.
   */
  ordinalDot: z.boolean().default(false),
  /**
   * A translation's glossary: an English word (folded) and its word in this language, through which the English
   * urgent signs' phrases are read here too (src/catalogue/gloss.ts). A phrase with a word not glossed is left out.
   */
  gloss: z
    .record(z.string().regex(/^[a-z0-9]+$/), text(L.lexiconTerm))
    .refine((gloss) => Object.keys(gloss).length <= L.languageWords, `at most ${String(L.languageWords)} words`)
    .default({}),
});
export type Language = z.output<typeof LanguageSchema>;

export const CatalogueSchema = z
  .strictObject({
    $comment: z.string().optional(),
    symptom: text(L.symptom),
    question: text(L.question),
    meta: z.strictObject({
      sourceUpdated: z.iso.date(),
      source: text(L.source),
      disclaimer: text(L.disclaimer),
      /** The disclaimer in brief, per reader, for the foot of cards; the full text is one tap away (/cramp-about). */
      shortDisclaimer: z.strictObject({ clinician: text(L.shortDisclaimer), general: text(L.shortDisclaimer) }),
    }),
    tiers: z.array(TierSchema).min(1).max(L.tiers),
    // One select menu lists every cause, so the catalogue stays within one menu's options.
    causes: z.array(CauseSchema).min(1).max(Math.min(L.causes, DiscordLimits.selectOptions)),
    redFlags: z.array(RedFlagSchema).max(L.redFlags),
    medicines: z.strictObject({
      cause: id,
      classes: z.array(MedicineClassSchema).max(L.medicineClasses),
      /** Endings that mark a medicine's generic name (WHO INN stems: "-pril", "-olol"), for medicines not listed. */
      nameEndings: lexicon.default([]),
      /** Medicines members mention that are not linked to cramps ("took paracetamol for it"): known, but they choose no card. */
      unlinked: lexicon.default([]),
      /**
       * Words for any medicine ("medicine", with its synonyms "pills", "meds"): a condition named as what one is for
       * ("diabetes meds", "pills for my diabetes") is not the member's condition here, so the medicine cause answers.
       */
      general: lexicon.default([]),
    }),
    notCovered: z.array(NotCoveredSchema).max(L.notCovered),
    /**
     * Words members use for the same thing ("hurts", "aching", "sore"); the first of each group stands for all, so it
     * is one word: a query is read word by word, and a group named by "let go" would never meet the words "let" "go".
     */
    synonyms: z
      .array(
        z
          .array(text(L.lexiconTerm))
          .min(2)
          .max(L.synonymGroup)
          .refine(
            ([first = ''] = []) => !/\s/.test(first.trim()),
            'the first word of a synonym group stands for all: write one word first',
          ),
      )
      .max(L.synonymGroups),
    language: LanguageSchema,
  })
  .superRefine((catalogue, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const unique = (items: readonly { id: string }[], key: string, what: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) issue([key, i, 'id'], `duplicate ${what} id "${item.id}"`);
        seen.add(item.id);
      });
    };
    unique(catalogue.tiers, 'tiers', 'tier');
    unique(catalogue.causes, 'causes', 'cause');
    unique(catalogue.redFlags, 'redFlags', 'red flag');
    unique(catalogue.notCovered, 'notCovered', 'not-covered');
    const placeNotes = catalogue.notCovered.filter((entry) => entry.kind === 'other-place');
    if (placeNotes.length > 1) issue(['notCovered'], 'at most one "other-place" note');
    if (catalogue.language.places && placeNotes.length === 0) issue(['language', 'places'], 'places need an "other-place" note');
    const causeIds = new Set(catalogue.causes.map((cause) => cause.id));
    const isCause = (causeId: string) => causeIds.has(causeId);

    catalogue.causes.forEach((cause, i) => {
      const tier = catalogue.tiers.find((t) => t.id === cause.tier);
      if (!tier) issue(['causes', i, 'tier'], `unknown tier "${cause.tier}"`);
      else if (tier.urgent && !cause.seekCare.emergency) {
        issue(['causes', i, 'seekCare', 'emergency'], `a "${tier.label}" cause must say when to call emergency services`);
      }
      cause.related.forEach((relatedId, j) => {
        if (!isCause(relatedId) || relatedId === cause.id) issue(['causes', i, 'related', j], `"${relatedId}" is not another cause's id`);
      });
    });
    // A sign has one level everywhere: a cause whose card an urgent sign opens must say when to get help at that level.
    const careAt = { emergency: 'emergency', 'same-day': 'sameDay', soon: 'routine' } as const;
    catalogue.redFlags.forEach((flag, i) => {
      flag.causes.forEach((causeId, j) => {
        const cause = catalogue.causes.find((candidate) => candidate.id === causeId);
        if (!cause) issue(['redFlags', i, 'causes', j], `"${causeId}" is not a cause's id`);
        else if (!cause.seekCare[careAt[flag.level]])
          issue(['redFlags', i, 'causes', j], `"${causeId}" has no seekCare.${careAt[flag.level]} for this ${flag.level} sign`);
      });
    });
    // A sign phrase may stand for every phrase of another sign ("@palpitations faint"), one that names no other.
    const flagIds = new Map(catalogue.redFlags.map((flag) => [flag.id, flag]));
    catalogue.redFlags.forEach((flag, i) => {
      if (!flag.raisedBy) return;
      flag.raisedBy.signs.forEach((signId, j) => {
        if (!flagIds.has(signId) || signId === flag.id)
          issue(['redFlags', i, 'raisedBy', 'signs', j], `"${signId}" is not another sign's id`);
      });
      if (UrgencyLevels.indexOf(flag.raisedBy.level) >= UrgencyLevels.indexOf(flag.level))
        issue(['redFlags', i, 'raisedBy', 'level'], `must be more urgent than the sign's own level, ${flag.level}`);
    });
    catalogue.redFlags.forEach((flag, i) => {
      flag.phrases.forEach((phrase, j) => {
        for (const word of phrase.split(' ').filter((part) => part.startsWith(SIGN_REFERENCE))) {
          const named = flagIds.get(word.slice(SIGN_REFERENCE.length));
          if (!named || named === flag || named.phrases.some((other) => other.includes(SIGN_REFERENCE)))
            issue(['redFlags', i, 'phrases', j], `"${word}" must name another sign, one whose phrases name no sign`);
        }
      });
    });
    if (!isCause(catalogue.medicines.cause)) issue(['medicines', 'cause'], `"${catalogue.medicines.cause}" is not a cause's id`);

    // One term, one meaning: a word that opens a card must not also be "not covered" or another cause's word.
    const owners = new Map<string, string>();
    const claim = (term: string, owner: string, path: PropertyKey[]) => {
      const folded = foldText(term);
      const current = owners.get(folded);
      if (current !== undefined && current !== owner) issue(path, `"${term}" already belongs to ${current}`);
      owners.set(folded, owner);
    };
    catalogue.causes.forEach((cause, i) => {
      for (const list of ['abbreviations', 'layTerms', 'misspellings', 'symptoms', 'conditions'] as const) {
        cause[list].forEach((term, j) => claim(term, `cause "${cause.id}"`, ['causes', i, list, j]));
      }
    });
    catalogue.medicines.classes.forEach((medicineClass, i) => {
      medicineClass.names.forEach((name, j) =>
        claim(name, `medicine class "${medicineClass.name}"`, ['medicines', 'classes', i, 'names', j]),
      );
    });
    catalogue.notCovered.forEach((entry, i) => {
      entry.names.forEach((name, j) => claim(name, `not-covered "${entry.id}"`, ['notCovered', i, 'names', j]));
    });
  });

export type ParsedCatalogue = z.output<typeof CatalogueSchema>;
export type Tier = z.output<typeof TierSchema>;
export type Cause = z.output<typeof CauseSchema>;
export type RedFlag = z.output<typeof RedFlagSchema>;
export type MedicineClass = z.output<typeof MedicineClassSchema>;
export type NotCovered = z.output<typeof NotCoveredSchema>;
