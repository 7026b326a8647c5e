import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Locale, PermissionFlagsBits, type APIEmbed } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import rawCatalogue from '../../data/catalogue.json' with { type: 'json' };
import spanish from '../../data/languages/es.json' with { type: 'json' };
import { CatalogueError, loadCatalogues, translateCatalogue } from '../../src/catalogue/catalogue.js';
import { foldText } from '../../src/catalogue/fold.js';
import { CatalogueTranslationSchema, LanguageFileError, loadLanguageFiles } from '../../src/catalogue/languages.js';
import { planCommands } from '../../src/deploy/diff.js';
import { previewInteraction } from '../../src/preview/preview.js';
import { noPreferences, type PreferenceStore, type ServerSettings } from '../../src/store/store.js';
import { testApp } from '../support/app.js';
import { assertValidCallback, assertValidCommandsPut } from '../support/discord-spec.js';
import { slash } from '../support/interactions.js';
import { message } from '../support/messages.js';

const app = testApp();
/** What a query gets from a member whose Discord is in `locale`: the safety pass's finding, the urgent signs, the result. */
function read(locale: Locale, query: string) {
  const { safety, flags, result } = app.languages.pick(locale).search.lookup(query);
  return { safety: safety?.kind, flags: flags.map((flag) => flag.id), result };
}
const flags = (locale: Locale, query: string) => read(locale, query).flags;
/** The cause whose card a query opens in `locale`, or what it got instead. */
const card = (locale: Locale, query: string) => {
  const { result } = read(locale, query);
  return result.kind === 'card' ? result.cause.id : result.kind;
};
const safety = (locale: Locale, query: string) => read(locale, query).safety;
/** Each query of a list gets help: the safety pass finds something in it, of any kind. */
function expectHelp(rows: readonly (readonly [Locale, string])[]) {
  for (const [locale, query] of rows) expect([query, safety(locale, query)]).not.toEqual([query, undefined]);
}
/** Each query of a list gets exactly this from the safety pass (`undefined`: nothing, an everyday message). */
function expectSafety(rows: readonly (readonly [Locale, string])[], kind: ReturnType<typeof safety>) {
  for (const [locale, query] of rows) expect([query, safety(locale, query)]).toEqual([query, kind]);
}
/** The Discord locales issue #22 names: each must see every command in its own language. */
const mainLocales = ['es-ES', 'es-419', 'pt-BR', 'fr', 'de', 'it', 'pl', 'nl', 'tr', 'ru', 'hi', 'ja', 'ko', 'zh-CN'] as const;

