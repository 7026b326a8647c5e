import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UrgencyLevels, type UrgencyLevel } from '../../src/catalogue/schema.js';
import type { Answer } from '../../src/search/triage.js';

export const kinds = [
  'names',
  'typos',
  'lay',
  'symptoms',
  'medicines',
  'conditions',
  'emergencies',
  'crisis',
  'benign',
  'out-of-scope',
] as const;
export type Kind = (typeof kinds)[number];
/** `crisis`: the safety pass answers first, privately. `calm`: no crisis help and no urgent advice, whatever else. */
export type Expected = { cause: string } | { level: UrgencyLevel } | { crisis: true } | { calm: true } | { out: true };
/**
 * "wrong" is a confident card for another cause (or any card where none should be); "missed" an urgent or crisis
 * query answered without its advice first; "false-alarm" urgent advice on a query that deserves none.
 */
export type Outcome = 'right' | 'did-you-mean' | 'no-match' | 'wrong' | 'missed' | 'false-alarm';
export const failuresThatMatter: readonly Outcome[] = ['wrong', 'missed', 'false-alarm'];

export interface Row {
  readonly kind: Kind;
  readonly query: string;
  readonly expected: Expected;
}

/** Reads a query file: tab-separated kind, query, expected, after a header row; `#` lines are comments. */
export function readQueries(path: string): Row[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .slice(1);
  return lines.map((line) => {
    const [kind = '', query = '', expected = ''] = line.split('\t');
    if (!kinds.includes(kind as Kind)) throw new Error(`${path}: unknown kind "${kind}" in "${line}"`);
    return { kind: kind as Kind, query, expected: parseExpected(expected, line) };
  });
}

/** Which round a holdout was written for: holdout.tsv is the first, holdout-2.tsv the second. */
const round = (file: string) => Number(/holdout-(\d+)\.tsv$/.exec(file)?.[1] ?? 1);

/** The sealed holdouts in `folder` whose names start with `prefix` ("", "es."), in the order they were written. */
export function holdoutFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder)
    .filter((file) => file.startsWith(`${prefix}holdout`) && file.endsWith('.tsv'))
    .sort((a, b) => round(a) - round(b))
    .map((file) => join(folder, file));
}

/** The sealed holdout's rows, refused when the file no longer matches the hash committed beside it. */
export function readSealed(path: string, hashPath: string): Row[] {
  const pinned = readFileSync(hashPath, 'utf8').split(/\s+/)[0];
  const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (pinned !== actual) throw new Error(`${path} was edited after it was sealed: its hash no longer matches ${hashPath}`);
  return readQueries(path);
}

function parseExpected(text: string, line: string): Expected {
  if (text === 'out') return { out: true };
  if (text === 'crisis') return { crisis: true };
  if (text === 'calm') return { calm: true };
  if (text.startsWith('cause:')) return { cause: text.slice('cause:'.length) };
  if ((UrgencyLevels as readonly string[]).includes(text)) return { level: text as UrgencyLevel };
  throw new Error(`unknown expected answer "${text}" in "${line}"`);
}

/** How an answer fares against what was expected. */
export function judge(answer: Answer, expected: Expected): Outcome {
  const { result, flags, safety } = answer;
  if ('crisis' in expected) return safety ? 'right' : 'missed';
  if ('level' in expected) {
    const first = flags[0];
    if (safety || (first && UrgencyLevels.indexOf(first.level) <= UrgencyLevels.indexOf(expected.level))) return 'right';
    return 'missed';
  }
  if (safety || flags.length > 0) return 'false-alarm';
  if ('calm' in expected) return 'right';
  if ('out' in expected) {
    if (result.kind === 'card') return 'wrong';
    return result.kind === 'did-you-mean' ? 'did-you-mean' : 'right';
  }
  if (result.kind === 'card') return result.cause.id === expected.cause ? 'right' : 'wrong';
  return result.kind === 'did-you-mean' ? 'did-you-mean' : 'no-match';
}

export interface Tally {
  total: number;
  outcomes: Record<Outcome, number>;
}

/** What an answer was, in a few words, with the rule that decided it. */
export function describe(answer: Answer): string {
  const got = answer.result.kind === 'card' ? `card:${answer.result.cause.id}` : answer.result.kind;
  const safety = answer.safety ? `safety:${answer.safety.kind} then ` : '';
  const flag = answer.flags[0] ? ` after ${answer.flags[0].level} advice` : '';
  return `${safety}${got}${flag} [${answer.decidedBy}]`;
}

export function tally(
  rows: readonly Row[],
  lookup: (query: string) => Answer,
): { byKind: Map<Kind, Tally>; all: Tally; failures: string[] } {
  const empty = (): Tally => ({
    total: 0,
    outcomes: { right: 0, 'did-you-mean': 0, 'no-match': 0, wrong: 0, missed: 0, 'false-alarm': 0 },
  });
  const byKind = new Map<Kind, Tally>(kinds.map((kind) => [kind, empty()]));
  const all = empty();
  const failures: string[] = [];
  for (const row of rows) {
    const answer = lookup(row.query);
    const outcome = judge(answer, row.expected);
    for (const t of [all, byKind.get(row.kind) ?? empty()]) {
      t.total += 1;
      t.outcomes[outcome] += 1;
    }
    if (outcome !== 'right') {
      failures.push(
        `${outcome.padEnd(12)} ${row.kind.padEnd(12)} "${row.query}" → ${describe(answer)} (expected ${JSON.stringify(row.expected)})`,
      );
    }
  }
  return { byKind, all, failures };
}
