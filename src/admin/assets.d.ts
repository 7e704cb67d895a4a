/** Vite turns an imported image into its URL (the logo in extensions/). */
declare module '*.svg' {
  const url: string;
  export default url;
}
