// server/plugins/meso-widgets.ts: every page leaves the server with each widget's content in it,
// as a declarative shadow root, so patients (and search engines) read it before any script runs.
import { prerender } from 'meso-widgets/ssr'

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', async (html) => {
    html.body = await Promise.all(html.body.map((part) => prerender(part)))
  })
})
