/** Migration files are bundled as text (esbuild loader "text"; a vitest plugin in tests). */
declare module '*.sql' {
  const text: string;
  export default text;
}
