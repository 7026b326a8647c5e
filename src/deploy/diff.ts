import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';

export type CommandBody = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface CommandPlan {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

/** Fields Discord fills in with a default when a definition leaves them out. */
const commandDefaults: Record<string, unknown> = { type: 1, nsfw: false, default_member_permissions: null, dm_permission: true };
const optionDefaults: Record<string, unknown> = { required: false, autocomplete: false };

/**
 * Discord-only fields that say nothing about the definition (ids, versions, derived text). Every field the
 * deploy uploads is compared, `integration_types` and `contexts` included, so changing one is never "unchanged".
 */
const ignored = new Set(['id', 'application_id', 'guild_id', 'version', 'name_localized', 'description_localized']);

function canonical(value: unknown, defaults: Record<string, unknown> = {}): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, optionDefaults));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (ignored.has(key) || field === undefined || field === null || field === defaults[key]) continue;
    if (Array.isArray(field) && field.length === 0) continue;
    out[key] = canonical(field, optionDefaults);
  }
  return out;
}

/** Whether two definitions register the same command as Discord sees it. */
export function sameCommand(wanted: unknown, registered: unknown): boolean {
  return JSON.stringify(canonical(wanted, commandDefaults)) === JSON.stringify(canonical(registered, commandDefaults));
}

/**
 * Discord tells commands apart by type and name (a slash command and a message command may share a name), so
 * the plan does too; a registered command of another type with the same name is removed, not "changed".
 */
const keyOf = (command: { name: string; type?: unknown }) => `${typeof command.type === 'number' ? command.type : 1}:${command.name}`;

/** What a bulk overwrite with `wanted` would add, change and remove, given what Discord has now. */
export function planCommands(wanted: readonly CommandBody[], registered: readonly { name: string; type?: unknown }[]): CommandPlan {
  const plan: CommandPlan = { added: [], changed: [], removed: [], unchanged: [] };
  const current = new Map(registered.map((command) => [keyOf(command), command]));
  const wantedKeys = new Set(wanted.map(keyOf));
  for (const command of wanted) {
    const now = current.get(keyOf(command));
    if (!now) plan.added.push(command.name);
    else if (sameCommand(command, now)) plan.unchanged.push(command.name);
    else plan.changed.push(command.name);
  }
  for (const command of registered) if (!wantedKeys.has(keyOf(command))) plan.removed.push(command.name);
  return plan;
}

export function hasChanges(plan: CommandPlan): boolean {
  return plan.added.length + plan.changed.length + plan.removed.length > 0;
}
