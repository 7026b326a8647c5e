import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIInteractionResponseChannelMessageWithSource,
} from 'discord-api-types/v10';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { ReviewItemKey } from '../catalogue/reviews.js';
import type { Audience, RedFlag, UrgencyLevel } from '../catalogue/schema.js';
import type { Answer, Result } from '../search/search.js';
import type { Helplines } from '../safety/helplines.js';
import { cardMessage } from './card.js';
import { encodeCustomId } from './custom-id.js';
import { disclaimerFooter } from './footer.js';
import { format } from '../catalogue/messages.js';
import { messageResponse, type MessageBody } from './message.js';
import { noMatchNotice, notice } from './notices.js';
import { quoteUserText } from './user-text.js';

/** What to do, said plainly, as the title of the first embed. */
const urgencyTitle = (catalogue: Catalogue, level: UrgencyLevel) =>
  ({ emergency: catalogue.text.urgentEmergency, 'same-day': catalogue.text.urgentSameDay, soon: catalogue.text.urgentSoon })[level];

const urgencyColor: Record<UrgencyLevel, number> = { emergency: 0xe74c3c, 'same-day': 0xe67e22, soon: 0xf1c40f };

/** The number to call, for the member's country when it is known, under advice to call one. */
function numberToCall(catalogue: Catalogue, helplines: Helplines): string {
  const { country, emergency } = helplines;
  return country
    ? format(catalogue.text.callNumber, { country: country.name, emergency })
    : format(catalogue.text.callNumberUnknown, { emergency });
}

/**
 * The most urgent sign's advice; other signs the query described are named under it, with the member's own words:
 * urgent advice is always private, and what a member typed is never shown to the channel.
 */
function adviceEmbed(
  catalogue: Catalogue,
  flags: readonly [RedFlag, ...RedFlag[]],
  said: readonly string[],
  helplines: Helplines | undefined,
): APIEmbed {
  const [first, ...rest] = flags;
  const call = first.level === 'emergency' && helplines ? `\n${numberToCall(catalogue, helplines)}` : '';
  const described = (flag: RedFlag, i: number) => {
    const words = said[i + 1];
    return words ? format(catalogue.text.youWrote, { sign: flag.sign, words: quoteUserText(words) }) : flag.sign;
  };
  return {
    title: urgencyTitle(catalogue, first.level),
    description: `**${first.sign}.** ${first.advice}${call}`,
    color: urgencyColor[first.level],
    ...(rest.length > 0
      ? { fields: [{ name: catalogue.text.youAlsoDescribed, value: alsoDescribed(catalogue, rest.map(described)) }] }
      : {}),
  };
}

/** Other signs a member described, listed up to a few (each line can quote them), so the field stays within Discord's limit. */
const MAX_OTHER_SIGNS = 4;
const alsoDescribed = (catalogue: Catalogue, lines: readonly string[]) =>
  [
    ...lines.slice(0, MAX_OTHER_SIGNS),
    ...(lines.length > MAX_OTHER_SIGNS ? [format(catalogue.text.andMore, { count: lines.length - MAX_OTHER_SIGNS })] : []),
  ].join('\n');

/** "Did you mean …?": a question with a button per cause, never a card. */
function didYouMeanButtons(result: Extract<Result, { kind: 'did-you-mean' }>): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: result.candidates.map((cause) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: cause.name,
      custom_id: encodeCustomId({ kind: 'card', causeId: cause.id }),
    })),
  };
}

/**
 * The reply to a looked-up query. Urgent advice, when there is any, is the first embed. A card follows only
 * when the query certainly names its cause; otherwise a private question, "not covered" or "no match" note.
 */
export function answerMessage(
  catalogue: Catalogue,
  answer: Answer,
  query: string,
  audience: Audience,
  ephemeral: boolean,
  /** A private card may be shared to the channel, unless the server keeps answers private. */
  shareable = true,
  /** The member's help numbers: urgent advice to call for help gives the number. */
  helplines?: Helplines,
): APIInteractionResponseChannelMessageWithSource {
  const { flags, result } = answer;
  // Urgent advice is about the member's own body or someone with them: it comes privately, like crisis help, whatever
  // the `private` choice (a private card may still be shared to the channel).
  const privately = ephemeral || flags.length > 0;
  const advice = flags.length > 0 ? [adviceEmbed(catalogue, flags as [RedFlag, ...RedFlag[]], answer.said, helplines)] : [];
  const signs = flags.map((flag) => `red-flag:${flag.id}` as const);
  // A private note; after urgent advice, it follows the advice, as Discord shows a message's text above its embeds.
  const noteAfterAdvice = (text: string, shown: readonly ReviewItemKey[], components?: MessageBody['components']) =>
    advice.length === 0
      ? notice(catalogue, text, components ? { components } : {}, shown)
      : messageResponse(
          {
            embeds: [...advice, { description: text, footer: disclaimerFooter(catalogue, audience, shown) }],
            ...(components ? { components } : {}),
          },
          { ephemeral: true },
        );
  switch (result.kind) {
    case 'card':
      return cardMessage(catalogue, result.cause, audience, { ...result, ephemeral: privately, shareable, query, signs: flags }, advice);
    case 'did-you-mean':
      return noteAfterAdvice(format(catalogue.text.didYouMean, { query: quoteUserText(query) }), signs, [didYouMeanButtons(result)]);
    case 'not-covered':
      return noteAfterAdvice(`${result.entry.note}\n${catalogue.text.seeWhatIsCovered}`, [`not-covered:${result.entry.id}`, ...signs]);
    case 'none': {
      const [first] = advice;
      if (!first) return noMatchNotice(catalogue, query);
      return messageResponse({ embeds: [{ ...first, footer: disclaimerFooter(catalogue, audience, signs) }] }, { ephemeral: privately });
    }
  }
}
