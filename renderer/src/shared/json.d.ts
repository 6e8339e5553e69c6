/** Files bundled as text by Vite (`?raw`), e.g. package.json read by the About dialog. */
declare module '*?raw' {
  const text: string;
  export default text;
}
