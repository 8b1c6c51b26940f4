// Stylesheets are bundled by Vite; importing one has no value, only the side effect.
declare module '*.css';
// Font files inlined by Vite (`?inline`): a `data:` URL of their bytes.
declare module '*.ttf?inline' {
  const dataUrl: string;
  export default dataUrl;
}
