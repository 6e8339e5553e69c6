/** The colours a chart is drawn in, as the theme in force resolves them (theme-colours.ts); pure, so the SVG export can be tested in Node. */
export interface ChartColours {
  background: string;
  text: string;
  muted: string;
  line: string;
  series: string[];
}
