import type { SlashCommand } from '../src/interactions/command.js';
import { crampAbout } from './cramp-about.js';
import { crampCause } from './cramp-cause.js';
import { crampCauses } from './cramp-causes.js';
import { crampSettings } from './cramp-settings.js';

/** Every command the bot answers and the deploy script registers; an explicit list, not a folder scan. */
export const commands: readonly SlashCommand[] = [crampCauses, crampCause, crampAbout, crampSettings];
