import {
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  type APIEmbed,
  type APIInteractionResponse,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';

export interface RenderStyle {
  /** ANSI colours and bold; off when the output is not a terminal or NO_COLOR is set. */
  color: boolean;
  width: number;
}

const ansi = (code: string, style: RenderStyle) => (text: string) => (style.color ? `\x1b[${code}m${text}\x1b[0m` : text);

function tierBar(hex: number | undefined, style: RenderStyle): string {
  if (!style.color || hex === undefined) return '┃';
  return `\x1b[38;2;${(hex >> 16) & 255};${(hex >> 8) & 255};${hex & 255}m┃\x1b[0m`;
}

/**
 * Shows markdown roughly as Discord draws it: bold stays bold, subtext is dim, links show their address, inline code
 * loses its backticks, and a backslash-escaped character shows as itself without taking part in any of that.
 */
function markdown(text: string, style: RenderStyle): string {
  const bold = ansi('1', style);
  const dim = ansi('2', style);
  const escaped: string[] = [];
  return text
    .replace(/^-# (.*)$/gm, (_, small: string) => dim(small))
    .replace(/\\([^\p{L}\p{N}\s])/gu, (_, character: string) => `\uE000${String(escaped.push(character) - 1)}\uE000`)
    .replace(/\*\*(.+?)\*\*/g, (_, inner: string) => bold(inner))
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)]+)\)/g, '$1 <$2>')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => escaped[Number(index)] ?? '')
    .replaceAll('\u200b', '');
}

function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
    return lines;
  });
}

function renderEmbed(embed: APIEmbed, style: RenderStyle): string[] {
  const bar = tierBar(embed.color, style);
  const width = style.width - 2;
  const bold = ansi('1', style);
  const dim = ansi('2', style);
  const out: string[] = [];
  const block = (text: string, decorate: (s: string) => string = (s) => s) => {
    for (const line of wrap(markdown(text, style), width)) out.push(`${bar} ${decorate(line)}`);
  };
  if (embed.author) block(embed.author.name, dim);
  if (embed.title) block(embed.title, bold);
  if (embed.description) block(embed.description);
  for (const field of embed.fields ?? []) {
    out.push(bar);
    block(field.name, bold);
    block(field.value);
  }
  if (embed.footer) {
    out.push(bar);
    block(embed.footer.text, dim);
  }
  return out;
}

function renderComponents(components: readonly APIMessageTopLevelComponent[], style: RenderStyle): string[] {
  const out: string[] = [];
  for (const row of components) {
    if (row.type !== ComponentType.ActionRow) continue;
    const buttons: string[] = [];
    for (const component of row.components) {
      if (component.type === ComponentType.Button && 'label' in component) buttons.push(`[ ${component.label ?? ''} ]`);
      // Discord shows a menu closed, as one line; `--pick <id>` previews choosing in it.
      if (component.type === ComponentType.StringSelect)
        out.push(`[▾ ${component.placeholder ?? 'Select'} (${String(component.options.length)} choices)]`);
    }
    if (buttons.length > 0) out.push(...wrap(buttons.join(' '), style.width));
  }
  return out;
}

/** The response as a member would see it in Discord, as terminal text. */
export function renderResponse(response: APIInteractionResponse | undefined, style: RenderStyle): string {
  const dim = ansi('2', style);
  if (!response) return dim('(no answer: the bot ignores this kind of interaction)');
  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const data = response.data;
      const out: string[] = [];
      if (data.flags !== undefined && (data.flags & MessageFlags.Ephemeral) !== 0) out.push(dim('(only you can see this)'));
      if (data.content) out.push(...wrap(markdown(data.content, style), style.width));
      for (const embed of data.embeds ?? []) {
        if (out.length > 0) out.push('');
        out.push(...renderEmbed(embed, style));
      }
      if (data.components?.length) out.push('', ...renderComponents(data.components, style));
      return out.join('\n');
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult: {
      const choices = response.data.choices ?? [];
      if (choices.length === 0) return dim('(no suggestions)');
      return choices.map((choice) => `  ${choice.name}  ${dim(`→ ${String(choice.value)}`)}`).join('\n');
    }
    default:
      return JSON.stringify(response);
  }
}
