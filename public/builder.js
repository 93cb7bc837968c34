// Survey builder, progressive enhancement only: without this file every button posts its form and the
// page reloads. With it, moving or deleting a question updates the page in place and keeps focus nearby.
document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches('[data-builder-inline]')) return;
  event.preventDefault();
  const direction = form.querySelector('input[name="direction"]')?.value ?? '';
  const card = form.closest('[id^="question-"]')?.id;
  let response;
  try {
    response = await fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
      headers: { accept: 'text/html' },
    });
  } catch {
    form.submit();
    return;
  }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const next = page.querySelector('main');
  const current = document.querySelector('main');
  if (!next || !current) {
    form.submit();
    return;
  }
  current.replaceWith(next);
  if (response.ok && response.redirected) history.replaceState(null, '', response.url);
  const same = [...next.querySelectorAll('form[data-builder-inline]')].find(
    (f) =>
      f.action === form.action && (f.querySelector('input[name="direction"]')?.value ?? '') === direction,
  );
  const target =
    same?.querySelector('button') ??
    (card && next.querySelector(`#${CSS.escape(card)} a`)) ??
    next.querySelector('[data-error-summary], [role="status"]') ??
    next;
  if (target instanceof HTMLElement) {
    if (!target.matches('a, button')) target.tabIndex = -1;
    target.focus();
  }
});
