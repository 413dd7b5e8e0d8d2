// Screenshots of the demo page in headless Chromium, for looking at what we build:
//   node scripts/screenshots.mjs            → screenshots/*.png (run `npm run build` first)
// Each shot names a page query, a width and optional clicks inside the widgets' shadow roots.
import {mkdirSync} from 'node:fs';
import {launchChromium} from './browsers.mjs';
import {serve} from './serve.mjs';

const start = '.step--intro .button--primary';
const cont = 'form .button--primary';
const allNo = ['#q-pregnant-no', '#q-breastfeeding-no', '#q-bleeding-no', '#q-immune-no', '#q-skin-no', '#q-allergy-no', '#q-conditions-no', '#q-heart-stroke-no'];
const answerSteps = (answers) => answers.flatMap((answer) => [answer, cont]);
const toSummary = (answers) => [start, '#goal-face', '#goal-body', cont, ...answerSteps(answers)];
const toResult = (answers) => [...toSummary(answers), '.step--summary .button--primary'];
const eligibility = (name, width, clicks = [], query = '') => ({name: `eligibility-${name}-${width}`, width, clicks, query: `only=eligibility&${query}`});

const INSTAGRAM =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 330.0.0.27.106 (iPhone15,2; iOS 17_4; en_GB; en; scale=3.00; 1179x2556; 602469541)';

const shots = [
  eligibility('intro', 375),
  eligibility('intro', 1280),
  eligibility('question', 375, [start, '#goal-face', cont]),
  eligibility('question', 1280, [start, '#goal-face', cont, '#q-adult-yes', cont]),
  eligibility('error', 375, [start, cont]),
  eligibility('error', 1280, [start, '#goal-face', cont, cont]),
  eligibility('summary', 1280, toSummary(['#q-adult-yes', ...allNo])),
  eligibility('no-concerns', 375, toResult(['#q-adult-yes', ...allNo])),
  eligibility('no-concerns', 1280, toResult(['#q-adult-yes', ...allNo])),
  eligibility('not-recommended', 1280, toResult(['#q-adult-yes', '#q-pregnant-no', '#q-breastfeeding-no', '#q-bleeding-yes', ...allNo.slice(3)])),
  eligibility('not-now', 375, toResult(['#q-adult-yes', '#q-pregnant-yes', ...allNo.slice(1)])),
  eligibility('ask-doctor', 1280, toResult(['#q-adult-yes', '#q-pregnant-no', '#q-breastfeeding-no', '#q-bleeding-no', '#q-immune-unsure', ...allNo.slice(4)]), 'theme=dark'),
  eligibility('list', 1280, [start, '#goal-hair', cont, cont], 'layout=list'),
  {name: 'aftercare-guide-375', width: 375, query: 'only=aftercare'},
  {name: 'aftercare-guide-1280', width: 1280, query: 'only=aftercare'},
  {name: 'aftercare-timeline-375', width: 375, query: 'only=aftercare&treated-at=2026-11-24T10:30&now=2026-11-25T18:00'},
  {name: 'aftercare-timeline-1280', width: 1280, query: 'only=aftercare&treated-at=2026-11-24T10:30&now=2026-11-25T18:00'},
  {name: 'aftercare-planned-1280', width: 1280, query: 'only=aftercare&theme=dark&treated-at=2026-12-02T09:00&now=2026-11-25T18:00'},
  {name: 'aftercare-invalid-375', width: 375, query: 'only=aftercare&treated-at=soon'},
  // Issue 21: the care cards with a clinic's numbers, a finished plan, and the new result states.
  {name: 'aftercare-cards-375', width: 375, query: 'only=aftercare&emergency-number=999&urgent-number=111'},
  {name: 'aftercare-cards-1280', width: 1280, query: 'only=aftercare&theme=dark&emergency-number=112'},
  {name: 'aftercare-finished-375', width: 375, query: 'only=aftercare&treated-at=2026-11-21T10:30&now=2026-11-25T18:00'},
  eligibility('medicine-warning', 375, toResult(['#q-adult-yes', '#q-pregnant-no', '#q-breastfeeding-no', '#q-bleeding-no', '#q-immune-yes', ...allNo.slice(4)])),
  eligibility('not-sure-pregnant', 1280, toResult(['#q-adult-yes', '#q-pregnant-unsure', ...allNo.slice(1)])),
  {name: 'vs-filler-375-filler-caveat', width: 375, query: 'only=vs-filler&view=helper', clicks: ['#concern-hair', '#concern-volume']},
  {name: 'aftercare-print', width: 800, print: true, query: 'only=aftercare&treated-at=2026-11-24T10:30&now=2026-11-25T18:00'},
  // Issue 23: the course of sessions, an in-app browser (Instagram), the plan copied, and the course in print.
  ...['en', 'ar'].flatMap((lang) => {
    const base = `only=aftercare${lang === 'ar' ? '&lang=ar&dir=rtl' : ''}&treated-at=2026-11-24T10:30&now=2026-11-25T18:00`;
    const prefix = `aftercare${lang === 'ar' ? '-ar' : ''}`;
    return [
      {name: `${prefix}-course-375`, width: 375, query: `${base}&sessions=6&session-interval=P2W`, element: '.timeline'},
      {name: `${prefix}-in-app-375`, width: 375, query: base, userAgent: INSTAGRAM, element: '.timeline'},
      {name: `${prefix}-copied-375`, width: 375, query: base, clipboard: true, clicks: ['.actions .share'], element: '.timeline'},
    ];
  }),
  {name: 'aftercare-course-print', width: 800, print: true, query: 'only=aftercare&treated-at=2026-11-24T10:30&now=2026-11-25T18:00&sessions=6&session-interval=P2W'},
  {name: 'vs-filler-1280', width: 1280, query: 'only=vs-filler'},
  {name: 'vs-filler-375', width: 375, query: 'only=vs-filler'},
  {name: 'vs-filler-320-result', width: 320, clicks: ['#concern-texture', '#concern-volume', '#concern-fat']},
  {name: 'vs-filler-1280-result', width: 1280, clicks: ['#concern-texture', '#concern-fat', '#severity-mild']},
  {name: 'vs-filler-1280-dark', width: 1280, query: 'theme=dark', clicks: ['#concern-volume', '#concern-deep-lines']},
  {name: 'vs-filler-375-dark', width: 375, query: 'theme=dark'},
  {name: 'vs-filler-1280-rtl', width: 1280, query: 'dir=rtl', clicks: ['#concern-hair']},
  // The patient's own settings: a 32 px browser default font (DevTools Protocol), and 320 px.
  eligibility('not-recommended', 320, toResult(['#q-adult-yes', '#q-pregnant-no', '#q-breastfeeding-no', '#q-bleeding-yes', ...allNo.slice(3)])),
  {...eligibility('summary-32px', 640, toSummary(['#q-adult-yes', ...allNo])), fontSize: 32},
  {...eligibility('not-now-32px', 640, toResult(['#q-adult-yes', '#q-pregnant-yes', ...allNo.slice(1)])), fontSize: 32},
  {...eligibility('question-rtl', 375, [start, '#goal-face', cont], 'dir=rtl')},
  {name: 'aftercare-error-32px-640', width: 640, fontSize: 32, query: 'only=aftercare', clicks: ['form .button--primary']},
  {name: 'aftercare-changing-1280', width: 1280, query: 'only=aftercare&treated-at=2026-11-24T10:30&now=2026-11-25T18:00', clicks: ['#change-time']},
  {name: 'vs-filler-32px-640', width: 640, fontSize: 32, query: 'only=vs-filler', clicks: ['#concern-texture', '#concern-volume']},
  // Arabic, right to left: each element's main states at a phone and a desktop width.
  ...[375, 1280].flatMap((width) => [
    eligibility('ar-intro', width, [], 'lang=ar&dir=rtl'),
    eligibility('ar-question', width, [start, '#goal-face', cont], 'lang=ar&dir=rtl'),
    eligibility('ar-not-now', width, toResult(['#q-adult-yes', '#q-pregnant-yes', ...allNo.slice(1)]), 'lang=ar&dir=rtl'),
    {name: `aftercare-ar-timeline-${width}`, width, query: 'only=aftercare&lang=ar&dir=rtl&treated-at=2026-11-24T10:30&now=2026-11-25T18:00'},
    {name: `aftercare-ar-cards-${width}`, width, query: 'only=aftercare&lang=ar&dir=rtl&emergency-number=999&urgent-number=111&treated-at=2026-12-02T09:00&now=2026-11-25T18:00'},
    {name: `vs-filler-ar-result-${width}`, width, query: 'only=vs-filler&lang=ar&dir=rtl', clicks: ['#concern-texture', '#concern-volume', '#severity-mild']},
  ]),
];

