import type { Audience } from '../catalogue/schema.js';

export const audienceLabel: Record<Audience, string> = {
  clinician: 'Clinical view',
  general: 'Plain language',
};