async function reply(interaction: Parameters<typeof app.router.answer>[0], router = app.router) {
  const response = await router.answer(interaction);
  assertValidCallback(response);
  return message(response);
}
const text = (embeds: readonly APIEmbed[] | undefined) =>
  (embeds ?? [])
    .map((embed) => [embed.title, embed.description, embed.footer?.text, ...(embed.fields ?? []).map((f) => f.value)].join('\n'))
    .join('\n');

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
/** A data/languages folder of its own holding these files. */
function languageFolder(files: Record<string, unknown>): URL {
  const folder = mkdtempSync(join(tmpdir(), 'cramp-languages-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), JSON.stringify(content));
  return pathToFileURL(`${folder}/`);
}
const english = JSON.parse(readFileSync(new URL('../../data/languages/en.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('each language a member can have', () => {
  const cases: {
    locale: Locale.SpanishES | Locale.SpanishLATAM | Locale.PortugueseBR | Locale.French | Locale.German;
    query: string;
    card: string;
    country: string | undefined;
  }[] = [
    {
      locale: Locale.SpanishES,
      query: 'calambre en la pantorrilla por la noche',
      card: 'Sobrecarga o cansancio muscular',
      country: 'España',
    },
    { locale: Locale.SpanishLATAM, query: 'calambres en las piernas', card: 'Sobrecarga o cansancio muscular', country: undefined },
    { locale: Locale.PortugueseBR, query: 'câimbra na panturrilha à noite', card: 'Músculo cansado ou sobrecarregado', country: 'Brasil' },
    { locale: Locale.French, query: 'crampe au mollet la nuit', card: 'Muscle fatigué ou trop sollicité', country: 'France' },
    { locale: Locale.German, query: 'Wadenkrampf in der Nacht', card: 'Überlastete oder müde Muskeln', country: 'Deutschland' },
  ];

  it.each(cases)('$locale: the card, its fixed texts and its review state are in the language', async ({ locale, query, card }) => {
    const data = await reply(slash('cramp-cause', { query }, { locale }));
    const [embed] = data.embeds ?? [];
    expect(embed?.title).toBe(card);
    const reviewed = {
      'es-ES': 'sin revisión clínica',
      'es-419': 'sin revisión clínica',
      'pt-BR': 'sem revisão clínica',
      fr: 'pas encore relue',
      de: 'nicht klinisch geprüft',
    }[locale];
    expect(embed?.footer?.text).toContain(reviewed);
    expect(embed?.footer?.text).not.toMatch(/not yet clinically reviewed|Source updated/);
  });

  it.each(cases)('$locale: a crisis gets help in the language, with the numbers of the member’s country', async ({ locale, country }) => {
    const crisis = {
      'es-ES': 'quiero morirme',
      'es-419': 'ya no quiero vivir',
      'pt-BR': 'quero morrer',
      fr: 'je veux mourir',
      de: 'ich will sterben',
    }[locale];
    const data = await reply(slash('cramp-cause', { query: crisis }, { locale }));
    const help = text(data.embeds);
    expect(data.flags).toBe(64);
    if (country) expect(help).toContain(country);
    else expect(help).toContain('findahelpline.com');
    expect(help).not.toMatch(/You matter|Numbers for/);
  });

  it('Spain gets 112 and 024, Brazil 192 and the CVV, France the 3114, Germany 112 and the TelefonSeelsorge', async () => {
    const numbers = async (locale: Locale, query: string) => text((await reply(slash('cramp-cause', { query }, { locale }))).embeds);
    expect(await numbers(Locale.SpanishES, 'me voy a suicidar')).toMatch(/112[\s\S]*024/);
    expect(await numbers(Locale.PortugueseBR, 'vou me matar')).toMatch(/192[\s\S]*CVV 188/);
    expect(await numbers(Locale.French, 'je vais me suicider')).toMatch(/3114/);
    expect(await numbers(Locale.German, 'ich bringe mich um')).toMatch(/112[\s\S]*TelefonSeelsorge/);
  });

  it('emergency advice gives the number to call, for the member’s country and in their language', async () => {
    const advice = async (locale: Locale, query: string) =>
      (await reply(slash('cramp-cause', { query }, { locale }))).embeds?.[0]?.description;
    expect(await advice(Locale.SpanishES, 'dolor en el pecho')).toContain('📞 Número de emergencias (España): 112');
    expect(await advice(Locale.French, 'douleur dans la poitrine')).toContain('📞 Numéro d’urgence (France) : 15 ou 112');
    expect(await advice(Locale.EnglishUS, 'chest pain')).toContain('📞 Emergency number for the United States: 911');
    expect(await advice(Locale.SpanishLATAM, 'dolor en el pecho')).toContain(
      '📞 Número de emergencias: el número de emergencias de tu país',
    );
  });

  it('a language without a catalogue gets English, and so does an unknown locale', async () => {
    for (const locale of [Locale.Japanese, Locale.Korean, undefined]) {
      const data = await reply(slash('cramp-cause', { query: 'calf cramp at night' }, locale ? { locale } : {}));
      expect(data.embeds?.[0]?.title).toBe('Muscle strain or overuse');
    }
  });

  it('a question in another language than the member’s Discord is answered from the member’s catalogue', async () => {
    const spanishQuery = await reply(slash('cramp-cause', { query: 'tengo un coágulo en la pierna' }, { locale: Locale.EnglishUS }));
    expect(spanishQuery.embeds?.at(-1)?.title).toBe('Deep vein thrombosis (DVT)');
    const englishQuery = await reply(slash('cramp-cause', { query: 'statin side effects' }, { locale: Locale.German }));
    expect(englishQuery.embeds?.at(-1)?.title).toBe('Nebenwirkungen von Medikamenten');
  });

  it('a brand one language lists is known in every language, English too: people travel', () => {
    for (const locale of [Locale.EnglishUS, Locale.SpanishES, Locale.German]) {
      expect(app.languages.pick(locale).search.lookup('Lasilix').result, locale).toMatchObject({
        kind: 'card',
        cause: { id: 'medication-side-effects' },
      });
    }
  });

  it('a medicine sold under a name only one language knows is named in the member’s language and group', async () => {
    const data = await reply(slash('cramp-cause', { query: 'tomo seguril y tengo calambres' }, { locale: Locale.EnglishUS }));
    const [card] = data.embeds ?? [];
    expect(card?.title).toBe('Medication side effects');
    expect(card?.fields?.[0]?.value).toContain('Seguril is in the medicine group Loop diuretic');
  });

  it('a crisis in any language gets help first, in the member’s language', async () => {
    const data = await reply(slash('cramp-cause', { query: 'je veux mourir' }, { locale: Locale.EnglishGB }));
    expect(data.embeds?.[0]?.title).toBe('You matter. Please talk to someone now');
    expect(text(data.embeds)).toContain('Samaritans');
  });

  it('an everyday idiom is not a crisis in any language', async () => {
    const idioms: [Locale, string][] = [
      [Locale.SpanishES, 'estos calambres me matan'],
      [Locale.PortugueseBR, 'essa câimbra está me matando'],
      [Locale.French, 'ces crampes me tuent'],
      [Locale.German, 'diese Krämpfe bringen mich um'],
    ];
    for (const [locale, query] of idioms) {
      const data = await reply(slash('cramp-cause', { query }, { locale }));
      expect(
        (data.embeds ?? []).some((embed) => embed.color === 0x5865f2),
        query,
      ).toBe(false);
    }
  });

  it('reads ideas, not phrases, in every language: life without sense, nobody noticing, an arm that will not move', () => {
    // A life said to have no sense, in either order, is the crisis; the same words about stretching are not.
    expect(read(Locale.PortugueseBR, 'não vejo mais sentido em viver').safety).toBe('crisis');
    expect(read(Locale.German, 'das Leben ist sinnlos geworden').safety).toBe('crisis');
    expect(read(Locale.German, 'es hat keinen Sinn zu dehnen, die Krämpfe kommen wieder').safety).toBeUndefined();
    // Nobody noticing, or being no longer here, shows the crisis line; a cramp nearby excuses it.
    expect(read(Locale.French, 'personne ne remarquerait si je disparaissais').safety).toBe('unsure');
    expect(read(Locale.SpanishES, 'sería mejor que yo no estuviera').safety).toBe('unsure');
    expect(read(Locale.SpanishES, 'nadie sabe por qué tengo calambres').safety).toBeUndefined();
    // Any form of "can" with "move" and an arm, or strange speech, is the stroke sign.
    expect(read(Locale.French, 'il ne peut plus bouger le bras').flags).toContain('stroke');
    expect(read(Locale.German, 'sie redet auf einmal komisch').flags).toContain('stroke');
    expect(read(Locale.PortugueseBR, 'meu avô não consegue mexer o braço').flags).toContain('stroke');
    // Fever with confusion is the sepsis emergency; being puzzled about a fever is not.
    expect(read(Locale.SpanishES, 'mi madre tiene fiebre y está desorientada').flags).toContain('sepsis');
    expect(read(Locale.French, 'je suis confus sur ma fièvre et mes crampes').flags).toEqual([]);
    // Exertion explains a racing heart, as in English.
    expect(read(Locale.German, 'Herzklopfen nach dem Sport und danach Wadenkrampf').flags).toEqual([]);
    expect(read(Locale.PortugueseBR, 'coração disparado depois de correr e câimbra').flags).toEqual([]);
    // A language's colour words are one group, read past "tout" and "depuis": a violet foot is a blue one.
    expect(read(Locale.French, 'sa jambe est toute froide et violette depuis ce matin').flags).toContain('cold-limb');
    // Pregnancy with a headache is the pre-eclampsia sign with two findings, as in English; a mild one is not.
    expect(read(Locale.PortugueseBR, 'grávida de 8 meses com muita dor de cabeça').flags).toContain('pre-eclampsia');
    expect(read(Locale.German, 'schwanger mit leichten Kopfschmerzen').flags).toEqual([]);
    // Half the body numb is the stroke sign.
    expect(read(Locale.SpanishES, 'de repente tengo medio cuerpo dormido').flags).toContain('stroke');
    // A symptom beside a part of the body the catalogue is not about gets the note for elsewhere, in every language.
    expect(app.languages.pick(Locale.French).search.lookup("j'ai très mal à l'oreille").result).toMatchObject({
      kind: 'not-covered',
      entry: { id: 'elsewhere' },
    });
    expect(read(Locale.German, 'Krampf in der Wade').flags).toEqual([]);
    // Giving one's things away, goodbyes and buying a means show the crisis line; a jump rope bought for training does not.
    expect(read(Locale.SpanishES, 'estoy regalando todas mis cosas').safety).toBe('unsure');
    expect(read(Locale.French, "j'ai dit adieu à toute ma famille").safety).toBe('unsure');
    expect(read(Locale.German, 'ich habe ein Seil gekauft').safety).toBe('unsure');
    expect(read(Locale.PortugueseBR, 'comprei corda de pular e tenho câimbra').safety).toBeUndefined();
  });

  // Stockpiling pills is the crisis, unless the member says where they keep them; pills at hand while weighing it up,
  // and asking what living is for, show the crisis line; what stretching is for does not.
  it.each([
    [Locale.SpanishES, 'llevo semanas guardando pastillas', 'crisis'],
    [Locale.SpanishES, 'guardo las pastillas de magnesio en la cocina', undefined],
    [Locale.PortugueseBR, 'estou juntando comprimidos faz semanas', 'crisis'],
    [Locale.PortugueseBR, 'guardei os comprimidos na gaveta', undefined],
    [Locale.German, 'ich sammle schon seit Wochen Tabletten', 'crisis'],
    [Locale.German, 'ich sammle Tabletten in einer Dose für die Woche', undefined],
    [Locale.French, "j'ai une boîte de cachets à côté de moi et j'y pense", 'unsure'],
    [Locale.EnglishUS, "there's a bottle of pills next to me and i'm thinking about it", 'unsure'],
    [Locale.French, 'je vais prendre tous les médicaments de la maison ce soir', 'overdose'],
    [Locale.French, 'je vais prendre tous mes médicaments comme prescrit', undefined],
    [Locale.French, "j'ai pris toute ma boîte de somnifères comme d'habitude", 'overdose'],
    [Locale.German, 'ich nehme heute Nacht alle Tabletten im Haus', 'overdose'],
    [Locale.German, 'ich nehme alle meine Tabletten morgens', undefined],
    [Locale.German, 'wenigstens bekämen sie meine Lebensversicherung', 'unsure'],
    [Locale.French, 'mon assurance couvre le kiné pour les crampes ?', undefined],
    [Locale.PortugueseBR, 'ninguém liga se eu vivo ou morro', 'unsure'],
    [Locale.French, 'ce soir j’en finis', 'unsure'],
    [Locale.French, 'ce soir j’en finis avec ces crampes', undefined],
    [Locale.German, 'heute Nacht mache ich Schluss', 'unsure'],
    [Locale.German, 'ich mache Schluss mit meinem Freund', undefined],
    [Locale.SpanishES, '¿para qué vivir así?', 'unsure'],
    [Locale.French, "à quoi bon s'étirer", undefined],
    [Locale.German, 'ich bin lebensmüde', 'crisis'],
    [Locale.PortugueseBR, 'pensei em pular da ponte', 'crisis'],
    [Locale.SpanishES, 'tengo todo preparado para hacerlo mañana', 'unsure'],
    [Locale.French, 'tout est prêt pour le faire demain', 'unsure'],
    [Locale.French, "je pense à me foutre en l'air", 'crisis'],
    [Locale.German, 'ich habe alle meine Tabletten gesammelt', 'crisis'],
    [Locale.German, 'ich will mich vor einen Zug werfen', 'crisis'],
    [Locale.German, 'ich werfe mich vor den Zug', 'crisis'],
    [Locale.German, 'Krampf im Zug auf der Reise', undefined],
    [Locale.French, "j'ai mis de côté toutes mes pilules", 'crisis'],
    [Locale.French, "j'ai mis de côté mes pilules pour les vacances", undefined],
  ])('%s: "%s" gets the safety finding %s', (locale, query, finding) => {
    expect(read(locale, query).safety).toBe(finding);
  });

  // Round 30: apologies or goodbyes said to everyone, a named day after which nothing matters, no future for oneself,
  // one's own funeral pictured, a pet rehomed for when one is gone, a gun's hiding place in mind, a cut that brought
  // relief, a decision to end it: each beside its everyday look-alike, which gets nothing.
  it.each([
    [Locale.SpanishES, 'les he pedido perdón a todos porque después del viernes ya no importará', 'unsure'],
    [Locale.SpanishES, 'le pedí perdón a todos por llegar tarde a la cena', undefined],
    [Locale.SpanishES, 'me despedí de todos en la fiesta', undefined],
    [Locale.SpanishES, 'después del viernes ya no importará la dieta', undefined],
    [Locale.SpanishES, 'no hay futuro para mí y tampoco lo quiero', 'unsure'],
    [Locale.SpanishES, 'no hay futuro para mí en esta empresa', undefined],
    [Locale.SpanishES, 'me imagino mi propio funeral y me da paz', 'unsure'],
    [Locale.SpanishES, 'le estoy buscando otra casa a mi perro porque yo no voy a estar', 'unsure'],
    [Locale.SpanishES, 'busco a alguien que cuide a mi perro porque no voy a estar en agosto', undefined],
    [Locale.SpanishES, 'encontré dónde guarda mi padre la escopeta y no dejo de pensar en ello', 'unsure'],
    [Locale.SpanishES, 'encontré la escopeta de caza de mi abuelo en el trastero', undefined],
    [Locale.PortugueseBR, 'pedi desculpa pra todo mundo porque depois de sexta não vai importar mais', 'unsure'],
    [Locale.PortugueseBR, 'pedi desculpa pra todo mundo pelo atraso', undefined],
    [Locale.PortugueseBR, 'me despedi de todo mundo na festa', undefined],
    [Locale.PortugueseBR, 'não existe futuro pra mim nessa empresa', undefined],
    [Locale.PortugueseBR, 'fico imaginando meu próprio enterro e sinto paz', 'unsure'],
    [Locale.French, "j'ai demandé pardon à tout le monde parce qu'après vendredi ça n'aura plus d'importance", 'unsure'],
    [Locale.French, "j'ai demandé pardon à tout le monde pour mon retard", undefined],
    [Locale.French, "j'ai dit au revoir à tout le monde à la fête", undefined],
    [Locale.French, "je suis fatiguée d'être en vie", 'unsure'],
    [Locale.French, "j'imagine mon propre enterrement et ça m'apaise", 'unsure'],
    [Locale.German, 'ich habe mich bei allen entschuldigt, weil es nach Freitag sowieso egal ist', 'unsure'],
    [Locale.German, 'ich habe mich bei allen für die Verspätung entschuldigt', undefined],
    [Locale.German, 'nach Freitag ist die Diät egal', undefined],
    [Locale.German, 'ich zähle die Tage, bis ich endlich aufhören kann zu existieren', 'unsure'],
    [Locale.German, 'ich will endlich aufhören zu rauchen', undefined],
    [Locale.German, 'ich esse absichtlich nichts mehr, damit ich langsam verschwinde', 'unsure'],
    [Locale.German, 'ich weiß, wo mein Vater sein Gewehr aufbewahrt, und ich denke ständig daran', 'unsure'],
    [Locale.German, 'ich kaufe ein Gewehr für die Jagd', undefined],
    [Locale.German, 'ich stelle mir meine eigene Beerdigung vor und fühle mich dabei ruhig', 'unsure'],
    [Locale.SpanishES, 'me corté anoche y me sentí mejor', 'unsure'],
    [Locale.SpanishES, 'me lastimé entrenando y el hielo me alivió', undefined],
    [Locale.SpanishES, 'me corté el pelo y me siento mejor', undefined],
    [Locale.PortugueseBR, 'me cortei ontem à noite e me senti melhor', 'unsure'],
    [Locale.PortugueseBR, 'me machuquei no treino e o gelo me aliviou', undefined],
    [Locale.French, "je me suis coupée hier soir et ça m'a soulagée", 'unsure'],
    [Locale.French, "je me suis coupée en cuisinant, le pansement m'a soulagée", undefined],
    [Locale.French, "je me suis entaillé le bras hier soir et ça m'a apaisée", 'unsure'],
    [Locale.French, "je prévois d'en finir ce week-end", 'crisis'],
    [Locale.French, 'je vais en finir avec ce projet', undefined],
    [Locale.German, 'ich habe mich gestern Abend geschnitten und es hat gutgetan', 'unsure'],
    [Locale.German, 'ich habe mich beim Kochen geschnitten, das Pflaster hat geholfen', undefined],
    [Locale.SpanishES, 'todo sería más sencillo sin mí', 'unsure'],
    [Locale.SpanishES, 'sin mí el equipo juega mejor', undefined],
    [Locale.SpanishES, 'le dije a mi mejor amiga que cuide de mis hijos si me pasa algo', 'unsure'],
    [Locale.SpanishES, 'le pedí a mi hermana que cuide de mis hijos si me pasa algo en la operación', undefined],
    [Locale.SpanishES, 'he ido acumulando analgésicos estas últimas semanas', 'crisis'],
    [Locale.PortugueseBR, 'passo de carro pela represa pensando em como seria fácil', 'unsure'],
    [Locale.PortugueseBR, 'passo pelo rio pensando em como seria fácil nadar até o outro lado', undefined],
    [Locale.PortugueseBR, 'acho que todo mundo lá em casa ia respirar aliviado sem mim', 'unsure'],
    [Locale.PortugueseBR, 'o time joga melhor sem mim', undefined],
    [Locale.French, "j'aimerais m'endormir et ne plus jamais avoir à gérer tout ça", 'unsure'],
    [Locale.French, "j'aimerais ne plus jamais avoir à gérer ces crampes", undefined],
    [Locale.French, "j'ai accumulé des antidouleurs ces dernières semaines", 'crisis'],
    [Locale.German, 'ich habe meine beste Freundin gebeten, sich um meine Kinder zu kümmern, falls mir etwas passiert', 'unsure'],
    [Locale.German, 'ich fahre am Stausee vorbei und denke, wie leicht es wäre', 'unsure'],
    [Locale.German, 'ich gehe am Fluss vorbei und denke, wie leicht es wäre, rüberzuschwimmen', undefined],
    [Locale.German, 'ohne mich läuft das Projekt besser', undefined],
    [Locale.EnglishUS, 'said goodbye to everyone at the party', undefined],
    [Locale.EnglishUS, 'said goodbye to my dad at the airport', undefined],
    [Locale.EnglishUS, 'bought a rifle for deer hunting season', undefined],
    [Locale.EnglishUS, "said goodbye to everyone, i'm done", 'unsure'],
  ])('%s: "%s" gets the safety finding %s', (locale, query, finding) => {
    expect(read(locale, query).safety).toBe(finding);
  });

  it.each([
    [Locale.EnglishUS, "i haven't been eating well and my legs cramp"],
    [Locale.SpanishES, 'no como bien desde hace semanas y tengo calambres'],
    [Locale.PortugueseBR, 'faz semanas que não como direito e as pernas travam'],
    [Locale.French, 'je ne mange plus correctement depuis des semaines et mes jambes se bloquent'],
    [Locale.German, 'ich esse seit Wochen nicht richtig und meine Beine verkrampfen'],
  ])('%s: not eating properly, in any form of the verb ("%s"), is a poor diet', (locale, query) => {
    expect(card(locale, query)).toBe('nutritional-deficiency');
  });

  it.each([
    [Locale.German, 'meine Beine schwellen am Abend an wie Luftballons', 'poor-circulation'],
    [Locale.SpanishES, 'las piernas se me ponen como globos por la noche', 'poor-circulation'],
    [Locale.PortugueseBR, 'os tornozelos ficam que nem balão', 'poor-circulation'],
    [Locale.French, 'mes chevilles sont comme des ballons le soir', 'poor-circulation'],
    [Locale.EnglishUS, 'my ankles are like balloons by the evening', 'poor-circulation'],
    [Locale.German, 'aufgedunsenes Gesicht, Verstopfung, ständig kalt und Krämpfe', 'hypothyroidism'],
    [Locale.SpanishES, 'cara abotargada, estreñimiento, frío y calambres', 'hypothyroidism'],
    [Locale.French, 'visage bouffi, constipation, toujours froid et des crampes', 'hypothyroidism'],
  ])('%s: swelling likened to balloons, and a puffy face, are everyday words, not jargon: "%s" gets %s', (locale, query, cause) => {
    expect(card(locale, query)).toBe(cause);
  });

  it('reads a crush apart from any injury: a fracture or an accident with cramps after it is no compartment emergency; a leg trapped under a weight still is', () => {
    expect(flags(Locale.SpanishES, 'tuve una fractura en la pierna y ahora calambres')).toEqual([]);
    expect(flags(Locale.German, 'ich hatte einen Unfall und habe jetzt Krämpfe im Bein')).toEqual([]);
    expect(flags(Locale.French, "j'ai eu un accident et j'ai des crampes à la jambe")).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'tive lesão na medula e tenho cãibras nas pernas')).toEqual([]);
    expect(flags(Locale.SpanishES, 'se me quedó la pierna atrapada debajo de una viga y está hinchada y tensa')).toEqual(['compartment']);
    expect(flags(Locale.German, 'mein Bein wurde gequetscht und ist jetzt prall geschwollen')).toContain('compartment');
  });

  it('reads a colour typed right after another word as that word’s, where colours follow what they describe: blue cords are no blue leg', () => {
    expect(flags(Locale.SpanishES, 'tengo las venas como cuerdas azules detrás de las piernas y me duelen')).toEqual([]);
    expect(flags(Locale.French, 'mes veines ressemblent à des cordes bleues derrière les jambes et elles me font mal')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'minhas veias parecem cordas azuis atrás das pernas e doem')).toEqual([]);
    expect(flags(Locale.SpanishES, 'se me puso la pierna azul y fría')).toEqual(['cold-limb']);
    expect(flags(Locale.SpanishES, 'se me puso azul la pierna')).toEqual(['cold-limb']);
    expect(flags(Locale.French, 'ma jambe est devenue bleue et froide')).toEqual(['cold-limb']);
    // nor a bruise: a colour names one only as a noun ("un bleu"), not typed right after another word
    expect(read(Locale.French, 'mes veines ressemblent à des cordes bleues derrière les jambes et elles me font mal').result.kind).not.toBe(
      'not-covered',
    );
  });

  it('reads two days as how long, not as both legs; a denial after a comma denies what follows it', () => {
    expect(flags(Locale.French, 'mon mollet est rouge, chaud et gonflé depuis deux jours')).toEqual(['one-swollen-leg']);
    expect(flags(Locale.PortugueseBR, 'a panturrilha tá vermelha, quente e inchada faz dois dias')).toEqual(['one-swollen-leg']);
    expect(card(Locale.French, 'les deux jambes sont gonflées')).toBe('poor-circulation');
    expect(flags(Locale.PortugueseBR, 'quero que essas cãibras acabem, não consigo dormir')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'a cãibra não passa faz uma hora')).toEqual(['long-cramp']);
  });

  it('reads one leg told as one as one side, whatever else its clause names; swollen ankles of both legs are poor circulation', () => {
    // German "Knöchel" is one ankle or both: "ein Bein" says which
    expect(flags(Locale.German, 'ein Bein ist vom Knöchel bis zum Knie geschwollen und tut weh')).toEqual(['one-swollen-leg']);
    expect(card(Locale.German, 'beide Knöchel sind abends geschwollen')).toBe('poor-circulation');
    expect(flags(Locale.SpanishES, 'tengo una pierna hinchada desde el tobillo hasta la rodilla')).toEqual(['one-swollen-leg']);
    expect(card(Locale.French, 'les chevilles gonflées le soir')).toBe('poor-circulation');
  });

  it('reads numbness on both sides as no stroke, and one side still as one, in every language', () => {
    expect(flags(Locale.French, 'crampes et engourdissement des orteils des deux côtés')).toEqual([]);
    expect(flags(Locale.French, "visage engourdi d'un côté")).toEqual(['stroke']);
    expect(flags(Locale.German, 'Krämpfe und Taubheit in den Zehen auf beiden Seiten')).toEqual([]);
    expect(flags(Locale.SpanishES, 'calambres y entumecimiento en los dedos de los pies de los dos lados')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'câimbras e dormência nos dedos dos pés dos dois lados')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'boca torta e um lado dormente')).toEqual(['stroke']);
  });

  it('reads a distance walked as walking, and a word that says a diagnosis follows as no question of its own', () => {
    expect(card(Locale.SpanishES, 'tengo que pararme cada pocas calles porque me duelen las pantorrillas')).toBe(
      'peripheral-artery-disease',
    );
    expect(card(Locale.PortugueseBR, 'tenho que parar a cada quarteirão por causa da dor nas panturrilhas')).toBe(
      'peripheral-artery-disease',
    );
    expect(card(Locale.German, 'nach 200 Metern muss ich wegen Wadenschmerzen stehen bleiben')).toBe('peripheral-artery-disease');
    expect(card(Locale.French, "on m'a diagnostiqué une sarcoïdose et j'ai des crampes")).toBe('sarcoidosis');
    expect(card(Locale.French, 'mauvaise sirculation crampes')).toBe('poor-circulation');
    // Spanish and Portuguese say b and v alike: a first letter swapped between them is one slip
    expect(card(Locale.SpanishES, 'barices y calambres en las piernas')).toBe('poor-circulation');
    expect(card(Locale.PortugueseBR, 'barizes e câimbra')).toBe('poor-circulation');
    expect(card(Locale.German, 'dehidriert krämpfe')).toBe('dehydration-electrolytes');
    // "parte" (a part) is no "parto" (childbirth), though one stem serves both
    expect(card(Locale.SpanishES, 'dolor en la parte baja de la espalda')).toBe('not-covered');
  });

  it('reads sudden loss of sight in one eye as a stroke, and a child with a fever who will not stand, in every language', () => {
    expect(flags(Locale.French, "je ne vois plus d'un œil et j'ai des crampes")).toEqual(['stroke']);
    expect(flags(Locale.German, 'plötzlich blind auf einem Auge')).toEqual(['stroke']);
    expect(flags(Locale.SpanishES, 'perdí la vista de un ojo de golpe')).toEqual(['stroke']);
    expect(flags(Locale.PortugueseBR, 'perdi a visão de um olho')).toEqual(['stroke']);
    expect(flags(Locale.German, 'mein Kind hat Fieber und will nicht mehr auf dem Bein stehen')).toEqual(['child-limp-fever']);
    // French "du mal à" is a difficulty, not a pain
    expect(flags(Locale.French, "je ne sens plus mes fesses et j'ai du mal à faire pipi")).toEqual(['cauda-equina']);
    expect(flags(Locale.French, "j'ai du mal à respirer")).toEqual(['chest-or-breathing']);
  });

  it('reads confusion after diarrhoea and no longer passing urine as the fluid-loss emergency in every language', () => {
    expect(flags(Locale.German, 'seit zwei Tagen Durchfall, mir ist schwindelig und ich bin ganz verwirrt')).toEqual([
      'fluid-loss-confusion',
    ]);
    expect(flags(Locale.French, "je vomis depuis trois jours, j'ai la tête qui tourne et je n'urine plus")).toEqual([
      'fluid-loss-confusion',
    ]);
    expect(flags(Locale.SpanishES, 'diarrea desde hace dos días y estoy confundida')).toEqual(['fluid-loss-confusion']);
    expect(flags(Locale.PortugueseBR, 'diarreia há dois dias e estou confusa')).toEqual(['fluid-loss-confusion']);
  });

  it('reads a German compound as its two words, so "Knie tut weh" meets "Knieschmerzen" and a knee is no calf', () => {
    const lookup = (query: string) => app.languages.pick(Locale.German).search.lookup(query).result;
    expect(lookup('Knie tut beim Laufen weh')).toMatchObject({ kind: 'not-covered', entry: { id: 'joint-pain' } });
    expect(lookup('mein Knie schmerzt')).toMatchObject({ kind: 'not-covered', entry: { id: 'joint-pain' } });
    // A compound the catalogue never lists, of two words it knows: calf pain when walking.
    expect(lookup('Wadenschmerzen beim Gehen, nach dem Stehenbleiben weg')).toMatchObject({
      kind: 'card',
      cause: { id: 'peripheral-artery-disease' },
    });
    // A long head it knows names the compound, whatever the first part: a half marathon is a marathon, a wrist a joint.
    expect(lookup('der Oberschenkel tut seit dem Halbmarathon weh')).toMatchObject({ kind: 'card', cause: { id: 'muscle-overuse' } });
    expect(lookup('Durchblutungsprobleme in den Beinen')).toMatchObject({ kind: 'card', cause: { id: 'poor-circulation' } });
  });

  it('reads a leg caught under something heavy as crushed in every language, and a trapped nerve as no crush', () => {
    expect(flags(Locale.SpanishES, 'la pierna se quedó atrapada debajo de una viga y ahora está tensa y muy hinchada')).toContain(
      'compartment',
    );
    expect(flags(Locale.French, 'ma jambe a été coincée sous une voiture, elle est dure et gonflée')).toContain('compartment');
    expect(flags(Locale.German, 'mein Bein wurde gequetscht und ist jetzt hart und geschwollen')).toContain('compartment');
    expect(flags(Locale.PortugueseBR, 'minha perna ficou presa embaixo do carro e agora está dura e inchada')).toContain('compartment');
    expect(flags(Locale.German, 'eingeklemmter Nerv im Rücken und die Wade fühlt sich hart an')).toEqual([]);
  });

  it('reads hurting oneself on purpose, asking what one is still here for, and thinking of dying as a crisis in every language', () => {
    expect(safety(Locale.PortugueseBR, 'me machuco de propósito')).toBe('crisis');
    expect(safety(Locale.French, 'je me fais du mal exprès')).toBe('crisis');
    expect(safety(Locale.German, 'ich verletze mich absichtlich')).toBe('crisis');
    expect(safety(Locale.German, 'wozu bin ich überhaupt noch hier?')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'pra que eu ainda to aqui?')).toBe('unsure');
    // Thinking one was dying from a cramp's pain is no wish to die; thinking of dying is.
    expect(safety(Locale.SpanishES, 'me dio un calambre tan fuerte que pensé que me moría')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'pensé en morir anoche')).toBe('crisis');
    // An injury at sport said not to be on purpose is no crisis.
    expect(safety(Locale.German, 'ich habe mich beim Training verletzt, absichtlich war das nicht')).toBeUndefined();
  });

  it('reads medicines made ready, ending it all, rather being dead, no use or sense in carrying on, and life simpler without oneself, in every language', () => {
    expect(safety(Locale.SpanishES, 'tengo las pastillas preparadas para esta noche')).toBe('unsure');
    expect(safety(Locale.German, 'ich habe die Tabletten für heute Nacht bereitgelegt')).toBe('unsure');
    expect(safety(Locale.French, "j'ai préparé les médicaments pour ce soir")).toBe('unsure');
    expect(safety(Locale.EnglishUS, 'theres no use carrying on')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'no sirve de nada seguir')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'não adianta nada continuar')).toBe('unsure');
    expect(safety(Locale.German, 'es bringt nichts weiterzumachen')).toBe('unsure');
    expect(safety(Locale.French, "tout serait plus simple si je n'étais plus là")).toBe('unsure');
    expect(safety(Locale.SpanishES, 'quiero acabar con esto de una vez')).toBe('crisis');
    expect(safety(Locale.PortugueseBR, 'quero acabar com isso de uma vez')).toBe('crisis');
    expect(safety(Locale.German, 'ich will dem Ganzen ein Ende setzen')).toBe('crisis');
    expect(safety(Locale.German, 'alles wäre leichter, wenn es mich nicht gäbe')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'minha vida não tem sentido')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'mejor me muero')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'me deixa morrer')).toBe('unsure');
    expect(safety(Locale.French, 'autant mourir')).toBe('unsure');
    expect(safety(Locale.German, 'ich wäre lieber tot')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'con este calambre mejor me muero jaja')).toBeUndefined();
    // Pills set out for tomorrow or the week, or no use running on with a cramp, are no crisis; nor is ending cramps.
    expect(safety(Locale.SpanishES, 'quiero acabar con esto de los calambres')).toBeUndefined();
    expect(safety(Locale.German, 'ich will den Krämpfen ein Ende setzen')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'dejé preparadas las pastillas de la tensión para mañana')).toBeUndefined();
    expect(safety(Locale.German, 'meine Tabletten für die Woche sind im Wochendosierer vorbereitet')).toBeUndefined();
    expect(safety(Locale.French, 'mes médicaments sont prêts à la pharmacie')).toBeUndefined();
    expect(safety(Locale.French, 'ça ne sert à rien de continuer à courir avec une crampe')).toBeUndefined();
    expect(safety(Locale.French, "la crampe n'est plus là ce matin")).toBeUndefined();
  });

  it('reads a breath or a colour lost for a moment as no emergency in every language, but not since a moment ago', () => {
    expect(flags(Locale.SpanishES, 'calambre tan fuerte que no podía respirar un momento')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'cãibra tão forte que fiquei sem ar um instante')).toEqual([]);
    expect(flags(Locale.French, 'crampe et mes orteils sont devenus blancs une seconde')).toEqual([]);
    expect(flags(Locale.German, 'Krampf und die Zehen wurden kurz weiß')).toEqual([]);
    expect(flags(Locale.SpanishES, 'de repente no puedo respirar desde hace un momento')).toEqual(['chest-or-breathing']);
    expect(flags(Locale.French, "je n'arrive plus à respirer depuis un instant")).toEqual(['chest-or-breathing']);
    expect(flags(Locale.German, 'seit kurzem bekomme ich keine Luft')).toEqual(['chest-or-breathing']);
    expect(flags(Locale.PortugueseBR, 'não consigo respirar faz um instante')).toEqual(['chest-or-breathing']);
  });

  it('reads a Spanish past tense typed with or without its accent as its verb ("tosí", "tosi": I coughed)', () => {
    expect(flags(Locale.SpanishES, 'ayer tosí sangre')).toEqual(['chest-or-breathing']);
    expect(flags(Locale.SpanishES, 'ayer tosi sangre')).toEqual(['chest-or-breathing']);
  });

  it('reads a short plural the stemmer leaves as its singular ("pés" of "pé"), and standing ("em pé", "de pie") as no foot', () => {
    const card = (locale: Locale, query: string) => read(locale, query).result;
    expect(card(Locale.PortugueseBR, 'a sola do pé queima e tenho cãibras')).toMatchObject({ cause: { id: 'neurological-disorders' } });
    expect(card(Locale.PortugueseBR, 'pés dormentes o tempo todo e câimbras, sou diabética')).toMatchObject({
      cause: { id: 'neurological-disorders' },
    });
    expect(card(Locale.SpanishES, 'pies dormidos todo el tiempo y calambres, soy diabética')).toMatchObject({
      cause: { id: 'neurological-disorders' },
    });
  });

  it('reads a German compound by the longest head it knows, so falling down the stairs is a fall', () => {
    expect(flags(Locale.German, 'ich bin die Treppe runtergefallen und jetzt ist das Bein stark geschwollen und ganz hart')).toContain(
      'compartment',
    );
    expect(flags(Locale.French, "je suis tombée dans l'escalier et ma jambe gonfle vite et elle est très dure")).toContain('compartment');
  });

  it('reads a regular German participle as its verb, so coughing up blood said in the past is still the emergency', () => {
    expect(flags(Locale.German, 'ich habe nach einem Wadenkrampf Blut gehustet')).toEqual(['chest-or-breathing']);
    expect(flags(Locale.German, 'habe heute Blut gehustet')).toEqual(['chest-or-breathing']);
    // A word of its own that begins like one stays itself: "geschwollen" is swollen, not a form of "schwellen" alone.
    expect(flags(Locale.German, 'die rechte Wade ist seit gestern geschwollen und heiß')).toEqual(['one-swollen-leg']);
  });

  it.each([
    [Locale.EnglishUS, 'afraid of what i could do to myself', 'crisis'],
    [Locale.SpanishES, 'tengo miedo de lo que podría hacerme', 'crisis'],
    [Locale.PortugueseBR, 'tenho medo do que posso fazer comigo', 'crisis'],
    [Locale.French, 'j’ai peur de ce que je vais me faire', 'crisis'],
    [Locale.German, 'ich habe Angst, dass ich mir etwas antun könnte', 'crisis'],
    [Locale.EnglishUS, 'everyone would carry on just fine without me', 'unsure'],
    [Locale.SpanishES, 'la gente estaría bien sin mí', 'unsure'],
    [Locale.PortugueseBR, 'todos ficariam bem sem mim', 'unsure'],
    [Locale.French, 'les gens seraient bien sans moi', 'unsure'],
    [Locale.German, 'alles würde ohne mich genauso laufen', 'unsure'],
    [Locale.EnglishUS, 'i want all this hurt to end for good', 'crisis'],
    [Locale.EnglishUS, 'i want the cramp pain in my calf to stop for good', undefined],
    [Locale.EnglishUS, 'never want to have to face anyone ever again', 'unsure'],
    [Locale.SpanishES, 'quiero que este sufrimiento acabe para siempre', 'unsure'],
    [Locale.SpanishES, 'quiero que el dolor del calambre pare para siempre', undefined],
    [Locale.German, 'ich will, dass das Leiden für immer aufhört', 'unsure'],
    [Locale.German, 'der Schmerz im Wadenkrampf soll für immer aufhören', undefined],
    [Locale.French, 'fatiguée d’exister', 'unsure'],
    [Locale.German, 'ich bin müde zu existieren', 'unsure'],
    [Locale.SpanishES, 'harta de existir', 'crisis'],
    [Locale.PortugueseBR, 'estou doando todas as minhas coisas', 'unsure'],
    [Locale.German, 'ich verschenke gerade meine Sachen', 'unsure'],
    [Locale.EnglishUS, 'washed down all my tablets with whisky so it would end', 'overdose'],
    [Locale.EnglishUS, 'i had a glass of wine with my tablets, is that ok', undefined],
    [Locale.SpanishES, 'me tomé las pastillas con whisky para dormir y ya', 'overdose'],
    [Locale.PortugueseBR, 'tomei os comprimidos com cachaça pra dormir de vez', 'overdose'],
    [Locale.French, 'j’ai pris mes comprimés avec du whisky pour que ça finisse', 'overdose'],
    [Locale.German, 'ich habe Tabletten mit Schnaps geschluckt, damit es vorbei ist', 'overdose'],
    [Locale.EnglishUS, 'i want to join my dead brother', 'crisis'],
    [Locale.SpanishES, 'quiero irme con mi madre que murió', 'unsure'],
    [Locale.PortugueseBR, 'quero ir ficar com minha mãe que faleceu', 'unsure'],
    [Locale.French, 'je veux rejoindre ma mère décédée', 'unsure'],
    [Locale.German, 'ich will zu meiner verstorbenen Mutter, bei ihr sein', 'unsure'],
    [Locale.EnglishUS, 'i have reached my decision and feel at peace', 'unsure'],
    [Locale.German, 'die Entscheidung ist getroffen, ich habe meinen Frieden', 'unsure'],
    [Locale.SpanishES, 'ya no veo futuro', 'unsure'],
    [Locale.French, 'sans avenir, sans rien', 'unsure'],
    [Locale.PortugueseBR, 'a corda está preparada', 'crisis'],
    [Locale.French, 'la corde est préparée dans le garage', 'crisis'],
    [Locale.German, 'meine letzten Worte an euch', 'unsure'],
    [Locale.SpanishES, 'estoy harta de luchar contra los calambres', undefined],
    [Locale.EnglishUS, 'taking the whole box tonight, i have decided', 'crisis'],
    [Locale.EnglishUS, 'taking the whole box of magnesium tonight for my cramps', undefined],
    [Locale.SpanishES, 'hoy me trago toda la caja', 'crisis'],
    [Locale.PortugueseBR, 'hoje vou engolir a cartela inteira', 'crisis'],
    [Locale.French, 'ce soir j’avale toute la plaquette', 'crisis'],
    [Locale.German, 'heute Nacht schlucke ich die ganze Schachtel', 'crisis'],
    [Locale.EnglishUS, 'i keep thinking of stepping onto the railway line', 'crisis'],
    [Locale.EnglishUS, 'not sure how much longer i can keep going like this', 'unsure'],
    [Locale.SpanishES, 'no sé cuánto tiempo más voy a resistir', 'unsure'],
    [Locale.PortugueseBR, 'não sei quanto tempo aguento', 'unsure'],
    [Locale.French, 'combien de temps je vais encore supporter ça', 'unsure'],
    [Locale.German, 'wie lange ich das noch ertrage, weiß ich nicht', 'unsure'],
    [Locale.German, 'wie lange halte ich die Wadenkrämpfe noch aus', undefined],
    [Locale.EnglishUS, 'searched how many tablets it takes', 'crisis'],
    [Locale.SpanishES, 'les he escrito a mis padres para despedirme', 'unsure'],
    [Locale.French, 'j’ai écrit à ma famille pour dire adieu', 'unsure'],
    [Locale.PortugueseBR, 'me sinto um fardo', 'unsure'],
    [Locale.EnglishUS, 'by friday i am ending it all', 'crisis'],
    [Locale.EnglishUS, 'the most painless method?', 'unsure'],
    [Locale.EnglishUS, 'least painful way to stretch a calf cramp', undefined],
    [Locale.SpanishES, 'el domingo termino con todo', 'crisis'],
    [Locale.SpanishES, 'no tengo nada por que vivir', 'crisis'],
    [Locale.PortugueseBR, 'qual a forma menos dolorosa', 'unsure'],
    [Locale.French, 'je me suis tailladé les veines', 'crisis'],
    [Locale.French, 'je vais tout arrêter ce soir', 'unsure'],
    [Locale.German, 'Schluss mit allem, heute noch', 'unsure'],
    [Locale.PortugueseBR, 'me cortei com a faca na cozinha e depois tive câimbra', undefined],
    [Locale.SpanishES, 'me corté afeitándome las piernas y luego calambre', undefined],
    [Locale.PortugueseBR, 'tenho me cortado nos braços', 'crisis'],
    [Locale.EnglishUS, 'me corté pelando patatas y luego me dio un calambre', undefined],
    [Locale.PortugueseBR, 'me cortei descascando batata, agora câimbra', undefined],
    [Locale.PortugueseBR, 'me cortei outra vez ontem', 'crisis'],
    [Locale.SpanishES, 'me corté de nuevo los brazos', 'crisis'],
  ])('%s: "%s" is read as %s, as English reads the idea', (locale, query, finding) => {
    expect(safety(locale, query)).toBe(finding);
  });

  it('shows the crisis line for a plan to do "it" at a time said, in every language; a plan to stretch tonight is none', () => {
    expect(safety(Locale.EnglishUS, 'i am planning to do it tomorrow')).toBe('unsure');
    expect(safety(Locale.EnglishUS, 'planning to do my calf stretches tonight')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'llevo días planeando hacerlo mañana')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'estou planejando fazer isso amanhã')).toBe('unsure');
    expect(safety(Locale.French, 'je planifie de le faire demain')).toBe('unsure');
    expect(safety(Locale.German, 'ich plane, es morgen zu tun')).toBe('unsure');
    expect(safety(Locale.German, 'ich plane, morgen Dehnübungen für die Wade zu machen')).toBeUndefined();
    expect(safety(Locale.French, "j'ai un plan pour en finir")).toBe('crisis');
  });

  it('reads throwing oneself from a window, and hoping not to wake, as a crisis in English and German', () => {
    expect(safety(Locale.EnglishUS, 'about to jump out of the window')).toBe('crisis');
    expect(safety(Locale.German, 'ich will aus dem Fenster springen')).toBe('crisis');
    expect(safety(Locale.German, 'hoffentlich wache ich nie wieder auf')).toBe('unsure');
    expect(safety(Locale.German, 'ich hoffe, ich wache morgen ohne Krampf auf')).toBeUndefined();
    expect(safety(Locale.EnglishUS, 'i want to go away for good and never come back')).toBe('unsure');
  });

  it('reads "no breathing problems" as denied in every language, and running out of air still as the sign', () => {
    expect(flags(Locale.SpanishES, 'no tengo ningún problema para respirar, solo calambres')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'sem nenhum problema para respirar, só câimbra')).toEqual([]);
    expect(flags(Locale.French, 'aucun problème pour respirer, juste une crampe')).toEqual([]);
    expect(flags(Locale.German, 'keine Atemprobleme, nur ein Krampf')).toEqual([]);
    expect(flags(Locale.SpanishES, 'me he quedado sin aire de repente')).toContain('chest-or-breathing');
    expect(flags(Locale.German, 'ich bekomme plötzlich keine Luft')).toContain('chest-or-breathing');
  });

  it('reads a short sentence with the next in every language: being pregnant dates the headache after it', () => {
    expect(flags(Locale.French, 'Je suis enceinte. Mal de tête terrible et je vois flou')).toContain('pre-eclampsia');
    expect(flags(Locale.SpanishES, 'Estoy embarazada. Se me hincharon la cara y las manos de repente')).toContain('pre-eclampsia');
  });

  it('reads being run over or hit by a car as an injury in French, German and Portuguese, told in the sentence before', () => {
    expect(flags(Locale.French, 'Percutée par une voiture. Le tibia gonfle, très tendu, douleur atroce.')).toContain('compartment');
    expect(flags(Locale.German, 'Von einem Auto angefahren. Das Schienbein schwillt an, ganz hart, unerträgliche Schmerzen.')).toContain(
      'compartment',
    );
    expect(flags(Locale.PortugueseBR, 'Fui atropelada. A canela está inchando, muito dura e a dor é horrível.')).toContain('compartment');
    expect(flags(Locale.German, 'meine Tochter hat Fieber und will das Bein nicht belasten')).toContain('child-limp-fever');
  });

  it('reads a cut in the kitchen before a German cramp as no tetanus; a rusty nail still is', () => {
    expect(flags(Locale.German, 'habe mich mit dem Messer geschnitten, danach ein Krampf in der Wade')).toEqual([]);
    expect(flags(Locale.German, 'in einen rostigen Nagel getreten und jetzt Krämpfe')).toContain('tetanus');
  });

  it('reads a German ordinal’s dot as no sentence end, so "in der 30. Woche" stays with the pregnancy it dates', () => {
    expect(flags(Locale.German, 'schwanger in der 30. Woche, heftige Kopfschmerzen und Lichtblitze')).toContain('pre-eclampsia');
  });

  it('reads a will just written, and a means that "would be quick", as possibly a crisis in every language; a quicker train is none', () => {
    expect(safety(Locale.EnglishUS, 'i wrote my will last night and i am ready to go')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'ya hice mi testamento anoche y estoy listo para irme')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'fiz meu testamento ontem à noite e estou pronto pra partir')).toBe('unsure');
    expect(safety(Locale.French, 'j’ai écrit mon testament hier soir et je suis prêt à partir')).toBe('unsure');
    expect(safety(Locale.German, 'ich habe gestern Abend mein Testament geschrieben und bin bereit zu gehen')).toBe('unsure');
    expect(safety(Locale.EnglishUS, 'i keep thinking the train would be quick')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'sigo pensando que el tren sería rápido')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'fico pensando que o trem seria rápido')).toBe('unsure');
    expect(safety(Locale.French, 'je n’arrête pas de penser que le train serait rapide')).toBe('unsure');
    expect(safety(Locale.German, 'ich denke ständig, der Zug wäre schnell')).toBe('unsure');
    expect(safety(Locale.EnglishUS, 'wrote my will before my operation, ready for surgery tomorrow')).toBeUndefined();
    expect(safety(Locale.SpanishES, '¿el tren sería más rápido que caminar con calambres?')).toBeUndefined();
    expect(safety(Locale.EnglishUS, 'would magnesium tablets be quick to help my cramps')).toBeUndefined();
  });

  it('reads "how to" before a verb that only may mean dying (leave, vanish, hang, throw) as no crisis when it is about something else', () => {
    expect(safety(Locale.PortugueseBR, 'como partir um comprimido ao meio?')).toBeUndefined();
    expect(safety(Locale.PortugueseBR, 'como tirar mancha de vinho?')).toBeUndefined();
    expect(safety(Locale.French, 'comment partir en vacances avec des crampes ?')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'cómo desaparecer las varices')).toBeUndefined();
    expect(safety(Locale.SpanishES, '¿cómo colgar un cuadro?')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'la forma más fácil de morir')).toBe('crisis');
    expect(safety(Locale.PortugueseBR, 'qual o jeito mais fácil de morrer')).toBe('crisis');
    expect(safety(Locale.French, 'comment en finir sans souffrir')).toBe('crisis');
    expect(safety(Locale.German, 'wie kann ich mich umbringen')).toBe('crisis');
    expect(safety(Locale.German, 'wie töte ich Ameisen im Haus')).toBeUndefined();
  });

  it('reads wishing to disappear into bed, a workout that will be the death of one, and being done with exams as no crisis', () => {
    expect(safety(Locale.EnglishUS, 'wish i could just disappear into bed when the cramp starts')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'ojalá pudiera desaparecer en la cama cuando me da el calambre')).toBeUndefined();
    expect(safety(Locale.PortugueseBR, 'queria sumir na cama quando vem a câimbra')).toBeUndefined();
    expect(safety(Locale.French, 'j’aimerais disparaître sous la couette quand la crampe arrive')).toBeUndefined();
    expect(safety(Locale.German, 'ich würde am liebsten im Bett verschwinden, wenn der Krampf kommt')).toBeUndefined();
    expect(safety(Locale.EnglishUS, 'this spin class is going to be the death of me, thighs cramping')).toBeUndefined();
    expect(safety(Locale.EnglishUS, 'i’m done with exams finally')).toBeUndefined();
    expect(safety(Locale.EnglishUS, 'i am done')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'quiero desaparecer para siempre')).toBe('crisis');
    expect(safety(Locale.French, 'je veux disparaître')).toBe('crisis');
  });

  it('reads a comparison word that opens a question as "how", not "like": killing ants is no tingling', () => {
    expect(card(Locale.SpanishES, 'cómo matar las hormigas de casa')).not.toBe('neurological-disorders');
    expect(card(Locale.German, 'wie töte ich Ameisen im Haus')).not.toBe('neurological-disorders');
  });

  it('reads walking into the sea and not coming back as possibly a crisis in every language; a cramp at the lake is none', () => {
    expect(safety(Locale.EnglishUS, 'i’m going to walk into the sea')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'voy a meterme en el mar y no volver')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'vou entrar no mar e não voltar')).toBe('unsure');
    expect(safety(Locale.French, 'je vais marcher dans la mer et ne pas revenir')).toBe('unsure');
    expect(safety(Locale.German, 'ich werde ins Meer gehen und nicht zurückkommen')).toBe('unsure');
    expect(safety(Locale.EnglishUS, 'went to the lake, calf cramped, never coming back there lol')).toBeUndefined();
  });

  it('reads cutting again, being better off dead in German word order, and who keeps one’s cat, as crises', () => {
    expect(safety(Locale.EnglishUS, 'i cut again last night')).toBe('unsure');
    expect(safety(Locale.EnglishUS, 'i cut my hair again')).toBeUndefined();
    expect(safety(Locale.German, 'tot wäre ich besser dran')).toBe('crisis');
    expect(safety(Locale.SpanishES, 'ya sé quién se queda con mi gato cuando no esté')).toBe('unsure');
    expect(safety(Locale.SpanishES, '¿quién cuida a mi perro cuando me vaya de vacaciones?')).toBeUndefined();
  });

  it('reads a high place that calls or pulls the member as a crisis in every language; a mother calling is none', () => {
    expect(safety(Locale.EnglishUS, 'the cliffs by the coast keep calling to me')).toBe('crisis');
    expect(safety(Locale.SpanishES, 'la azotea de mi edificio me atrae cada noche')).toBe('crisis');
    expect(safety(Locale.PortugueseBR, 'a ponte do rio fica me chamando')).toBe('crisis');
    expect(safety(Locale.French, 'les voies du train m’attirent')).toBe('crisis');
    expect(safety(Locale.German, 'das Dach vom Parkhaus zieht mich an')).toBe('crisis');
    expect(safety(Locale.EnglishUS, 'my mum keeps calling me about my calf cramps')).toBeUndefined();
  });

  it.each([
    [Locale.EnglishUS, 'hurt myself with a razor again yesterday'],
    [Locale.SpanishES, 'ayer me corté otra vez con una cuchilla'],
    [Locale.PortugueseBR, 'me cortei de novo com uma lâmina'],
    [Locale.French, 'je me suis encore coupée avec une lame de rasoir'],
    [Locale.German, 'ich habe mich wieder mit der Rasierklinge geritzt'],
  ])('%s: "%s" (cutting oneself with a blade) gets the crisis line', (locale, query) => {
    expect(['crisis', 'unsure']).toContain(safety(locale, query));
  });

  it('reads a cut with a blade while shaving or cooking as no crisis', () => {
    expect(safety(Locale.EnglishUS, 'cut myself on a knife in the kitchen')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'me corté con la cuchilla afeitándome las piernas')).toBeUndefined();
  });

  it.each([
    [Locale.SpanishES, 'ojalá un autobús me arrolle y se acabe todo', 'crisis'],
    [Locale.PortugueseBR, 'tomara que um caminhão me atropele amanhã', 'crisis'],
    [Locale.French, 'je voudrais qu’un train me fauche', 'crisis'],
    [Locale.German, 'ich hoffe, der Zug erfasst mich', 'crisis'],
    [Locale.SpanishES, 'a mis hijos les quedaría el seguro de vida', 'unsure'],
    [Locale.French, 'Ma décision est prise. Le moment est venu.', 'unsure'],
    [Locale.German, 'Entscheidung steht. Heute ist es so weit.', 'unsure'],
    [Locale.SpanishES, 'ojalá no me atropelle un coche cuando salgo a correr', undefined],
    [Locale.PortugueseBR, 'já decidi, amanhã é o dia do exame', undefined],
  ])('%s: "%s" is read as %s: wishing to be run over, the insurance, a decision with its day', (locale, query, finding) => {
    expect(safety(locale, query)).toBe(finding);
  });

  it.each([
    [Locale.EnglishUS, 'i just want to drift off and have it all end', 'crisis'],
    [Locale.SpanishES, 'quiero quedarme dormida y que todo se termine', 'crisis'],
    [Locale.PortugueseBR, 'quero dormir e que tudo termine', 'crisis'],
    [Locale.French, 'je veux dormir et que tout finisse', 'crisis'],
    [Locale.German, 'ich will einschlafen und dann ist alles vorbei', 'crisis'],
    [Locale.SpanishES, 'ya no le encuentro sentido a la vida', 'unsure'],
    [Locale.German, 'ich will vom Dach springen', 'crisis'],
    [Locale.EnglishUS, 'i want to go to sleep and everything stops aching', undefined],
  ])('%s: "%s" is read as %s: falling asleep for everything to end, no meaning left, a jump', (locale, query, finding) => {
    expect(safety(locale, query)).toBe(finding);
  });

  it('reads a method said beside tonight as the crisis line: night words excuse no rope', () => {
    expect(safety(Locale.SpanishES, 'Ya tengo la cuerda. Esta noche.')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'Comprei a corda. Hoje à noite.')).toBe('unsure');
    expect(safety(Locale.German, 'Ich habe ein Seil. Heute Nacht.')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'compré una cuerda para saltar en el gimnasio')).toBeUndefined();
  });

  it('reads legs becoming weak since the morning as sudden weakness in every language', () => {
    expect(flags(Locale.EnglishUS, 'my legs are going weak since this morning')).toContain('cauda-equina');
    expect(flags(Locale.SpanishES, 'las piernas se me están quedando débiles desde esta mañana')).toContain('cauda-equina');
    expect(flags(Locale.PortugueseBR, 'minhas pernas estão ficando fracas desde hoje de manhã')).toContain('cauda-equina');
    expect(flags(Locale.French, 'mes jambes deviennent faibles depuis ce matin')).toContain('cauda-equina');
    expect(flags(Locale.German, 'meine Beine werden seit heute Morgen schwach')).toContain('cauda-equina');
  });

  it('reads a hot swollen leg with a fever as the sepsis emergency, with or without redness', () => {
    expect(flags(Locale.EnglishUS, 'my thigh is hot and swollen and i have a fever with the shakes')).toContain('sepsis');
    expect(flags(Locale.SpanishES, 'tengo el muslo caliente e hinchado y fiebre')).toContain('sepsis');
    expect(flags(Locale.EnglishUS, 'my calf is hot and swollen, no fever')).not.toContain('sepsis');
  });

  it('reads a fever told in another sentence than the spreading redness as the sepsis emergency, in every language', () => {
    expect(flags(Locale.EnglishUS, 'big red area on my leg spreading fast and i feel shivery')).toContain('sepsis');
    expect(flags(Locale.SpanishES, 'tengo una mancha roja en la pierna que se extiende cada hora. Ahora tengo escalofríos')).toContain(
      'sepsis',
    );
    expect(flags(Locale.PortugueseBR, 'a mancha vermelha na perna está se espalhando rápido. Agora estou com calafrios')).toContain(
      'sepsis',
    );
    expect(flags(Locale.French, "une plaque rouge qui s'étend sur la jambe. J'ai des frissons")).toContain('sepsis');
    expect(flags(Locale.German, 'eine rote Stelle am Bein breitet sich schnell aus. Jetzt habe ich Schüttelfrost')).toContain('sepsis');
    expect(flags(Locale.EnglishUS, 'big red area on my leg spreading fast, no fever')).not.toContain('sepsis');
  });

  it('reads too little water or vegetables, however the want is put, as its cause in every language', () => {
    expect(card(Locale.SpanishES, 'no como nada de verdura y tengo calambres')).toBe('nutritional-deficiency');
    expect(card(Locale.SpanishES, 'bebo poca agua y me dan calambres en los gemelos')).toBe('dehydration-electrolytes');
    expect(card(Locale.PortugueseBR, 'nunca como verdura e tenho câimbras')).toBe('nutritional-deficiency');
    expect(card(Locale.PortugueseBR, 'câimbra na panturrilha e quase nada de água hoje')).toBe('dehydration-electrolytes');
    expect(card(Locale.French, 'je ne mange jamais de légumes et j’ai des crampes')).toBe('nutritional-deficiency');
    expect(card(Locale.French, 'crampes aux mollets, presque pas d’eau aujourd’hui')).toBe('dehydration-electrolytes');
    expect(card(Locale.German, 'ich esse nie Gemüse und habe Krämpfe')).toBe('nutritional-deficiency');
    expect(card(Locale.German, 'Wadenkrämpfe und heute kaum Wasser')).toBe('dehydration-electrolytes');
  });

  it('reads where a cramp comes as telling no cause apart, and French places as grammar, as English reads "in" and "on"', () => {
    expect(card(Locale.German, 'taube Zehen, brennende Sohlen und Krämpfe im Bett')).toBe('neurological-disorders');
    expect(card(Locale.French, 'orteils engourdis, plantes des pieds qui brûlent et crampes au lit')).toBe('neurological-disorders');
    expect(card(Locale.PortugueseBR, 'dedos dos pés dormentes, sola dos pés queimando e cãibras na cama')).toBe('neurological-disorders');
    expect(card(Locale.French, 'brûlures aux pieds et crampes')).toBe('neurological-disorders');
  });

  it('reads eating only one thing as a poor diet in every language, and "only when eating" or "solo como ejemplo" as nothing of the kind', () => {
    expect(card(Locale.EnglishUS, 'i only eat crisps and get cramps')).toBe('nutritional-deficiency');
    expect(card(Locale.SpanishES, 'yo solo como bocadillos y me dan calambres')).toBe('nutritional-deficiency');
    expect(card(Locale.SpanishES, 'vivo a base de bocadillos y tengo calambres')).toBe('nutritional-deficiency');
    expect(card(Locale.PortugueseBR, 'eu só como salgadinho e tenho cãibras')).toBe('nutritional-deficiency');
    expect(card(Locale.French, "je ne mange que des chips et du soda et j'ai des crampes")).toBe('nutritional-deficiency');
    expect(card(Locale.German, 'ich esse nur Chips und trinke Cola und habe Krämpfe')).toBe('nutritional-deficiency');
    expect(card(Locale.EnglishUS, 'my calf cramps only when eating')).not.toBe('nutritional-deficiency');
    expect(card(Locale.SpanishES, 'solo como ejemplo, ¿los calambres son normales?')).not.toBe('nutritional-deficiency');
    expect(card(Locale.PortugueseBR, 'uso magnésio só como prevenção de cãibras')).not.toBe('nutritional-deficiency');
  });

  it('reads an urgent sign’s time word as the sign’s, not another finding’s joined on: a 12-hour shift is no cramp lasting hours', () => {
    expect(flags(Locale.PortugueseBR, 'sou enfermeira, faço plantão de doze horas e depois tenho cãibra na panturrilha')).toEqual([]);
    expect(flags(Locale.EnglishUS, 'worked a 12 hour shift and then got a calf cramp')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'cãibra que dura horas')).toContain('long-cramp');
    expect(flags(Locale.EnglishUS, 'calf cramp that has lasted hours')).toContain('long-cramp');
  });

  it('reads French "j’étouffe" as breathlessness, not a vegetable stew', () => {
    expect(flags(Locale.French, 'mon mollet a gonflé comme un ballon après le vol et maintenant j’étouffe')).toContain(
      'chest-or-breathing',
    );
    expect(flags(Locale.French, 'l’étouffée de légumes me donne des crampes')).toEqual([]);
  });

  it('reads everyday questions in every language as not covered, with no card and no urgent sign', () => {
    const read = (locale: Locale, query: string) => [query, card(locale, query), flags(locale, query)];
    expect(read(Locale.French, 'coup de soleil sur les épaules')).toEqual(['coup de soleil sur les épaules', 'not-covered', []]);
    expect(read(Locale.French, 'à quelle heure ouvre la pharmacie ?')).toEqual(['à quelle heure ouvre la pharmacie ?', 'none', []]);
    expect(read(Locale.SpanishES, 'consejos para dormir mejor')).toEqual(['consejos para dormir mejor', 'none', []]);
    expect(card(Locale.SpanishES, 'tengo una uña encarnada en el pie')).not.toBe('deep-vein-thrombosis');
    // Sunstroke is still heatstroke.
    expect(flags(Locale.French, 'coup de chaleur et crampes')).toContain('heatstroke');
  });

  it('reads one’s own death said as a condition, ways to die, and a goodbye "just in case", in every language', () => {
    const unsure: [Locale, string][] = [
      [Locale.PortugueseBR, 'ninguém ia ligar se eu morresse'],
      [Locale.French, "tout le monde s'en ficherait si je mourais"],
      [Locale.German, 'es wäre allen egal, wenn ich sterben würde'],
      [Locale.SpanishES, 'a nadie le importaría si me muriera'],
      // "acaso" is read only by a combination: it is no misspelling of another word of the safety pass.
      [Locale.SpanishES, 'ya me despedí de mis amigos, por si acaso'],
      [Locale.French, "j'ai déjà dit au revoir à mes amis, au cas où"],
      [Locale.German, 'ich habe meinen Kindern einen Brief geschrieben, der alles erklärt'],
      [Locale.German, 'ich bin es leid, gegen alles anzukämpfen'],
    ];
    for (const [locale, query] of unsure)
      expect([query, safety(locale, query)]).toEqual([query, expect.stringMatching(/^(unsure|crisis)$/)]);
    expect(safety(Locale.French, "j'ai cherché sur internet des façons de mourir")).toBe('crisis');
    expect(safety(Locale.German, 'ich habe im Internet nach Wegen zu sterben gesucht')).toBe('crisis');
    const everyday: [Locale, string][] = [
      [Locale.German, 'ich habe meinem Arzt einen Brief geschrieben, der alles erklärt'],
      [Locale.SpanishES, 'me despedí de mis compañeros de trabajo por si acaso no vuelvo de vacaciones'],
      [Locale.French, 'et si je mourais de ces crampes ?'],
      // Dying of an illness, asked about, is a fear; a goodbye at an airport is a trip.
      [Locale.SpanishES, 'si me muriera de un coágulo, ¿me dolería?'],
      [Locale.PortugueseBR, 'se eu morresse de trombose eu ia sentir?'],
      [Locale.German, 'wenn ich an einer Thrombose sterben würde, würde ich es merken?'],
      [Locale.SpanishES, 'me despedí de mi madre en el aeropuerto por si acaso no volvemos a vernos pronto'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads a calf that "is huge" as swollen in every language, as English does, and a huge cramp as no swelling', () => {
    expect(flags(Locale.SpanishES, 'la pantorrilla se me ha puesto enorme y caliente desde la cesárea')).toContain('one-swollen-leg');
    expect(flags(Locale.SpanishES, 'mi pierna izquierda está hinchada')).toContain('one-swollen-leg');
    expect(flags(Locale.PortugueseBR, 'minha panturrilha ficou enorme e quente depois da viagem')).toContain('one-swollen-leg');
    expect(flags(Locale.French, "mon mollet est énorme et chaud depuis l'avion")).toContain('one-swollen-leg');
    expect(flags(Locale.German, 'meine Wade ist riesig und warm seit dem Flug')).toContain('one-swollen-leg');
    expect(flags(Locale.SpanishES, 'tengo un calambre enorme en la pantorrilla')).toEqual([]);
  });

  it('reads feet likened to fire as burning feet in every language', () => {
    expect(card(Locale.SpanishES, 'siento los pies como si estuvieran ardiendo y calambres por la noche')).toBe('neurological-disorders');
    expect(card(Locale.PortugueseBR, 'meus pés parecem que estão pegando fogo e tenho câimbras')).toBe('neurological-disorders');
    expect(card(Locale.French, 'j’ai les pieds comme en feu la nuit et des crampes')).toBe('neurological-disorders');
    expect(card(Locale.German, 'meine Füße fühlen sich an wie Feuer und nachts Krämpfe')).toBe('neurological-disorders');
  });

  it('reads being kicked as an injury in every language, so a thigh rock hard after it is the compartment emergency; kicking a ball is none', () => {
    expect(flags(Locale.EnglishUS, 'thigh is rock hard after being kicked and the pain is unbearable')).toContain('compartment');
    expect(flags(Locale.SpanishES, 'me dieron una patada en el muslo y está duro como una piedra, el dolor es insoportable')).toContain(
      'compartment',
    );
    expect(flags(Locale.PortugueseBR, 'levei um chute na coxa, está dura como pedra e a dor é insuportável')).toContain('compartment');
    expect(
      flags(Locale.French, 'j’ai reçu un coup de pied dans la cuisse, elle est dure comme du bois et la douleur est insupportable'),
    ).toContain('compartment');
    expect(
      flags(Locale.German, 'beim Fußball einen Tritt abbekommen, der Oberschenkel ist steinhart und die Schmerzen sind unerträglich'),
    ).toContain('compartment');
    expect(flags(Locale.EnglishUS, 'kicked the ball and my calf got tight')).toEqual([]);
    expect(flags(Locale.SpanishES, 'di una patada al balón y se me cargó el gemelo')).toEqual([]);
    expect(flags(Locale.German, 'hab den Ball getreten und die Wade wurde fest')).toEqual([]);
  });

  it('reads what the complaint followed as standing between findings without parting them: dark pee and swollen thighs after a session', () => {
    expect(flags(Locale.EnglishUS, 'dark brown pee after a crazy crossfit session and my thighs are swollen')).toContain(
      'muscle-breakdown-severe',
    );
  });

  it('reads a cold mottled leg, pain on breathing in, and dark urine with swollen legs as English does, in every language', () => {
    expect(flags(Locale.SpanishES, 'la pierna se me ha puesto fría y con manchas, el dolor es horrible')).toContain('cold-limb');
    expect(flags(Locale.PortugueseBR, 'a perna ficou fria e manchada e a dor é horrível')).toContain('cold-limb');
    expect(flags(Locale.German, 'es tut weh, wenn ich tief einatme, und meine Wade ist druckempfindlich')).toContain('chest-or-breathing');
    expect(flags(Locale.German, 'sehr dunkler Urin nach einem harten Crossfit-Training und geschwollene Oberschenkel')).toContain(
      'muscle-breakdown-severe',
    );
    expect(flags(Locale.SpanishES, 'tengo manchas en las piernas y calambres')).toEqual([]);
  });

  it('reads English signs through a fuller glossary: pink froth with a swollen leg, a heart that skips, in every language', () => {
    expect(flags(Locale.SpanishES, 'toso espuma rosada y tengo la pierna hinchada')[0]).toBe('chest-or-breathing');
    expect(flags(Locale.PortugueseBR, 'tossindo espuma rosada e a perna inchada')[0]).toBe('chest-or-breathing');
    expect(flags(Locale.French, 'je crache une mousse rose et ma jambe est gonflée')[0]).toBe('chest-or-breathing');
    expect(flags(Locale.German, 'ich huste rosa Schaum und mein Bein ist geschwollen')[0]).toBe('chest-or-breathing');
    expect(flags(Locale.French, 'le cœur qui saute et des crampes')).toContain('palpitations');
    expect(flags(Locale.German, 'mein Herz stolpert und ich habe Wadenkrämpfe')).toContain('palpitations');
  });

  it('reads a racing heart after running as no sign in English and Spanish, however the heart is named', () => {
    expect(flags(Locale.EnglishUS, 'my heart beats fast after running and then i cramp')).toEqual([]);
    expect(flags(Locale.SpanishES, 'el corazón me late rápido después de correr y luego calambre')).toEqual([]);
    expect(flags(Locale.SpanishES, 'el corazón me late rápido y me mareo, calambres')).not.toEqual([]);
  });

  it('reads a night after "and" as the cramps\' night, not night sweats, in every language; sweating at night still is', () => {
    expect(card(Locale.EnglishUS, 'i sweat a lot at work and at night i get cramps')).toBe('dehydration-electrolytes');
    expect(card(Locale.SpanishES, 'sudo mucho en el trabajo y por la noche tengo calambres')).toBe('dehydration-electrolytes');
    expect(card(Locale.PortugueseBR, 'suo muito no trabalho e à noite tenho câimbras')).toBe('dehydration-electrolytes');
    expect(card(Locale.French, 'je transpire beaucoup au travail et la nuit j’ai des crampes')).toBe('dehydration-electrolytes');
    expect(card(Locale.German, 'ich schwitze viel bei der Arbeit und nachts Krämpfe')).toBe('dehydration-electrolytes');
    expect(read(Locale.EnglishUS, 'sweating at night and cramps').result).toMatchObject({
      kind: 'not-covered',
      entry: { id: 'night-sweats' },
    });
  });

  it('reads German feet that "schlafen ein" (fall asleep) as numb feet; falling asleep oneself is no numbness', () => {
    expect(card(Locale.German, 'meine Füße schlafen ständig ein und ich habe Krämpfe')).toBe('neurological-disorders');
    expect(card(Locale.German, 'ich schlafe ein und bekomme einen Wadenkrampf')).not.toBe('neurological-disorders');
  });

  it('reads eating badly as the nutrition card, and walking on cotton wool as the nerves', () => {
    expect(card(Locale.PortugueseBR, 'ando comendo mal e tenho câimbras')).toBe('nutritional-deficiency');
    expect(card(Locale.German, 'ich esse schlecht und habe oft Krämpfe')).toBe('nutritional-deficiency');
    expect(card(Locale.French, 'crampes et je marche sur du coton depuis des semaines')).toBe('neurological-disorders');
  });

  it('reads lying on one’s stomach as a position in German and Portuguese, not stomach cramps', () => {
    expect(card(Locale.German, 'Krampf in der Wade, sobald ich auf dem Bauch liege')).toBe('muscle-overuse');
    expect(card(Locale.PortugueseBR, 'câimbra no pé quando deito de bruços')).toBe('muscle-overuse');
    expect(read(Locale.German, 'Krämpfe im Bauch nach dem Essen').result.kind).toBe('not-covered');
  });

  it('knows medicines by the brands sold in each country; a goal at football is no medicine', () => {
    expect(card(Locale.German, 'nehme Pantozol seit Jahren, jetzt Wadenkrämpfe')).toBe('medication-side-effects');
    expect(card(Locale.German, 'das Sultanol-Spray macht mir Krämpfe')).toBe('medication-side-effects');
    expect(card(Locale.SpanishES, 'con el Hidrosaluretil tengo calambres')).toBe('medication-side-effects');
    expect(card(Locale.PortugueseBR, 'comecei Higroton e vieram as câimbras')).toBe('medication-side-effects');
    expect(card(Locale.German, 'Krampf in der Wade nach dem Tor')).toBe('muscle-overuse');
    expect(card(Locale.German, 'seit dem Torem nachts Wadenkrämpfe')).toBe('medication-side-effects');
  });

  it('doubts a cramp card beside a medicine only the clinicians’ text names, in every language', () => {
    for (const [locale, query] of [
      [Locale.PortugueseBR, 'tomo metformina faz um ano e agora cãibras à noite'],
      [Locale.French, 'sous metformine depuis un an et maintenant crampes la nuit'],
      [Locale.German, 'nehme seit einem Jahr Metformin und jetzt nachts Krämpfe'],
    ] as const) {
      const { result } = read(locale, query);
      expect(result.kind === 'did-you-mean' && result.candidates.map((cause) => cause.id)).toContain('medication-side-effects');
    }
  });

  it('reads a medicine’s name as typed when its stem is an everyday word: going out is no Sortis', () => {
    expect(card(Locale.French, 'je suis sortie marcher et crampe au mollet')).toBe('muscle-overuse');
    expect(card(Locale.French, 'je prends du Sortis et j’ai des crampes')).toBe('medication-side-effects');
  });

  it('reads overdoing it on the bike as overuse, and legs that tire on walking until one stops as claudication', () => {
    expect(card(Locale.SpanishES, 'el sábado me pasé con la bici y ahora tengo calambres')).toBe('muscle-overuse');
    expect(card(Locale.PortugueseBR, 'exagerei na bicicleta ontem e agora câimbra na coxa')).toBe('muscle-overuse');
    expect(card(Locale.EnglishUS, 'my legs get tired walking to the bus stop and i have to stop and rest')).toBe(
      'peripheral-artery-disease',
    );
    expect(card(Locale.German, 'beim Gehen werden meine Beine müde und ich muss stehen bleiben')).toBe('peripheral-artery-disease');
  });

  it('reads being vegan as the nutrition card in every language, as English does', () => {
    expect(card(Locale.EnglishUS, 'been vegan for a year and my calves cramp')).toBe('nutritional-deficiency');
    expect(card(Locale.SpanishES, 'soy vegano desde hace un año y tengo calambres')).toBe('nutritional-deficiency');
    expect(card(Locale.PortugueseBR, 'virei vegana e agora tenho câimbras')).toBe('nutritional-deficiency');
    expect(card(Locale.French, 'végétalienne depuis un an et des crampes')).toBe('nutritional-deficiency');
    expect(card(Locale.German, 'seit ich Veganer bin, habe ich Krämpfe')).toBe('nutritional-deficiency');
  });

  it('reads a calf that burns when walking as claudication in every language', () => {
    expect(card(Locale.EnglishUS, "can't walk far without my calf burning")).toBe('peripheral-artery-disease');
    expect(card(Locale.SpanishES, 'no puedo andar mucho sin que me arda el gemelo')).toBe('peripheral-artery-disease');
    expect(card(Locale.PortugueseBR, 'minha panturrilha queima quando ando um pouco')).toBe('peripheral-artery-disease');
    expect(card(Locale.French, 'mon mollet brûle quand je marche un peu')).toBe('peripheral-artery-disease');
    expect(card(Locale.German, 'meine Wade brennt schon nach kurzem Gehen')).toBe('peripheral-artery-disease');
  });

  it('reads tiring easily and a hoarse voice as the thyroid card’s findings in every language, as English does', () => {
    expect(card(Locale.SpanishES, 'me canso enseguida, tengo la voz ronca y calambres')).toBe('hypothyroidism');
    expect(card(Locale.PortugueseBR, 'me canso à toa, estou engordando e tenho câimbras')).toBe('hypothyroidism');
    expect(card(Locale.French, 'voix rauque, je grossis et des crampes')).toBe('hypothyroidism');
    expect(card(Locale.German, 'ich ermüde schnell, nehme zu und habe Krämpfe')).toBe('hypothyroidism');
  });

  it('reads electric shocks in the legs as a nerve symptom in every language', () => {
    expect(card(Locale.SpanishES, 'noto descargas eléctricas en las piernas y calambres')).toBe('neurological-disorders');
    expect(card(Locale.PortugueseBR, 'choques elétricos nos pés e câimbras')).toBe('neurological-disorders');
    expect(card(Locale.French, 'des décharges électriques dans les jambes et des crampes')).toBe('neurological-disorders');
    expect(card(Locale.German, 'Krämpfe und Schmerzen wie Stromschläge in den Beinen')).toBe('neurological-disorders');
  });

  it('reads an injection or a capsule as a medicine in every language, so the condition it treats names no cause', () => {
    expect(card(Locale.German, 'seit der Diabetes-Spritze Krämpfe')).toBe('medication-side-effects');
    expect(card(Locale.SpanishES, 'calambres desde la inyección de la diabetes')).toBe('medication-side-effects');
  });

  it('names a crash diet and eating too little as the nutrition card in every language, as English does', () => {
    expect(card(Locale.SpanishES, 'con la dieta extrema me dan calambres')).toBe('nutritional-deficiency');
    expect(card(Locale.German, 'seit der Crash-Diät Krämpfe in den Waden')).toBe('nutritional-deficiency');
    expect(card(Locale.French, 'régime draconien et crampes')).toBe('nutritional-deficiency');
    expect(card(Locale.PortugueseBR, 'dieta radical e câimbras')).toBe('nutritional-deficiency');
  });

  it('reads breathlessness after a sprint or sport as no emergency in every language, unless a calf is swollen too', () => {
    expect(flags(Locale.SpanishES, 'me falta el aire tras un sprint')).toEqual([]);
    expect(flags(Locale.German, 'nach dem Sport kurzatmig')).toEqual([]);
    expect(flags(Locale.French, 'essoufflée après mon sprint')).toEqual([]);
    expect(flags(Locale.German, 'nach dem Sport kurzatmig und eine Wade ist geschwollen und warm')).toContain('chest-or-breathing');
    expect(flags(Locale.SpanishES, 'me falta el aire al correr y la pantorrilla está hinchada y caliente')).toContain('chest-or-breathing');
  });

  it('reads a calf swollen only for a moment, with a cramp, as no clot sign in every language', () => {
    expect(flags(Locale.PortugueseBR, 'com a câimbra a panturrilha ficou inchada por um segundo')).toEqual([]);
    expect(flags(Locale.French, 'pendant la crampe le mollet a gonflé une seconde')).toEqual([]);
    expect(flags(Locale.German, 'die Wade war für einen Moment geschwollen')).toEqual([]);
    expect(flags(Locale.SpanishES, 'la pantorrilla se hinchó un segundo con el calambre')).toEqual([]);
    expect(flags(Locale.German, 'die Wade ist seit gestern geschwollen und warm')).toEqual(['one-swollen-leg']);
  });

  it('reads hard breathing as each language says it: German "schwer Luft", French "manque d’air"', () => {
    expect(flags(Locale.German, 'ich kriege schwer Luft und die Wade ist dick')).toContain('chest-or-breathing');
    expect(flags(Locale.French, "d'un coup je manque d'air")).toContain('chest-or-breathing');
  });

  it('shows the crisis line for "nothing makes sense any more" in every language, not for a cramp that makes no sense', () => {
    expect(safety(Locale.PortugueseBR, 'nada faz sentido mais')).toBe('unsure');
    expect(safety(Locale.German, 'nichts hat mehr Sinn')).toBe('unsure');
    expect(safety(Locale.French, "plus rien n'a de sens")).toBe('unsure');
    expect(safety(Locale.SpanishES, 'ya nada tiene sentido')).toBe('unsure');
    expect(safety(Locale.EnglishUS, 'nothing makes sense anymore')).toBe('unsure');
    expect(safety(Locale.EnglishUS, 'it makes no sense why my calves cramp')).toBeUndefined();
  });

  it('reads harming oneself, being gone and wanting it all to stop in German and French; a cramp or a holiday excuses it', () => {
    expect(safety(Locale.German, 'ich will mir etwas antun')).toBe('unsure');
    expect(safety(Locale.German, 'ich habe mir heute wieder die Arme geritzt')).toBe('unsure');
    expect(safety(Locale.German, 'am liebsten wäre ich einfach weg')).toBe('unsure');
    expect(safety(Locale.German, 'ich mag nicht mehr, es soll einfach aufhören')).toBe('unsure');
    expect(safety(Locale.German, 'ich wäre gern einfach weg im Urlaub')).toBeUndefined();
    expect(safety(Locale.German, 'der Krampf soll einfach aufhören')).toBeUndefined();
    expect(safety(Locale.German, 'ich habe mir beim Gärtnern die Wade geritzt')).toBeUndefined();
    // Jumping from a bridge, as throwing oneself from one; no longer seeing the point of going on (not of a treatment).
    expect(safety(Locale.French, 'je pense à sauter du pont')).toBe('crisis');
    expect(safety(Locale.French, 'je veux me jeter par la fenêtre')).toBe('crisis');
    expect(safety(Locale.French, "je ne vois plus l'intérêt de continuer")).toBe('unsure');
    expect(safety(Locale.French, "quel est l'intérêt de continuer le magnésium")).toBeUndefined();
    expect(safety(Locale.SpanishES, 'no le veo sentido a seguir con el magnesio')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'no le veo sentido a seguir')).toBe('unsure');
    expect(safety(Locale.German, 'ich sehe keinen Sinn, mit Magnesium weiterzumachen')).toBeUndefined();
    expect(safety(Locale.German, 'ich sehe keinen Sinn weiterzumachen')).toBe('unsure');
    expect(safety(Locale.French, 'je vais sauter du lit')).toBeUndefined();
  });

  it('says being tired and "all the time" in many words in every language, as English does', () => {
    expect(card(Locale.SpanishES, 'siempre cansada, se me cae el pelo y tengo calambres')).toBe('hypothyroidism');
    expect(card(Locale.PortugueseBR, 'cansada o tempo todo, cabelo caindo e câimbras')).toBe('hypothyroidism');
  });

  it('reads in every language the crises of round 22: no reason to get up, a blade on the arms, the height of a fall, a means waiting', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'no tengo ningún motivo para levantarme mañana'],
      [Locale.PortugueseBR, 'passei a lâmina nos braços de novo ontem'],
      [Locale.French, "j'ai cherché de quelle hauteur il faut tomber"],
      [Locale.German, 'ich habe nachgeschaut, aus welcher Höhe man fallen muss'],
      [Locale.PortugueseBR, 'a corda já está guardada na garagem'],
      [Locale.French, 'la corde est déjà dans le garage'],
      [Locale.SpanishES, 'esta noche por fin dejo de sufrir'],
      [Locale.French, "ce soir j'arrête enfin de souffrir"],
      [Locale.German, 'ich werde bald niemandem mehr zur Last fallen'],
      [Locale.PortugueseBR, 'não vou ser um peso pra ninguém por muito tempo'],
      [Locale.German, 'ich hebe seit Wochen meine Tabletten auf, damit es reicht'],
    ];
    expectSafety(crises, 'unsure');
    // A filler between the words of an idea is read past, as English reads "often".
    expect(safety(Locale.French, 'je pense beaucoup à en finir ces temps-ci')).toBe('crisis');
    expect(safety(Locale.PortugueseBR, 'tomei de propósito remédio pra dormir demais')).toBe('overdose');
    const everyday: [Locale, string][] = [
      [Locale.PortugueseBR, 'passo gilete nas coxas para depilar'],
      [Locale.German, 'ich rasiere meine Arme mit der Klinge'],
      [Locale.SpanishES, 'no hay motivo para levantarme temprano, es festivo'],
      [Locale.French, 'de quelle hauteur un chat peut tomber sans se blesser'],
      [Locale.French, 'la corde à sauter est déjà dans le sac'],
      [Locale.PortugueseBR, 'finalmente parei de sofrer com as cãibras'],
      [Locale.PortugueseBR, 'ganhei peso por muito tempo e agora tenho cãibra'],
      [Locale.German, 'ich hebe schwere Kisten und nehme dann Tabletten gegen Krämpfe'],
      [Locale.French, 'je pense souvent à mes crampes'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads in every language what English reads: hurting oneself until it bleeds or to feel something, an exit planned, others soon spared putting up with me, no future, a better life with another parent, pills kept for when I decide', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'me rasco los brazos hasta sangrar para sentir algo'],
      [Locale.PortugueseBR, 'coço os braços até sangrar pra sentir alguma coisa'],
      [Locale.French, "je me gratte les bras jusqu'au sang pour ressentir quelque chose"],
      [Locale.German, 'ich kratze mir die Arme blutig, um etwas zu spüren'],
      [Locale.SpanishES, 'ya estoy planeando mi salida'],
      [Locale.PortugueseBR, 'já estou planejando minha saída'],
      [Locale.French, 'je prépare ma sortie'],
      [Locale.German, 'ich plane schon meinen Abgang'],
      [Locale.SpanishES, 'pronto no tendrán que aguantarme más'],
      [Locale.PortugueseBR, 'logo vocês não vão mais precisar me aguentar'],
      [Locale.French, "bientôt vous n'aurez plus à me supporter"],
      [Locale.German, 'bald müsst ihr mich nicht mehr ertragen'],
      [Locale.SpanishES, 'mis hijos tendrían mejor vida con otra madre'],
      [Locale.French, 'mes enfants auraient une meilleure vie avec une autre mère'],
      [Locale.German, 'meine Kinder hätten mit einer anderen Mutter ein besseres Leben'],
      [Locale.PortugueseBR, 'tenho comprimidos guardados pra quando eu decidir'],
      [Locale.German, 'ich habe Tabletten beiseitegelegt für den Tag, an dem ich mich entscheide'],
      [Locale.German, 'wozu morgen überhaupt aufwachen?'],
      [Locale.SpanishES, 'no me veo en el futuro'],
    ];
    expectHelp(crises);
    const poisoning: [Locale, string][] = [
      [Locale.SpanishES, 'tomé el doble de la dosis de quinina sin querer'],
      [Locale.PortugueseBR, 'tomei o dobro da dose de quinino sem querer'],
      [Locale.French, "j'ai pris le double de ma dose de quinine par erreur"],
      [Locale.German, 'ich habe aus Versehen die doppelte Dosis Chinin genommen'],
    ];
    expectSafety(poisoning, 'poisoning');
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'me rasco la piel hasta sangrar por el eczema'],
      [Locale.German, 'ich kratze mir die Haut blutig wegen Neurodermitis'],
      [Locale.SpanishES, 'estoy planeando mi salida del trabajo'],
      [Locale.French, "je prépare ma sortie de l'hôpital"],
      [Locale.German, 'ich plane meinen Abgang aus der Firma'],
      [Locale.French, "vous n'aurez plus à me supporter, je déménage"],
      [Locale.SpanishES, 'tomé el doble de dosis de magnesio'],
      [Locale.SpanishES, 'tomo dos dosis de quinina al día'],
      [Locale.PortugueseBR, 'tenho remédios guardados pra quando eu tiver cãibra'],
      [Locale.German, 'wozu überhaupt aufstehen, ist doch Wochenende'],
      // Spanish "me corto" is cutting one's hair or nails; Portuguese reads it as cutting oneself.
      [Locale.SpanishES, 'me corto las uñas los domingos'],
      [Locale.SpanishES, 'me corto el pelo para sentir algo nuevo'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads ways to end it searched for, pills laid out in front of one, standing on a roof, and hurting oneself tonight, in every language; a roof being mended, a break from social media and a skipping rope are none', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'he estado buscando formas de acabar con esto'],
      [Locale.PortugueseBR, 'tenho pesquisado formas de acabar com isso'],
      [Locale.French, "je cherche des moyens d'en finir"],
      [Locale.German, 'ich suche nach Wegen, das zu beenden'],
      [Locale.SpanishES, 'tengo las pastillas delante de mí'],
      [Locale.PortugueseBR, 'estou com os comprimidos na minha frente'],
      [Locale.French, "j'ai les cachets devant moi"],
      [Locale.German, 'ich habe die Tabletten vor mir liegen'],
      [Locale.SpanishES, 'estoy en la azotea del edificio'],
      [Locale.PortugueseBR, 'estou no telhado do prédio'],
      [Locale.French, "je suis sur le toit de l'immeuble"],
      [Locale.German, 'ich stehe auf dem Dach des Hauses'],
      [Locale.SpanishES, 'me voy a hacer daño esta noche'],
      [Locale.PortugueseBR, 'vou me machucar hoje à noite'],
      [Locale.German, 'ich habe heute Nachmittag ein Seil gekauft'],
      [Locale.French, "j'aurais préféré ne jamais naître"],
    ];
    expectHelp(crises);
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'estoy en el tejado arreglando la antena'],
      [Locale.PortugueseBR, 'estou no telhado trocando a calha'],
      [Locale.German, 'ich stehe auf dem Dach und repariere die Antenne'],
      [Locale.SpanishES, 'quiero desaparecer de las redes sociales un tiempo'],
      [Locale.PortugueseBR, 'quero sumir das redes sociais por um tempo'],
      [Locale.French, 'je veux disparaître des réseaux sociaux un moment'],
      [Locale.SpanishES, 'compré una cuerda para saltar y hacer ejercicio'],
      [Locale.PortugueseBR, 'comprei uma corda de pular pra fazer exercício'],
      [Locale.German, 'ich habe ein Seil zum Klettern gekauft'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads standing at a drop and thinking of jumping, and asking how many pills it would take, in every language', () => {
    expect(safety(Locale.PortugueseBR, 'fiquei no telhado pensando em pular')).toBe('unsure');
    expect(safety(Locale.French, "j'étais sur le balcon et j'ai pensé à sauter")).toBe('unsure');
    expect(safety(Locale.German, 'stand auf dem Dach und dachte ans Springen')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'estuve en el viaducto con ganas de saltar')).toBe('unsure');
    expect(safety(Locale.German, 'wie viele Schlaftabletten es bräuchte')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'cuántas pastillas harían falta')).toBe('unsure');
    // A summer jump into the river, or bungee, is a pastime; so is a daily dose.
    expect(safety(Locale.German, 'im Sommer sind wir von der Brücke in den Fluss gesprungen')).toBeUndefined();
    expect(safety(Locale.French, 'saut à l’élastique depuis un pont')).toBeUndefined();
    expect(safety(Locale.German, 'wie viele Tabletten man pro Tag braucht')).toBeUndefined();
  });

  it('reads in every language what English reads: no sense in staying, a medicine taken on purpose, asking how many would do', () => {
    expect(safety(Locale.SpanishES, 'no tiene sentido que yo siga aquí')).toBe('unsure');
    expect(safety(Locale.French, "ça n'a plus de sens que je reste ici")).toBe('unsure');
    expect(safety(Locale.SpanishES, 'me tomé insulina de más a propósito')).toBe('overdose');
    expect(safety(Locale.PortugueseBR, 'tomei insulina a mais de propósito')).toBe('overdose');
    expect(safety(Locale.German, 'ich habe absichtlich zu viel Insulin gespritzt')).toBe('overdose');
    expect(safety(Locale.PortugueseBR, 'pesquisei quantos paracetamol seriam suficientes')).toBe('unsure');
    expect(safety(Locale.German, 'ich habe gegoogelt, wie viele Paracetamol reichen')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'esta noche se acaba todo')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'hoje à noite tudo acaba')).toBe('unsure');
    expect(safety(Locale.French, "ce soir tout s'arrête")).toBe('unsure');
    expect(safety(Locale.German, 'heute Nacht ist alles vorbei')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'estou pensando em me jogar da janela')).toBe('crisis');
    expect(safety(Locale.PortugueseBR, 'já preparei a corda')).toBe('unsure');
    expect(safety(Locale.German, 'das Seil liegt schon bereit')).toBe('unsure');
    expect(safety(Locale.French, 'je me coupe les bras pour ressentir quelque chose')).toBe('crisis');
    expect(safety(Locale.German, 'heute Nacht ist der Krampf hoffentlich vorbei')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'todos estarían bien si yo dejara de existir')).toBe('unsure');
    expect(safety(Locale.French, "tout le monde irait bien si j'arrêtais d'exister")).toBe('unsure');
    expect(safety(Locale.German, 'allen ginge es gut, wenn ich einfach aufhören würde zu existieren')).toBe('unsure');
    expect(safety(Locale.French, "j'en ai marre de tout, je veux juste que ça s'arrête pour toujours")).toBe('unsure');
    expect(safety(Locale.French, "je veux que cette crampe s'arrête pour toujours")).toBeUndefined();
    // Spanish and Portuguese "dedos" are toes too: toes curled like claws in a night cramp are no hand spasm.
    expect(flags(Locale.SpanishES, 'se me ponen los dedos de los pies como garras por la noche')).toEqual([]);
    expect(flags(Locale.SpanishES, 'tengo las manos como garras y hormigueo en los labios')).toContain('tingling-lips-spasm');
    // A dose asked about is no plan.
    expect(safety(Locale.German, 'wie viele Tabletten reichen am Tag')).toBeUndefined();
    expect(safety(Locale.EnglishUS, 'how many magnesium tablets would be enough for cramps')).toBeUndefined();
    expect(flags(Locale.French, 'mon fils de 4 ans a de la fièvre et refuse de poser le pied')).toContain('child-limp-fever');
    // German "wund" is sore, "Wunde" a wound: only a wound with cramps is tetanus.
    expect(flags(Locale.German, 'nach dem Krampf ist die Wade einen Tag lang wund')).toEqual([]);
    expect(flags(Locale.German, 'Krämpfe und eine schmutzige Wunde am Fuß')).toContain('tetanus');
  });

  it('reads losing control of the bladder as the spinal emergency in German and French, however the bladder is named', () => {
    expect(flags(Locale.German, 'kann Blase nicht mehr halten und Beine werden schwach')).toContain('cauda-equina');
    expect(flags(Locale.French, "je n'arrive plus à retenir mes urines")).toContain('cauda-equina');
  });

  // Sudden confusion or drowsiness is the emergency, and an age under 16 a child, in every language.
  it.each([
    [Locale.EnglishUS, 'his legs cramped and now he is drowsy and muddled', 'sudden-confusion'],
    [Locale.SpanishES, 'mi abuelo está confuso y somnoliento', 'sudden-confusion'],
    [Locale.PortugueseBR, 'meu avô ficou confuso e sonolento', 'sudden-confusion'],
    [Locale.French, 'mon père est confus et somnolent', 'sudden-confusion'],
    [Locale.German, 'Opa ist plötzlich verwirrt', 'sudden-confusion'],
    [Locale.SpanishES, 'mi niña de 3 años tiene fiebre y no quiere caminar', 'child-limp-fever'],
    [Locale.German, 'mein 5-jähriger hat Fieber und hinkt', 'child-limp-fever'],
    [Locale.French, 'il a 6 ans, il a de la fièvre et il boite', 'child-limp-fever'],
  ])('%s: "%s" raises %s', (locale, query, sign) => {
    expect(flags(locale, query)).toContain(sign);
  });

  // NHS: heart attack pain can spread from the chest to the arms and jaw, with sweating.
  it.each([
    [Locale.EnglishUS, "dad's gone clammy and says his jaw and arm ache"],
    [Locale.EnglishUS, "my left arm hurts and I'm all sweaty"],
    [Locale.SpanishES, 'a mi padre le duele la mandíbula y el brazo'],
    [Locale.PortugueseBR, 'meu pai está com dor no queixo e no braço'],
    [Locale.French, 'mon père a mal à la mâchoire et au bras'],
    [Locale.German, 'Papa hat Schmerzen in Kiefer und Arm'],
  ])('%s: "%s" raises the heart attack sign', (locale, query) => {
    expect(flags(locale, query)).toContain('heart-attack');
  });

  it('reads a sore jaw from grinding, or sweating after a run, as no heart attack', () => {
    expect(flags(Locale.EnglishUS, 'my jaw aches from grinding my teeth')).toEqual([]);
    expect(flags(Locale.EnglishUS, 'sweaty after a run and my calf cramped')).toEqual([]);
  });

  it('reads being puzzled as no confusion, and a grown-up’s age as no child', () => {
    expect(flags(Locale.EnglishUS, 'i am confused about my cramps')).toEqual([]);
    expect(flags(Locale.EnglishUS, 'my 45 year old husband has a fever and leg cramps')).toEqual([]);
  });

  it('reads heatstroke, a snake bite, a fall and a spreading fever in every language, as English does', () => {
    // Not sweating is one idea however it is said; with confusion it is heatstroke.
    expect(flags(Locale.SpanishES, 'trabajando al sol, dejé de sudar y estoy desorientado')).toContain('heatstroke');
    expect(flags(Locale.French, 'je ne transpire plus et je suis désorienté')).toContain('heatstroke');
    expect(flags(Locale.EnglishUS, 'stopped sweating and feel out of it')).toContain('heatstroke');
    // Every form of "bite", and chills as a fever.
    expect(flags(Locale.French, 'je me suis fait mordre par un serpent')).toContain('snake-bite');
    expect(flags(Locale.SpanishES, 'una mancha roja en la pierna que se extiende, con escalofríos')).toContain('sepsis');
    // "Red" and "redness" are one word, as English stems them, and a separable verb's "aus" is read past.
    expect(flags(Locale.German, 'ein roter Fleck am Bein breitet sich schnell aus, mit Schüttelfrost und Fieber')).toContain('sepsis');
    // A shin is part of the leg, and a fall is a fall however it is said: a tight leg after one is the emergency.
    expect(flags(Locale.SpanishES, 'me caí y la espinilla está tensa y me duele muchísimo')).toContain('compartment');
    // Nearly fainting from a cramp's pain is no faint.
    expect(flags(Locale.German, 'wäre vor Schmerz fast umgekippt wegen dem Krampf')).toEqual([]);
  });

  it('reads past a language’s common words no list uses, and takes a short abbreviation only as typed', () => {
    const lookup = (query: string) => app.languages.pick(Locale.French).search.lookup(query);
    // "vite" stems to "vit", which is no vitamin, and everyday words found in a card's prose make no card of it.
    const { result } = lookup('la crampe est partie vite');
    expect(result.kind === 'card' ? result.cause.id : 'no card').toMatch(/^(muscle-overuse|no card)$/);
    expect(lookup('une plaque rouge sur la jambe qui s’étend, avec de la fièvre').flags.map((flag) => flag.id)).toContain('sepsis');
  });

  it('never reads a body part as another word whose stem it shares ("pés", feet, is not "pesado", heavy)', () => {
    expect(read(Locale.PortugueseBR, 'pés dormentes e câimbras nas pernas').result).toMatchObject({
      kind: 'card',
      cause: { id: 'neurological-disorders' },
    });
    expect(read(Locale.PortugueseBR, 'pernas pesadas e câimbras').result).toMatchObject({
      kind: 'card',
      cause: { id: 'poor-circulation' },
    });
  });

  it('reads any quantity of tablets taken as an overdose, however each language counts them, and each way German says it', () => {
    expect(safety(Locale.German, 'ich habe eine Menge Tabletten geschluckt')).toBe('overdose');
    expect(safety(Locale.SpanishES, 'me tomé un montón de pastillas')).toBe('overdose');
    expect(safety(Locale.PortugueseBR, 'tomei um montão de comprimidos')).toBe('overdose');
    expect(safety(Locale.French, "j'ai pris un tas de cachets")).toBe('overdose');
    expect(safety(Locale.German, 'ich habe eine Menge Wasser getrunken und Krämpfe')).toBeUndefined();
    // German says "to kill myself" with zu inside the verb or before it
    expect(safety(Locale.German, 'ich denke daran, mich umzubringen')).toBe('crisis');
    expect(safety(Locale.German, 'ich überlege, mich zu töten')).toBe('crisis');
    expect(safety(Locale.German, 'ich versuche, den Krampf wegzudehnen')).toBeUndefined();
  });

  it('reads a cramp that has gone on for hours as the long-cramp sign in every language, however the time is said', () => {
    expect(flags(Locale.EnglishUS, 'my calf has been cramping for 3 hours')).toEqual(['long-cramp']);
    expect(flags(Locale.SpanishES, 'tengo un calambre en la pantorrilla desde hace 2 horas')).toEqual(['long-cramp']);
    expect(flags(Locale.PortugueseBR, 'estou com câimbra na panturrilha por 3 horas')).toEqual(['long-cramp']);
    expect(flags(Locale.French, 'crampe au mollet depuis 2 heures')).toEqual(['long-cramp']);
    expect(flags(Locale.German, 'Wadenkrampf seit 2 Stunden')).toEqual(['long-cramp']);
    // how long something else went on, or when the cramp came
    expect(flags(Locale.EnglishUS, 'cramp from sitting for 3 hours')).toEqual([]);
    expect(flags(Locale.German, 'ich hatte vor 2 Stunden einen Krampf')).toEqual([]);
    expect(flags(Locale.SpanishES, 'tuve un calambre hace 2 horas')).toEqual([]);
  });

  it('reads a cramp that has gone on for an hour in Portuguese said with "há", but not hours of driving before it', () => {
    expect(flags(Locale.PortugueseBR, 'estou com cãibra há uma hora')).toEqual(['long-cramp']);
    expect(flags(Locale.PortugueseBR, 'depois de dirigir seis horas direto minhas pernas dão cãibra')).toEqual([]);
  });

  it('reads a fever with a stiff neck or purple spots as the sepsis and meningitis emergency in every language', () => {
    for (const [locale, query] of [
      [Locale.EnglishUS, 'really high fever, stiff neck and purple spots on my skin'],
      [Locale.SpanishES, 'fiebre muy alta, el cuello rígido y manchas moradas en la piel'],
      [Locale.PortugueseBR, 'febre muito alta, pescoço duro e manchas roxas na pele'],
      [Locale.French, 'fièvre très forte, nuque raide et taches violettes sur la peau'],
      [Locale.German, 'sehr hohes Fieber, steifer Nacken und lila Flecken auf der Haut'],
    ] as const)
      expect([query, flags(locale, query)]).toEqual([query, ['sepsis']]);
    expect(flags(Locale.EnglishUS, 'stiff neck from sleeping funny and calf cramps')).toEqual([]);
  });

  it('reads a throat that closes after a sting as the allergic emergency in German', () => {
    expect(flags(Locale.German, 'eine Biene hat mich gestochen und mein Hals schnürt sich zu')).toEqual(['allergic-swelling']);
  });

  it('reads a German compound of three words by its parts: Bluthochdruck is high blood pressure', () => {
    expect(card(Locale.German, 'ich nehme Amlodipin gegen Bluthochdruck und bekomme Krämpfe')).toBe('medication-side-effects');
  });

  it('reads a calf cramp on walking uphill that makes one stop as claudication in every language', () => {
    expect(card(Locale.SpanishES, 'al subir cuestas me da un calambre en la pantorrilla y tengo que pararme cada poco')).toBe(
      'peripheral-artery-disease',
    );
    expect(card(Locale.PortugueseBR, 'quando subo ladeira dá cãibra na panturrilha e preciso parar toda hora')).toBe(
      'peripheral-artery-disease',
    );
    expect(card(Locale.French, "en montant les côtes j'ai une crampe au mollet et je dois m'arrêter souvent")).toBe(
      'peripheral-artery-disease',
    );
    expect(card(Locale.German, 'beim Bergaufgehen krampft die Wade und ich muss stehen bleiben')).toBe('peripheral-artery-disease');
    expect(card(Locale.SpanishES, 'me da un calambre en el gemelo corriendo y tengo que pararme a estirar')).toBe('muscle-overuse');
  });

  it('reads in every language deserving to suffer, the highest bridge looked up, a medicine that would be enough, cutting again and walking into the sea; a wish told as a moment of a cramp’s pain is none', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'me merezco sufrir'],
      [Locale.PortugueseBR, 'eu mereço sofrer'],
      [Locale.French, 'je mérite de souffrir'],
      [Locale.German, 'ich verdiene es zu leiden'],
      [Locale.SpanishES, 'he buscado cuál es el puente más alto de la ciudad'],
      [Locale.PortugueseBR, 'pesquisei qual é a ponte mais alta da cidade'],
      [Locale.French, "j'ai cherché quel est le pont le plus haut de la ville"],
      [Locale.German, 'ich habe nachgeschaut, welche Brücke in der Stadt die höchste ist'],
      [Locale.SpanishES, 'las pastillas para dormir de mi madre serían suficientes'],
      [Locale.PortugueseBR, 'os remédios para dormir da minha mãe seriam suficientes'],
      [Locale.French, 'les somnifères de ma mère suffiraient'],
      [Locale.German, 'die Schlaftabletten meiner Mutter würden reichen'],
      [Locale.SpanishES, 'he vuelto a cortarme'],
      [Locale.French, 'je me suis remis à me couper'],
      [Locale.SpanishES, 'esta noche me voy a meter en el mar hasta el fondo'],
      [Locale.German, 'heute Nacht gehe ich ins Meer und komme nicht zurück'],
      [Locale.French, "depuis des semaines j'avais envie de mourir, et en plus les crampes"],
    ];
    expectHelp(crises);
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'no merezco sufrir así con estos calambres'],
      [Locale.PortugueseBR, 'ninguém merece sofrer com cãibra toda noite'],
      [Locale.French, 'je ne mérite pas de souffrir comme ça avec ces crampes'],
      [Locale.German, 'ich verdiene es nicht, so unter diesen Krämpfen zu leiden'],
      [Locale.SpanishES, 'cruzamos andando el puente más alto de la ciudad y luego calambres en los gemelos'],
      [Locale.German, 'wir sind über die höchste Brücke der Stadt gelaufen und danach Wadenkrämpfe'],
      [Locale.SpanishES, 'me dio un calambre tan fuerte que me quería morir jaja'],
      [Locale.French, "une crampe tellement forte que j'avais envie de mourir mdr"],
      [Locale.French, 'deux comprimés suffiraient pour la douleur ?'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads driving past water thinking about it and nobody at one’s funeral in every language, but not a picnic remembered or a funeral attended', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'paso con el coche por el pantano una y otra vez pensándolo'],
      [Locale.PortugueseBR, 'fico passando de carro pela represa pensando nisso'],
      [Locale.French, 'je passe en voiture devant le lac de barrage encore et encore en y pensant'],
      [Locale.German, 'ich fahre immer wieder am Stausee vorbei und denke daran'],
      [Locale.SpanishES, 'a mi entierro no iría nadie'],
      [Locale.PortugueseBR, 'ninguém iria no meu enterro'],
      [Locale.French, 'personne ne viendrait à mon enterrement'],
      [Locale.German, 'zu meiner Beerdigung würde niemand kommen'],
    ];
    expectSafety(crises, 'unsure');
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'fuimos de picnic al pantano el domingo y sigo pensándolo, qué bonito'],
      [Locale.German, 'wir waren am Sonntag am See picknicken, ich denke daran, wie schön es war'],
      [Locale.SpanishES, 'ayer fue el entierro de mi tío y me dieron calambres de estar de pie'],
      [Locale.German, 'gestern war die Beerdigung meines Onkels und vom Stehen bekam ich Wadenkrämpfe'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads a night set with everything made ready, and not being here by a holiday, as a possible crisis in every language, but not a party made ready', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'es la noche, ya está todo preparado'],
      [Locale.PortugueseBR, 'chegou a hora, preparei tudo'],
      [Locale.French, "c'est pour cette nuit, tout est prévu"],
      [Locale.German, 'es ist so weit, alles ist geregelt'],
      [Locale.French, 'je ne serai plus là en janvier'],
      [Locale.German, 'ich glaube nicht, dass ich Ostern noch erlebe'],
    ];
    expectSafety(crises, 'unsure');
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'esta noche es la noche, todo listo para la fiesta'],
      [Locale.PortugueseBR, 'hoje é a noite, tudo pronto pro jantar'],
      [Locale.French, "c'est ce soir, tout est prêt pour le mariage"],
      [Locale.German, 'heute Abend ist es so weit, alles vorbereitet für die Feier'],
      [Locale.French, 'je ne suis pas encore là au bureau, crampe dans le mollet'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads a jump from a car park and tablets named in a German compound as a crisis in every language; cramps that "kill me" in a German relative clause are none', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'voy a saltar desde el edificio del aparcamiento'],
      [Locale.PortugueseBR, 'vou me jogar do prédio'],
      [Locale.French, "je vais me jeter de l'immeuble"],
      [Locale.German, 'ich springe heute vom Parkdeck'],
      [Locale.German, 'ich habe absichtlich eine Handvoll Schlaftabletten genommen'],
      [Locale.German, 'ich habe absichtlich eine Handvoll Blutdrucktabletten geschluckt'],
    ];
    expectHelp(crises);
    expect(safety(Locale.German, 'Krämpfe, die mich umbringen, nach dem Beintag')).toBeUndefined();
    expect(safety(Locale.German, 'ich will mich umbringen')).toBe('crisis');
    expect(safety(Locale.SpanishES, 'mi gato saltó por la ventana')).toBeUndefined();
  });

  it('reads finally resting for good as a possible crisis in every language', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'por fin voy a dormir para siempre'],
      [Locale.PortugueseBR, 'enfim vou descansar para sempre'],
      [Locale.French, 'je vais enfin dormir pour toujours'],
      [Locale.German, 'ich kann endlich in Frieden schlafen, für immer'],
    ];
    expectHelp(crises);
  });

  it('reads hair falling out with feeling cold as the thyroid, and a trembling eyelid as somewhere else, in every language', () => {
    expect(card(Locale.French, "je perds mes cheveux, j'ai froid et des crampes")).toBe('hypothyroidism');
    expect(card(Locale.PortugueseBR, 'queda de cabelo, friorenta e com cãibra')).toBe('hypothyroidism');
    expect(card(Locale.SpanishES, 'el pelo se me cae, siempre con frío y calambres')).toBe('hypothyroidism');
    expect(card(Locale.SpanishES, 'me tiembla el párpado')).toBe('not-covered');
    expect(card(Locale.PortugueseBR, 'minha pálpebra fica tremendo')).toBe('not-covered');
  });

  it('reads the quickest way to go and stopping tablets to save them as a possible crisis in every language, but not the quickest way home', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'busqué la manera más rápida de irme'],
      [Locale.PortugueseBR, 'procurei o jeito mais rápido de partir'],
      [Locale.French, 'je cherche la façon la plus rapide de partir'],
      [Locale.German, 'ich suche, wie man am schnellsten geht'],
      [Locale.SpanishES, 'dejé de tomar las pastillas para guardarlas'],
      [Locale.PortugueseBR, 'parei de tomar os remédios para guardar'],
      [Locale.French, "j'ai arrêté de prendre mes cachets pour les mettre de côté"],
      [Locale.German, 'ich habe die Tabletten abgesetzt, um sie aufzuheben'],
    ];
    expectSafety(crises, 'unsure');
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'la forma más rápida de irme a casa desde el trabajo'],
      [Locale.PortugueseBR, 'qual o jeito mais rápido de ir embora do aeroporto'],
      [Locale.French, 'le moyen le plus rapide de partir du boulot'],
      [Locale.German, 'am schnellsten geht es mit dem Rad'],
      [Locale.SpanishES, 'dejé de tomar las pastillas del colesterol por los calambres'],
      [Locale.German, 'ich habe die Tabletten abgesetzt wegen der Krämpfe'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads instructions left for one’s own funeral as a possible crisis in every language, but not a mother’s', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'dejé instrucciones para mi entierro'],
      [Locale.PortugueseBR, 'deixei instruções para o meu enterro'],
      [Locale.French, "j'ai laissé des instructions pour mes obsèques"],
      [Locale.German, 'ich habe meine Beerdigung geplant'],
    ];
    expectSafety(crises, 'unsure');
    expect(safety(Locale.German, 'ich habe die Beerdigung meiner Mutter organisiert')).toBeUndefined();
  });

  it('reads being a burden to everyone as a possible crisis in Spanish and German, as the other languages did', () => {
    expect(safety(Locale.SpanishES, 'soy un peso para todos')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'ya tomé la decisión, estoy harta de ser una carga')).toBe('unsure');
    expect(safety(Locale.German, 'ich falle allen zur Last')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'llevo una carga para mi familia en el coche')).toBeUndefined();
  });

  it('reads walking the dog as walking, not as a question about the dog, in every language', () => {
    expect(card(Locale.SpanishES, 'me duele la pantorrilla cuando paseo al perro y se me pasa al pararme')).toBe(
      'peripheral-artery-disease',
    );
    expect(card(Locale.PortugueseBR, 'a panturrilha dói quando passeio com o cachorro e passa quando paro')).toBe(
      'peripheral-artery-disease',
    );
    expect(card(Locale.French, 'mal au mollet quand je promène le chien et ça passe quand je m’arrête')).toBe('peripheral-artery-disease');
    expect(card(Locale.German, 'die Wade tut weh, wenn ich mit dem Hund gehe, und hört auf, wenn ich stehen bleibe')).toBe(
      'peripheral-artery-disease',
    );
    expect(card(Locale.SpanishES, 'mi perro tiene calambres en las patas')).toBe('not-covered');
  });

  it('reads belongings left behind "where I am going", pills bought to have enough, pills mixed with drink, a bridge that keeps calling and train tracks stared at as a possible crisis in every language; not knowing where one is going, a coat not needed on holiday, a question about mixing, magnesium bought to have enough, a leaflet read again or tracks watched from a platform are none', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'le voy a dar mi guitarra a mi hermano, donde voy no la necesito'],
      [Locale.PortugueseBR, 'vou dar meu violão pro meu irmão, onde eu vou não preciso dele'],
      [Locale.French, "je vais donner ma guitare à mon frère, là où je vais je n'en aurai pas besoin"],
      [Locale.German, 'ich gebe meine Gitarre meinem Bruder, wo ich hingehe, brauche ich sie nicht'],
      [Locale.SpanishES, 'compré otra caja de pastillas para tener suficientes'],
      [Locale.PortugueseBR, 'comprei outra caixa de remédio pra ter o suficiente'],
      [Locale.French, "j'ai racheté une boîte de cachets pour en avoir assez"],
      [Locale.German, 'ich habe noch eine Packung Tabletten gekauft, damit es reicht'],
      [Locale.SpanishES, 'mezclé las pastillas con una botella de vodka y me siento rara'],
      [Locale.PortugueseBR, 'misturei os comprimidos com uma garrafa de vodca'],
      [Locale.French, "j'ai mélangé mes comprimés avec une bouteille de vodka"],
      [Locale.German, 'habe meine Tabletten mit einer Flasche Wodka gemischt und fühle mich komisch'],
      [Locale.SpanishES, 'el puente cerca del trabajo no deja de llamarme'],
      [Locale.French, "le pont près du boulot n'arrête pas de m'appeler"],
      [Locale.German, 'die Brücke bei der Arbeit ruft ständig nach mir'],
      [Locale.SpanishES, 'no dejo de mirar las vías del tren cuando vuelvo a casa'],
      [Locale.PortugueseBR, 'fico olhando os trilhos do trem quando volto pra casa'],
      [Locale.French, "je n'arrête pas de regarder les rails en rentrant"],
      [Locale.German, 'ich starre immer auf die Gleise auf dem Heimweg'],
    ];
    expectHelp(crises);
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'no sé a dónde voy con esto'],
      [Locale.SpanishES, 'donde voy de vacaciones no hace falta abrigo'],
      [Locale.SpanishES, '¿puedo mezclar las pastillas con alcohol?'],
      [Locale.SpanishES, 'compré otra caja de magnesio para tener suficientes'],
      [Locale.PortugueseBR, 'não sei pra onde eu vou'],
      [Locale.PortugueseBR, 'posso misturar remédio com cerveja?'],
      [Locale.French, 'je ne sais pas où je vais'],
      [Locale.French, "là où je vais en vacances je n'ai pas besoin de manteau"],
      [Locale.German, 'ich weiß nicht, wo ich hingehe'],
      [Locale.German, 'Tabletten mit Bier gemischt, darf man das?'],
      [Locale.German, 'ich habe mir Magnesiumtabletten gekauft, damit es reicht'],
      [Locale.SpanishES, 'sigo mirando el prospecto de las pastillas'],
      [Locale.German, 'ich warte am Bahnsteig und starre auf die Gleise'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads a bone through the skin, numbness felt when wiping and (in German) words that will not come out as the emergencies they are in every language; bones seen in thin feet and a deep breath after a cramp are none', () => {
    const emergencies: [Locale, string, string][] = [
      [Locale.SpanishES, 'me caí de la bici y el hueso de la espinilla se ve por fuera', 'open-fracture'],
      [Locale.PortugueseBR, 'caí da bicicleta e o osso da canela está aparecendo', 'open-fracture'],
      [Locale.French, "tombé de vélo, l'os du tibia sort de la peau", 'open-fracture'],
      [Locale.German, 'vom Rad gefallen, der Schienbeinknochen schaut raus', 'open-fracture'],
      [Locale.SpanishES, 'dolor de espalda y no siento nada ahí abajo al limpiarme', 'cauda-equina'],
      [Locale.PortugueseBR, 'dor nas costas e não sinto nada lá embaixo quando me limpo', 'cauda-equina'],
      [Locale.French, "mal au dos et je ne sens plus rien en bas quand je m'essuie", 'cauda-equina'],
      [Locale.German, 'Rückenschmerzen und ich spüre untenrum nichts beim Abwischen', 'cauda-equina'],
      [Locale.German, 'ich bekomme die Wörter nicht raus und ziehe das rechte Bein nach', 'stroke'],
    ];
    for (const [locale, query, flag] of emergencies) expect([query, flags(locale, query)]).toEqual([query, [flag]]);
    expect(flags(Locale.SpanishES, 'se me ven los huesos de los pies')).toEqual([]);
    expect(flags(Locale.German, 'man sieht die Knochen an meinen Füßen')).toEqual([]);
    expect(flags(Locale.German, 'Wadenkrampf, musste mich hinsetzen und durchatmen')).toEqual([]);
  });

  it("reads the one thing keeping someone here, picturing one's funeral, throwing oneself out of a window, the height it takes not to survive and not vouching for one's own safety as the crisis they are in every language; coffee that keeps one awake, a jump into the pool and safety while climbing are none", () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'lo único que me mantiene aquí es mi gato'],
      [Locale.SpanishES, 'si no para esto me tiro por el balcón'],
      [Locale.SpanishES, 'busqué qué altura hace falta para no sobrevivir a la caída'],
      [Locale.SpanishES, 'me imagino mi funeral y a todos aliviados'],
      [Locale.PortugueseBR, 'a única coisa que me mantém aqui é meu cachorro'],
      [Locale.PortugueseBR, 'fico imaginando meu enterro'],
      [Locale.French, 'la seule chose qui me garde en vie, ce sont mes enfants'],
      [Locale.French, "je n'arrive plus à me protéger de moi-même"],
      [Locale.French, 'ils seraient soulagés à mon enterrement'],
      [Locale.German, 'das einzige, was mich am Leben hält, sind meine Kinder'],
      [Locale.German, 'ich kann nicht mehr für meine Sicherheit garantieren'],
      [Locale.German, 'alle wären erleichtert nach meiner Beerdigung'],
    ];
    expectHelp(crises);
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'lo único que me mantiene despierto es el café'],
      [Locale.SpanishES, 'me tiro a la piscina y me da un calambre en el pie'],
      [Locale.PortugueseBR, 'a única coisa que me mantém acordado é o café'],
      [Locale.French, 'je dois me protéger du soleil'],
      [Locale.German, 'ich muss beim Klettern für meine Sicherheit sorgen'],
      [Locale.German, 'das einzige, was mich wach hält, ist Kaffee'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads bleeding out, a deadly amount of a medicine named by its ending, making one\'s peace before "what I\'m going to do" and crossing hoping to be hit as the crisis they are in every language; a nosebleed, peace after a quarrel and a dose asked for a dog are none', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, '¿cuánto se tarda en desangrarse?'],
      [Locale.SpanishES, '¿qué cantidad de nortriptilina es mortal?'],
      [Locale.SpanishES, 'hice las paces con todos, estoy tranquila con lo que voy a hacer'],
      [Locale.SpanishES, 'cruzo sin mirar, ojalá me atropellen'],
      [Locale.PortugueseBR, 'quanto tempo pra sangrar até morrer?'],
      [Locale.PortugueseBR, 'qual quantidade de nortriptilina mata?'],
      [Locale.PortugueseBR, 'fiz as pazes com todos, tô em paz com o que vou fazer'],
      [Locale.French, 'combien de temps pour se vider de son sang ?'],
      [Locale.French, "j'ai fait la paix avec tout le monde, je suis serein pour ce que je vais faire"],
      [Locale.French, "je traverse en espérant qu'un camion me renverse"],
      [Locale.German, 'wie schnell verblutet man?'],
      [Locale.German, 'ab welcher Menge Nortriptylin ist es tödlich?'],
      [Locale.German, 'ich habe mit allen Frieden geschlossen und bin ruhig wegen dem, was ich vorhabe'],
      [Locale.German, 'ich gehe bei Rot und hoffe, dass mich ein Lkw erwischt'],
    ];
    expectHelp(crises);
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'hice las paces con todos después de la pelea'],
      [Locale.PortugueseBR, 'fiz as pazes com todos depois da briga'],
      [Locale.French, "l'ibuprofène est-il mortel à haute dose pour un chien ?"],
      [Locale.German, 'ich dachte, ich verblute, so stark war das Nasenbluten'],
      [Locale.German, 'wir haben nach dem Streit Frieden geschlossen'],
    ];
    expectSafety(everyday, undefined);
  });

  it("reads food stopped on purpose so that it ends, no future with oneself in it, a parent's pills counted over and over and being worn out by existing as the possible crisis they are in every language; sugar given up, a future in a team, pills counted so as not to miss a dose and being fed up living with cramps are none", () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'dejé de comer a propósito para que todo se acabe'],
      [Locale.SpanishES, 'no me imagino en ningún futuro'],
      [Locale.SpanishES, 'cuento sin parar las pastillas de mi madre'],
      [Locale.SpanishES, 'estoy cansadísimo de existir'],
      [Locale.PortugueseBR, 'parei de comer de propósito para acabar logo'],
      [Locale.PortugueseBR, 'não me vejo no futuro'],
      [Locale.French, 'arrêté de manger exprès pour en finir'],
      [Locale.French, 'je recompte encore et encore les comprimés de mon père'],
      [Locale.German, 'habe bewusst aufgehört zu essen, bis es vorbei ist'],
      [Locale.German, 'ich zähle dauernd die Tabletten von meinem Vater'],
    ];
    expectHelp(crises);
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'he dejado de comer azúcar a propósito'],
      [Locale.SpanishES, 'cuento las pastillas del pastillero para no olvidar una dosis'],
      [Locale.SpanishES, 'estoy harta de vivir con estos calambres'],
      [Locale.SpanishES, 'no me veo en el futuro del equipo'],
      [Locale.French, 'je compte tout le temps mes médicaments pour ne pas oublier une dose'],
      [Locale.German, 'ich zähle ständig die Tabletten, damit ich keine Dosis vergesse'],
      [Locale.German, 'habe bewusst aufgehört zu essen, Diät'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads German "er atmet nicht", the denial after the verb, as someone not breathing; a breath held laughing or for a moment, or breathing that is not heavy, is none', () => {
    expect(flags(Locale.German, 'er atmet nicht')).toEqual(['sudden-confusion']);
    expect(flags(Locale.German, 'mein Baby atmet nicht mehr')).toEqual(['sudden-confusion']);
    expect(flags(Locale.German, 'ich habe vor Lachen nicht geatmet')).toEqual([]);
    expect(flags(Locale.German, 'habe beim Krampf kurz nicht geatmet')).toEqual([]);
    expect(flags(Locale.German, 'er atmet nicht schwer')).toEqual([]);
  });

  it('reads wondering whether anyone would miss one, sitting at a cliff edge, a hose for the exhaust and being a burden one will "fix" as the possible crisis they are in every language; a pool\'s edge, a leaking exhaust and a haircut noticed at a party are none; mottled skin with confusion is the sepsis emergency', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'me pregunto si alguien me echaría de menos'],
      [Locale.SpanishES, 'estuve sentado al borde del puente mucho rato'],
      [Locale.SpanishES, 'compré una manguera para el escape'],
      [Locale.SpanishES, 'soy una carga y voy a solucionarlo'],
      [Locale.PortugueseBR, 'será que alguém ia sentir minha falta'],
      [Locale.PortugueseBR, 'fiquei sentada na beira da ponte'],
      [Locale.French, "je me demande si quelqu'un remarquerait ma disparition"],
      [Locale.French, 'je suis un fardeau, je vais régler ça'],
      [Locale.German, 'ob mich überhaupt jemand vermisst'],
      [Locale.German, 'habe einen Schlauch für den Auspuff besorgt'],
    ];
    expectHelp(crises);
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'se me rompió la manguera del tubo de escape, fuga'],
      [Locale.French, 'assis au bord de la piscine avec une crampe'],
      [Locale.French, "est-ce que quelqu'un remarquerait ma nouvelle coupe à la fête"],
      [Locale.German, 'der Schlauch am Auspuff ist undicht'],
    ];
    expectSafety(everyday, undefined);
    expect(flags(Locale.SpanishES, 'mi padre tiene la piel con manchas, está frío y casi no se le entiende')).toContain('sepsis');
    expect(flags(Locale.French, "mon père a la peau marbrée, il est froid et on ne comprend presque plus ce qu'il dit")).toContain(
      'sepsis',
    );
    expect(flags(Locale.German, 'mein Vater hat marmorierte Haut, ist kalt und man versteht ihn kaum noch')).toContain('sepsis');
  });

  it('reads Spanish and Portuguese hay fever as no fever, while a fever beside a red swollen leg stays the sepsis emergency', () => {
    expect(flags(Locale.SpanishES, 'fiebre del heno, ojos rojos y calambre en la pierna roja')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'febre do feno, olhos vermelhos e cãibra na perna vermelha')).toEqual([]);
    expect(flags(Locale.SpanishES, 'tengo fiebre y la pierna roja e hinchada')).toContain('sepsis');
    expect(flags(Locale.PortugueseBR, 'febre e a perna vermelha e inchada')).toContain('sepsis');
  });

  it('reads French "un bleu" as a bruise, not a blue leg, while a leg turned blue stays the emergency; sore red eyes with a cough beside cramps point to sarcoidosis in every language', () => {
    expect(flags(Locale.French, "la crampe m'a réveillé et maintenant le mollet est douloureux comme un bleu")).toEqual([]);
    expect(flags(Locale.French, "j'ai un bleu sur le mollet après la crampe")).toEqual([]);
    expect(flags(Locale.French, 'mon pied est devenu bleu et froid')).toContain('cold-limb');
    expect(card(Locale.SpanishES, 'ojos rojos y doloridos, tos desde hace meses y calambres')).toBe('sarcoidosis');
    expect(card(Locale.PortugueseBR, 'olhos vermelhos e doloridos, tosse há meses e cãibras')).toBe('sarcoidosis');
    expect(card(Locale.French, 'yeux rouges et douloureux, toux depuis des mois et crampes')).toBe('sarcoidosis');
    expect(card(Locale.German, 'rote schmerzende Augen, Husten seit Monaten und Krämpfe')).toBe('sarcoidosis');
  });

  it('knows Charcot-Marie-Tooth, an iron infusion and a tight swollen thigh after a fall in every language', () => {
    expect(card(Locale.SpanishES, 'tengo charcot-marie-tooth y calambres fuertes')).toBe('neurological-disorders');
    expect(card(Locale.PortugueseBR, 'tenho charcot-marie-tooth e muita cãibra')).toBe('neurological-disorders');
    expect(card(Locale.German, 'ich habe Charcot-Marie-Tooth und starke Krämpfe')).toBe('neurological-disorders');
    expect(card(Locale.SpanishES, 'desde la infusión de hierro tengo calambres')).toBe('medication-side-effects');
    expect(card(Locale.PortugueseBR, 'depois da infusão de ferro comecei a ter cãibras')).toBe('medication-side-effects');
    expect(flags(Locale.SpanishES, 'me caí en el hielo y el muslo está enorme, tirante y el dolor es brutal')).toContain('compartment');
  });

  it('reads years of taking a medicine as no poisoning, while a child of a few years who swallowed tablets is one, in every language', () => {
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'llevo años tomando atorvastatina y tengo calambres'],
      [Locale.PortugueseBR, 'faz anos que tomo sinvastatina e tenho cãibras'],
      [Locale.French, "depuis des années je prends de l'atorvastatine"],
      [Locale.German, 'nehme seit Jahren Ramipril'],
    ];
    expectSafety(everyday, undefined);
    const poisonings: [Locale, string][] = [
      [Locale.SpanishES, 'tiene 3 años y se tragó pastillas de su abuela'],
      [Locale.PortugueseBR, 'ele tem 2 anos e engoliu comprimidos'],
      [Locale.French, 'il a 2 ans et a avalé des comprimés'],
      [Locale.German, 'sie ist 2 Jahre alt und hat Tabletten geschluckt'],
    ];
    expectSafety(poisonings, 'poisoning');
  });

  it('reads words that will not come out, speech lost for a minute and (in Portuguese) a locked jaw after a rusty nail as the emergencies they are', () => {
    expect(flags(Locale.SpanishES, 'tuve un calambre y luego no me salían las palabras')).toEqual(['stroke']);
    expect(flags(Locale.French, 'une crampe puis impossible de parler pendant une minute')).toContain('stroke');
    expect(flags(Locale.PortugueseBR, 'pisei num prego enferrujado e agora meu maxilar tá travado')).toEqual(['tetanus']);
  });

  it('reads a blood thinner taken too much by mistake as poisoning, a nail told before neck spasms as tetanus and a jaw "as if locked" after one as tetanus; taking "too many medicines" as a habit is none', () => {
    expectHelp([
      [Locale.SpanishES, 'mi madre se tomó el sintrom de más sin querer'],
      [Locale.PortugueseBR, 'minha mãe tomou marevan demais sem querer e tá cheia de manchas roxas'],
      [Locale.French, 'ma mère a pris trop de previscan par erreur'],
      [Locale.German, 'meine Mutter hat aus Versehen zu viel Marcumar genommen'],
    ]);
    expect(flags(Locale.SpanishES, 'me clavé un clavo oxidado y ahora tengo espasmos en el cuello')).toContain('tetanus');
    expect(flags(Locale.French, "j'ai marché sur un clou rouillé et maintenant j'ai des spasmes dans le cou")).toContain('tetanus');
    expect(flags(Locale.German, 'in einen rostigen Nagel getreten und jetzt ist mein Kiefer wie gesperrt')).toContain('tetanus');
    expect(safety(Locale.PortugueseBR, 'tomo remédio demais, será que é isso que dá câimbra?')).toBeUndefined();
    expect(safety(Locale.PortugueseBR, 'vou tomar todos os remédios de casa hoje')).toBe('overdose');
  });

  it('reads a German painkiller being saved up ("ich spare mein Tramadol") as a crisis, but money saved for magnesium tablets as none; a calf "gezerrt" is the pulled-muscle note', () => {
    expect(safety(Locale.German, 'ich spare mein Tramadol für den Tag, an dem ich nicht mehr kann')).toBe('crisis');
    expect(safety(Locale.German, 'ich spare Geld für Magnesium Tabletten')).toBeUndefined();
    expect(read(Locale.German, 'ich habe mir die Wade gezerrt').result).toMatchObject({
      kind: 'not-covered',
      entry: { id: 'muscle-tear' },
    });
  });

  it('reads having had enough of waking up, and not living to see a date, as possibly a crisis in every language; waking up with cramps is none; a question about the tetanus vaccine raises no tetanus emergency, a locked jaw asked about still does', () => {
    expectSafety(
      [
        [Locale.SpanishES, 'no me veo llegando a mi cumpleaños'],
        [Locale.SpanishES, 'estoy harta de despertarme'],
        [Locale.PortugueseBR, 'não me vejo chegando ao meu aniversário'],
        [Locale.PortugueseBR, 'cansei de acordar'],
        [Locale.French, "je ne me vois pas arriver jusqu'à mon anniversaire"],
        [Locale.French, "j'en ai marre de me réveiller"],
        [Locale.German, 'ich werde meinen Geburtstag nicht mehr erleben'],
        [Locale.German, 'ich bin es leid aufzuwachen'],
        [Locale.French, "j'en ai marre de me réveiller chaque matin"],
      ],
      'unsure',
    );
    expectSafety(
      [
        [Locale.SpanishES, 'harto de despertarme con calambres'],
        [Locale.PortugueseBR, 'cansei de acordar com câimbra'],
        [Locale.French, 'marre de me réveiller avec des crampes'],
        [Locale.German, 'bin es leid, nachts mit Krämpfen aufzuwachen'],
      ],
      undefined,
    );
    for (const [locale, query] of [
      [Locale.SpanishES, '¿cuánto dura la vacuna del tétanos?'],
      [Locale.PortugueseBR, 'quanto tempo dura a vacina do tétano?'],
      [Locale.French, 'combien de temps dure le vaccin contre le tétanos ?'],
      [Locale.German, 'wie lange hält die Impfung gegen Tetanus?'],
    ] as const)
      expect([query, flags(locale, query)]).toEqual([query, []]);
    expect(flags(Locale.French, "j'ai la mâchoire bloquée, c'est le tétanos ?")).toContain('tetanus');
    expect(flags(Locale.PortugueseBR, 'pisei num prego e agora o pescoço tá rígido')).toContain('tetanus');
  });

  it('opens the medicine’s card for a stomach-acid pill said to lower magnesium, in every language, as the group’s note says it does', () => {
    expect(card(Locale.SpanishES, '¿el omeprazol baja el magnesio y da calambres?')).toBe('medication-side-effects');
    expect(card(Locale.PortugueseBR, 'omeprazol abaixa o magnésio e dá câimbra?')).toBe('medication-side-effects');
    expect(card(Locale.French, "l'oméprazole fait baisser le magnésium et donne des crampes ?")).toBe('medication-side-effects');
    expect(card(Locale.German, 'senkt Omeprazol das Magnesium und macht Krämpfe?')).toBe('medication-side-effects');
  });

  it('reads a seizure happening now as the emergency in every language, but cramps likened to one, or a German "Anfall" of cramps, as none', () => {
    for (const [locale, query] of [
      [Locale.SpanishES, 'mi hijo está teniendo una convulsión y no para'],
      [Locale.PortugueseBR, 'ele tá tendo uma convulsão e não para de tremer'],
      [Locale.French, "il fait une crise d'épilepsie et ça ne s'arrête pas"],
      [Locale.German, 'sie hat einen epileptischen Anfall'],
    ] as const)
      expect([query, flags(locale, query)]).toEqual([query, ['sudden-confusion']]);
    for (const [locale, query] of [
      [Locale.SpanishES, 'tengo calambres que parecen convulsiones'],
      [Locale.PortugueseBR, 'câimbras que parecem convulsão'],
      [Locale.French, 'des crampes comme des convulsions'],
      [Locale.German, 'ich habe nachts Wadenkrämpfe, richtige Anfälle'],
    ] as const)
      expect([query, flags(locale, query)]).toEqual([query, []]);
  });

  it('reads no reason left to get up, pills heaped up, and fading out with indifference as possibly a crisis in every language; getting up early on holiday, a heap in an organiser and a phone battery fading are none', () => {
    expectSafety(
      [
        [Locale.SpanishES, 'ya no le encuentro sentido a levantarme cada mañana'],
        [Locale.PortugueseBR, 'não vejo mais sentido em levantar da cama todo dia'],
        [Locale.French, "je ne vois plus l'intérêt de me lever le matin"],
        [Locale.SpanishES, 'tengo todas las pastillas en un montón encima de la cama'],
        [Locale.French, "j'ai mis tous mes cachets en tas sur le lit"],
        [Locale.German, 'ich habe alle meine Tabletten auf dem Bett zu einem Haufen gelegt'],
        [Locale.SpanishES, 'siento que me estoy apagando y me da igual'],
        [Locale.PortugueseBR, 'sinto que tô me apagando e tanto faz'],
        [Locale.French, "j'ai l'impression de m'éteindre et ça m'est égal"],
        [Locale.German, 'ich habe das Gefühl, ich erlösche, und es ist mir egal'],
        [Locale.German, 'ich denke, ich sterbe'],
      ],
      'unsure',
    );
    expectSafety(
      [
        [Locale.SpanishES, 'no le veo sentido a levantarme temprano en vacaciones'],
        [Locale.French, 'pourquoi me lever si tôt en vacances'],
        [Locale.SpanishES, 'la luz se está apagando y me da igual'],
        [Locale.German, 'mein Handy-Akku verschwindet, egal was ich mache'],
        [Locale.German, 'ich denke jedes Mal, ich sterbe, wenn ich einen Krampf kriege'],
      ],
      undefined,
    );
    expect(
      flags(Locale.German, 'mein Partner ist total benommen und kaum wach zu kriegen, hat getrunken und Tabletten genommen'),
    ).toContain('sudden-confusion');
    expect(flags(Locale.German, 'ich bin morgens kaum wach zu kriegen und habe Wadenkrämpfe')).toEqual([]);
  });

  it('reads an attempt told in the past, and driving the car into a river, as a crisis in every language; trying to end the cramps, or a crash into a post, is none; thick twisted veins are varicose veins', () => {
    expectSafety(
      [
        [Locale.SpanishES, 'intenté ahorcarme la semana pasada y lo sigo pensando'],
        [Locale.PortugueseBR, 'tentei me enforcar semana passada e ainda penso nisso'],
        [Locale.French, "j'ai essayé de me pendre la semaine dernière et j'y pense encore"],
        [Locale.PortugueseBR, 'tô pensando em jogar o carro no rio hoje à noite'],
        [Locale.French, 'je pense à foncer dans la rivière en voiture ce soir'],
      ],
      'crisis',
    );
    expect(safety(Locale.German, 'ich denke daran, heute Nacht mit dem Auto in den Fluss zu fahren')).toBe('unsure');
    expectSafety(
      [
        [Locale.SpanishES, 'intenté acabar con esto de los calambres con magnesio'],
        [Locale.PortugueseBR, 'bati o carro no poste ontem e agora tenho câimbra'],
        [Locale.French, 'je vais au lac en voiture ce week-end'],
        [Locale.German, 'wir fahren mit dem Auto an den See zum Baden'],
      ],
      undefined,
    );
    expect(card(Locale.SpanishES, 'venas gruesas y retorcidas en las pantorrillas y calambres')).toBe('poor-circulation');
    expect(card(Locale.French, 'des veines tordues sur les mollets et des crampes')).toBe('poor-circulation');
    expect(card(Locale.German, 'dicke, geschlängelte Venen an den Waden und Krämpfe')).toBe('poor-circulation');
  });

  it('reads a number written as a word as its digits ("dos horas", "zwei Stunden"), so a cramp that long is the long-cramp sign in every language; a racing heart from a cramp’s pain is no sign; one’s own obituary written is possibly a crisis', () => {
    for (const [locale, query] of [
      [Locale.SpanishES, 'tengo el gemelo agarrotado desde hace dos horas'],
      [Locale.PortugueseBR, 'a panturrilha tá travada há duas horas'],
      [Locale.French, 'crampe au mollet depuis deux heures'],
      [Locale.German, 'die Wade ist seit zwei Stunden komplett verkrampft'],
    ] as const)
      expect([query, flags(locale, query)]).toEqual([query, ['long-cramp']]);
    expect(flags(Locale.SpanishES, 'calambre desde hace dos minutos')).toEqual([]);
    for (const [locale, query] of [
      [Locale.SpanishES, 'el corazón me late rápido del dolor de un calambre muy fuerte'],
      [Locale.PortugueseBR, 'o coração acelerou de dor por causa de uma câimbra forte'],
      [Locale.French, "le cœur qui bat vite à cause de la douleur d'une grosse crampe"],
      [Locale.German, 'Herzklopfen vor Schmerz wegen eines heftigen Krampfs'],
    ] as const)
      expect([query, flags(locale, query)]).toEqual([query, []]);
    expect(flags(Locale.German, 'Herzrasen und Krämpfe in den Beinen')).toEqual(['palpitations']);
    expectSafety(
      [
        [Locale.SpanishES, 'no paro de escribir mi propia esquela en la cabeza'],
        [Locale.PortugueseBR, 'não paro de escrever meu próprio obituário na cabeça'],
        [Locale.French, "j'écris sans arrêt ma propre nécrologie dans ma tête"],
        [Locale.German, 'ich schreibe im Kopf ständig meinen eigenen Nachruf'],
      ],
      'unsure',
    );
  });

  it('reads a pregnancy told by its weeks alone as a pregnancy, so its urgent signs hold in every language', () => {
    const emergencies: [Locale, string][] = [
      [Locale.SpanishES, 'estoy de 36 semanas, dolor de cabeza fuerte, veo lucecitas y los pies muy hinchados'],
      [Locale.PortugueseBR, 'estou de 36 semanas, dor de cabeça forte, vendo pontinhos e os pés muito inchados'],
      [Locale.French, 'je suis à 36 semaines, gros mal de tête, je vois des mouches et les chevilles gonflées'],
      [Locale.German, 'in der 36. Woche, starke Kopfschmerzen, Flimmern vor den Augen und geschwollene Knöchel'],
    ];
    for (const [locale, query] of emergencies) expect([query, flags(locale, query)]).toEqual([query, ['pre-eclampsia']]);
    expect(flags(Locale.SpanishES, 'estoy de 30 semanas y tengo calambres por la noche')).toEqual([]);
  });

  it('reads a farewell note, all the insulin injected at once and a whole box or blister taken as the crisis they are; a farewell card for a colleague is none', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'ya escribí la nota de despedida, solo me falta decidir cuándo'],
      [Locale.PortugueseBR, 'já escrevi o bilhete de despedida, só falta decidir quando'],
      [Locale.SpanishES, 'estoy pensando en ponerme toda la insulina de golpe'],
      [Locale.SpanishES, 'me tomé todas las pastillas a la vez'],
      [Locale.SpanishES, 'me tomé la caja entera de paracetamol'],
      [Locale.French, "je pense m'injecter toute l'insuline d'un coup"],
      [Locale.PortugueseBR, 'tomei a cartela inteira de rivotril'],
    ];
    expectHelp(crises);
    expect(safety(Locale.SpanishES, 'escribí una carta de despedida para mi compañera que se jubila')).toBeUndefined();
    expect(safety(Locale.PortugueseBR, 'escrevi uma carta de despedida pro colega que saiu da empresa')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'me puse la insulina como siempre')).toBeUndefined();
  });

  it('reads being tired of pretending, a spot already picked, telling someone where the will is and stopping heart pills so "it happens" as a possible crisis in every language; a picnic spot, a mother\'s will, car papers and a leg one pretends is fine are none; a heart attack named as a fright is no sign; dark pee with legs one can barely move is the muscle-breakdown emergency', () => {
    const crises: [Locale, string][] = [
      [Locale.French, 'je suis fatiguée de faire semblant de vouloir être là'],
      [Locale.German, 'ich bin es leid, so zu tun, als wollte ich hier sein'],
      [Locale.SpanishES, 'ya he elegido el sitio'],
      [Locale.PortugueseBR, 'já escolhi o lugar'],
      [Locale.French, "j'ai déjà choisi l'endroit"],
      [Locale.German, 'ich habe mir die Stelle schon ausgesucht'],
      [Locale.SpanishES, 'le dije a mi hermana dónde está el testamento, por si acaso'],
      [Locale.PortugueseBR, 'contei pra minha irmã onde está o testamento, só por garantia'],
      [Locale.French, "j'ai dit à ma sœur où est le testament, au cas où"],
      [Locale.German, 'ich habe meiner Schwester gesagt, wo das Testament liegt, nur für alle Fälle'],
      [Locale.SpanishES, 'pienso dejar las pastillas del corazón para que pase solo'],
      [Locale.PortugueseBR, 'vou parar os remédios do coração pra acontecer logo'],
      [Locale.French, 'je vais arrêter mes médicaments pour le cœur pour que ça arrive tout seul'],
      [Locale.German, 'ich setze die Herztabletten ab, damit es von selbst passiert'],
      [Locale.French, 'je ne supporterai pas une année de plus comme ça'],
      [Locale.German, 'ich schaffe kein weiteres Jahr mehr so'],
    ];
    expectHelp(crises);
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'ya elegí el sitio para el picnic'],
      [Locale.SpanishES, 'le dije a mi hermana dónde está el testamento de mamá'],
      [Locale.PortugueseBR, 'falei pro meu irmão onde está o seguro do carro'],
      [Locale.French, "j'ai déjà trouvé l'endroit pour le pique-nique"],
      [Locale.German, 'ich bin es leid, so zu tun, als wäre mein Bein okay'],
      [Locale.German, 'den Platz fürs Picknick schon ausgesucht'],
      [Locale.French, 'je ne supporterai pas un jour de plus cette crampe'],
      [Locale.German, 'ich ertrage keinen weiteren Tag mit diesen Krämpfen'],
    ];
    expectSafety(everyday, undefined);
    expect(flags(Locale.SpanishES, 'ese calambre casi me da un infarto, jaja')).toEqual([]);
    expect(flags(Locale.German, 'der Krampf hat mir fast einen Herzinfarkt verpasst, haha')).toEqual([]);
    expect(flags(Locale.French, 'je fais une crise cardiaque')).toEqual(['heart-attack']);
    expect(flags(Locale.PortugueseBR, 'xixi cor de coca depois do spinning e mal consigo mexer as pernas')).toContain(
      'muscle-breakdown-severe',
    );
    expect(flags(Locale.German, 'Urin wie Cola nach dem Spinning und ich kann die Beine kaum bewegen')).toContain(
      'muscle-breakdown-severe',
    );
  });

  it('reads the French elided "n’" as "ne", so "je n’arrive plus à lever le bras" is the stroke, while thighs that "n’arrêtent pas de" cramp keep cramping, not one cramp that will not stop; "pas mal" is a lot; and that a father who "no respira" (Spanish, Portuguese) is the collapse emergency', () => {
    expect(flags(Locale.French, 'des crampes et maintenant je n’arrive plus à lever le bras ni à sourire')).toEqual(['stroke']);
    expect(flags(Locale.French, 'premier cours de vélo en salle et mes cuisses n’arrêtent pas de crampe')).toEqual([]);
    expect(flags(Locale.French, 'crampe qui ne s’arrête pas depuis une heure')).toEqual(['long-cramp']);
    expect(card(Locale.French, "les pieds qui brûlent et des crampes, je bois pas mal d'alcool")).toBe('neurological-disorders');
    expect(flags(Locale.SpanishES, 'mi padre no respira')).toEqual(['sudden-confusion']);
    expect(flags(Locale.PortugueseBR, 'ele não respira')).toEqual(['sudden-confusion']);
    expect(flags(Locale.SpanishES, 'respiro bien, no tengo dolor en el pecho, solo un calambre')).not.toContain('sudden-confusion');
    expect(flags(Locale.SpanishES, 'no respira mal, solo tengo un calambre')).toEqual([]);
  });

  it('reads a German child who will not stand on a leg, the verb split round it, with fever as the emergency', () => {
    expect(flags(Locale.German, 'meine Tochter tritt nicht mehr auf das Bein auf und hat hohes Fieber')).toContain('child-limp-fever');
  });

  it('reads a verb by the one synonym its stem belongs to, a thigh muscle as the leg, and "me falta ar" as breathlessness', () => {
    expect(card(Locale.SpanishES, 'los gemelos no paran de acalambrarse')).toBe('muscle-overuse');
    expect(card(Locale.French, 'je suis diabétique et mes pieds s’engourdissent')).toBe('neurological-disorders');
    expect(flags(Locale.PortugueseBR, 'a perna está inchada e me falta ar')).toContain('chest-or-breathing');
  });

  it('reads a plan with a date, everyone better off soon, driving off the road and hurting oneself on purpose again in every language, but not their everyday look-alikes', () => {
    const crises: [Locale, string][] = [
      [Locale.SpanishES, 'tengo un plan y una fecha'],
      [Locale.PortugueseBR, 'todo mundo vai ficar melhor semana que vem'],
      [Locale.French, 'en rentrant je vais sortir de la route avec la voiture'],
      [Locale.German, 'ich habe mich letzte Nacht wieder selbst verletzt'],
      [Locale.SpanishES, 'anoche me volví a hacer daño'],
      [Locale.PortugueseBR, 'me machuquei de propósito de novo ontem à noite'],
      [Locale.French, 'je me suis encore fait du mal exprès cette nuit'],
      [Locale.German, 'nächste Woche geht es allen besser'],
    ];
    expectSafety(crises, 'unsure');
    const everyday: [Locale, string][] = [
      [Locale.SpanishES, 'me volví a hacer daño en la rodilla jugando al pádel'],
      [Locale.SpanishES, 'casi me salgo de la carretera por un calambre conduciendo'],
      [Locale.PortugueseBR, 'tenho um plano e uma data para a cirurgia do joelho'],
      [Locale.French, 'je me suis encore coupé en épluchant les légumes'],
      [Locale.German, 'ich habe mich beim Rasieren wieder geschnitten'],
      [Locale.German, 'wenn die Sonne scheint, dann geht es allen besser'],
      [Locale.German, 'ich habe einen Plan und ein Datum für die Hochzeit'],
    ];
    expectSafety(everyday, undefined);
  });

  it('reads someone passed out who will not come round as the emergency in every language', () => {
    for (const [locale, query] of [
      [Locale.EnglishUS, "dad passed out in the garden and won't come round"],
      [Locale.SpanishES, 'mi padre se desmayó en el jardín y no vuelve en sí'],
      [Locale.PortugueseBR, 'meu pai desmaiou no quintal e não volta a si'],
      [Locale.French, "mon père s'est évanoui dans le jardin et ne reprend pas connaissance"],
      [Locale.German, 'mein Vater ist im Garten umgekippt und kommt nicht zu sich'],
    ] as const)
      expect([query, flags(locale, query)[0]]).toEqual([query, 'sudden-confusion']);
    expect(flags(Locale.EnglishUS, "my friend won't come round to the idea of stretching")).toEqual([]);
  });

  it('counts a language’s most spoken words as everyday talk, as English counts its Dale-Chall words: "direto" leaves nothing unexplained', () => {
    expect(card(Locale.PortugueseBR, 'minha perna tá dando câimbra direto')).toBe('muscle-overuse');
  });

  it('reads palpitations with faintness as the emergency however each is said, in every language', () => {
    expect(flags(Locale.SpanishES, 'el corazón me da saltos y me mareo')).toContain('palpitations-faint');
    expect(flags(Locale.PortugueseBR, 'coração falhando e vou desmaiar')).toContain('palpitations-faint');
    expect(flags(Locale.French, 'battements irréguliers et malaise')).toContain('palpitations-faint');
    expect(flags(Locale.German, 'Herzstolpern und Schwindel')).toContain('palpitations-faint');
  });

  it('reads what a feeling is likened to apart from what the member does, in every language', () => {
    const pad = { kind: 'card', cause: { id: 'peripheral-artery-disease' } };
    expect(read(Locale.French, 'mal au mollet quand je marche').result).toMatchObject(pad);
    expect(read(Locale.French, "mal au mollet comme si j'avais marché des heures").result.kind).toBe('did-you-mean');
    expect(read(Locale.SpanishES, 'me duele la pantorrilla cuando camino').result).toMatchObject(pad);
    expect(read(Locale.SpanishES, 'me duele la pantorrilla como si hubiera caminado horas').result.kind).toBe('did-you-mean');
  });

  it('reads what relieves a complaint apart from when it comes on, unless denied, in every language', () => {
    expect(flags(Locale.EnglishUS, 'my calves ache walking and stop when i rest')).not.toContain('rest-pain');
    expect(flags(Locale.EnglishUS, 'my calf hurts at rest and never eases when i rest')).toContain('rest-pain');
    expect(flags(Locale.EnglishUS, 'my foot hurts at night and eases when i hang it over the bed')).toContain('rest-pain');
    expect(flags(Locale.PortugueseBR, 'dói a panturrilha quando subo ladeira e para quando descanso')).not.toContain('rest-pain');
    expect(flags(Locale.German, 'Wadenschmerzen beim Bergaufgehen, hören in Ruhe auf')).not.toContain('rest-pain');
    expect(flags(Locale.French, 'douleur au repos qui ne passe pas')).toContain('rest-pain');
    expect(flags(Locale.SpanishES, 'me duele la pierna en reposo y no se pasa al descansar')).toContain('rest-pain');
    // Said the other way round: what relieves first, then that it eases.
    expect(flags(Locale.French, "en montant les côtes j'ai mal aux mollets et au repos ça se calme")).not.toContain('rest-pain');
    // Walking that relieves cramps is no claudication: not the PAD card.
    expect(read(Locale.EnglishUS, 'my leg cramps stop once i get up and walk around').result).not.toMatchObject({
      kind: 'card',
      cause: { id: 'peripheral-artery-disease' },
    });
  });

  it('reads a keto diet, a hangover or a fast with cramps as fluid and salts, in every language, as English reads keto', () => {
    const told: [Locale, string][] = [
      [Locale.SpanishES, 'desde que hago dieta keto me dan calambres cada noche'],
      [Locale.German, 'seit der Keto-Diät jede Nacht Krämpfe'],
      [Locale.SpanishES, 'estoy de resaca y me dan calambres en las piernas'],
      [Locale.PortugueseBR, 'estou de ressaca e com cãibras nas pernas'],
      [Locale.French, "j'ai la gueule de bois et des crampes dans les jambes"],
      [Locale.German, 'ich habe einen Kater und Krämpfe in den Beinen'],
      [Locale.French, 'je fais le ramadan et j’ai des crampes aux jambes'],
    ];
    for (const [locale, query] of told) expect([query, card(locale, query)]).toEqual([query, 'dehydration-electrolytes']);
    // Without a cramp, a hangover is no cause the member asked about.
    expect(card(Locale.SpanishES, 'cómo quitar la resaca')).not.toBe('dehydration-electrolytes');
  });

  it('reads numbness or tingling worse at night as when it comes, not as weakness getting worse over days, in every language', () => {
    const when: [Locale, string][] = [
      [Locale.EnglishUS, 'tingling in my feet, worse at night, and cramps'],
      [Locale.SpanishES, 'hormigueo en los dos pies, peor de noche, y calambres'],
      [Locale.PortugueseBR, 'formigamento nos dois pés, pior à noite, e cãibras'],
      [Locale.French, 'fourmillements dans les deux pieds, pire la nuit, et crampes'],
      [Locale.German, 'Kribbeln in beiden Füßen, nachts schlimmer, dazu Krämpfe'],
    ];
    for (const [locale, query] of when) expect([query, flags(locale, query)]).toEqual([query, []]);
    expect(flags(Locale.EnglishUS, 'numbness getting worse every day')).toContain('worsening-weakness');
    expect(flags(Locale.EnglishUS, "my muscles are so weak i can't climb the stairs, getting worse each day")).toContain(
      'worsening-weakness',
    );
    expect(flags(Locale.German, 'Kribbeln wird schlimmer und steigt hoch')).toContain('worsening-weakness');
  });

  it('reads toes that go white in the cold as no cold limb, and a colour followed by “suddenly” as the limb’s, in every language', () => {
    expect(flags(Locale.French, 'mes orteils deviennent blancs au froid et mon mollet se crispe en marchant')).toEqual([]);
    expect(flags(Locale.German, 'meine Zehen werden in der Kälte weiß und die Wade krampft beim Gehen')).toEqual([]);
    expect(flags(Locale.French, "mon pied est devenu froid et blanc d'un coup")).toContain('cold-limb');
    expect(flags(Locale.German, 'mein Fuß ist plötzlich kalt und weiß')).toContain('cold-limb');
    expect(flags(Locale.SpanishES, 'el pie se me ha quedado frío y blanco de repente')).toContain('cold-limb');
  });

  it('reads parts of the day and the weekend as words of time in every language, so they leave nothing unexplained', () => {
    expect(card(Locale.German, 'meine Knöchel schwellen nachmittags an, ich habe Krampfadern und Krämpfe')).toBe('poor-circulation');
  });

  it('reads eating badly or only junk as a poor diet in every language, but not feeling bad', () => {
    expect(card(Locale.SpanishES, 'como comida basura todo el día y tengo calambres')).toBe('nutritional-deficiency');
    expect(card(Locale.PortugueseBR, 'só como besteira e tenho cãibras')).toBe('nutritional-deficiency');
    expect(card(Locale.French, "je mange n'importe comment, que des gâteaux, et j'ai des crampes")).toBe('nutritional-deficiency');
    expect(card(Locale.German, 'ich esse total ungesund, nur Süßkram, und habe Krämpfe')).toBe('nutritional-deficiency');
    expect(card(Locale.SpanishES, 'me siento como fatal')).not.toBe('nutritional-deficiency');
    expect(card(Locale.PortugueseBR, 'me sinto como muito mal hoje')).not.toBe('nutritional-deficiency');
  });

  it('reads one calf bigger or thicker than the other as the one-leg sign, as English and German do; a bigger child is none', () => {
    expect(flags(Locale.SpanishES, 'tengo una pantorrilla más gorda que la otra y me duele al tocarla')).toContain('one-swollen-leg');
    expect(flags(Locale.PortugueseBR, 'uma panturrilha está mais grossa que a outra e dói ao tocar')).toContain('one-swollen-leg');
    expect(flags(Locale.French, 'un mollet est plus épais que l’autre et il fait mal')).toContain('one-swollen-leg');
    expect(flags(Locale.SpanishES, 'mi hijo es más grande que el otro')).toEqual([]);
  });

  it('reads someone collapsed who does not respond as an emergency in every language; cramps that do not respond are none', () => {
    expect(flags(Locale.SpanishES, 'mi padre se desplomó y no responde')).toContain('sudden-confusion');
    expect(flags(Locale.PortugueseBR, 'minha mãe desmaiou e não responde')).toContain('sudden-confusion');
    expect(flags(Locale.French, "mon père s'est effondré et ne répond plus")).toContain('sudden-confusion');
    expect(flags(Locale.German, 'mein Vater ist zusammengebrochen und reagiert nicht')).toContain('sudden-confusion');
    expect(flags(Locale.SpanishES, 'los calambres no responden a nada')).toEqual([]);
    expect(flags(Locale.German, 'der Krampf reagiert nicht auf Dehnen')).toEqual([]);
  });

  it('reads walking that brings a cramp on and stopping that relieves it told apart as claudication, in every language', () => {
    const told: [Locale, string][] = [
      [Locale.EnglishUS, 'my calf cramps after walking to the bus stop and eases if i stand still'],
      [Locale.SpanishES, 'camino hasta la parada del bus y el gemelo me da un calambre, si me paro se me pasa'],
      [Locale.PortugueseBR, 'ando até o ponto de ônibus e a panturrilha dá cãibra, se paro passa'],
      [Locale.French, "je marche jusqu'à l'arrêt de bus et mon mollet se crispe, si je m'arrête ça passe"],
    ];
    for (const [locale, query] of told) expect([query, card(locale, query)]).toEqual([query, 'peripheral-artery-disease']);
    // German writes a comma after what relieves: the relief is still read, though the bus stop's compound is unknown.
    const german = read(Locale.German, 'ich laufe bis zur Haltestelle und die Wade krampft, wenn ich stehen bleibe, geht es weg').result;
    expect(german.kind === 'did-you-mean' ? german.candidates[0]?.id : german.kind).toBe('peripheral-artery-disease');
    // Walking after a comma is when it hurts, not what relieves: "melhora parado" says that.
    expect(card(Locale.PortugueseBR, 'dor na batata da perna quando caminho, melhora parado')).toBe('peripheral-artery-disease');
  });

  it('reads medicines said to bring on cramps as the medication cause, and medicines taken for cramps as no cause, in every language', () => {
    const causes: [Locale, string][] = [
      [Locale.EnglishUS, 'could my pills cause leg cramps'],
      [Locale.EnglishUS, 'my tablets are giving me cramps'],
      [Locale.SpanishES, 'creo que mis pastillas me dan calambres'],
      [Locale.PortugueseBR, 'acho que meus remédios estão me dando câimbra'],
      [Locale.French, 'je pense que mes médicaments me donnent des crampes'],
      [Locale.German, 'ich glaube, meine Tabletten machen mir Krämpfe'],
    ];
    for (const [locale, query] of causes) expect(card(locale, query), query).toBe('medication-side-effects');
    const remedies: [Locale, string][] = [
      [Locale.EnglishUS, "i don't want to take pills for cramps"],
      [Locale.EnglishUS, 'pills that help with cramps'],
      [Locale.SpanishES, 'pastillas para los calambres'],
      [Locale.PortugueseBR, 'remédio contra câimbra'],
      [Locale.French, 'des médicaments contre les crampes'],
      [Locale.German, 'Tabletten gegen Krämpfe'],
    ];
    for (const [locale, query] of remedies) expect(card(locale, query), query).not.toBe('medication-side-effects');
    // A condition named as what the medicine is for is not the member's condition here.
    expect(card(Locale.SpanishES, 'las pastillas de la diabetes me dan calambres')).toBe('medication-side-effects');
    expect(card(Locale.German, 'meine Diabetes-Tabletten machen mir Krämpfe')).toBe('medication-side-effects');
    // A medicine for something else still may be the cause.
    expect(card(Locale.EnglishUS, 'tablets for blood pressure give me cramps')).toBe('medication-side-effects');
  });

  it('reads a German noun’s capital as a noun’s, not a brand’s: a sore wrist from typing is not asked about as a medicine', () => {
    const { result } = read(Locale.German, 'mein Handgelenk tut beim Tippen weh');
    expect(result.kind === 'did-you-mean' ? result.candidates.map((cause) => cause.id) : []).not.toContain('medication-side-effects');
    // A cue before an unknown word still marks a medicine.
    const cued = read(Locale.German, 'ich nehme Xylorin und habe Krämpfe').result;
    expect(cued.kind === 'did-you-mean' ? cued.candidates.map((cause) => cause.id) : [cued.kind]).toContain('medication-side-effects');
  });

  it('never mends a word of the language’s own lists ("matin" is no "main"), and reads "5am" as a time, not a word', () => {
    const card = { kind: 'card', cause: { id: 'muscle-overuse' } };
    expect(app.languages.pick(Locale.French).search.lookup('crampe au mollet le matin').result).toMatchObject(card);
    expect(app.languages.pick(Locale.EnglishUS).search.lookup('calf cramp at 5am again').result).toMatchObject(card);
  });

  it('never mends a word of the language, by its spelling dictionary, into another word; another form of a catalogue word still is', () => {
    // "Bauch" (belly) is no "Bruch" (a break), so sleeping on one's belly raises no alarm.
    expect(flags(Locale.German, 'Krampf beim Schlafen auf dem Bauch')).toEqual([]);
    // "hinchó" is a form of "hinchada": a tongue that swelled after a new pill is still the emergency.
    expect(flags(Locale.SpanishES, 'se me hinchó la lengua después de tomar una pastilla nueva')).toContain('allergic-swelling');
  });

  it('never mends a word as the language speaks it ("fühlt" is no "fehlt", lacking): the card is no mere closest match', () => {
    expect(read(Locale.German, 'die Wade fühlt sich verkrampft an nach dem Training').result).toMatchObject({
      kind: 'card',
      cause: { id: 'muscle-overuse' },
      closest: false,
    });
  });

  it('reads every form of a verb a synonym group lists, and each language’s everyday words for a racing heart and a numb bottom', () => {
    expect(card(Locale.SpanishES, 'se me acalambran las piernas cuando sudo mucho')).toBe('dehydration-electrolytes');
    expect(card(Locale.PortugueseBR, 'suo demais no trabalho e à noite tenho cãibras')).toBe('dehydration-electrolytes');
    expect(flags(Locale.SpanishES, 'el corazón a mil y siento que me desmayo')).toContain('palpitations-faint');
    // A heart "a mil" is a racing heart, and racing during a game is no sign.
    expect(flags(Locale.PortugueseBR, 'cãibra no meio do jogo, coração a mil')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'não sinto o bumbum e o xixi escapa')).toContain('cauda-equina');
  });

  it('reads ordinary reasons for a sign in each language: catching one’s breath, laughing, cold water, an accident, last summer', () => {
    expect(flags(Locale.French, "crampe au mollet, j'ai dû m'asseoir pour reprendre mon souffle")).toEqual([]);
    expect(flags(Locale.SpanishES, 'me reí tanto que no podía respirar y luego calambre en el gemelo')).toEqual([]);
    expect(flags(Locale.German, 'ich habe so gelacht, dass ich keine Luft mehr bekam, dann Wadenkrampf')).toEqual([]);
    expect(flags(Locale.French, 'mes orteils sont devenus blancs dans la mer froide puis crampe')).toEqual([]);
    expect(flags(Locale.German, 'meine Zehen wurden im kalten Meer weiß und dann Krampf')).toEqual([]);
    // "zusammengebrochen" (collapsed) was read as "gebrochen" (broken), so any accident was a faint.
    expect(flags(Locale.German, 'Krampf im Fuß beim Autofahren, hätte fast einen Unfall gebaut')).toEqual([]);
    expect(flags(Locale.German, 'ich bin gestern zusammengebrochen')).toContain('fainting');
    expect(flags(Locale.German, 'letzten Sommer einen Hitzschlag gehabt, jetzt nur noch Krämpfe')).toEqual([]);
    expect(flags(Locale.SpanishES, 'me falta el aire y me duele el pecho')).toContain('chest-or-breathing');
  });

  it('reads hurting oneself with a blade as self-harm in every language; a cut while shaving, or an injury at football, is none', () => {
    expect(safety(Locale.PortugueseBR, 'me machuquei de novo com uma lâmina')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'me hice daño con una cuchilla otra vez')).toBe('unsure');
    expect(safety(Locale.French, 'je me suis fait du mal avec un rasoir hier soir')).toBe('unsure');
    expect(safety(Locale.German, 'ich habe mich gestern mit einer Klinge verletzt')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'me cortei com a gilete fazendo a barba')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'me corté con la cuchilla al afeitarme')).toBeUndefined();
    expect(safety(Locale.French, 'je me suis coupé en me rasant avec le rasoir')).toBeUndefined();
    expect(safety(Locale.German, 'ich habe mich beim Rasieren mit der Klinge geschnitten')).toBeUndefined();
    expect(safety(Locale.PortugueseBR, 'me machuquei no futebol ontem e agora tenho câimbra')).toBeUndefined();
  });

  it('reads tablets told as hoarded or hidden, after the word for them, as a crisis in every language; tablets left over are none', () => {
    expect(safety(Locale.German, 'die Tabletten im Schrank, die ich gebunkert habe, reichen')).toBe('crisis');
    expect(safety(Locale.SpanishES, 'tengo pastillas que he ido acaparando')).toBe('crisis');
    expect(safety(Locale.French, 'des comprimés que j’ai planqués dans ma chambre')).toBe('crisis');
    expect(safety(Locale.PortugueseBR, 'comprimidos que eu fui juntando no armário')).toBe('crisis');
    expect(safety(Locale.SpanishES, 'tengo muchas pastillas acumuladas que ya no tomo')).toBeUndefined();
    expect(safety(Locale.German, 'ich habe Magnesiumtabletten gehamstert wegen der Krämpfe')).toBeUndefined();
    expect(safety(Locale.German, 'die Magnesiumtabletten habe ich im Angebot gebunkert, helfen sie?')).toBeUndefined();
    expect(safety(Locale.PortugueseBR, 'fui juntando os remédios vencidos pra descartar na farmácia')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'tengo pastillas de magnesio escondidas en el cajón')).toBeUndefined();
  });

  it('reads a wish not to wake again, a farewell note left, and knowing how and when, as possibly a crisis in the languages; waking less with cramps and a note for a colleague are none', () => {
    expect(safety(Locale.SpanishES, 'espero que mañana ya no despierte')).toBe('unsure');
    expect(safety(Locale.German, 'ich wünschte, ich wache morgen früh einfach nicht mehr auf')).toBe('unsure');
    expect(safety(Locale.French, 'j’ai laissé un message d’adieu à ma sœur')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'já sei como vou fazer e quando')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'ya sé cómo lo voy a hacer y dónde')).toBe('unsure');
    expect(safety(Locale.French, 'je sais comment je vais le faire et quand')).toBe('unsure');
    expect(safety(Locale.German, 'ich weiß genau, wie ich es mache und wann')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'ojalá esta noche no me despierte con calambres')).toBeUndefined();
    expect(safety(Locale.German, 'hoffentlich wache ich nachts nicht mehr auf wegen der Krämpfe')).toBeUndefined();
    expect(safety(Locale.French, 'j’ai écrit un mot d’adieu pour ma collègue qui part à la retraite')).toBeUndefined();
    expect(safety(Locale.PortugueseBR, 'já sei como e quando tomar o magnésio')).toBeUndefined();
  });

  it('reads a faint beside one swollen calf as an emergency in every language, and transthyretin amyloidosis by its name', () => {
    const first = (locale: Locale, query: string) => app.languages.pick(locale).search.lookup(query).flags[0];
    expect(first(Locale.SpanishES, 'tengo la pantorrilla hinchada y me desmayé')).toMatchObject({ id: 'fainting', level: 'emergency' });
    expect(first(Locale.PortugueseBR, 'minha panturrilha tá inchada e eu desmaiei')).toMatchObject({ id: 'fainting', level: 'emergency' });
    expect(first(Locale.French, 'mon mollet est gonflé et je me suis évanoui')).toMatchObject({ id: 'fainting', level: 'emergency' });
    // told in English by a member whose Discord is in Spanish: raised, with the Spanish advice for it
    const told = first(Locale.SpanishES, 'my calf is swollen and i fainted');
    expect(told).toMatchObject({ id: 'fainting', level: 'emergency' });
    expect(told?.advice).toMatch(/^Llama a emergencias ahora/);
    expect(card(Locale.SpanishES, 'amiloidosis por transtiretina y calambres')).toBe('amyloidosis');
    expect(card(Locale.PortugueseBR, 'amiloidose por transtirretina e câimbras')).toBe('amyloidosis');
    expect(card(Locale.French, 'amylose à transthyrétine et crampes')).toBe('amyloidosis');
    expect(card(Locale.German, 'Transthyretin-Amyloidose und Krämpfe')).toBe('amyloidosis');
  });

  it('reads a face that droops, a smile that will not come and a colour that has lasted an hour in every language; crashing the car on purpose and death sounding better are help', () => {
    expect(flags(Locale.SpanishES, 'mi padre no puede sonreír bien')).toContain('stroke');
    expect(flags(Locale.German, 'plötzlich hängt eine Gesichtshälfte')).toContain('stroke');
    expect(flags(Locale.French, 'mon pied est froid et blanc depuis deux heures')).toContain('cold-limb');
    expect(flags(Locale.SpanishES, 'tengo la pierna fría y blanca desde hace una hora')).toContain('cold-limb');
    expect(safety(Locale.PortugueseBR, 'penso em bater o carro de propósito')).toBe('crisis');
    expect(safety(Locale.French, 'être mort serait mieux que ça')).toBe('unsure');
    expect(safety(Locale.German, 'tot sein wäre besser als das hier')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'a veces pienso en estrellar el coche a propósito')).toBe('crisis');
  });

  it('reads wondering what dying is like, no strength left to live and a poison for oneself as help in every language; a poison for rats and laughing to death are none', () => {
    expect(safety(Locale.PortugueseBR, 'toda noite penso em como seria morrer')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'cada noche pienso en cómo sería morir')).toBe('unsure');
    expect(safety(Locale.German, 'manchmal denke ich, wie es wäre zu sterben')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'não tenho mais forças pra viver')).toBe('unsure');
    expect(safety(Locale.French, 'je n’ai plus la force de vivre')).toBe('unsure');
    expect(safety(Locale.SpanishES, 'compré matarratas para mí')).toBe('crisis');
    expect(safety(Locale.German, 'ich habe Rattengift für mich gekauft')).toBe('crisis');
    expect(safety(Locale.PortugueseBR, 'comprei veneno de rato e tá aqui comigo')).toBe('unsure');
    expect(safety(Locale.French, 'je me fais des entailles sur les cuisses')).toBe('crisis');
    expect(safety(Locale.French, 'je garde les cachets de mon père pour tout avaler')).toBe('crisis');
    expect(safety(Locale.PortugueseBR, 'comprei veneno de rato pros ratos da garagem')).toBeUndefined();
    expect(safety(Locale.PortugueseBR, 'morri de rir e depois deu câimbra')).toBeUndefined();
    expect(safety(Locale.SpanishES, 'guardo las pastillas de magnesio en la mesilla')).toBeUndefined();
  });

  it('reads breathing told as fine as no sign in every language, while being unable to breathe well still is one; hurting oneself when low is self-harm', () => {
    expect(flags(Locale.PortugueseBR, 'consigo respirar bem, só tenho câimbra')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'não consigo respirar bem')).toContain('chest-or-breathing');
    expect(flags(Locale.SpanishES, 'no puedo respirar bien')).toContain('chest-or-breathing');
    expect(flags(Locale.French, 'je n’arrive pas à respirer normalement')).toContain('chest-or-breathing');
    expect(flags(Locale.German, 'ich kann nicht gut atmen')).toContain('chest-or-breathing');
    expect(safety(Locale.PortugueseBR, 'acho que todo mundo ia respirar aliviado sem mim')).not.toBeUndefined();
    expect(safety(Locale.PortugueseBR, 'me machuco quando fico mal')).toBe('crisis');
    expect(safety(Locale.SpanishES, 'me corto cuando estoy agobiada')).toBe('crisis');
    expect(safety(Locale.French, 'je me fais du mal quand ça va pas')).toBe('crisis');
    expect(safety(Locale.German, 'ich verletze mich, wenn es mir schlecht geht')).toBe('crisis');
    expect(safety(Locale.PortugueseBR, 'tô me sentindo um fardo pra todo mundo')).toBe('unsure');
    expect(safety(Locale.PortugueseBR, 'me machuquei quando corri e fiquei mal')).toBeUndefined();
  });

  it('reads the English urgent signs through each language’s glossary: a stiff jaw after a rusty nail is tetanus', () => {
    expect(flags(Locale.German, 'in einen rostigen Nagel getreten und jetzt ist der Kiefer steif')).toContain('tetanus');
    expect(flags(Locale.German, 'eingewachsener Zehennagel')).not.toContain('tetanus');
    expect(flags(Locale.EnglishUS, 'my cat gave me a fright and my calf cramped')).not.toContain('cauda-equina');
    expect(flags(Locale.EnglishUS, 'my legs gave out and i can’t feel my bum')).toContain('cauda-equina');
    expect(flags(Locale.EnglishUS, 'i stepped on a rusty nail yesterday')).not.toContain('tetanus');
    expect(flags(Locale.EnglishUS, 'stepped on a rusty nail and now cramps in my leg')).toContain('tetanus');
    expect(flags(Locale.SpanishES, 'me clavé un clavo oxidado y tengo la mandíbula rígida')).toContain('tetanus');
  });

  it('says each idea English reads several ways in several ways too, so a glossed sign meets everyday words', () => {
    const catalogues = loadCatalogues(loadLanguageFiles());
    const english = catalogues.english;
    const ways = (groups: readonly (readonly string[])[], word: string) =>
      groups.find((group) => group.some((member) => foldText(member) === foldText(word)))?.length ?? 1;
    const thin = catalogues.all
      .filter((catalogue) => catalogue !== english)
      .flatMap((catalogue) => {
        const { gloss, denials } = catalogue.language;
        // Being unable ("no puedo") is read by the denial rules, not by a group of words.
        const denial = new Set([...denials.words, ...denials.turnsRound]);
        const denied = (there: string) =>
          foldText(there)
            .split(' ')
            .some((word) => denial.has(word));
        return Object.entries(gloss)
          .filter(([word, there]) => ways(english.synonyms, word) >= 3 && !denied(there) && ways(catalogue.synonyms, there) < 2)
          .map(([word, there]) => `${catalogue.locale.code}: ${word} → ${there}`);
      });
    expect(thin).toEqual([]);
  });

  it('names a medicine as the member typed it in their language, where an English name stems to the same word', async () => {
    const data = await reply(slash('cramp-cause', { query: 'Wadenkrämpfe nachts seit ich Amlodipin nehme' }, { locale: Locale.German }));
    const fields = (data.embeds ?? []).flatMap((embed) => embed.fields ?? []).map((field) => field.name);
    expect(fields).toContain('Über Amlodipin');
  });

  it('lists causes, tiers and danger signs in the language', async () => {
    const data = await reply(slash('cramp-causes', {}, { locale: Locale.French }));
    expect(data.embeds?.[0]?.title).toBe('Qu’est-ce qui peut causer des crampes dans les muscles des jambes ?');
    expect(data.embeds?.[0]?.description).toContain('La plus probable');
    expect(data.embeds?.[1]?.title).toBe('Signes d’alerte');
  });
});

