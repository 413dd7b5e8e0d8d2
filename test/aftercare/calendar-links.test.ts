import {expect} from '@open-wc/testing';
import {calendarLinks} from '../../src/logic/aftercare/calendar-links.js';
import {isInAppBrowser} from '../../src/logic/in-app-browser.js';
import {USER_AGENTS} from './user-agents.js';


describe('isInAppBrowser', () => {
  const inApp = ['instagram', 'facebook', 'facebookAndroid', 'messenger', 'tiktok', 'linkedin', 'snapchat', 'line', 'crios'] as const;
  for (const name of inApp) it(`recognises ${name}`, () => expect(isInAppBrowser(USER_AGENTS[name])).to.equal(true));
  for (const name of ['desktopChrome', 'desktopSafari', 'iosSafari', 'androidChrome', 'firefox'] as const)
    it(`leaves ${name} alone`, () => expect(isInAppBrowser(USER_AGENTS[name])).to.equal(false));
  it('never throws, whatever it is given', () => {
    for (const value of [undefined, null, 42, {}, '', 'Timeline/2.0']) expect(isInAppBrowser(value)).to.equal(false);
  });
});

describe('calendarLinks', () => {
  const event = {
    title: 'Aftercare: steps over; see “notes” & more',
    start: new Date('2026-11-27T10:30:00Z'),
    end: new Date('2026-11-27T10:45:00Z'),
    details: 'Line one\nLine two, with # and ?',
  };
  const links = calendarLinks(event);

  it('Google Calendar: the title, the UTC start and end, and the details', () => {
    const url = new URL(links.google);
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal(event.title);
    expect(url.searchParams.get('dates')).to.equal('20261127T103000Z/20261127T104500Z');
    expect(url.searchParams.get('details')).to.equal(event.details);
  });

  for (const [service, host] of [['outlook', 'outlook.live.com'], ['office365', 'outlook.office.com']] as const) {
    it(`${service}: the title, the UTC start and end, and the body`, () => {
      const url = new URL(links[service]);
      expect(url.host).to.equal(host);
      expect(url.pathname).to.equal('/calendar/0/action/compose');
      expect(url.searchParams.get('rru')).to.equal('addevent');
      expect(url.searchParams.get('subject')).to.equal(event.title);
      expect(new Date(url.searchParams.get('startdt')!).getTime()).to.equal(event.start.getTime());
      expect(new Date(url.searchParams.get('enddt')!).getTime()).to.equal(event.end.getTime());
      expect(url.searchParams.get('startdt')).to.match(/Z$/);
      expect(url.searchParams.get('body')).to.equal(event.details);
    });
  }
});
