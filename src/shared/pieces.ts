/**
 * The shared pieces of every widget's templates, one module each under `views/`: headings, the
 * labelled choice, the "needs JavaScript" swap, the phone line, the booking call-to-action, the
 * disclaimer with the content's provenance, and the footer that holds the last three. They take
 * what they show as arguments and import no element, so element views can use them directly.
 */
export {clampLevel, renderHeading} from './views/heading.js';
export {renderChoice, type Choice} from './views/choice.js';
export {renderNeedsScript} from './views/needs-script.js';
export {renderPhone} from './views/phone.js';
export {bookingText, renderBooking} from './views/booking.js';
export {renderDisclaimer} from './views/disclaimer.js';
export {renderFooter} from './views/footer.js';
