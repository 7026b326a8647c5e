import { ApplicationCommandOptionType, type APIApplicationCommandInteractionDataBasicOption } from 'discord-api-types/v10';
import {
  autocompleteInteraction,
  chatInputInteraction,
  selectMenuInteraction,
  type SyntheticOptions,
} from '../../src/preview/synthetic.js';

type OptionValues = Record<string, string | boolean>;

function toOptions(values: OptionValues, focused?: string): APIApplicationCommandInteractionDataBasicOption[] {
  return Object.entries(values).map(([name, value]) =>
    typeof value === 'boolean'
      ? { type: ApplicationCommandOptionType.Boolean, name, value }
      : { type: ApplicationCommandOptionType.String, name, value, ...(name === focused ? { focused: true } : {}) },
  );
}

/** `/name option:value …` as Discord delivers it. */
export const slash = (name: string, values: OptionValues = {}, ids?: SyntheticOptions) =>
  chatInputInteraction(name, toOptions(values), ids);

/** An autocomplete request while the member types into `focused`. */
export const typing = (name: string, values: OptionValues, focused: string, ids?: SyntheticOptions) =>
  autocompleteInteraction(name, toOptions(values, focused), ids);

/** A pick in a select menu. */
export const pick = (customId: string, values: string[], ids?: SyntheticOptions) => selectMenuInteraction(customId, values, ids);
