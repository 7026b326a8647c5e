/** Longest query a member can type: the `query` option's max_length, which the router enforces. */
export const QUERY_MAX_LENGTH = 100;
