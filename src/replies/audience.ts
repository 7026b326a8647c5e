import type { Catalogue } from '../catalogue/catalogue.js';
import type { Audience } from '../catalogue/schema.js';

/** The reading view's name in the catalogue's language: "Plain language", "Lenguaje sencillo". */
export const audienceLabel = (catalogue: Catalogue, audience: Audience): string =>
  audience === 'clinician' ? catalogue.text.audienceClinician : catalogue.text.audienceGeneral;
