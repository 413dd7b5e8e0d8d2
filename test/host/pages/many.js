// 50 of each element, created before the bundle defines them.
document.addEventListener('DOMContentLoaded', () => {
  for (let i = 0; i < 50; i++) {
    for (const tag of ['meso-eligibility', 'meso-aftercare', 'meso-vs-filler']) {
      const el = document.createElement(tag);
      el.id = `${tag}-${i}`;
      if (tag === 'meso-aftercare') el.setAttribute('now', '2026-11-25T12:00');
      document.body.append(el);
    }
  }
});
