/** OpenCC's dictionaries ship as modules exporting one "from to|from to" string each. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
