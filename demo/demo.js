// Demo-only helper, an external file so the pages work under a strict Content-Security-Policy
// (no inline script). Buttons with data-lang set `lang` on every form element on the page; the
// element re-renders live in that language.
for (const button of document.querySelectorAll('button[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    for (const form of document.querySelectorAll('gemeente-verhuizing, gemeente-overlijden')) {
      form.setAttribute('lang', lang);
    }
    for (const other of document.querySelectorAll('button[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}
