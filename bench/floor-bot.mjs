/* global process, console */
// The floor: the smallest discord.js bot that answers every interaction, with a fixed embed and the
// client's default options (every cache on). Our bot is measured against it in the same run.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_URL } });
const embed = { title: 'Leg cramps', description: 'A fixed reply.', color: 0x2ecc71 };

client.on(Events.InteractionCreate, (interaction) => {
  const sent = interaction.isAutocomplete()
    ? interaction.respond([{ name: 'Fixed choice', value: 'fixed' }])
    : interaction.isRepliable()
      ? interaction.reply({ embeds: [embed] })
      : undefined;
  sent?.catch((error) => console.error(error.message));
});
client.once(Events.ClientReady, () => console.log(JSON.stringify({ msg: 'connected to Discord' })));
await client.login(process.env.DISCORD_TOKEN);
