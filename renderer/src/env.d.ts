// Stylesheets are bundled by Vite; importing one has no value, only the side effect.
declare module '*.css';
// Font files inlined by Vite (`?inline`): a `data:` URL of their bytes.
declare module '*.ttf?inline' {
  const dataUrl: string;
  export default dataUrl;
}
// A file Vite copies into the build, imported as its URL (the PDF renderer's worker).
declare module '*?url' {
  const url: string;
  export default url;
}
