/** `.graphql` files are bundled as their text (esbuild's text loader), byte for byte. */
declare module '*.graphql' {
  const text: string;
  export default text;
}
