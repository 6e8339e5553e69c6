/** The part of citation-js's API used here (the packages ship no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The entries read, as CSL-JSON. */
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string | object;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
