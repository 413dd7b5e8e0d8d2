/**
 * The in-app browsers of social and messaging apps (Instagram, Facebook, Messenger, TikTok,
 * LinkedIn, Snapchat, LINE) and Chrome on iOS, by their user agent: browsers where a file made in
 * the page (a Blob download) often fails silently.
 */
const IN_APP = /Instagram|FBAN\/|FBAV\/|FB_IAB|FBIOS|Messenger|Orca-Android|musical_ly|TikTok|BytedanceWebview|LinkedInApp|Snapchat|\bLine\/|CriOS\//i;

/** Whether `ua` (a `navigator.userAgent`) is an in-app browser or Chrome on iOS. Never throws. */
export const isInAppBrowser = (ua: unknown): boolean => typeof ua === 'string' && IN_APP.test(ua);
