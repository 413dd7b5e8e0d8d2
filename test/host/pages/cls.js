// Measures layout shift while the bundle loads: paints the page first, records where the text
// after each widget sits, loads the bundle, and records every layout-shift entry (where supported).
window.cls = {shifts: [], before: null, after: null, supported: false};
const markers = () => [...document.querySelectorAll('.after-widget')].map((el) => Math.round(el.getBoundingClientRect().top));
if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  window.cls.supported = true;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls.shifts.push(entry.value);
  }).observe({type: 'layout-shift', buffered: true});
}
window.addEventListener('load', () => {
  requestAnimationFrame(() =>
    setTimeout(async () => {
      window.cls.before = markers();
      await import('/dist/meso-widgets.js');
      await Promise.all(['meso-eligibility', 'meso-aftercare', 'meso-vs-filler'].map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...document.querySelectorAll('meso-eligibility, meso-aftercare, meso-vs-filler')].map((el) => el.updateComplete));
      requestAnimationFrame(() =>
        setTimeout(() => {
          window.cls.after = markers();
          window.cls.done = true;
        }, 100),
      );
    }, 100),
  );
});
