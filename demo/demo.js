// Demo page options from the URL: ?theme=dark&dir=rtl&lang=fr&width=320
const params = new URLSearchParams(location.search);
for (const widget of document.querySelectorAll('main > [data-widget]')) {
  for (const name of ['theme', 'lang', 'view', 'layout', 'treated-at', 'now', 'emergency-number', 'urgent-number', 'sessions', 'session-interval']) {
    if (params.has(name)) widget.setAttribute(name, params.get(name));
  }
}
if (params.has('only')) {
  for (const widget of document.querySelectorAll('main > [data-widget]')) {
    widget.hidden = widget.localName !== `meso-${params.get('only')}`;
  }
}
if (params.has('dir')) document.documentElement.dir = params.get('dir');
if (params.has('width')) document.querySelector('main').style.maxWidth = `${Number(params.get('width'))}px`;
if (params.get('theme') === 'dark') Object.assign(document.body.style, {background: '#0b0f12', color: '#eef2f4'});
