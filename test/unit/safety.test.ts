import { describe, expect, it } from 'vitest';
import { Locale } from 'discord-api-types/v10';
import { createSafetyPass, parseSafety, SafetyDataError } from '../../src/safety/safety.js';
import { helplinesFor } from '../../src/safety/helplines.js';
import rawSafety from '../../data/safety.json' with { type: 'json' };
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/log.js';

const safety = createSafetyPass();
/** As an English-speaking member's message is read: every language's safety words, the English pass among them. */
const { search } = createApp({ logger: createLogger({ level: 'silent' }) });
const kindOf = (text: string) => search.screen(text)?.kind ?? 'nothing';

describe('the safety pass', () => {
  it.each([
    // slang, abbreviations and indirect statements, none of which says "suicide"
    ['everyone would be better off without me', 'crisis'],
    ['gonna kms', 'crisis'],
    ['i might unalive myself', 'crisis'],
    ['thinking about ending things tonight', 'crisis'],
    ['i hope i never wake up', 'crisis'],
    ['nothing to live for any more', 'crisis'],
    ['i have been stockpiling my tablets', 'crisis'],
    ['I WANT TO DIE', 'crisis'],
    // self-harm told as what is done ("until they bleed"), a method wished for, asking what is lethal
    ['i keep scratching my arms until they bleed', 'crisis'],
    ["i've thought about walking into the sea", 'crisis'],
    ['how many tylenol is lethal', 'crisis'],
    ['if i took all of these would i wake up', 'crisis'],
    ['i keep picturing my own funeral', 'unsure'],
    ["i don't think i can keep myself safe tonight", 'crisis'],
    ["i'm not safe right now", 'unsure'],
    ["i've decided tonight is my last night", 'unsure'],
    ["i've decided tonight is the night", 'unsure'],
    ["tonight's the night i end it", 'crisis'],
    ["i keep thinking i'd be better off asleep for good", 'crisis'],
    ["i've stopped seeing a reason to keep going", 'unsure'],
    ['ya no le encuentro sentido a seguir', 'unsure'],
    ['nothing makes sense anymore', 'unsure'],
    ["i've put all my affairs in order and i'm ready", 'unsure'],
    ["planning how i'd do it", 'unsure'],
    ["i wish i wasn't alive", 'crisis'],
    ['i just want everything to stop', 'crisis'],
    ["i've stocked up on my sleeping tablets and tonight's the night", 'unsure'],
    ['i keep cutting my legs', 'crisis'],
    ['been researching how im going to do it', 'unsure'],
    ['bought paracetamol to take all at once', 'crisis'],
    ['i wish i could die in my sleep', 'crisis'],
    // a cut or burn told without a mishap: the crisis line, privately, rather than a card
    ['i cut myself last night', 'unsure'],
    ["i wrote a note for my family in case i don't make it", 'unsure'],
    ['honestly i just want to stop waking up', 'crisis'],
    ['i have enough tablets saved to end it', 'crisis'],
    ["i'm scared i'll do something stupid tonight", 'unsure'],
    ['i have been saving my tablets', 'crisis'],
    ['if i disappeared nobody would care', 'crisis'],
    // made ready, looked up, stood at the edge: a plan without the word
    ['i have the pills lined up on the table', 'unsure'],
    ["i've looked up how many it takes", 'unsure'],
    ['how much paracetamol would stop my heart', 'unsure'],
    ['i stood on the bridge for an hour last night', 'unsure'],
    ['i have a plan and i’m going to do it', 'unsure'],
    ["there's no point in anything", 'crisis'],
    // other languages
    ['no quiero vivir', 'crisis'],
    ['je veux mourir', 'crisis'],
    ['ich will nicht mehr leben', 'crisis'],
    // German puts "zu" inside an infinitive, and "Schluss machen" also ends a relationship
    ['ich denke daran, heute Nacht Schluss zu machen', 'unsure'],
    ['ich will mit allem Schluss machen', 'crisis'],
    ['死にたい', 'crisis'],
    // overdose: a number of tablets, a quantity, a named medicine, an abbreviation
    ['took 30 tablets', 'overdose'],
    ['swallowed a whole packet of ibuprofen', 'overdose'],
    ['took 14 of my sertraline an hour ago', 'overdose'],
    ['od on sleeping pills', 'overdose'],
    ['took twenty co-codamol', 'overdose'],
    ["ate a whole sheet of my nan's blood pressure tablets", 'overdose'],
    ['took my mums sleeping pills all of them', 'overdose'],
    ['i looked up how many paracetamol would do it', 'unsure'],
    ['tonight it all ends', 'unsure'],
    ['i keep thinking everyone would be fine if i just stopped existing', 'crisis'],
    ["i've sorted out who gets my things and i'm so tired of all of it", 'crisis'],
    ["i've sorted out who gets my things", 'unsure'],
    ['ive had enough, gonna take the lot', 'unsure'],
    ['the rope is ready', 'unsure'],
    ['i cut my arms to feel something', 'crisis'],
    // poisoning, and a child who swallowed medicine
    ['drank bleach', 'poisoning'],
    ['my son swallowed some of my pills', 'poisoning'],
    // asking about a risk, or denying it: help shown, nothing assumed
    ['can you overdose on magnesium', 'unsure'],
    ['not suicidal, just fed up of cramps', 'unsure'],
    // a figure of speech only when laughed off
    ['i feel like dying when the cramp hits', 'unsure'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    'wading into the river to fish gives me calf cramps',
    // keeping medicines somewhere is not hoarding them
    "i'm keeping my tablets in the fridge, do statins cause cramps",
    'saved my tablets in a box for the week',
    'cut myself shaving my legs and now they cramp',
    'burnt myself on the oven',
    'my calf cramps when I walk into the sea for a swim',
    'took 2 paracetamol for my calf cramp',
    'i take 8 tablets a day',
    'took 20mg of amlodipine',
    'my legs are killing me',
    'what is the point of stretching',
    "there's no point in stretching",
    'cramps for 20 years',
    'i never wake up with cramps anymore',
    'collecting my tablets from the pharmacy',
    'cant go on walks because of cramp',
    'i did not take my tablets',
    'hurt myself at football and now i get cramps',
    'i have taken all sorts of medicine',
    'calf cramp last night',
    'i want to take everything out of the cupboard and clean it',
    'i put a clean sheet on the bed and my legs cramped',
    'today is my last day at work',
    'this is my calf cramp from last night',
    'ich will mit meinem Freund Schluss machen',
    'the cramp ends tonight hopefully',
    'my cramps stopped existing after magnesium lol',
    'we sorted out who gets my things when we move house',
    'i cut my arm on the fence',
    'got my tablets ready for the holiday',
    'my meds are lined up in the cabinet',
    'standing on a ledge at work all day painting, legs cramp',
    'skipping rope ready for the gym',
    'ich denke daran, mit dem Laufen Schluss zu machen wegen der Krämpfe',
  ])('raises nothing for an ordinary message: %s', (text) => {
    expect(kindOf(text)).toBe('nothing');
  });

  it.each([
    ['I feel like ending it', 'crisis'],
    ['everyone hates me and i want to vanish', 'crisis'],
    ['i just want the pain to stop forever', 'crisis'],
    ['i want it all to stop for good', 'crisis'],
    ["counting my sertraline to see if there's enough", 'unsure'],
    ["tonight i'm going to take all of them and go to sleep", 'crisis'],
    ['going to take all of them tonight', 'unsure'],
    ['hid some razor blades in my room', 'unsure'],
    ['i wrote a will and gave away my cat', 'unsure'],
    ["i've been standing on the roof thinking", 'unsure'],
    ['i cut deeper this time', 'crisis'],
    ['thinking of taking all my tablets tonight', 'overdose'],
    ['planning to take everything in the cabinet', 'overdose'],
    ['my toddler got into the medicine cabinet', 'poisoning'],
  ])('reads a wish and an ending near each other, whatever the words between: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    'i want to kill this cramp',
    'i want the cramping to end',
    'i need to end my workout early because of cramp',
    'i wish the cramps would disappear',
    'it makes no sense why my calves cramp',
    'the cramp comes and i end it by standing up',
    'decided today is the day i start stretching my calves',
    'planning how to do it when my calf cramps at night',
    'my calves keep burning when i walk',
    'i want everything to stop cramping',
    'i want these cramps to stop for good',
    'counted my tablets to see if i have enough until friday',
    'i take all of them tonight with dinner, is that ok',
    'hid the knives from my toddler',
    "i feel like i'm dying when the cramp hits lol",
    'sat on the roof fixing tiles and my calves cramped',
    'i cut my toenails again and my toe cramps',
    'stocked up on my meds for the holiday',
    'stocked up on magnesium tablets for my cramps',
    "tonight's the night of my first marathon",
    'my headphones keep cutting out',
    'been cutting down on caffeine and my legs cramp',
    'the cramps are better off gone',
    'no tiene sentido seguir estirando si vuelven los calambres',
  ])('not when the wish is about a cramp or the body: %s', (text) => {
    expect(kindOf(text)).toBe('nothing');
  });

  it.each([
    // every form of a word: "wants", "ends", "cuts", "killing" need no entry of their own
    ['my cousin says she wants to end her life', 'crisis'],
    ['my flatmate cuts herself', 'unsure'],
    // a weariness of life, whatever the words for either
    ['i am sick of being alive', 'crisis'],
    ['life feels pointless now', 'crisis'],
    // asking for the means
    ['quickest way to die', 'crisis'],
    ['what is the point of waking up', 'unsure'],
    ['they will all cope once i am gone', 'crisis'],
    // goodbyes, giving things away, acquiring a method
    ['i said goodbye to my family today', 'unsure'],
    ['giving away my things this week', 'unsure'],
    ['ordered a noose online', 'unsure'],
    // not being alive, in any words for either; a low view of oneself; hiding tablets
    ['i never want to wake up again', 'crisis'],
    ['i wont be alive by christmas', 'unsure'],
    ['honestly i am worthless', 'unsure'],
    ['been stashing my tablets in a drawer', 'crisis'],
    ['no reason to live, even physio doesnt help', 'crisis'],
  ])('reads ideas near each other, not fixed phrases: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    // a fear of dying, or a question about it, is no wish to die
    'am i going to die from a clot in my leg',
    'could low sodium kill me',
    'worried my dvt will kill me',
    // a past moment of pain told with a wish is no wish now; the same wish in the present is one (below)
    'my calf cramped and i thought i was going to die',
    'the cramp woke me and i wanted to die, it hurt that much',
    // weary of the cramps, not of life
    'so tired of living with these leg cramps',
    'i dont want to live with cramp every night',
    'got a skipping rope and my calves ache',
    'i cut myself shaving and my calf cramped',
    'i never get cramps when i am at home',
    'nobody else in my house gets leg cramps',
    // keeping going to a treatment, or ending a cramp, is about the treatment or the cramp
    'is there any point to keep going to physio',
    'no point to keep going with the stretches',
    'how do i end it when my calf cramps',
    'no point carrying on with physio',
    'no point carrying on with quinine',
  ])('not a fear, a past moment or weariness of the cramps: %s', (text) => {
    expect(kindOf(text)).toBe('nothing');
  });

  it('reads arranging who gets a pet or the children "when I’m gone" as possibly a crisis: the crisis line', () => {
    expect(kindOf("i've sorted out who gets my cat when i'm gone")).toBe('unsure');
    expect(kindOf("who will look after the kids once i'm dead")).toBe('unsure');
    expect(kindOf('sorted out my calf cramps with stretching')).toBe('nothing');
    expect(kindOf("i've given my cat to my sister and written to everyone, it's time")).toBe('unsure');
    expect(kindOf('i gave my dog his dinner and then my calf cramped')).toBe('nothing');
  });

  it('reads no point carrying on as the crisis, excused only by a treatment carried on with, never by pills at hand', () => {
    expect(kindOf('no point carrying on')).toBe('crisis');
    expect(kindOf("no point carrying on, I've got the pills ready")).toBe('crisis');
  });

  it('reads a fear only when "die" follows its subject: a wish after "doing anything" is no question whether one dies', () => {
    expect(kindOf("i don't feel like doing anything, i want to die")).toBe('crisis');
    expect(kindOf('do i want to die')).toBe('crisis');
    expect(kindOf('could i die from a blood clot')).toBe('nothing');
    expect(kindOf('do people die from dvt')).toBe('nothing');
    // A wish said with a word a fear also uses ("might", "can") shows the crisis line; laughing or a cramp beside it does not.
    expect(kindOf('i might as well die')).toBe('unsure');
    expect(kindOf('can i just die already')).toBe('unsure');
    expect(kindOf('i might as well die laughing')).toBe('nothing');
  });

  it("reads tonight as one's last, and everyone being tired of one, as possibly a crisis; a last shift or dose is not", () => {
    expect(kindOf('everyone is tired of me, I have decided tonight is my last')).toBe('unsure');
    expect(kindOf('my last day on earth')).toBe('unsure');
    expect(kindOf('tonight is my last shift at the pub')).toBe('nothing');
    expect(kindOf('this is my last dose of antibiotics')).toBe('nothing');
    expect(kindOf('tonight is my last game of the season and my calf is cramping')).toBe('nothing');
  });

  it('reads a fear asked as a way ("how can I die") as possibly seeking a means: the crisis line, without assuming', () => {
    expect(kindOf('how can i die')).toBe('unsure');
    expect(kindOf('how can i die from a blood clot')).toBe('unsure');
    expect(kindOf('can i die from a blood clot')).toBe('nothing');
    expect(kindOf('how can i kill myself')).toBe('crisis');
  });

  it('mends misspellings into its own words, but never a word that means something to the catalogue', () => {
    expect(kindOf('feeling really sucidal')).toBe('crisis');
    expect(kindOf('i think i overdozed')).toBe('overdose');
    expect(safety.screen('muscle overuse', (word) => word === 'overuse')).toBeUndefined();
  });

  it('reads a wish in the present as a wish, even beside a cramp in the next clause; a weak sign there is about the cramp', () => {
    expect(kindOf('i want to die, my legs hurt so much')).toBe('crisis');
    expect(kindOf('hopeless. nothing helps my calf cramps')).toBe('nothing');
    expect(kindOf('hopeless. nothing helps')).toBe('unsure');
  });

  it('reads a homophone of an ending as one unless something to colour follows', () => {
    expect(kindOf('i just wanna dye')).toBe('crisis');
    expect(kindOf('i want to dye my hair blue')).toBe('nothing');
  });

  it('refuses a combination written as more than one slot', () => {
    expect(() => parseSafety({ ...rawSafety, combos: [{ kind: 'crisis', first: '@desire to', then: '@ending', within: 3 }] })).toThrow(
      /must be one slot/,
    );
  });

  it('reads being better off without someone in either order where a language moves its words, and only of the member', () => {
    expect(kindOf('alle wären ohne mich besser dran')).toBe('unsure');
    expect(kindOf('ohne mich wären alle glücklicher')).toBe('unsure');
    expect(kindOf('sin mí todos estarían mejor')).toBe('unsure');
    expect(kindOf('sem mim todo mundo ficaria melhor')).toBe('unsure');
    expect(kindOf('sans moi ils seraient plus heureux')).toBe('unsure');
    expect(kindOf('without me everyone would be happier')).toBe('unsure');
    expect(kindOf('the cramps were fine without me stretching')).toBe('nothing');
  });

  it('reads rehearsing how one would do it as a possible crisis, but not practising for a driving test, a speech or round a sleeping baby', () => {
    expect(kindOf("i keep rehearsing how i'd do it when everyone's asleep")).toBe('unsure');
    expect(kindOf("rehearsing how i'd do the speech at the wedding")).toBe('nothing');
    expect(kindOf('practising how to do it before the driving test')).toBe('nothing');
    expect(kindOf('planning how to do it without waking the baby')).toBe('nothing');
    expect(kindOf("what's the easiest way to do it")).toBe('crisis');
  });

  it('reads someone else’s crisis told in another language, and "what for" before carrying on, as in English', () => {
    expect(kindOf('mi amiga dice que se va a matar')).toBe('crisis');
    expect(kindOf('minha amiga disse que vai se matar')).toBe('crisis');
    expect(kindOf("ma copine dit qu'elle va se foutre en l'air")).toBe('crisis');
    expect(kindOf('meine Freundin sagt, sie bringt sich um')).toBe('crisis');
    expect(kindOf('il se tue au travail')).toBe('nothing');
    expect(kindOf('para qué seguir')).toBe('unsure');
    expect(kindOf('pra que continuar')).toBe('unsure');
    expect(kindOf('à quoi bon continuer')).toBe('unsure');
    expect(kindOf('wozu das alles noch')).toBe('unsure');
    expect(kindOf('wozu das alles noch dehnen')).toBe('nothing');
    expect(kindOf("j'ai préparé des lettres pour ma famille")).toBe('unsure');
  });

  it('reads a plan the member says they are carrying out, however it is put, as possibly a crisis', () => {
    expect(kindOf("i have a plan and i'm doing it this weekend")).toBe('unsure');
    expect(kindOf('got a plan, going through with it friday')).toBe('unsure');
    expect(kindOf('i have a plan for my stretches and do them daily')).toBe('nothing');
  });

  it('does not count articles and possessives between the words of an idea', () => {
    expect(kindOf('i took a load of my dad’s heart pills')).toBe('overdose');
    expect(kindOf('took a load of photos of my dad and his heart pills')).toBe('nothing');
  });

  it('reads taking all one’s medicines as told as keeping to a routine, not an overdose; a plan for tonight still is one', () => {
    expect(kindOf("i'm going to take all my medicines as prescribed")).toBe('nothing');
    expect(kindOf('i keep forgetting to take all my tablets')).toBe('nothing');
    expect(kindOf("i'm going to take all my pills tonight")).toBe('overdose');
    expect(kindOf('gonna take all my pills tonight, as prescribed lol')).toBe('overdose');
    expect(kindOf('took the whole box of sleeping pills as usual')).toBe('overdose');
    expect(kindOf('i took 30 tablets as prescribed')).toBe('overdose');
  });

  it('reads the family collecting one’s life insurance as possibly a crisis, and insurance for a visit as nothing', () => {
    expect(kindOf('my family would be better off with the insurance money')).toBe('unsure');
    expect(kindOf('does my insurance cover a doctor visit for cramps')).toBe('nothing');
  });

  it('reads "how to" before killing, ending, hanging or jumping as a crisis only when the verb is said of oneself', () => {
    for (const everyday of [
      'how do i end a relationship nicely',
      'how to kill weeds in my garden',
      'best way to jump start a car',
      'how do i hang a shelf',
    ])
      expect(kindOf(everyday)).toBe('nothing');
    for (const crisis of [
      'how do i kill myself',
      'best way to end it all',
      'quickest way to hang myself',
      'how to end my life',
      "what's the easiest way to die",
    ])
      expect(kindOf(crisis)).toBe('crisis');
  });

  it('reads food poisoning as the stomach bug it is, and being poisoned as a poisoning', () => {
    expect(kindOf('cramps after food poisoning')).toBe('nothing');
    expect(kindOf('i think i have been poisoned')).toBe('poisoning');
  });

  it('reads the whole message, so a disclosure after a long description is not missed', () => {
    expect(kindOf(`${'my calves cramp at night. '.repeat(60)}i took 40 pills`)).toBe('overdose');
  });

  it('reads a crisis told in very short sentences: the lot taken, a goodbye to everyone', () => {
    expect(kindOf('Finished. Swallowed the whole lot. Whatever.')).toBe('unsure');
    expect(kindOf('Left a note. Bye everybody.')).toBe('unsure');
    expect(kindOf("I've got the tablets. 60 of them.")).toBe('unsure');
    expect(kindOf('got my tablets, 2 of them a day for the cramps')).toBe('nothing');
    expect(kindOf('bye everyone, thanks for the cramp tips')).toBe('nothing');
    expect(kindOf('took all of them for my cramps like the label says')).toBe('nothing');
  });

  it.each([
    ['sometimes i wish a lorry would knock me down', 'crisis'],
    ['which tablets would cause the most harm if i took them', 'unsure'],
    ["my kids would collect my life insurance, so there's that", 'unsure'],
    ["i've made up my mind. tonight is the night.", 'unsure'],
    ['lying in the bath hoping i never come up', 'crisis'],
    ['the flat would be calmer if i was out of the picture', 'crisis'],
    ["i've laid the tablets out in rows and i keep staring at them", 'unsure'],
  ])('reads an idea, not its words: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    "i hope a car doesn't hit me on my night run",
    "made up my mind to see the gp, tomorrow's the day of my appointment",
    'which tablets would do the most good for cramps',
  ])('not when the idea is about something else: %s', (text) => {
    expect(kindOf(text)).toBe('nothing');
  });

  it('reads a filler inside an idea as it reads one between its parts: "want to stop being alive" is as clear said often', () => {
    expect(kindOf('i want to stop being alive but i am scared')).toBe('crisis');
    expect(kindOf('i stopped being active and now my legs cramp')).toBe('nothing');
    expect(kindOf('i often think about why my legs cramp')).toBe('nothing');
  });

  it.each([
    ["there's no reason to wake up tomorrow", 'unsure'],
    ['nothing to get up for these days', 'unsure'],
    ['used a razor on my arms again last night', 'unsure'],
    ['i looked up how high a fall has to be', 'unsure'],
    ['tonight is the night i finally stop hurting', 'unsure'],
    ['my kids deserve a better mum than me', 'unsure'],
  ])('reads a crisis told without its words: %s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    'no reason to get up early tomorrow, day off',
    'i shave my arms with a razor',
    'i have a knife wound on my thigh from a fall',
    'how high can a cat fall and still land safely',
    'finally my calf stopped hurting after the cramp',
    'tonight i will stretch so my calf stops hurting',
    'my kids deserve a better holiday this year',
    'i have a rope in the garage for towing the car',
  ])('not when the same words are about everyday things: %s', (text) => {
    expect(kindOf(text)).toBe('nothing');
  });

  it('reads one’s own death as a condition with who would care, worn out from staying alive, and things one will not need', () => {
    expect(kindOf('if i died tomorrow would anyone even care')).toBe('unsure');
    expect(kindOf("i'm exhausted from fighting to stay alive")).toBe('crisis');
    expect(kindOf('worn out from being alive')).toBe('crisis');
    expect(kindOf('worn out from the gym and my calves cramp')).toBe('nothing');
    expect(kindOf("i've started giving my things to friends, i won't need them")).toBe('unsure');
    expect(kindOf('if i died from a blood clot would it hurt')).toBe('nothing');
    expect(kindOf('sick of fighting these cramps')).toBe('nothing');
  });

  it('reads others soon spared dealing with me, a better life with someone else, and an exit planned, but not a job’s', () => {
    expect(kindOf("they won't have to deal with me soon")).toBe('unsure');
    expect(kindOf('my kids would have a better life with someone else raising them')).toBe('unsure');
    expect(kindOf('planning my exit')).toBe('unsure');
    expect(kindOf('planning my exit from this job')).toBe('nothing');
    expect(kindOf('the kids have a better life with the new school')).toBe('nothing');
  });

  it('reads hurting oneself until it bleeds or to feel something, but not scratching an itch', () => {
    expect(kindOf('i scratch my arms to feel something')).toBe('crisis');
    expect(kindOf('i pinch my legs to feel something')).toBe('crisis');
    expect(kindOf('i scratch my arms until they bleed')).toBe('crisis');
    expect(kindOf('my eczema is so itchy i scratch my skin till it bleeds')).toBe('nothing');
  });

  it('reads ways to end it searched for, pills laid out in front of one and standing on a roof, but not pills in a cabinet, a gutter being fixed or a break from social media', () => {
    expect(kindOf("i've been researching ways to end this")).toBe('unsure');
    expect(kindOf('i have the pills in front of me')).toBe('unsure');
    expect(kindOf("i'm on the roof of the building")).toBe('unsure');
    expect(kindOf('my meds are lined up in the cabinet')).toBe('nothing');
    expect(kindOf("i'm on the roof fixing the gutter")).toBe('nothing');
    expect(kindOf('i want to disappear from social media for a while')).toBe('nothing');
    expect(kindOf('i want to disappear')).toBe('crisis');
  });

  it('reads a double dose of a medicine taken by mistake as poisoning, but not a dose taken twice a day or a double dose of a food supplement', () => {
    expect(kindOf('i took twice my dose of quinine by mistake')).toBe('poisoning');
    expect(kindOf('took a double dose of quinine for my cramps last night')).toBe('poisoning');
    expect(kindOf('took my tablets twice by mistake')).toBe('poisoning');
    expect(kindOf('i take two doses of quinine a day')).toBe('nothing');
    expect(kindOf('i took a double dose of magnesium for my cramps')).toBe('nothing');
  });

  it('reads too many of a blood thinner, or an extra dose, taken by mistake as an overdose or poisoning, but not a question about taking one with a painkiller', () => {
    expect(kindOf("my mum took too many of her warfarin by mistake and she's bruising everywhere")).toBe('overdose');
    expect(kindOf('accidentally took an extra dose of apixaban')).toBe('poisoning');
    expect(kindOf('is it safe to take ibuprofen with warfarin')).toBe('nothing');
    expect(kindOf('i took an extra dose of my statin, the doctor told me to')).toBe('nothing');
  });

  it('reads having had enough of waking up, and not seeing oneself make it to a date, as possibly a crisis; waking up with cramps or at 4am, and not making it to the gym or a party, are none', () => {
    expect(kindOf("i've had enough of waking up")).toBe('unsure');
    expect(kindOf("I don't see myself making it to my birthday")).toBe('unsure');
    expect(kindOf("I can't picture myself lasting till spring")).toBe('unsure');
    expect(kindOf("i'm sick of waking up every morning")).toBe('unsure');
    expect(kindOf('sick of waking up every morning for work')).toBe('nothing');
    expect(kindOf('sick of waking up with cramps')).toBe('nothing');
    expect(kindOf("i'm tired of waking up at 4am")).toBe('nothing');
    expect(kindOf("can't see myself making it to the gym this week")).toBe('nothing');
    expect(kindOf("i can't see myself making it to the party tonight")).toBe('nothing');
  });

  it('reads "I feel like I’m dying" as a feeling, not a wish: possibly a crisis alone, nothing beside a cramp; "I feel like dying" is still a wish', () => {
    expect(kindOf('i feel like dying')).toBe('crisis');
    expect(kindOf("i feel like i'm dying inside")).toBe('unsure');
    expect(kindOf("i feel like i'm disappearing and i'd be fine with that")).toBe('unsure');
    expect(kindOf("i feel like i'm dying inside and i want to die")).toBe('crisis');
    expect(kindOf("i feel like i'm dying every time i get a charley horse")).toBe('nothing');
    expect(kindOf('felt like i was going to die when my calf cramped')).toBe('nothing');
  });

  it('reads pills piled up in front of one, and how much of a medicine would be too much, as possibly a crisis; a dose for a headache or a child is none', () => {
    expect(kindOf('put all my pills in a pile on the bed, just looking at them')).toBe('unsure');
    expect(kindOf('researching how much insulin would be too much')).toBe('unsure');
    expect(kindOf('how much ibuprofen would be too much for my headache')).toBe('nothing');
    expect(kindOf('how many paracetamol would be too many for my 5 year old')).toBe('nothing');
    expect(kindOf('my pills are in a pile in the organiser')).toBe('nothing');
  });

  it('reads fading away or switching off, with not caring, as possibly a crisis; a tan fading or a phone switching off is none', () => {
    expect(kindOf("i'm fading away and i don't care anymore")).toBe('unsure');
    expect(kindOf("my tan is fading and i don't care")).toBe('nothing');
    expect(kindOf('my phone keeps switching off, whatever')).toBe('nothing');
  });

  it('reads driving into the sea, a lake or a quarry as a crisis, as into a wall or a tree; driving to the sea for a swim, or into town, is none', () => {
    expect(kindOf('thinking of just driving into the sea tonight')).toBe('crisis');
    expect(kindOf('thinking of driving to the sea tonight for a swim')).toBe('nothing');
    expect(kindOf('thinking of driving into town later')).toBe('nothing');
  });

  it('reads one’s own eulogy written, and a rope already in the car, as possibly a crisis; a mother’s eulogy, a tow rope and an arm "going dead" are none', () => {
    expect(kindOf('i keep writing my own eulogy in my head')).toBe('unsure');
    expect(kindOf('the rope is already in the car')).toBe('unsure');
    expect(kindOf("writing my mum's eulogy and my legs cramp")).toBe('nothing');
    expect(kindOf('the tow rope is already in the car')).toBe('nothing');
    expect(kindOf('my arm keeps going dead when i sleep')).toBe('nothing');
    expect(kindOf("i'm going to be dead soon")).toBe('crisis');
  });

  it('reads a noose being tied or practised as a crisis, and a wish for the pain to stop said not to mean the cramps as possibly one; a noose knot for sailing is none', () => {
    expect(kindOf("i've been practising tying a noose")).toBe('crisis');
    expect(kindOf("i want my pain to stop and i don't mean the cramps")).toBe('unsure');
    expect(kindOf('learning to tie a noose knot for sailing')).toBe('nothing');
  });

  it('reads "soon it won’t matter" as possibly a crisis; a missed dose or a bill that will not matter is none', () => {
    expect(kindOf("i've stopped answering my family's calls because soon it won't matter")).toBe('unsure');
    expect(kindOf('soon none of this will matter')).toBe('unsure');
    expect(kindOf("it won't matter if i miss one dose")).toBe('nothing');
    expect(kindOf("don't worry about the bill, soon it won't matter once i'm paid")).toBe('nothing');
    // a day named in place of "soon", and apologies said to everyone before it
    expect(kindOf("i've been saying sorry to everyone this week because after friday it won't matter")).toBe('unsure');
    expect(kindOf('come monday none of this will matter')).toBe('unsure');
    expect(kindOf("after friday it won't matter if i miss a dose")).toBe('nothing');
    expect(kindOf('saying sorry to everyone for cancelling the run because of my cramps')).toBe('nothing');
  });

  it('reads a high place stood on the edge of, a hose and tape, a plan that is ready and knowing how and when as possibly a crisis; a car park waited in, a hose for a leak, a marathon plan and when to take magnesium are none', () => {
    expect(kindOf('sitting on the edge of the multistorey car park again')).toBe('unsure');
    expect(kindOf('got a hose and some duct tape, that should do it')).toBe('unsure');
    expect(kindOf('my plan is ready, i just need a quiet house')).toBe('unsure');
    expect(kindOf("i know how i'm going to do it and where")).toBe('unsure');
    expect(kindOf('standing at the car park waiting for my lift')).toBe('nothing');
    expect(kindOf('standing on top of the car park to get phone signal')).toBe('nothing');
    expect(kindOf('i bought a hose and some tape to fix the leak')).toBe('nothing');
    expect(kindOf('my plan is ready for the marathon')).toBe('nothing');
    expect(kindOf('i know how and when to take my magnesium')).toBe('nothing');
  });

  it('reads sleeping and never coming back as a crisis, and how long it takes to bleed out as possibly one; a cramp that never came back is none', () => {
    expect(kindOf('wish i could go to sleep and never come round')).toBe('crisis');
    expect(kindOf('been reading how long it takes to bleed out')).toBe('unsure');
    expect(kindOf('i went to sleep and the cramp never came back')).toBe('nothing');
  });

  it('reads crashing the car on purpose as a crisis and death sounding better as possibly one; a crash in a game and leg-day hyperbole are none', () => {
    expect(kindOf('thinking of wrecking the car deliberately tonight')).toBe('crisis');
    expect(kindOf('death seems easier than another year of this')).toBe('unsure');
    expect(kindOf('i crashed my car on purpose in the game')).toBe('nothing');
    expect(kindOf('dying sounds better than another leg day lol')).toBe('nothing');
  });

  it('reads not wanting to be on this earth, checking out, being gone tomorrow, picturing oneself dead, being no one’s problem, wondering what dying is like and no strength left to live as help; their everyday look-alikes are none', () => {
    expect(kindOf("i don't want to be in this world anymore")).not.toBe('nothing');
    expect(kindOf("it won't get better, i'm checking out")).toBe('unsure');
    expect(kindOf("if i'm not here tomorrow, look after my cat")).toBe('unsure');
    expect(kindOf('i keep seeing myself in a coffin')).toBe('unsure');
    expect(kindOf("soon i won't be everyone's burden")).toBe('unsure');
    expect(kindOf('wondering how it would feel to be dead')).not.toBe('nothing');
    expect(kindOf('lost the will, no strength left to live')).not.toBe('nothing');
    expect(kindOf('sitting in the garage with the car running and the door shut')).toBe('unsure');
    expect(kindOf('i’m checking out the new gym, my calves cramp on the bike')).toBe('nothing');
    expect(kindOf('if i’m not here tomorrow it’s because of the work trip')).toBe('nothing');
    expect(kindOf('no energy left for leg day')).toBe('nothing');
    expect(kindOf('warming the car up in the garage with the engine running, cold morning')).toBe('nothing');
    expect(kindOf("if i'm gone tomorrow it's because i'm at my mum's, anyway cramps")).toBe('nothing');
    // what dying of an illness would feel like is a fear, not a wish
    expect(kindOf('what would it feel like to die of a blood clot, my calf is sore')).toBe('nothing');
  });

  it('reads hurting oneself when low, being better off gone typed as "better of", others relieved without one and staring at the railway as help; cutting oneself cooking, or a train running late, is none', () => {
    expect(kindOf('i cut when i feel low')).toBe('crisis');
    expect(kindOf('i burn myself whenever i get overwhelmed')).toBe('crisis');
    expect(kindOf("i've been thinking id be better of gone")).toBe('crisis');
    expect(kindOf('everyone would breathe a sigh of relief without me')).toBe('crisis');
    expect(kindOf('been looking at the train tracks a lot lately')).toBe('unsure');
    expect(kindOf("i cut myself when i'm cooking and stressed")).toBe('nothing');
    expect(kindOf('keep looking at the departure board, train running late')).toBe('nothing');
    expect(kindOf("i'd be better once the cramp is gone")).toBe('nothing');
  });

  it('reads "overdoing it" at the gym as no overdose, and overdoing it with a medicine as one', () => {
    expect(kindOf('leg cramps from overdoing it at the gym')).toBe('nothing');
    expect(kindOf("i've been overdoing it with the co-codamol")).toBe('overdose');
  });

  it('reads only the habitual form "cutting myself" as self-harm on its own: one cut on a knife in the kitchen is none', () => {
    expect(kindOf("i've started cutting myself again")).toBe('crisis');
    expect(kindOf('cut myself on a bread knife in the kitchen')).toBe('nothing');
  });

  it('reads a wish told as a moment of pain as none, but one told over weeks as a crisis, however near the cramp', () => {
    expect(kindOf('cramp so strong i wanted to die haha')).toBe('nothing');
    expect(kindOf('for weeks i wanted to die and now the cramps as well')).toBe('crisis');
    expect(kindOf('i wanted to die all week, and my legs cramp')).toBe('crisis');
  });

  it('reads deserving to suffer, the highest bridge looked up, a medicine that would be enough and never waking as relief, but not their everyday look-alikes', () => {
    expect(kindOf('i deserve to hurt')).toBe('crisis');
    expect(kindOf("i've looked up which bridge near me is the highest")).toBe('unsure');
    expect(kindOf("mum's sleeping pills would be enough")).toBe('unsure');
    expect(kindOf("everyone would be better off if i went to sleep and didn't wake")).toBe('crisis');
    expect(kindOf("i don't deserve to suffer with these cramps every night")).toBe('nothing');
    expect(kindOf('we walked over the highest bridge in town and my calves cramped after')).toBe('nothing');
    expect(kindOf('would two paracetamol be enough for cramp pain')).toBe('nothing');
    expect(kindOf("so relieved i didn't wake up with a cramp last night")).toBe('nothing');
    expect(kindOf("felt much better, went to sleep and didn't wake till noon")).toBe('nothing');
  });

  it('reads driving past water thinking about it, not seeing oneself here by a date and nobody at one’s funeral, but not a picnic by a lake remembered or a funeral attended', () => {
    expect(kindOf('i keep driving past the reservoir thinking about it')).toBe('unsure');
    expect(kindOf("can't see myself still being here by christmas")).toBe('unsure');
    expect(kindOf('nobody would even come to my funeral')).toBe('unsure');
    expect(kindOf("we had a picnic by the lake on sunday and i'm still thinking about it, so lovely")).toBe('nothing');
    expect(kindOf('the funeral was yesterday and my legs cramped standing at the grave')).toBe('nothing');
    expect(kindOf("i can't see myself running again by next season with these calf cramps")).toBe('nothing');
  });

  it('reads a night set with everything made ready, and not being still here by a holiday, as a possible crisis, but not a party made ready or still being at the office', () => {
    expect(kindOf("it's the night, everything's prepared")).toBe('unsure');
    expect(kindOf("not sure i'll still be around by spring")).toBe('unsure');
    expect(kindOf("tonight's the night, got everything ready for the party")).toBe('nothing');
    expect(kindOf("it's the day, everything is ready for my wedding")).toBe('nothing');
    // Children away from home are no occasion: they may be where a plan puts them.
    expect(kindOf("tonight's the night, everything's ready, the kids are at their dad's")).toBe('unsure');
    expect(kindOf("can't believe i'm still here at the office with calf cramps")).toBe('nothing');
    expect(kindOf("i can't believe i'm still here at the office")).toBe('nothing');
  });

  it("reads a jump from a car park, never having to face tomorrow and passwords left for when one is gone as a possible crisis, but not a jump off a shed, a cat at the window or tomorrow's forecast", () => {
    expect(kindOf('thinking of leaping from the top of the car park')).not.toBe('nothing');
    expect(kindOf('just want to never have to face another day')).not.toBe('nothing');
    expect(kindOf('left my bank details with my brother for when im gone')).not.toBe('nothing');
    expect(kindOf('jumping off the roof of the shed gave me a calf cramp')).toBe('nothing');
    expect(kindOf('my cat jumped from the window')).toBe('nothing');
    expect(kindOf("never have to see tomorrow's weather forecast lol")).toBe('nothing');
    expect(kindOf("i'm going to step off the roof")).toBe('crisis');
  });

  it('reads wishing one was not born as a possible crisis, but not "I wasn\'t born yesterday" or a birthplace', () => {
    expect(kindOf("everything would be easier if i just wasn't born")).not.toBe('nothing');
    expect(kindOf("i wasn't born yesterday")).toBe('nothing');
    expect(kindOf("i wasn't born in the uk")).toBe('nothing');
    expect(kindOf("life would be easier if i wasn't born in the first place")).not.toBe('nothing');
  });

  it("reads instructions left for one's own funeral as a possible crisis, but not a funeral plan or a mother's funeral", () => {
    expect(kindOf("i've left instructions for my funeral")).toBe('unsure');
    expect(kindOf('paid for my funeral plan last year and now leg cramps')).toBe('nothing');
    expect(kindOf("i'm arranging my mum's funeral and my calves cramp")).toBe('nothing');
  });

  it('reads being a weight or a drain on everyone as a possible crisis, but not weight put on', () => {
    expect(kindOf("honestly i've had enough of being a weight on everyone, i've made my mind up")).toBe('unsure');
    expect(kindOf("i'm just a drain on my family")).toBe('unsure');
    expect(kindOf('put weight on, everyone says')).toBe('nothing');
  });

  it('reads finally resting for good as a possible crisis, but not legs resting after a season or sleeping in peace without cramps', () => {
    expect(kindOf('soon i can finally sleep forever')).not.toBe('nothing');
    expect(kindOf('my legs can finally rest for good after marathon season')).toBe('nothing');
    expect(kindOf('i can finally sleep in peace without cramps')).toBe('nothing');
  });

  it('reads belongings left behind "where I\'m going", pills bought "so I\'d have enough", pills mixed with drink, "ctb" and "I won\'t be here much longer" beside a leg as a possible crisis, but not a coat left for a hot country, a question about mixing, a plan to move or a cramp that will pass', () => {
    expect(kindOf("giving my guitar to my brother since i won't be playing where i'm going")).toBe('unsure');
    expect(kindOf('i bought a second box of pills so i would have enough')).toBe('unsure');
    expect(kindOf('mixed my tablets with a bottle of vodka, feeling weird')).toBe('overdose');
    expect(kindOf('mixed my pills with whisky')).toBe('unsure');
    expect(kindOf('thinking about ctb tonight')).toBe('crisis');
    expect(kindOf("why bother sorting my leg out when i won't be here much longer")).toBe('unsure');
    expect(kindOf("won't need a jacket where i'm going, it's 30 degrees")).toBe('nothing');
    expect(kindOf("not sure where i'm going wrong with my stretches")).toBe('nothing');
    expect(kindOf('can i mix my pills with a bottle of wine')).toBe('nothing');
    expect(kindOf('mixed my pills with wine, is that ok?')).toBe('nothing');
    expect(kindOf('my pills have enough side effects already')).toBe('nothing');
    expect(kindOf('bought another box of magnesium tablets so i have enough')).toBe('nothing');
    expect(kindOf("i won't be here much longer, moving to leeds next week")).toBe('nothing');
    expect(kindOf("my cramp won't be around for long")).toBe('nothing');
    expect(kindOf('the bridge club keeps calling me')).toBe('nothing');
    expect(kindOf('the bridge keeps calling me')).toBe('crisis');
  });

  it('reads gazing again and again at train tracks, a river or pills as a possible crisis, but not tracks watched while waiting for a late train, the label on a medicine or calves in the mirror', () => {
    expect(kindOf('i keep looking at the train tracks on my way home')).toBe('unsure');
    expect(kindOf("can't stop staring at the river from the bridge")).toBe('unsure');
    expect(kindOf('i keep staring at my pills')).toBe('unsure');
    expect(kindOf('kept looking at the train tracks waiting for the delayed train')).toBe('nothing');
    expect(kindOf('i keep looking at the label on my statins')).toBe('nothing');
    expect(kindOf('keep looking at my calves in the mirror')).toBe('nothing');
  });

  it('reads being tired of pretending, a spot already picked, telling someone where the will is and stopping pills "so it just happens" as a possible crisis, but not pretending a leg is fine, a picnic spot, a mother\'s will, car papers or statins stopped for the cramps', () => {
    expect(kindOf("i'm tired of pretending i want to be here")).toBe('unsure');
    expect(kindOf("i've already picked the spot")).toBe('unsure');
    expect(kindOf('i told my sister where the will is, just in case')).toBe('unsure');
    expect(kindOf('thinking of not taking my heart pills so it just happens')).toBe('unsure');
    expect(kindOf("tired of pretending my leg doesn't hurt")).toBe('nothing');
    expect(kindOf('already picked the spot for the picnic')).toBe('nothing');
    expect(kindOf("i told my sister where mum's will is")).toBe('nothing');
    expect(kindOf('showed my brother where the insurance papers are for the car')).toBe('nothing');
    expect(kindOf('stopped taking my statins so the cramps stop')).toBe('nothing');
  });

  it("reads the one thing keeping someone here, throwing oneself off or under something, protecting oneself from oneself and picturing the relief at one's funeral as a crisis, but not coffee keeping someone awake, being thrown off balance, a pool or a funeral plan for a mother", () => {
    expect(kindOf('honestly the only thing keeping me here is my cat')).toBe('unsure');
    expect(kindOf("the only reason i'm still alive is my kids")).toBe('unsure');
    expect(kindOf("if this doesn't stop i'll throw myself under something")).toBe('crisis');
    expect(kindOf("i can't protect myself from myself tonight")).toBe('unsure');
    expect(kindOf('i keep imagining my own funeral')).toBe('unsure');
    expect(kindOf('they would all be relieved at my funeral')).toBe('unsure');
    expect(kindOf('the only thing keeping me awake is coffee')).toBe('nothing');
    expect(kindOf('the only thing keeping me in this job is the pension')).toBe('nothing');
    expect(kindOf('threw myself off balance and my calf cramped')).toBe('nothing');
    expect(kindOf('threw myself into the pool and my foot cramped')).toBe('nothing');
    expect(kindOf("imagining mum's funeral, she'd have hated the fuss")).toBe('nothing');
  });

  it('reads asking how long it takes to bleed out, stepping into the road half hoping, and making one\'s peace or being calm about "what I\'m going to do" as a possible crisis, but not a cramp that dies down, a road crossed while on the phone, peace made with the cramps or plans for dinner', () => {
    expect(kindOf('how long does it take to bleed out')).toBe('unsure');
    expect(kindOf('i keep stepping into the road without looking, kind of hoping')).toBe('unsure');
    expect(kindOf("i've apologised to everyone i've ever hurt")).toBe('unsure');
    expect(kindOf("i'm at peace with what i'm going to do")).toBe('unsure');
    expect(kindOf('how long does it take for a cramp to die down')).toBe('nothing');
    expect(kindOf('i keep stepping into the road without looking at my phone')).toBe('nothing');
    expect(kindOf('made my peace with these cramps')).toBe('nothing');
    expect(kindOf('ok with what im going to do for dinner')).toBe('nothing');
    expect(kindOf('apologised to everyone at the party for the noise')).toBe('nothing');
  });

  it('reads a young child who swallowed tablets as a poisoning however the age is told, but not an adult who gives their age or a greeting "yo" before taking a painkiller', () => {
    expect(kindOf('my 3 yo swallowed some tablets')).toBe('poisoning');
    expect(kindOf('18 month old ate some of my pills')).toBe('poisoning');
    expect(kindOf('my toddler swallowed a tablet')).toBe('poisoning');
    expect(kindOf("i'm 45 years old and took ibuprofen for my cramps")).toBe('nothing');
    expect(kindOf('yo i took ibuprofen for my cramp')).toBe('nothing');
  });

  it('reads stopping food on purpose "so it ends", a future with no place for oneself and counting someone\'s pills over and over as a possible crisis, but not a diet, a job with no future or pills counted to check a dose', () => {
    expect(kindOf("i've stopped eating and drinking on purpose so it ends")).toBe('unsure');
    expect(kindOf("there's no version of the future with me in it")).toBe('unsure');
    expect(kindOf("my mum's pills are in the cupboard and i keep counting them")).toBe('unsure');
    expect(kindOf("i keep counting my mum's pills")).toBe('unsure');
    expect(kindOf('stopped eating sugar on purpose and now i get cramps')).toBe('nothing');
    expect(kindOf('i stopped eating on purpose to lose weight')).toBe('nothing');
    expect(kindOf('i stopped drinking on purpose for dry january')).toBe('nothing');
    expect(kindOf('no future for me in this job')).toBe('nothing');
    expect(kindOf("i keep counting my pills to check i haven't missed a dose")).toBe('nothing');
  });

  it('reads wondering whether anyone would miss one, sitting at a cliff edge for an hour and a hose for the car exhaust as a possible crisis, but not being noticed at a party, the edge of a pool or a leaking exhaust', () => {
    expect(kindOf('wondering if anyone would even miss me tbh')).toBe('unsure');
    expect(kindOf('drove to the cliffs last night and sat at the edge for an hour')).toBe('unsure');
    expect(kindOf('bought a hose for the car exhaust')).toBe('unsure');
    expect(kindOf('would anyone even notice me at the party')).toBe('nothing');
    expect(kindOf('sat at the edge of the pool for an hour with cramp')).toBe('nothing');
    expect(kindOf("need a new hose for the car exhaust, it's leaking")).toBe('nothing');
    expect(kindOf('running the car in the garage to warm it up')).toBe('nothing');
  });

  it('reads not coping with another year "of this" as a possible crisis, but not another day of a cramp', () => {
    expect(kindOf("can't do another year of this, i'm checking out")).toBe('unsure');
    expect(kindOf("can't do another day of this cramp")).toBe('nothing');
  });

  it('reads a plan with a date, driving off the road and hurting oneself again as a possible crisis, but not a date for an operation, a near miss at the wheel, a cut while shaving or a German "die"', () => {
    expect(kindOf('i have a plan and a date')).toBe('unsure');
    expect(kindOf("i'm going to drive my car off the road on the way home")).toBe('unsure');
    expect(kindOf('i hurt myself again last night')).toBe('unsure');
    expect(kindOf('i have a plan and a date for my knee operation')).toBe('nothing');
    expect(kindOf('nearly drove off the road when my calf cramped on the motorway')).toBe('nothing');
    expect(kindOf('i cut myself again shaving')).toBe('nothing');
    expect(kindOf('hurt myself again at the gym, calf cramp mid squat')).toBe('nothing');
    // German "die" is an article, not the English verb: a plan for the week is no wish to die.
    expect(kindOf('ich habe einen Plan für die Woche')).toBe('nothing');
  });

  it('reads counting down to when it all stops and no future for oneself as a possible crisis, but not counting down to a holiday, a boot coming off or leaving hospital, nor a knee with no future in football', () => {
    expect(kindOf('counting down the days until i can finally stop')).toBe('unsure');
    expect(kindOf("counting down until it all ends, i'm tired")).toBe('unsure');
    expect(kindOf("there's no future for me and i don't want one")).toBe('unsure');
    expect(kindOf('counting down the days until my holiday')).toBe('nothing');
    expect(kindOf('counting down the days until i can stop wearing this boot')).toBe('nothing');
    expect(kindOf('counting down till i can go home from hospital')).toBe('nothing');
    expect(kindOf("there's no future for me with this knee, should i quit football")).toBe('nothing');
  });

  it('reads an end to dealing with any of it, how easy it would be beside water or a height, care arranged for when one is gone, pills stocked up over weeks and everything simpler without one as a possible crisis, but not their everyday look-alikes', () => {
    expect(kindOf('i wish i could just go to sleep and not have to deal with any of it ever again')).toBe('unsure');
    expect(kindOf('i keep driving past the reservoir thinking how easy it would be')).toBe('unsure');
    expect(kindOf('i told my best friend to look after my kids if anything happens to me')).toBe('unsure');
    expect(kindOf("i've stocked up on painkillers over the last few weeks")).toBe('unsure');
    expect(kindOf('everything would be simpler without me around')).toBe('unsure');
    expect(kindOf("i wish i didn't have to deal with these cramps ever again")).toBe('nothing');
    expect(kindOf('so glad i never have to deal with that job again')).toBe('nothing');
    expect(kindOf('walked past the river thinking how easy it would be to swim across')).toBe('nothing');
    expect(kindOf('drove past the lake, how quiet it is at dawn')).toBe('nothing');
    expect(kindOf('asked my sister to look after my kids if anything happens to me during the surgery')).toBe('nothing');
    expect(kindOf('stocked up on my meds for the next few weeks')).toBe('nothing');
    expect(kindOf('the house is calmer without me around on weekends')).toBe('nothing');
    expect(kindOf('the cramps were fine without me stretching')).toBe('nothing');
  });

  it('reads things given away "as I won\'t need them", the nerve to end it, a cord tied to a banister, pills counted out as enough and stepping off a platform as help, but not their everyday look-alikes', () => {
    expect(kindOf("gave my records away to a mate as i won't need them any more")).toBe('unsure');
    expect(kindOf('i wish i had the nerve to end it all')).toBe('crisis');
    expect(kindOf('tied a belt to the banister to see if it would hold')).toBe('unsure');
    expect(kindOf("counted out every tablet i have, it's enough")).toBe('unsure');
    expect(kindOf('thought about stepping off the platform when the train came in')).toBe('crisis');
    expect(kindOf("giving my books away before we emigrate, won't need them")).toBe('nothing');
    expect(kindOf('i wish i had the guts to finish my degree')).toBe('nothing');
    expect(kindOf('tied a resistance band to the door to stretch my calves')).toBe('nothing');
    expect(kindOf('tied the rope to the beam for the kids swing')).toBe('nothing');
    expect(kindOf('counted my tablets, enough for the holiday')).toBe('nothing');
    expect(kindOf('stepped off the platform and my calf cramped')).toBe('nothing');
  });

  it('reads writing down who gets what, others finally getting some peace, a height that felt like the answer, practising a knot, waiting for the right moment and pills emptied into a bowl as a possible crisis, but not their everyday look-alikes', () => {
    expect(kindOf('i wrote down which of my mates gets what')).toBe('unsure');
    expect(kindOf('my kids would finally get some peace')).toBe('unsure');
    expect(kindOf('stood on the bridge and it felt like the answer')).toBe('unsure');
    expect(kindOf('i practised tying the knot last night')).toBe('unsure');
    expect(kindOf('just waiting for the right moment')).toBe('unsure');
    expect(kindOf('emptied all my tablets into a bowl')).toBe('unsure');
    expect(kindOf("we argued about who gets what from grandma's house")).toBe('nothing');
    expect(kindOf('my family would finally get some peace if my cramps stopped')).toBe('nothing');
    expect(kindOf('stood on the bridge taking photos, felt like the answer to a stressful week')).toBe('nothing');
    expect(kindOf('practising tying knots for my sailing course')).toBe('nothing');
    expect(kindOf('learning to tie a windsor knot for my interview')).toBe('nothing');
    expect(kindOf('waiting for the right moment to ask my doctor')).toBe('nothing');
    expect(kindOf('emptied my tablets into the weekly pill box')).toBe('nothing');
  });

  it('reads pills kept "for when I decide" as a possible crisis, but not days or energy saved for a decision about where to go or a race', () => {
    expect(kindOf('i have bought a second packet of my sleeping tablets so there will be plenty for when i decide')).toBe('unsure');
    expect(kindOf('i keep these tablets for when i decide')).toBe('unsure');
    expect(kindOf('saving some holiday days for when i decide where to go')).toBe('nothing');
    expect(kindOf('saving my energy for when the time comes to run the race')).toBe('nothing');
  });
});

