import raw from '../data/catalogue.json' with { type: 'json' };
import { indexCatalogue, type Catalogue } from '../src/catalogue/catalogue.js';
import { CatalogueSchema, type Cause } from '../src/catalogue/schema.js';

const parts = {
  site: ['calf', 'thigh', 'foot', 'ankle', 'knee', 'hip', 'shin', 'toe', 'hamstring', 'quadriceps', 'spine', 'nerve', 'vein', 'artery'],
  process: [
    'inflammation',
    'compression',
    'degeneration',
    'infection',
    'deficiency',
    'toxicity',
    'ischaemia',
    'entrapment',
    'dystrophy',
    'myopathy',
    'neuritis',
    'fibrosis',
    'thrombosis',
    'syndrome',
  ],
  qualifier: [
    'acute',
    'chronic',
    'hereditary',
    'acquired',
    'idiopathic',
    'secondary',
    'primary',
    'nocturnal',
    'exertional',
    'drug-induced',
  ],
  lay: [
    'sore legs',
    'aching feet',
    'night pain',
    'stiff muscles',
    'tingling toes',
    'weak knees',
    'swollen ankle',
    'numb shin',
    'burning feet',
    'heavy legs',
  ],
};

/** A deterministic pseudo-random sequence, so every run benchmarks the same catalogue. */
function* lcg(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

/** A catalogue of `count` made-up causes with the shape and text sizes of real ones (the catalogue will grow to other symptoms). */
export function generatedCatalogue(count: number): Catalogue {
  const random = lcg(42);
  const choose = <T>(items: readonly T[]): T => items[Math.floor((random.next().value as number) * items.length)] as T;
  const tiers = raw.tiers.map((tier) => ({ ...tier, urgent: tier.urgent ?? false }));
  const causes: Cause[] = Array.from({ length: count }, (_, i) => {
    const name = `${choose(parts.qualifier)} ${choose(parts.site)} ${choose(parts.process)} ${i}`;
    const template = raw.causes[i % raw.causes.length]!;
    return {
      ...template,
      id: `generated-${i}`,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      tier: tiers[i % tiers.length]!.id,
      layTerms: [choose(parts.lay), choose(parts.lay), `${choose(parts.site)} ${choose(parts.process)}`],
      abbreviations: [`G${i}`],
      misspellings: [name.replace(/e/g, 'a')],
      related: [],
    };
  });
  // The real catalogue's red flags, medicines and not-covered lists, validated; the generated causes share
  // lay words on purpose (search must cope with that at scale), which the schema would refuse.
  const parsed = CatalogueSchema.parse(raw);
  return indexCatalogue({ ...parsed, tiers, causes });
}
