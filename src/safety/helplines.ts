import type { Country, SafetyData } from './schema.js';

/** Where a member's help numbers come from, said in the reply so they know how to change it. */
export type HelplineOrigin = 'chosen' | 'server' | 'locale' | 'fallback';

export interface Helplines {
  /** Undefined when no country is known: the numbers then point to a worldwide directory. */
  readonly country?: Country;
  readonly emergency: string;
  readonly crisis: string;
  readonly poison?: string;
  readonly source: { readonly title: string; readonly url: string };
  readonly origin: HelplineOrigin;
}

export interface CountryChoice {
  /** The member's own choice (an ISO code), first. */
  readonly chosen?: string | undefined;
  /** The server's setting, for members who did not choose. */
  readonly server?: string | undefined;
  /** The member's Discord language (`interaction.locale`), last. */
  readonly locale?: string | undefined;
}

/** The help numbers for a member: their chosen country, else the server's, else their language's, else the worldwide directory. */
export function helplinesFor(data: SafetyData, choice: CountryChoice): Helplines {
  const byCode = (code: string | undefined) => (code ? data.countries.find((country) => country.code === code) : undefined);
  const picks: [HelplineOrigin, Country | undefined][] = [
    ['chosen', byCode(choice.chosen)],
    ['server', byCode(choice.server)],
    ['locale', byCode(choice.locale === undefined ? undefined : data.locales[choice.locale])],
  ];
  for (const [origin, country] of picks) {
    if (country)
      return { country, emergency: country.emergency, crisis: country.crisis, poison: country.poison, source: country.source, origin };
  }
  return { ...data.fallback, origin: 'fallback' };
}

/** A country code the data lists, or undefined: an option value or stored row must never choose anything else. */
export function parseCountry(data: SafetyData, value: unknown): string | undefined {
  return data.countries.find((country) => country.code === value)?.code;
}
