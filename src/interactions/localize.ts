import type { APIApplicationCommandOption, LocalizationMap } from 'discord-api-types/v10';
import type { Catalogues } from '../catalogue/catalogue.js';
import type { CommandTexts, LanguageFile } from '../catalogue/languages.js';
import type { CommandDefinition } from './command.js';

type Localizable = { name: string; name_localizations?: LocalizationMap | null; description?: string };

/** One language's texts for a command, option or choice, each field from the most specific path that has it ("cramp-settings country", then "country"). */
function lookup(texts: CommandTexts, paths: readonly string[]): { name?: string; description?: string } {
  const found = paths.flatMap((path) => texts[path] ?? []);
  const name = found.find((entry) => entry.name)?.name;
  const description = found.find((entry) => entry.description)?.description;
  return { ...(name ? { name } : {}), ...(description ? { description } : {}) };
}

/**
 * A command's definition with every language's names and descriptions (`name_localizations`,
 * `description_localizations`), as Discord shows them to members whose client is in that language. Texts come from
 * data/languages; a tier's name from that language's catalogue and a country's from the platform's own names
 * (Intl.DisplayNames), so neither is written twice. What a language leaves out stays English.
 */
export function localizeDefinition(
  definition: CommandDefinition,
  files: readonly LanguageFile[],
  catalogues: Catalogues,
): CommandDefinition {
  const command = definition.name;
  const names: LocalizationMap = {};
  const descriptions: LocalizationMap = {};
  const localizations = new Map<object, { names: LocalizationMap; descriptions: LocalizationMap }>();
  const into = (item: object) => {
    let found = localizations.get(item);
    if (!found) localizations.set(item, (found = { names: {}, descriptions: {} }));
    return found;
  };
  const options = (definition.options ?? []) as readonly APIApplicationCommandOption[];
  for (const file of files) {
    const catalogue = catalogues.byCode(file.code);
    for (const locale of file.locales) {
      const own = lookup(file.commands, [command]);
      if (own.name) names[locale] = own.name;
      if (own.description) descriptions[locale] = own.description;
      for (const option of options) {
        const text = lookup(file.commands, [`${command} ${option.name}`, option.name]);
        if (text.name) into(option).names[locale] = text.name;
        if (text.description) into(option).descriptions[locale] = text.description;
        const choices = 'choices' in option && Array.isArray(option.choices) ? (option.choices as readonly Localizable[]) : [];
        const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
        for (const choice of choices) {
          const value = String((choice as { value?: unknown }).value);
          const name =
            lookup(file.commands, [`${command} ${option.name}=${value}`, `${option.name}=${value}`]).name ??
            (option.name === 'tier' ? catalogue?.tiers.find((tier) => tier.id === value)?.label : undefined) ??
            (option.name === 'country' ? regions.of(value) : undefined);
          if (name && name !== choice.name) into(choice).names[locale] = name.slice(0, 100);
        }
      }
    }
  }
  /** A copy of an option or choice with the localizations found for the original. */
  const withLocalizations = <T extends object>(original: object, item: T): T => {
    const found = localizations.get(original);
    return {
      ...item,
      ...(found && Object.keys(found.names).length > 0 ? { name_localizations: found.names } : {}),
      ...(found && Object.keys(found.descriptions).length > 0 ? { description_localizations: found.descriptions } : {}),
    };
  };
  return {
    ...definition,
    ...(Object.keys(names).length > 0 ? { name_localizations: names } : {}),
    ...(Object.keys(descriptions).length > 0 ? { description_localizations: descriptions } : {}),
    ...(definition.options
      ? {
          options: options.map((option) =>
            withLocalizations(option, {
              ...option,
              ...('choices' in option && Array.isArray(option.choices)
                ? { choices: (option.choices as readonly object[]).map((choice) => withLocalizations(choice, choice)) }
                : {}),
            }),
          ) as CommandDefinition['options'],
        }
      : {}),
  };
}
