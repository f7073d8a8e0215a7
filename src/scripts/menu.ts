/** The narrow-screen menu: a button that shows the main navigation; Escape closes it. */
export function initMenu() {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const nav = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!button || !nav) return;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    nav.toggleAttribute('data-open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    button.focus();
  });
}
