import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { commands } from '../commands/index.js';
import { CatalogueError, loadCatalogue } from './catalogue/catalogue.js';
import { createRouter } from './interactions/router.js';
import { CommandLineError } from './transports/preview/parse-command.js';
import { previewInteraction, type PreviewRequest } from './transports/preview/preview.js';
import { renderResponse } from './transports/preview/render.js';

const usage = `Preview the bot's replies offline, exactly as it would answer in Discord.

  npm run --silent preview -- '/cramp-cause query:blood clot'
  npm run --silent preview -- '/cramp-causes tier:rare audience:general'
  npm run --silent preview -- --autocomplete '/cramp-cause query:thromb'
  npm run --silent preview -- --pick deep-vein-thrombosis '/cramp-causes'
  printf '%s\\n' '/cramp-cause query:DVT' '/cramp-causes' | npm run --silent preview -- --json

  --json          print the interaction-response body sent to Discord instead of the rendered reply
  --autocomplete  preview the suggestions for the last option written
  --pick <id>     then choose <id> in the reply's select menu and show that answer
  With no command, commands are read from standard input, one per line.`;

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        autocomplete: { type: 'boolean', default: false },
        pick: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`preview: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (args.values.help) {
    console.log(usage);
    return 0;
  }
  const catalogue = loadCatalogue();
  const router = createRouter(catalogue, commands);
  const definitions = commands.map((command) => command.definition(catalogue));
  const style = { color: process.stdout.isTTY && !process.env.NO_COLOR, width: Math.min(process.stdout.columns || 80, 100) };
  const show = (request: PreviewRequest): string => {
    const response = previewInteraction(router, definitions, request);
    return args.values.json ? JSON.stringify(response) : renderResponse(response, style);
  };
  const base = { autocomplete: args.values.autocomplete, pick: args.values.pick };

  if (args.positionals.length > 0) {
    try {
      console.log(show({ ...base, line: args.positionals.join(' ') }));
      return 0;
    } catch (error) {
      if (!(error instanceof CommandLineError)) throw error;
      console.error(`preview: ${error.message}`);
      return 2;
    }
  }

  const lines = createInterface({ input: process.stdin, terminal: false });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    try {
      console.log(show({ ...base, line }));
    } catch (error) {
      if (!(error instanceof CommandLineError)) throw error;
      console.log(args.values.json ? JSON.stringify({ error: error.message, line }) : `preview: ${error.message}`);
    }
    if (!args.values.json) console.log('');
  });
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`preview: ${error instanceof CatalogueError ? error.message : String(error)}`);
  process.exitCode = 1;
}
