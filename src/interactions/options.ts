import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/** At most `max` UTF-16 units (Discord's count), never splitting a character in two (half an emoji). */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end);
}

/**
 * Read access to a chat-input interaction's options, by the names its definition declares. String values
 * are cut to the option's `max_length`: Discord enforces it in its own client, but the HTTP endpoint and the
 * preview receive whatever is sent, so this is the one place that cut happens.
 */
export class CommandOptions<Name extends string = string> {
  readonly #values = new Map<string, string | number | boolean>();
  /** The option the member is typing in, for autocomplete. */
  readonly focused: Name | undefined;

  constructor(
    options: readonly APIApplicationCommandInteractionDataOption[] = [],
    definition?: RESTPostAPIChatInputApplicationCommandsJSONBody,
  ) {
    const maxLengths = new Map<string, number>();
    for (const option of definition?.options ?? []) {
      if (option.type === ApplicationCommandOptionType.String && option.max_length !== undefined)
        maxLengths.set(option.name, option.max_length);
    }
    let focused: string | undefined;
    for (const option of options) {
      if (!('value' in option)) continue;
      const max = maxLengths.get(option.name);
      this.#values.set(option.name, typeof option.value === 'string' && max !== undefined ? cut(option.value, max) : option.value);
      if ('focused' in option && option.focused) focused = option.name;
    }
    this.focused = focused as Name | undefined;
  }

  string(name: Name): string | undefined {
    const value = this.#values.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  boolean(name: Name): boolean | undefined {
    const value = this.#values.get(name);
    return typeof value === 'boolean' ? value : undefined;
  }
}
