import {
  ComponentType,
  InteractionResponseType,
  type APIInteraction,
  type APIInteractionResponse,
  type Locale,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Router } from '../router/router.js';
import { CommandLineError, parseCommandLine } from './parse-command.js';
import { autocompleteInteraction, chatInputInteraction, selectMenuInteraction } from './synthetic.js';

export interface PreviewRequest {
  line: string;
  /** Preview the autocomplete answer for the last option written instead of the command's reply. */
  autocomplete?: boolean;
  /** Then pick this value in the reply's select menu and preview what that answers. */
  pick?: string;
  /** The member's Discord language, as Discord sends `interaction.locale` (default en-GB). */
  locale?: Locale;
}

/** Turns a typed command into the interaction Discord would deliver and answers it with the bot's router. */
export async function previewInteraction(
  router: Router,
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
  request: PreviewRequest,
): Promise<APIInteractionResponse | undefined> {
  const parsed = parseCommandLine(request.line, definitions, request.locale);
  const member = request.locale ? { locale: request.locale } : {};
  let interaction: APIInteraction;
  if (request.autocomplete) {
    if (!parsed.last) throw new CommandLineError('--autocomplete needs an option to complete, e.g. query:thromb');
    const options = parsed.options.map((option) => (option.name === parsed.last ? { ...option, focused: true } : option));
    interaction = autocompleteInteraction(parsed.name, options, member);
  } else {
    interaction = chatInputInteraction(parsed.name, parsed.options, member);
  }
  const response = await router.answer(interaction);
  if (request.pick === undefined) return response;
  return router.answer(selectMenuInteraction(selectMenuCustomId(response), [request.pick], member));
}

function selectMenuCustomId(response: APIInteractionResponse | undefined): string {
  if (response?.type === InteractionResponseType.ChannelMessageWithSource) {
    for (const row of response.data.components ?? []) {
      if (row.type !== ComponentType.ActionRow) continue;
      const menu = row.components.find((component) => component.type === ComponentType.StringSelect);
      if (menu) return menu.custom_id;
    }
  }
  throw new CommandLineError('--pick needs a reply with a select menu, such as /cramp-causes');
}
