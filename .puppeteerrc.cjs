// Puppeteer drives the system's Chromium and Firefox (Debian packages); it never downloads a browser.
module.exports = {skipDownload: true};
