import {wellFormed} from './text.js';

/**
 * The longest `mailto:` link we hand to a mail app, in characters of the encoded link. Windows
 * passes links to mail apps with a 2,048-character limit (Outlook, Windows Mail), and Chrome gives
 * up on longer ones; the rest (Apple Mail, iOS, Android, Thunderbird) take far more. Every letter
 * outside ASCII costs 6 characters (`%D8%A7`), so an Arabic message holds about a sixth of the text
 * an English one does: the summary comes in shorter forms for that.
 */
export const MAILTO_MAX_LENGTH = 2000;

/**
 * An email address a clinic may give in `share-email`: one address, `local@domain.tld`, with no
 * character that would change the link (`?`, `#`, `%`, `&`, `/`, spaces, commas) and no display name.
 */
export function isEmailAddress(text: string): boolean {
  return (
    text.length <= 254 &&
    /^[A-Za-z0-9.!$'*+=^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/.test(text) &&
    !text.startsWith('.') &&
    !text.includes('..')
  );
}

/**
 * A `mailto:` link (RFC 6068) that opens a new message to `to` with `subject` and `body`. Line
 * breaks are written as CRLF, as the RFC asks. `to` must pass {@link isEmailAddress}.
 */
export function mailtoHref(to: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(wellFormed(text));
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body.replace(/\r?\n/g, '\r\n'))}`;
}

/**
 * The first of `bodies` (richest first) whose link fits in `max` characters, and which one it
 * was; `null` when none fits (an address or override so long that no summary fits).
 */
export function fitMailto(
  to: string,
  subject: string,
  bodies: readonly string[],
  max: number = MAILTO_MAX_LENGTH,
): {href: string; form: number} | null {
  for (let form = 0; form < bodies.length; form++) {
    const href = mailtoHref(to, subject, bodies[form]);
    if (href.length <= max) return {href, form};
  }
  return null;
}
