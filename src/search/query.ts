/**
 * Longest query a member can type: the `query` option's max_length, which the router enforces. Long enough for
 * what members write when they describe more than a symptom (Discord allows up to 6,000): the safety pass reads it all.
 */
export const QUERY_MAX_LENGTH = 1000;
