import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import type { Audience, Cause } from '../catalogue/schema.js';
import { audienceLabel } from './audience.js';

/** Custom ids of the card's buttons: `<command>:view:<audience>:<cause id>` and `<command>:forget`. */
export const cardActions = { view: 'view', forget: 'forget' } as const;

/**
 * Under a cause's card: switch to the other language (only for the member who presses it, and
 * remembered for them) and erase what is stored about them.
 */
export function cardButtons(command: string, cause: Cause, audience: Audience): APIActionRowComponent<APIButtonComponent> {
  const other: Audience = audience === 'clinician' ? 'general' : 'clinician';
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: audienceLabel[other],
        custom_id: `${command}:${cardActions.view}:${other}:${cause.id}`,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Forget my reading choice',
        custom_id: `${command}:${cardActions.forget}`,
      },
    ],
  };
}
