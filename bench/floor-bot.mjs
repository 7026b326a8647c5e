// The floor: the smallest discord.js bot that answers every interaction, with a fixed reply and the
// client's default options (every cache on). Our bot is measured against it in the same run. The fixed
// card and choices are copies of ours (FLOOR_REPLY), so both send the same bytes and the ratio measures
// the work of our handlers, not the size of the payload.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
const { embed, components, choices } = JSON.parse(process.env.FLOOR_REPLY ?? '{}');

client.on(Events.InteractionCreate, (interaction) => {
  const sent = interaction.isAutocomplete()
    ? interaction.respond(choices)
    : interaction.isRepliable()
      ? interaction.reply({ embeds: [embed], components, allowedMentions: { parse: [] } })
      : undefined;
  sent?.catch((error) => console.error(error.message));
});
client.once(Events.ClientReady, () => console.log(JSON.stringify({ msg: 'connected to Discord' })));
await client.login(process.env.DISCORD_TOKEN);
