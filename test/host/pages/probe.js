// Loaded first by every host page: records what a host page would see go wrong.
window.probe = {errors: [], violations: [], warnings: [], configErrors: []};
window.addEventListener('error', (event) => window.probe.errors.push(String(event.message || event.error)));
window.addEventListener('unhandledrejection', (event) => window.probe.errors.push(`unhandled: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) =>
  window.probe.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);
document.addEventListener('meso-config-error', (event) => window.probe.configErrors.push(event.detail));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.probe.warnings.push(args.map(String).join(' '));
  warn(...args);
};