describe('the server’s language', () => {
  /** A store that keeps one server's settings in memory, as a database would. */
  function memoryStore(): PreferenceStore & { saved: ServerSettings } {
    const store = {
      ...noPreferences,
      saved: {} as ServerSettings,
      serverSettings: () => Promise.resolve(store.saved),
      saveServerSettings: (_guild: string, settings: ServerSettings) => {
        store.saved = settings;
        return Promise.resolve(true);
      },
    };
    return store;
  }

  it('a moderator sets it, and members whose Discord language has no catalogue get it; others keep their own', async () => {
    const store = memoryStore();
    const { router } = testApp({ preferences: store });
    const moderator = { permissions: String(PermissionFlagsBits.ManageGuild), locale: Locale.EnglishGB };
    const saved = await reply(slash('cramp-settings', { language: 'pt-BR' }, moderator), router);
    expect(store.saved.language).toBe('pt-BR');
    expect(text(saved.embeds)).toContain('Português (Brasil)');
    const japanese = await reply(slash('cramp-cause', { query: 'trombose venosa profunda' }, { locale: Locale.Japanese }), router);
    expect(japanese.embeds?.at(-1)?.title).toBe('Trombose venosa profunda (TVP)');
    const german = await reply(slash('cramp-cause', { query: 'tiefe Venenthrombose' }, { locale: Locale.German }), router);
    expect(german.embeds?.at(-1)?.title).toBe('Tiefe Venenthrombose (TVT)');
  });

  it('offers only the languages the bot answers in', () => {
    const settings = app.definitions.find((definition) => definition.name === 'cramp-settings');
    const option = settings?.options?.find((candidate) => candidate.name === 'language');
    const values = option && 'choices' in option ? option.choices?.map((choice) => choice.value) : [];
    expect(values).toEqual(['en', 'de', 'es', 'fr', 'pt-BR']);
  });
});

