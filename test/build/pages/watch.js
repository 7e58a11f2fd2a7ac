// Records what a page under test must not have: CSP violations and uncaught errors.
window.__problems = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__problems.push(`CSP ${e.violatedDirective} ${e.blockedURI}`),
);
window.addEventListener('error', (e) => window.__problems.push(`error ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__problems.push(`rejection ${e.reason}`));
// What the page is told about parts that could not be fetched (expected only in the failed-download tests).
window.__reported = [];
for (const type of ['crm-load-error', 'crm-locale-error', 'crm-storage-fallback']) {
  document.addEventListener(type, (e) => window.__reported.push({ type, tag: e.target.localName, ...e.detail }));
}
