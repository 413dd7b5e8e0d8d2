// plugins/meso-widgets.client.ts: the widgets' code loads once the page is hydrated. Vue has set
// their properties and event listeners by then, so each widget starts with them.
export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.hook('app:mounted', () => {
    import('meso-widgets')
  })
})
