// Records what a page under test must not have: CSP violations and uncaught errors.
window.__problems = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__problems.push(`CSP ${e.violatedDirective} ${e.blockedURI}`),
);
window.addEventListener('error', (e) => window.__problems.push(`error ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__problems.push(`rejection ${e.reason}`));