const only = process.argv.slice(2);
const server = await serve({port: 0});
const {port} = server.address();
mkdirSync('screenshots', {recursive: true});
const browser = await launchChromium(['--hide-scrollbars']);
try {
  for (const shot of shots.filter((s) => only.length === 0 || only.some((name) => s.name.includes(name)))) {
    const page = await browser.newPage();
    await page.setViewport({width: shot.width, height: 900});
    if (shot.print) await page.emulateMediaType('print');
    if (shot.userAgent) await page.setUserAgent(shot.userAgent);
    // A browser that cannot share files, with a clipboard that takes the text (headless has none).
    if (shot.clipboard)
      await page.evaluateOnNewDocument(() => {
        Object.defineProperty(navigator, 'canShare', {value: undefined});
        Object.defineProperty(navigator, 'clipboard', {value: {writeText: async () => {}}});
      });

    await page.goto(`http://127.0.0.1:${port}/${shot.page ?? 'demo/'}?${shot.query ?? ''}`, {waitUntil: 'networkidle0'});
    // A larger browser default font (set after loading: the setting belongs to the page's view).
    if (shot.fontSize) {
      const cdp = await page.createCDPSession();
      await cdp.send('Page.setFontSizes', {fontSizes: {standard: shot.fontSize, fixed: Math.round(shot.fontSize * 0.8125)}});
    }
    for (const selector of shot.clicks ?? []) {
      await page.click(`pierce/${selector}`);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (shot.element) {
      // Only one part of the widget, where a change is (the timeline, say).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewport({width: shot.width, height});
      await (await page.$(`pierce/${shot.element}`)).screenshot({path: `screenshots/${shot.name}.png`});
    } else if (shot.fontSize || shot.query?.includes('dir=rtl')) {
      // A full-page capture lays the page out again without the font setting, and starts at the
      // wrong edge of a right-to-left page: grow the viewport instead.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewport({width: shot.width, height});
      await page.screenshot({path: `screenshots/${shot.name}.png`});
    } else {
      await page.screenshot({path: `screenshots/${shot.name}.png`, fullPage: true});
    }
    console.log(`screenshots/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
