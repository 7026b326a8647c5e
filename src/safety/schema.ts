import snowball from 'snowball-stemmers';
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const pattern = text(120);
/** One slot of a pattern: no spaces (words of one alternative are joined by +). */
const slot = pattern.regex(/^\S+$/, 'must be one slot, e.g. "@ending"');

export const SafetyKinds = ['overdose', 'poisoning', 'crisis', 'unsure'] as const;
export type SafetyKind = (typeof SafetyKinds)[number];

const SourceSchema = z.strictObject({ title: text(80), url: z.url({ protocol: /^https$/ }).max(200) });

/** Where to get help in one country: numbers as people dial them, and where they were checked. */
export const CountrySchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. "GB"'),
  name: text(40),
  emergency: text(60),
  crisis: text(120),
  poison: text(80).optional(),
  source: SourceSchema,
});
export type Country = z.output<typeof CountrySchema>;

// A title is also an autocomplete choice (with 32 characters more), and Discord allows 100 there.
const AdviceSchema = z.strictObject({ title: text(60), text: text(600) });

export const SafetySchema = z
  .strictObject({
    $comment: z.string().optional(),
    /** The most other words allowed between two slots of a pattern. */
    gap: z.number().int().min(0).max(5),
    /**
     * Words not counted in the gap, and read past inside a many-word member: articles, possessives and fillers ("a
     * load of my dad's pills" is as near as "a load of pills"; "I often think about" reads as "I think about").
     */
    light: z.array(z.string().regex(/^[a-z]+$/, 'must be one folded word')).default([]),
    /** A number of tablets at least this large is an overdose (more than a day's paracetamol). */
    count: z.number().int().min(2),
    /** The Snowball stemmer a pattern's words are compared through, so "wants", "cuts" and "ending" need no entry of their own. */
    stemmer: z.enum(snowball.algorithms() as [string, ...string[]]),
    /** Words a misspelling may be mended to beyond those the patterns are written in ("suicidal" for "sucidal"). */
    spellings: z.array(z.string().regex(/^[a-z]+$/, 'must be one folded word')).default([]),
    classes: z.record(z.string().regex(/^[a-z]+$/), z.array(pattern).min(1)),
    patterns: z.array(
      z.strictObject({
        kind: z.enum(SafetyKinds),
        match: z.array(pattern).min(1),
        contains: z.array(text(40)).default([]),
        /** Not when a word of this slot stands within `near` words of the match ("can't go on running": about the cramp). */
        unlessNear: slot.optional(),
        near: z.number().int().min(0).max(8).default(0),
      }),
    ),
    /**
     * Two ideas near each other, in order, whatever the words between: a wish or plan ("@desire") followed within
     * `within` words by an ending ("@ending"), so "I feel like ending it" and "want to vanish" need no phrase of their
     * own. Not when a word of `unlessNear` stands within `near` words (the wish is about a cramp: "want to kill this cramp").
     */
    combos: z
      .array(
        z.strictObject({
          kind: z.enum(SafetyKinds),
          first: slot,
          then: slot,
          within: z.number().int().min(1).max(8),
          /** In either order: languages that move words about ("ohne mich wären alle besser dran", "besser dran ohne mich"). */
          either: z.boolean().default(false),
          unlessNear: slot.optional(),
          near: z.number().int().min(0).max(8).default(0),
          /**
           * A wish told as a past moment of pain is not a wish now ("I thought I was gonna die", "wanted to die, it hurt
           * so much"): when a word of `recalled` stands at the wish or just before it, and a word of `unlessNear`
           * anywhere in the message, the combo does not count.
           */
          recalled: slot.optional(),
          /**
           * A stretch of time beside a recalled wish makes it a state, not a moment of pain ("for weeks I wanted to
           * die", "quería morirme desde hace meses"): a word of `ongoing` within a few words of the wish keeps it.
           */
          ongoing: slot.optional(),
        }),
      )
      .default([]),
    /**
     * A fear or a question about dying ("am I going to die from a clot?", "scared it will kill me") is not a wish to:
     * when one stands in the message, the combos do not count (named patterns still do).
     */
    fears: z.array(pattern).default([]),
    /**
     * Words that make a fear a question of means ("how can I die", "wie kann ich sterben"): a fear right after one
     * of them does not stop the combos, and what they find is only "unsure" (it may still be a fear, put oddly).
     */
    fearsUnlessAfter: slot.optional(),
    /** Asking about a risk ("can you overdose on magnesium") or denying it ("not suicidal"): a finding beside one is only "unsure". */
    hedges: z.array(pattern).default([]),
    /** Numbers written as words ("thirty" tablets), folded: a count like any number. */
    numberWords: z.record(z.string().regex(/^[a-z]+$/), z.number().int().min(0)).default({}),
    /** Words after a number that make it a dose or a time, not a count of tablets ("took 20 mg", "20 years"). */
    unlessAfterCount: z.array(pattern).default([]),
    // Each country is one choice of the `country` option, and Discord allows 25.
    countries: z.array(CountrySchema).min(1).max(25),
    /** Discord locale → country code, for members who have not chosen a country. */
    locales: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)),
    fallback: z.strictObject({ emergency: text(120), crisis: text(120), source: SourceSchema }),
    advice: z.strictObject({ crisis: AdviceSchema, overdose: AdviceSchema, poisoning: AdviceSchema }),
  })
  .superRefine((safety, ctx) => {
    const codes = new Set(safety.countries.map((country) => country.code));
    if (codes.size !== safety.countries.length) ctx.addIssue({ code: 'custom', path: ['countries'], message: 'a country is listed twice' });
    for (const [locale, code] of Object.entries(safety.locales)) {
      if (!codes.has(code)) ctx.addIssue({ code: 'custom', path: ['locales', locale], message: `"${code}" is not a listed country` });
    }
    const classes = new Set(Object.keys(safety.classes));
    const patterns = [
      ...safety.patterns.flatMap((entry) => entry.match),
      ...safety.patterns.map((entry) => entry.unlessNear ?? ''),
      ...safety.combos.flatMap((combo) => [combo.first, combo.then, combo.unlessNear ?? '', combo.recalled ?? '', combo.ongoing ?? '']),
      ...safety.hedges,
      ...safety.fears,
      safety.fearsUnlessAfter ?? '',
      ...Object.values(safety.classes).flat(),
    ];
    for (const written of patterns) {
      for (const name of written.match(/@([a-z]+)/g) ?? []) {
        if (!classes.has(name.slice(1)))
          ctx.addIssue({ code: 'custom', path: ['patterns'], message: `"${written}" uses an unknown class ${name}` });
      }
    }
  });
export type SafetyData = z.output<typeof SafetySchema>;
