import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandInteractionDataBasicOption,
  type Locale,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

export class CommandLineError extends Error {
  override readonly name = 'CommandLineError';
}

export interface ParsedCommand {
  name: string;
  options: APIApplicationCommandInteractionDataBasicOption[];
  /** The last option written: the one being typed, for an autocomplete preview. */
  last: string | undefined;
}

/** A command's, option's or choice's name as a member with this Discord locale sees it, and its own. */
const namesOf = (item: { name: string; name_localizations?: LocalizationMap | null }, locale: Locale | undefined) =>
  [item.name, ...(locale ? [item.name_localizations?.[locale] ?? ''] : [])].filter(Boolean);

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function coerce(
  option: APIApplicationCommandBasicOption,
  raw: string,
  locale: Locale | undefined,
): APIApplicationCommandInteractionDataBasicOption {
  if (option.type === ApplicationCommandOptionType.Boolean) {
    const value = /^(true|yes|1)$/i.test(raw) ? true : /^(false|no|0)$/i.test(raw) ? false : undefined;
    if (value === undefined) throw new CommandLineError(`${option.name}: expected true or false, got "${raw}"`);
    return { type: ApplicationCommandOptionType.Boolean, name: option.name, value };
  }
  if (option.type !== ApplicationCommandOptionType.String) throw new CommandLineError(`${option.name}: unsupported option type`);
  const choices = option.choices ?? [];
  if (choices.length === 0) return { type: ApplicationCommandOptionType.String, name: option.name, value: raw };
  // Discord only lets a member pick a listed choice; accept its value or its shown name.
  const choice = choices.find(
    (c) => c.value.toLowerCase() === raw.toLowerCase() || namesOf(c, locale).some((name) => name.toLowerCase() === raw.toLowerCase()),
  );
  if (!choice) throw new CommandLineError(`${option.name}: choose one of ${choices.map((c) => c.value).join(', ')}`);
  return { type: ApplicationCommandOptionType.String, name: option.name, value: choice.value };
}

/**
 * Parses a command as a member types it in Discord: `/cramp-cause query:blood clot audience:general`.
 * An option's value runs to the next `name:` of an option the command has, so values may contain spaces. With a
 * `locale`, the names Discord shows in that language are read too (`/causa-calambre consulta:…`), as Discord
 * would send them: under their own names.
 */
export function parseCommandLine(
  line: string,
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
  locale?: Locale,
): ParsedCommand {
  const match = /^\s*\/?(\S+)\s*(.*)$/s.exec(line);
  const typed = match?.[1] ?? '';
  const definition = definitions.find((d) => namesOf(d, locale).includes(typed));
  const name = definition?.name ?? typed;
  if (!definition) {
    throw new CommandLineError(`unknown command "/${name}"; try one of ${definitions.map((d) => `/${d.name}`).join(', ')}`);
  }
  const known = (definition.options ?? []).filter(
    (option): option is APIApplicationCommandBasicOption =>
      option.type !== ApplicationCommandOptionType.Subcommand && option.type !== ApplicationCommandOptionType.SubcommandGroup,
  );
  const rest = match?.[2] ?? '';
  const byName = new Map(known.flatMap((option) => namesOf(option, locale).map((written) => [written, option] as const)));
  const starts = [...rest.matchAll(new RegExp(`(?:^|\\s)(${[...byName.keys()].map(escaped).join('|')}):`, 'gu'))];
  if (rest.trim() && (starts.length === 0 || rest.slice(0, starts[0]?.index).trim())) {
    throw new CommandLineError(`write options as name:value; /${name} has ${known.map((o) => `${o.name}:`).join(' ')}`);
  }
  const options: APIApplicationCommandInteractionDataBasicOption[] = [];
  starts.forEach((start, i) => {
    const valueStart = start.index + start[0].length;
    const raw = rest.slice(valueStart, starts[i + 1]?.index ?? rest.length).trim();
    const option = byName.get(start[1] ?? '');
    if (!option) return;
    if (options.some((o) => o.name === option.name)) throw new CommandLineError(`${option.name}: given twice`);
    options.push(coerce(option, raw, locale));
  });
  for (const option of known) {
    if (option.required && !options.some((o) => o.name === option.name)) {
      throw new CommandLineError(`/${name} needs ${option.name}:<value>`);
    }
  }
  return { name, options, last: byName.get(starts.at(-1)?.[1] ?? '')?.name };
}
