/**
 * The shared style sheets, one module each under `styles/`, in cascade order: the design tokens,
 * the host reset, the base (typography, buttons, focus and the shared pieces), then forms.
 * `errorSummaryStyles` is added by the elements that have a form with an error summary.
 */
import {tokens} from './styles/tokens.js';
import {hostReset} from './styles/host.js';
import {baseStyles} from './styles/base.js';
import {formStyles} from './styles/forms.js';

export {tokens, hostReset, baseStyles, formStyles};
export {errorSummaryStyles} from './styles/error-summary.js';

/** Everything an element needs before its own styles (elements with a form add `errorSummaryStyles`). */
export const sharedStyles = [tokens, hostReset, baseStyles, formStyles];
