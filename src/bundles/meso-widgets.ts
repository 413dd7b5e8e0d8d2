/**
 * `dist/meso-widgets.js`, the one-file bundle for `<script type="module">` (Lit inlined): registers
 * all three tags and exports what `meso-widgets/classes` exports, the element classes and the define
 * guard. The pure logic and the English content are exported by the npm package
 * (`meso-widgets/logic`), not here: a page pays only for what its widgets use.
 * @packageDocumentation
 */
import '../index.js';

export * from '../classes/index.js';
