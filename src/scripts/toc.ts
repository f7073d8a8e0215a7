/** Marks the entry of "On this page" whose section is being read. */
export function initTocSpy() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')];
  const targets = links
    .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
    .filter((el): el is HTMLElement => el !== null);
  if (!targets.length) return;
  const mark = () => {
    const line = innerHeight * 0.25;
    const current =
      targets.filter((t) => t.getBoundingClientRect().top <= line).at(-1) ?? targets[0];
    for (const link of links) link.toggleAttribute('aria-current', link.hash === `#${current?.id}`);
    links.find((l) => l.hasAttribute('aria-current'))?.setAttribute('aria-current', 'true');
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}

/** On a phone, following an entry of the collapsed list closes it, so the section is in view. */
export function closeInlineTocOnTap() {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-toc-inline]'))
    details.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a')) details.open = false;
    });
}