describe('help numbers by country', () => {
  const data = safety.data;
  it('choose the member’s choice, then the server’s, then the Discord language, then a worldwide directory', () => {
    expect(helplinesFor(data, { chosen: 'NZ', server: 'IE', locale: Locale.EnglishUS })).toMatchObject({
      emergency: '111',
      origin: 'chosen',
    });
    expect(helplinesFor(data, { server: 'IE', locale: Locale.EnglishUS })).toMatchObject({ emergency: '112 or 999', origin: 'server' });
    expect(helplinesFor(data, { locale: Locale.PortugueseBR })).toMatchObject({ crisis: 'CVV 188', origin: 'locale' });
    expect(helplinesFor(data, { locale: Locale.Finnish })).toMatchObject({
      origin: 'fallback',
      source: { url: 'https://findahelpline.com' },
    });
  });

  it('cover the countries of Discord’s main locales, each with a source', () => {
    const codes = data.countries.map((country) => country.code);
    for (const code of ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'IN', 'DE', 'FR', 'ES', 'BR', 'MX', 'NL', 'PL', 'SE', 'JP', 'KR', 'PH', 'ZA'])
      expect(codes).toContain(code);
    expect(data.countries.every((country) => country.source.url.startsWith('https://'))).toBe(true);
  });

  it('refuse data that maps a locale to a country it does not list, or a pattern with an unknown class', () => {
    expect(() => parseSafety({ ...rawSafety, locales: { fi: 'FI' } })).toThrow(SafetyDataError);
    expect(() => parseSafety({ ...rawSafety, hedges: ['@nosuch thing'] })).toThrow(/unknown class @nosuch/);
  });
});
