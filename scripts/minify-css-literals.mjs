// A rollup plugin that shrinks the CSS inside Lit `css` tagged templates in our own sources:
// comments go, runs of white space become one space, and spaces next to { } ; , > are dropped.
// Spaces elsewhere (inside calc(), between selector parts and values) are kept, so meaning is unchanged.

/** Minifies one CSS text chunk (the part of a template between interpolations). */
export function minifyCssChunk(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}');
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
