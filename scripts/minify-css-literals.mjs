// A rollup plugin that shrinks the CSS inside Lit `css` tagged templates in our own sources:
// comments go, runs of white space become one space, spaces next to { } ; , > are dropped, and so are
// spaces after a colon (`color: red`, `(forced-colors: active)`; a selector never has one after its
// colon), before `!important` and around `*` or `/` between numbers, outside quoted strings. Spaces elsewhere (inside calc(), between
// selector parts and values; around + and - in calc()) are kept, so meaning is unchanged.

/** Minifies one CSS text chunk (the part of a template between interpolations). */
export function minifyCssChunk(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/("[^"]*"|'[^']*')|:\s+|\s+(!important)/g, (match, quoted, important) => quoted ?? important ?? ':')
    // `var(--_space) * 2`, `1 / 1`: a number's operator needs no spaces (a selector never has `) *` before a digit).
    .replace(/("[^"]*"|'[^']*')|([)\d]) ([*/]) (?=[\d.(]|var\()/g, (match, quoted, before, operator) => quoted ?? before + operator);
}

export function minifyCssLiterals({include = /\/src\/.*\.ts$/} = {}) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id) || !/css\s*`/.test(code)) return null;
      // Walk each css`...` template, minifying the static chunks between ${...} interpolations.
      const out = code.replace(/css\s*`([\s\S]*?)`/g, (whole, body) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((part) => (part.startsWith('${') ? part : minifyCssChunk(part))).join('')}\``;
      });
      return {code: out, map: null};
    },
  };
}
