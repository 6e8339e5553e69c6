/** A query the parser refuses; its message says what to change. Caught by parseQuery, never thrown out of it. */
export class QueryError extends Error {}
