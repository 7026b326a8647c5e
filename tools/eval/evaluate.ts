import { readFileSync } from 'node:fs';
import { UrgencyLevels, type UrgencyLevel } from '../../src/catalogue/schema.js';
import type { Answer } from '../../src/search/triage.js';

export const kinds = ['names', 'typos', 'lay', 'symptoms', 'medicines', 'conditions', 'emergencies', 'out-of-scope'] as const;
export type Kind = (typeof kinds)[number];
export type Expected = { cause: string } | { level: UrgencyLevel } | { out: true };
export type Outcome = 'right' | 'did-you-mean' | 'no-match' | 'wrong';

export interface Row {
  readonly kind: Kind;
  readonly query: string;
  readonly expected: Expected;
  readonly holdout: boolean;
}

/** Reads the query file: tab-separated kind, query, expected; `#` lines are comments; every fifth row is the holdout. */
export function readQueries(path: string): Row[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .slice(1);
  return lines.map((line, index) => {
    const [kind = '', query = '', expected = ''] = line.split('\t');
    if (!kinds.includes(kind as Kind)) throw new Error(`${path}: unknown kind "${kind}" in "${line}"`);
    return { kind: kind as Kind, query, expected: parseExpected(expected, line), holdout: index % 5 === 4 };
  });
}

function parseExpected(text: string, line: string): Expected {
  if (text === 'out') return { out: true };
  if (text.startsWith('cause:')) return { cause: text.slice('cause:'.length) };
  if ((UrgencyLevels as readonly string[]).includes(text)) return { level: text as UrgencyLevel };
  throw new Error(`unknown expected answer "${text}" in "${line}"`);
}

/**
 * How an answer fares against what was expected. "wrong" is a confident card for another cause (or any card
 * where none should be), or an urgent query answered without its advice first.
 */
export function judge(answer: Answer, expected: Expected): Outcome {
  const { result } = answer;
  if ('level' in expected) {
    const first = answer.flags[0];
    if (first && UrgencyLevels.indexOf(first.level) <= UrgencyLevels.indexOf(expected.level)) return 'right';
    if (result.kind === 'card') return 'wrong';
    return result.kind === 'did-you-mean' ? 'did-you-mean' : 'no-match';
  }
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
  urgent: number;
  urgentAnswered: number;
}

export function tally(
  rows: readonly Row[],
  lookup: (query: string) => Answer,
): { byKind: Map<Kind, Tally>; all: Tally; failures: string[] } {
  const empty = (): Tally => ({
    total: 0,
    outcomes: { right: 0, 'did-you-mean': 0, 'no-match': 0, wrong: 0 },
    urgent: 0,
    urgentAnswered: 0,
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
      if ('level' in row.expected) {
        t.urgent += 1;
        if (outcome === 'right') t.urgentAnswered += 1;
      }
    }
    if (outcome !== 'right') {
      const got = answer.result.kind === 'card' ? `card:${answer.result.cause.id}` : answer.result.kind;
      const flag = answer.flags[0] ? ` after ${answer.flags[0].level} advice` : '';
      failures.push(
        `${outcome.padEnd(12)} ${row.kind.padEnd(12)} "${row.query}" → ${got}${flag} (expected ${JSON.stringify(row.expected)})`,
      );
    }
  }
  return { byKind, all, failures };
}
