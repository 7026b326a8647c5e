import type { Cause, MedicineClass, NotCovered, RedFlag } from '../catalogue/schema.js';
import type { SafetyFinding } from '../safety/safety.js';

export type Result =
  /** Certain: the query names this cause (or a medicine under it). */
  | {
      readonly kind: 'card';
      readonly cause: Cause;
      readonly medicine?: { readonly name: string; readonly medicineClass: MedicineClass };
      readonly others: readonly Cause[];
      /** Found by a looser match (a misspelling, a prefix, the prose) rather than by name. */
      readonly closest: boolean;
    }
  /** A resemblance only, or several causes equally named: ask, never guess. */
  | { readonly kind: 'did-you-mean'; readonly candidates: readonly Cause[] }
  | { readonly kind: 'not-covered'; readonly entry: NotCovered }
  | { readonly kind: 'none' };

export interface Answer {
  /** Urgent signs the query describes, most urgent first; their advice comes before anything else. */
  readonly flags: readonly RedFlag[];
  /** For each of those signs, the member's own words that described it (folded), in the same order. */
  readonly said: readonly string[];
  readonly result: Result;
  /** The rules that settled the result, in order ("named", "named > unexplained-words"), for `npm run eval` and tests. */
  readonly decidedBy: string;
  /** What the safety pass found in the whole message: help comes first, privately. */
  readonly safety?: SafetyFinding;
}
