// The one function of spdx-expression-parse we use (the package ships no types).
declare module 'spdx-expression-parse' {
  function parse(expression: string): unknown;
  export default parse;
}
