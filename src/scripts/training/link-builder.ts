import { qrSvg } from '../../lib/qr.ts';
import { LINK_OUTPUTS } from '../../lib/training/link-outputs.ts';
import {
  buildLinks,
  type BuiltLink,
  type EmbedTarget,
  type LinkCatalog,
} from '../../lib/training/links.ts';

/** The link builder page: every change of the form rebuilds the links, their QR codes and snippets. */
export function initLinkBuilder(): void {
  const root = document.querySelector<HTMLElement>('[data-link-builder]');
  const data = document.getElementById('link-catalog')?.textContent;
  if (!root || !data) return;
  const catalog = JSON.parse(data) as LinkCatalog;
  const site = root.dataset.site!;
  const form = root.querySelector('form')!;

  const update = () => {
    const values = new FormData(form);
    // Every field of this form is text (selects, checkboxes, radios): no file can be among them.
    const text = (name: string) => (values.get(name) as string | null) ?? '';
    const links = buildLinks(
      catalog,
      {
        role: text('role') || undefined,
        areas: values.getAll('areas') as string[],
        module: text('module') || undefined,
        embed: (text('embed') || 'module') as EmbedTarget,
      },
      site,
    );
    for (const { key, title } of LINK_OUTPUTS) show(root, key, title, links[key]);
  };
  form.addEventListener('change', update);
  // Coming back (history, bfcache), the browser restores the choices without a change event.
  addEventListener('pageshow', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
    if (button) void copy(button.closest<HTMLElement>('[data-out]')!);
  });
  update();
}

function show(
  root: HTMLElement,
  key: string,
  title: string,
  link: BuiltLink & { snippet?: string },
) {
  const out = root.querySelector<HTMLElement>(`[data-out="${key}"]`)!;
  const part = <T extends HTMLElement>(name: string) => out.querySelector<T>(`[data-${name}]`)!;
  part('reason').hidden = link.ok;
  part('result').hidden = !link.ok;
  if (!link.ok) {
    part('reason').textContent = link.reason;
    return;
  }
  const text = link.snippet ?? link.url;
  const area = part<HTMLTextAreaElement>('text');
  if (area.value === text) return;
  area.value = text;
  part<HTMLAnchorElement>('open').href = link.url;
  part('copied').textContent = '';
  const note = part('note');
  note.hidden = !link.note;
  note.textContent = link.note ?? '';
  const qr = out.querySelector<HTMLElement>('[data-qr]');
  // The SVG comes from qrSvg, which escapes the only text it carries (the label).
  if (qr) qr.innerHTML = qrSvg(link.url, `QR code of the ${title.toLowerCase()} link`);
}

/** Copies with the Clipboard API; where that is refused, selects the text for Ctrl+C. */
async function copy(out: HTMLElement) {
  const area = out.querySelector<HTMLTextAreaElement>('[data-text]')!;
  const said = out.querySelector<HTMLElement>('[data-copied]')!;
  try {
    await navigator.clipboard.writeText(area.value);
    said.textContent = 'Copied.';
  } catch {
    area.focus();
    area.select();
    said.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}
