// The pages' assets that the renderers import as text (scripts/build-browser.mjs gives them):
// a script of src/browser/ bundled for the browser, and a stylesheet without comments or spaces.
declare module '*?script' {
  const text: string;
  export default text;
}
declare module '*.css?style' {
  const text: string;
  export default text;
}