describe('registered commands in every main Discord locale', () => {
  it('carry a name and a description for each locale, valid for Discord', () => {
    assertValidCommandsPut(app.definitions);
    for (const definition of app.definitions) {
      for (const locale of mainLocales) {
        expect(definition.name_localizations?.[locale], `${definition.name} in ${locale}`).toBeTruthy();
        expect(definition.description_localizations?.[locale], `${definition.name} in ${locale}`).toBeTruthy();
      }
    }
  });

  it('give every option a name in each locale, and no two options of a command the same one', () => {
    for (const definition of app.definitions) {
      for (const locale of mainLocales) {
        const names = (definition.options ?? []).map((option) => option.name_localizations?.[locale]);
        expect(names.every(Boolean), `${definition.name} in ${locale}`).toBe(true);
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });

  it('name tiers from each catalogue and countries in each language', () => {
    const causes = app.definitions.find((definition) => definition.name === 'cramp-causes');
    const tier = causes?.options?.find((option) => option.name === 'tier');
    const first = tier && 'choices' in tier ? tier.choices?.[0] : undefined;
    expect(first?.name_localizations?.de).toBe('Am häufigsten');
    const cause = app.definitions.find((definition) => definition.name === 'cramp-cause');
    const country = cause?.options?.find((option) => option.name === 'country');
    const germany = country && 'choices' in country ? country.choices?.find((choice) => choice.value === 'DE') : undefined;
    expect(germany?.name_localizations?.fr).toBe('Allemagne');
    expect(germany?.name_localizations?.ja).toBe('ドイツ');
  });

  it('make deploy report a change when one localization is edited', () => {
    const registered = JSON.parse(JSON.stringify(app.definitions)) as typeof app.definitions;
    expect(planCommands(app.definitions, registered).changed).toEqual([]);
    const edited = registered.map((definition) =>
      definition.name === 'cramp-cause'
        ? { ...definition, name_localizations: { ...definition.name_localizations, fr: 'autre-nom' } }
        : definition,
    );
    expect(planCommands(app.definitions, edited).changed).toEqual(['cramp-cause']);
  });
});

describe('the preview in a member’s language', () => {
  it('reads the names Discord shows in that language and answers in it', async () => {
    const response = await previewInteraction(app.router, app.definitions, {
      line: '/causa-calambre consulta:dolor en el pecho',
      locale: Locale.SpanishES,
    });
    assertValidCallback(response);
    expect(message(response).embeds?.[0]?.title).toBe('🚨 Pide ayuda urgente ya');
  });
});

describe('a language file', () => {
  it('every shipped file is valid, English first, and no two serve one locale', () => {
    const files = loadLanguageFiles();
    expect(files[0]?.code).toBe('en');
    const locales = files.flatMap((file) => file.locales);
    expect(new Set(locales).size).toBe(locales.length);
    expect(locales).toEqual(expect.arrayContaining([...mainLocales]));
  });

  it('with a command name Discord would refuse is refused, naming the file and the name', () => {
    const directory = languageFolder({ 'en.json': english, 'xx.json': { code: 'it', name: 'X', locales: ['it'], commands: {} } });
    expect(() => loadLanguageFiles(directory)).toThrow(/xx\.json: its code is "it"; name the file it\.json/);
    const bad = languageFolder({
      'en.json': english,
      'it.json': { code: 'it', name: 'I', locales: ['it'], commands: { 'cramp-cause': { name: 'Causa Crampo' } } },
    });
    expect(() => loadLanguageFiles(bad)).toThrow(LanguageFileError);
    expect(() => loadLanguageFiles(bad)).toThrow(/it\.json: commands\.cramp-cause\.name: must be 1 to 32 letters/);
  });

  it('whose text loses a placeholder is refused', () => {
    const messages = { ...(english.messages as Record<string, string>), noMatch: 'Nothing matched.' };
    const directory = languageFolder({ 'en.json': english, 'it.json': { code: 'it', name: 'I', locales: ['it'], messages } });
    expect(() => loadLanguageFiles(directory)).toThrow(/messages\.noMatch: must use exactly the placeholders/);
  });

  it('whose catalogue leaves a cause untranslated is refused, naming it', () => {
    const translation = CatalogueTranslationSchema.parse(spanish.catalogue);
    const causes = Object.fromEntries(Object.entries(translation.causes).filter(([id]) => id !== 'sarcoidosis'));
    expect(() => translateCatalogue(rawCatalogue, { ...translation, causes }, 'data/languages/es.json')).toThrow(CatalogueError);
    expect(() => translateCatalogue(rawCatalogue, { ...translation, causes }, 'data/languages/es.json')).toThrow(
      /causes\.sarcoidosis is not translated/,
    );
  });

  it('whose catalogue leaves a raised sign’s advice untranslated is refused, so no English advice reaches its members', () => {
    const translation = CatalogueTranslationSchema.parse(spanish.catalogue);
    const own = translation.redFlags.fainting;
    if (!own) throw new Error('the Spanish catalogue translates the fainting sign');
    const { sign, advice, phrases, unless } = own;
    const redFlags = { ...translation.redFlags, fainting: { sign, advice, phrases, unless } };
    expect(() => translateCatalogue(rawCatalogue, { ...translation, redFlags }, 'data/languages/es.json')).toThrow(
      /redFlags\.fainting\.raisedAdvice is not translated/,
    );
  });
});

describe('round 31: help and signs read in every language', () => {
  it('reads things given away because one will not need them as a possible crisis, but not when moving house or abroad', () => {
    expectSafety(
      [
        [Locale.SpanishES, 'le di mi bici a mi primo porque ya no la voy a necesitar'],
        [Locale.PortugueseBR, 'dei meu violão pro meu sobrinho porque não vou mais precisar dele'],
        [Locale.French, "j'ai donné ma guitare à mon neveu, je n'en aurai plus besoin"],
        [Locale.German, 'ich habe meine Bücher verschenkt, ich werde sie nicht mehr brauchen'],
      ],
      'unsure',
    );
    expectSafety(
      [
        [Locale.SpanishES, 'regalé la bici porque nos mudamos y no la voy a necesitar'],
        [Locale.PortugueseBR, 'dei minhas roupas de frio porque vou me mudar pro nordeste e não vou precisar'],
        [Locale.French, "j'ai donné mes manteaux car on déménage au soleil, je n'en aurai plus besoin"],
        [Locale.German, 'ich habe die Winterjacken verschenkt, wir ziehen nach Spanien und ich werde sie nicht mehr brauchen'],
      ],
      undefined,
    );
  });

  it('reads rather being dead "if it goes on like this" as a crisis however near the cramp, the courage to end it, and not being here any more, but not a doctor preferred or a break-up', () => {
    expectSafety(
      [
        [Locale.SpanishES, 'si esto sigue así prefiero morirme'],
        [Locale.PortugueseBR, 'se continuar assim prefiro morrer'],
        [Locale.German, 'wenn das so weitergeht bin ich lieber tot'],
        [Locale.French, "si seulement j'avais le courage d'en finir"],
        [Locale.German, 'hätte ich nur den Mut, Schluss zu machen'],
      ],
      'crisis',
    );
    expectSafety([[Locale.German, 'wenn ich nicht mehr wäre, hätten alle es leichter']], 'unsure');
    expectSafety(
      [
        [Locale.SpanishES, 'si los calambres siguen así prefiero ir al médico'],
        [Locale.PortugueseBR, 'se as cãibras continuarem assim prefiro ir ao médico'],
        [Locale.German, 'wenn das so weitergeht gehe ich lieber zum Arzt'],
        [Locale.German, 'ich hätte gern den Mut, mit ihm Schluss zu machen'],
        [Locale.German, 'wenn ich nicht mehr so müde wäre, würde ich laufen'],
      ],
      undefined,
    );
  });

  it('reads who gets what, a knot practised, the right moment waited for, pills emptied out or laid before one as a possible crisis, but not a grandmother’s things, a tie, a doctor to be asked or a weekly pill box', () => {
    expectSafety(
      [
        [Locale.SpanishES, 'he apuntado quién se queda con mis cosas'],
        [Locale.SpanishES, 'estoy practicando cómo hacer el nudo'],
        [Locale.SpanishES, 'espero el momento adecuado'],
        [Locale.SpanishES, 'saqué todas las pastillas en un plato'],
        [Locale.SpanishES, 'tengo todas las pastillas preparadas delante'],
        [Locale.German, 'vor mir stehen eine Flasche Wodka und alle meine Tabletten'],
        [Locale.PortugueseBR, 'tô treinando como dar o nó'],
        [Locale.PortugueseBR, 'esvaziei as cartelas no prato'],
        [Locale.French, "j'ai écrit qui aura mes affaires"],
        [Locale.French, 'je me suis exercé à faire le nœud'],
        [Locale.French, "j'attends le bon moment"],
        [Locale.French, "j'ai vidé les plaquettes dans un bol"],
        [Locale.German, 'ich habe geregelt wer was bekommt'],
        [Locale.German, 'ich habe nicht vor, an Weihnachten noch da zu sein'],
        [Locale.German, 'ich warte auf den richtigen Moment'],
        [Locale.German, 'ich habe die Tabletten in eine Schale geschüttet'],
      ],
      'unsure',
    );
    expectSafety(
      [
        [Locale.SpanishES, 'discutimos quién se queda con las cosas de la abuela'],
        [Locale.SpanishES, 'practicando el nudo de la corbata para la boda'],
        [Locale.SpanishES, 'espero el momento adecuado para hablar con el médico'],
        [Locale.SpanishES, 'saqué las pastillas en el pastillero semanal'],
        [Locale.SpanishES, 'tengo las pastillas delante, cuál es la dosis'],
        [Locale.PortugueseBR, 'aprendi a dar o nó na gravata'],
        [Locale.PortugueseBR, 'esvaziei as cartelas no porta comprimidos semanal'],
        [Locale.PortugueseBR, 'só esperando o momento certo pra falar com o médico'],
        [Locale.French, 'on a discuté de qui aura quoi chez la grand-mère'],
        [Locale.French, "j'ai appris à faire le nœud de cravate"],
        [Locale.French, "j'attends le bon moment pour appeler le médecin"],
        [Locale.German, 'wir streiten wer was von Oma erbt'],
        [Locale.German, 'ich warte auf den richtigen Moment, um den Arzt zu fragen'],
        [Locale.German, 'ich habe die Tabletten in den Wochendosierer geschüttet'],
        [Locale.German, 'vor mir liegt Ibuprofen, wie viele darf ich nehmen'],
      ],
      undefined,
    );
  });

  it('reads a medicine left off on purpose, told before the medicine, as an overdose', () => {
    expectSafety(
      [
        [Locale.French, "j'arrête exprès mon insuline"],
        [Locale.German, 'ich lasse absichtlich mein Insulin weg'],
      ],
      'overdose',
    );
  });

  it('reads wetting oneself in everyday words as the spinal emergency, and a German stroke told as no words found and a limp arm', () => {
    expect(flags(Locale.SpanishES, 'me he hecho pis encima y tengo las piernas débiles')).toContain('cauda-equina');
    expect(flags(Locale.PortugueseBR, 'fiz xixi na roupa e as pernas estão fracas')).toContain('cauda-equina');
    expect(flags(Locale.French, 'je me suis fait pipi dessus et mes jambes sont faibles')).toContain('cauda-equina');
    expect(flags(Locale.German, 'ich habe in die Hose gemacht und die Beine sind schwach')).toContain('cauda-equina');
    expect(flags(Locale.German, 'mein Mann findet keine Worte mehr und ein Arm ist schlaff')).toContain('stroke');
  });

  it('reads calcified arteries in German, a Spanish spelling of low potassium and a French collapse in the heat, but not nonsense said about cramps', () => {
    expect(card(Locale.German, 'die Adern in den Beinen sind verkalkt')).toBe('peripheral-artery-disease');
    expect(card(Locale.SpanishES, 'hipocalemia y calambres')).toBe('dehydration-electrolytes');
    expect(card(Locale.SpanishES, 'hipocalcemia y calambres')).toBe('nutritional-deficiency');
    expect(flags(Locale.French, "il s'est effondré avec des crampes dans la chaleur et il dit n'importe quoi")).toContain('heatstroke');
    expect(flags(Locale.French, "on dit n'importe quoi sur les crampes")).toEqual([]);
  });

  it('reads someone hard to wake after vomiting, a leg gone tense after a kick and water that cannot be passed as emergencies, but not a baby’s kicks in pregnancy or passing water often at night', () => {
    expect(flags(Locale.SpanishES, 'no consigo despertar bien a mi madre y ha vomitado toda la tarde')).toContain('fluid-loss-confusion');
    expect(flags(Locale.PortugueseBR, 'não consigo acordar direito minha mãe e ela vomitou a tarde toda')).toContain(
      'fluid-loss-confusion',
    );
    expect(flags(Locale.French, "je n'arrive pas à bien réveiller ma mère et elle a vomi tout l'après-midi")).toContain(
      'fluid-loss-confusion',
    );
    expect(flags(Locale.German, 'meine Mutter ist kaum wach und erbricht seit Mittag')).toContain('fluid-loss-confusion');
    expect(flags(Locale.SpanishES, 'después de una patada en el fútbol tengo la pierna tensa y el dolor va a más')).toContain(
      'compartment',
    );
    expect(flags(Locale.German, 'nach einem Tritt beim Fußball ist das Bein gespannt und tut immer mehr weh')).toContain('compartment');
    expect(flags(Locale.German, 'ich kann nicht Wasser lassen und die Beine werden ab der Hüfte taub')).toContain('cauda-equina');
    expect(flags(Locale.EnglishUS, "can't pass water and my legs are going numb")).toContain('cauda-equina');
    expect(flags(Locale.SpanishES, 'el bebé me da patadas y tengo la pantorrilla tensa')).toEqual([]);
    expect(flags(Locale.PortugueseBR, 'o bebê dá chute e a panturrilha fica tensa')).toEqual([]);
    expect(flags(Locale.French, 'le bébé donne des coups de pied et mon mollet est tendu')).toEqual([]);
    expect(flags(Locale.German, 'das Baby tritt und meine Wade ist gespannt')).toEqual([]);
    expect(flags(Locale.German, 'muss nachts oft Wasser lassen und habe Wadenkrämpfe')).toEqual([]);
    expect(flags(Locale.EnglishUS, 'i have to pass water a lot at night and get cramps')).toEqual([]);
  });

  it('reads a word typed beside a part of the body the phrase does not name as that part’s: a puffy face is no swollen leg', () => {
    expect(flags(Locale.German, 'aufgedunsenes Gesicht und Wadenkrämpfe')).toEqual([]);
    expect(flags(Locale.EnglishUS, 'puffy face, always cold and leg cramps')).toEqual([]);
    expect(card(Locale.SpanishES, 'la cara hinchada, siempre frío y calambres en las piernas')).toBe('hypothyroidism');
    // the swollen calf is still read where it is said, and "one side" is a side, not a part
    expect(flags(Locale.EnglishUS, 'swollen face and a swollen calf since the flight')).toContain('one-swollen-leg');
    expect(flags(Locale.German, 'meine Wade ist auf einer Seite geschwollen seit dem Flug')).toContain('one-swollen-leg');
  });

  it('reads a fluttering chest with nearly passing out as the emergency, a child burning up who will not bear weight as one, and a face that feels strange beside a weak arm as a stroke, but not after the dentist', () => {
    expect(flags(Locale.EnglishUS, 'chest fluttering and i almost passed out')).toContain('palpitations-faint');
    expect(flags(Locale.EnglishUS, "my son is burning up and won't put weight on his leg")).toContain('child-limp-fever');
    expect(flags(Locale.EnglishUS, 'my face feels strange and my arm is weak')).toContain('stroke');
    expect(flags(Locale.EnglishUS, 'my face feels strange after the dentist')).toEqual([]);
    expect(card(Locale.German, 'Knöchel beim Fußball umgeknickt')).toBe('not-covered');
  });
});
