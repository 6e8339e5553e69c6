/** Field terms of the query language (speaker:"Vladimir Putin", date:2019) added to or removed from a query. Pure. */

export const quoteValue = (value: string): string => (/[\s"():]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);

export const term = (field: string, value: string): string => `${field}:${quoteValue(value)}`;

export const hasTerm = (query: string, t: string): boolean => ` ${query.trim()} `.includes(` ${t} `);

/** The query with the term added at its end, or taken out when it is there. */
export function toggleTerm(query: string, t: string): string {
  const q = query.trim();
  if (!hasTerm(q, t)) return `${q} ${t}`.trim();
  return ` ${q} `.replace(` ${t} `, ' ').replace(/\s+/g, ' ').trim();
}
