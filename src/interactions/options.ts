import { ApplicationCommandOptionType, type APIApplicationCommandInteractionDataOption } from 'discord-api-types/v10';

/** Read access to a chat-input interaction's options, by name. */
export class CommandOptions {
  readonly #values = new Map<string, string | number | boolean>();
  /** The option the member is typing in, for autocomplete. */
  readonly focused: string | undefined;

  constructor(options: readonly APIApplicationCommandInteractionDataOption[] = []) {
    let focused: string | undefined;
    for (const option of options) {
      if (option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup) continue;
      if ('value' in option) this.#values.set(option.name, option.value);
      if ('focused' in option && option.focused) focused = option.name;
    }
    this.focused = focused;
  }

  string(name: string): string | undefined {
    const value = this.#values.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  boolean(name: string): boolean | undefined {
    const value = this.#values.get(name);
    return typeof value === 'boolean' ? value : undefined;
  }
}
