// The CSS minifier of the browser bundles (scripts/minify-css-literals.mjs): only spaces CSS ignores go.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { minifyCssChunk } from "../../scripts/minify-css-literals.mjs";

describe("minifyCssChunk", () => {
  it("drops comments, and spaces next to braces, semicolons, commas and >", () => {
    assert.equal(
      minifyCssChunk(".a /* note */ > .b ,\n .c {\n  color: red;\n}\n"),
      ".a>.b,.c{color:red}",
    );
  });

  it("drops the space after a colon, before !important, and around * or / between numbers", () => {
    assert.equal(
      minifyCssChunk(
        ".a { padding: calc(var(--s) * 2) calc(var(--s) / 2) !important; grid-area: 1 / 1 } @media (forced-colors: active) { .b { gap: 0 } }",
      ),
      ".a{padding:calc(var(--s)*2) calc(var(--s)/2)!important;grid-area:1/1}@media (forced-colors:active){.b{gap:0}}",
    );
  });

  it("keeps the spaces that carry meaning: around + and - in calc(), between selector parts and values, in strings", () => {
    assert.equal(
      minifyCssChunk(
        ".a :hover { margin: calc(1em + 2px) calc(1em - 2px) 0 auto }",
      ),
      ".a :hover{margin:calc(1em + 2px) calc(1em - 2px) 0 auto}",
    );
    assert.equal(
      minifyCssChunk(".a > * { content: 'a: b) * 2 !important' }"),
      ".a>*{content:'a: b) * 2 !important'}",
    );
    assert.equal(
      minifyCssChunk(
        ".a::after { content: \"x / 2\" } :host([theme='dark' i]) .b { grid-column: 1 / -1 }",
      ),
      ".a::after{content:\"x / 2\"}:host([theme='dark' i]) .b{grid-column:1 / -1}",
    );
  });
});
