/**
 * `dist/meso-widgets.js`, the one-file bundle for `<script type="module">` (Lit inlined): registers
 * all three tags and exports what `meso-widgets/classes` exports, the element classes and the define
 * guard. The pure logic and the English content are exported by the npm package
 * (`meso-widgets/logic`), not here: a page pays only for what its widgets use.
 * @packageDocumentation
 */
// Module order only: these modules have no side effects and the elements import them anyway. The
// English content, then the style sheets, each in one run: gzip finds the repeats near each other
// (0.4 KB less than in the order the elements import them).
import '../content/en/common.js';
import '../content/en/eligibility.js';
import '../content/en/aftercare.js';
import '../content/en/vs-filler.js';
import '../shared/styles.js';
import '../eligibility/eligibility.styles.js';
import '../aftercare/aftercare.styles.js';
import '../vs-filler/vs-filler.styles.js';
import '../index.js';

export * from '../classes/index.js';
