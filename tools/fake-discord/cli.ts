/**
 * Runs the loopback Discord by hand, for debugging the real bot without a Discord account:
 *
 *   npm run fake-discord                       # prints the DISCORD_API_URL and token to start the bot with
 *   DISCORD_TOKEN=… DISCORD_API_URL=… npm start   # in a second terminal
 *
 * Then type commands as in Discord (`/cramp-cause query:dvt`); each is sent to the bot as an
 * INTERACTION_CREATE and the callback the bot posts is printed. `drop` and `drop!` close the gateway
 * (resumable or not); `requests` lists every HTTP request seen.
 */
import { createInterface } from 'node:readline';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/log.js';
import { parseCommandLine } from '../../src/preview/parse-command.js';
import { chatInputInteraction } from '../../src/preview/synthetic.js';
import { FakeDiscord, LOOPBACK_TOKEN as TEST_TOKEN } from './fake-discord.js';

const fake = await FakeDiscord.start({ token: TEST_TOKEN });
const { definitions } = createApp({ logger: createLogger({ level: 'silent' }) });
console.log(
  `Loopback Discord listening. Start the bot in another terminal with:\n\n  DISCORD_TOKEN='${TEST_TOKEN}' DISCORD_API_URL='${fake.apiUrl}' npm start\n`,
);
console.log('Then type a command such as /cramp-cause query:blood clot, or drop, drop!, requests, quit.');

const lines = createInterface({ input: process.stdin, terminal: false });
for await (const line of lines) {
  const input = line.trim();
  if (!input) continue;
  if (input === 'quit') break;
  if (input === 'drop' || input === 'drop!') {
    fake.drop(input === 'drop' ? 'resumable' : 'non-resumable');
    console.log('gateway dropped');
    continue;
  }
  if (input === 'requests') {
    for (const request of fake.requests) console.log(`${String(request.status)} ${request.method} ${request.path}`);
    continue;
  }
  try {
    const parsed = parseCommandLine(input, definitions);
    if (fake.readySessions().length === 0) {
      console.log('no bot is connected yet');
      continue;
    }
    const callback = await fake.interact(chatInputInteraction(parsed.name, parsed.options));
    console.log(JSON.stringify(callback.body, null, 2));
  } catch (error) {
    console.log(error instanceof Error ? error.message : String(error));
  }
}
await fake.close();
