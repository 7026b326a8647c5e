import { createInterface } from 'node:readline';
import { Locale } from 'discord-api-types/v10';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { CatalogueError } from '../catalogue/catalogue.js';
import { LanguageFileError } from '../catalogue/languages.js';
import { SafetyDataError } from '../safety/safety.js';
import { createLogger } from '../log.js';
import { CommandLineError } from '../preview/parse-command.js';
import { previewInteraction, type PreviewRequest } from '../preview/preview.js';
import { renderResponse } from '../preview/render.js';
import { Program } from './program.js';

const usage = `Preview the bot's replies offline, exactly as it would answer in Discord.

  npm run --silent preview -- '/cramp-cause query:blood clot'
  npm run --silent preview -- '/cramp-causes tier:rare audience:general'
  npm run --silent preview -- --autocomplete '/cramp-cause query:thromb'
  npm run --silent preview -- --pick deep-vein-thrombosis '/cramp-causes'
  npm run --silent preview -- --locale es-ES '/causa-calambre consulta:calambre en la pantorrilla'
  printf '%s\\n' '/cramp-cause query:DVT' '/cramp-causes' | npm run --silent preview -- --json

  --json          print the interaction-response body sent to Discord instead of the rendered reply
  --autocomplete  preview the suggestions for the last option written
  --pick <id>     then choose <id> in the reply's select menu and show that answer
  --locale <l>    answer a member whose Discord is in this language (es-ES, es-419, pt-BR, fr, de, …; default en-GB);
                  commands and options may then be written with the names Discord shows in it
  --width <n>     wrap at n columns (40 is a phone); by default the terminal's width, at most 100
  With no command, commands are read from standard input, one per line.`;

/** `npm run preview`: answers typed commands with the bot's own router, with no Discord account. */
const program = new Program('preview');
// Output piped into `head` closes early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      autocomplete: { type: 'boolean', default: false },
      pick: { type: 'string' },
      width: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  console.error(`preview: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}

let app;
try {
  // Errors a handler throws go to standard error, as the bot would log them.
  app = createApp({ logger: createLogger({ level: 'error', write: (line) => process.stderr.write(line) }) });
} catch (error) {
  if (error instanceof CatalogueError || error instanceof LanguageFileError || error instanceof SafetyDataError)
    program.fail(error.message);
  throw error;
}
const { router, definitions } = app;
const { json, autocomplete, pick } = args.values;
const locale = Object.values(Locale).find((candidate) => candidate === args.values.locale);
if (args.values.locale !== undefined && !locale) program.fail(`--locale must be a Discord locale: ${Object.values(Locale).join(', ')}`);
const width = Number(args.values.width ?? Math.min(process.stdout.columns || 80, 100));
if (!Number.isInteger(width) || width < 20 || width > 500) program.fail('--width must be a whole number from 20 to 500');
const style = { color: process.stdout.isTTY && !process.env.NO_COLOR, width };
const show = async (request: PreviewRequest): Promise<string> => {
  const response = await previewInteraction(router, definitions, request);
  return json ? JSON.stringify(response) : renderResponse(response, style);
};

if (args.positionals.length > 0) {
  try {
    console.log(await show({ line: args.positionals.join(' '), autocomplete, pick, ...(locale ? { locale } : {}) }));
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
    console.error(`preview: ${error.message}`);
    process.exitCode = 2;
  }
} else {
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    // With --json, one output line per input line, blank ones included, so the two line up.
    if (!line.trim()) {
      if (json) console.log(JSON.stringify({ error: 'empty line', line }));
      continue;
    }
    try {
      console.log(await show({ line, autocomplete, pick, ...(locale ? { locale } : {}) }));
    } catch (error) {
      if (!(error instanceof CommandLineError)) throw error;
      console.log(json ? JSON.stringify({ error: error.message, line }) : `preview: ${error.message}`);
    }
    if (!json) console.log('');
  }
}
