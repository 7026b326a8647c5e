import { defineCommand, type CommandDefinition } from '../src/interactions/command.js';
import { everywhere } from '../src/interactions/common-options.js';
import { aboutMessage } from '../src/replies/about.js';

/** `/cramp-about`: source, review status, the full disclaimer, what is stored and how to erase it; private. */
export const crampAbout = defineCommand({
  definition: () =>
    ({
      name: 'cramp-about',
      description: 'Where the answers come from, the full disclaimer, and what the bot stores about you',
      ...everywhere,
    }) as const satisfies CommandDefinition,

  execute({ server }, { catalogue, about }) {
    return { response: aboutMessage(catalogue, about, server) };
  },
});
