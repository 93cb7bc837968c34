// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to a form's error summary so screen reader users hear what went wrong.
  const summary = document.querySelector('[data-error-summary]');
  if (summary instanceof HTMLElement) summary.focus();
});

// Kiosk mode (a shared tablet at a service point): after the thank-you, the form starts over for the
// next respondent, replacing this page in the history so the back button cannot return to it.
document.addEventListener('DOMContentLoaded', () => {
  const reset = document.querySelector('[data-kiosk-reset]');
  if (!(reset instanceof HTMLAnchorElement)) return;
  const seconds = Number(reset.dataset.kioskReset) || 15;
  setTimeout(() => window.location.replace(reset.href), seconds * 1000);
});
// A kiosk form restored from the browser's back-forward cache is loaded afresh, never shown with answers.
window.addEventListener('pageshow', (event) => {
  if (event.persisted && document.querySelector('form[data-kiosk]')) window.location.reload();
});
