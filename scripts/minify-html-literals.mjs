// A rollup plugin that folds the white space of Lit `html` templates in our own sources: every run
// of white space that holds a line break becomes one space. A browser renders one space where the
// source had an indented line break (our templates have no <pre> and no pre-wrap text), so what
// patients see is unchanged; the bundle loses the indentation. Templates are found in the parsed
// code (html`…` and static-html staticHtml`…`), not by pattern, so nested templates are safe.

/** Folds one static part of a template. */
export const foldHtmlChunk = (text) => text.replace(/\s*\n\s*/g, ' ');

export function minifyHtmlLiterals({include = /\/src\/.*\.ts$/, tags = ['html', 'staticHtml']} = {}) {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      // TypeScript emits `html \`…\`` with a space.
      if (!include.test(id) || !new RegExp(`\\b(?:${tags.join('|')})\\s*\``).test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.includes(node.tag.name)) {
          for (const quasi of node.quasi.quasis) edits.push(quasi);
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach((item) => item && typeof item.type === 'string' && visit(item));
          else if (value && typeof value.type === 'string') visit(value);
        }
      };
      visit(this.parse(code));
      let out = code;
      for (const quasi of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, quasi.start) + foldHtmlChunk(out.slice(quasi.start, quasi.end)) + out.slice(quasi.end);
      }
      return {code: out, map: null};
    },
  };
}
