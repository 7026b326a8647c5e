import { parseAudience, type Audience } from '../catalogue/schema.js';

/**
 * Every button and select menu the bot sends, as data. A custom id is its only memory of what a member is
 * pressing, so this file is the one place ids are written and read back.
 */
export type ComponentAction =
  /** A card's language button: show this cause in `audience` (and remember the choice). */
  | { readonly kind: 'view'; readonly audience: Audience; readonly causeId: string }
  /** A card's "Forget my choices" button. */
  | { readonly kind: 'forget' }
  /** The list's select menu; the picked cause id arrives in the interaction's values. */
  | { readonly kind: 'open'; readonly audience: Audience }
  /** A button that opens one cause's card, privately: "Did you mean …?", related and close causes. */
  | { readonly kind: 'card'; readonly causeId: string }
  /** A private card's "Share in channel": post the same card publicly. */
  | { readonly kind: 'share'; readonly audience: Audience; readonly causeId: string };

export type ComponentKind = ComponentAction['kind'];

export function encodeCustomId(action: ComponentAction): string {
  switch (action.kind) {
    case 'view':
      return `view:${action.audience}:${action.causeId}`;
    case 'forget':
      return 'forget';
    case 'open':
      return `open:${action.audience}`;
    case 'card':
      return `card:${action.causeId}`;
    case 'share':
      return `share:${action.audience}:${action.causeId}`;
  }
}

/**
 * The action behind a custom id, or undefined for one this bot never wrote. Messages posted by earlier
 * versions carry the command's name in front (`cramp-cause:view:…`); their buttons keep working.
 */
export function decodeCustomId(customId: string): ComponentAction | undefined {
  const [kind, ...args] = customId.replace(/^cramp-causes?:/, '').split(':');
  switch (kind) {
    case 'view':
    case 'share': {
      const [audienceArg, causeId] = args;
      const audience = parseAudience(audienceArg);
      return audience && causeId && args.length === 2 ? { kind, audience, causeId } : undefined;
    }
    case 'forget':
      return args.length === 0 ? { kind } : undefined;
    case 'open': {
      const audience = parseAudience(args[0]);
      return audience ? { kind, audience } : undefined;
    }
    case 'card':
      return args.length === 1 && args[0] ? { kind, causeId: args[0] } : undefined;
    default:
      return undefined;
  }
}
