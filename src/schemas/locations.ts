/**
 * Where each collection lives under content/. Astro's loaders (src/content.config.ts) and the
 * content validator (src/lib/validation) both read this, so the two can never disagree about
 * which files are content.
 */
export const contentLocations = {
  areas: { dir: 'areas', extensions: ['.md'] },
  questions: { dir: 'questions', extensions: ['.yaml'] },
  roles: { dir: 'roles', extensions: ['.md'] },
  training: { dir: 'training', extensions: ['.md'] },
  // Pages that place components (the overview's diagrams) need MDX; plain pages stay Markdown.
  pages: { dir: 'pages', extensions: ['.md', '.mdx'] },
  processes: { file: 'processes.yaml' },
  resources: { file: 'resources.yaml' },
  glossary: { file: 'glossary.yaml' },
  updates: { file: 'updates.yaml' },
  maturity: { single: 'maturity.yaml' },
} as const;

/** The content folder, relative to the project root. */
export const CONTENT_DIR = 'content';

export type ContentLocation = (typeof contentLocations)[keyof typeof contentLocations];
export type FolderLocation = Extract<ContentLocation, { dir: string }>;

/** The collection extension a file name ends with, if any. */
export function extensionOf(name: string, location: FolderLocation): string | undefined {
  return location.extensions.find((extension) => name.endsWith(extension));
}

/** Glob patterns for Astro's glob() loader: the folder's extensions, drafts ("_…") left out. */
export function publishedGlob(location: FolderLocation): string[] {
  const names = location.extensions.map((extension) => extension.slice(1));
  const ending = names.length === 1 ? names[0] : `{${names.join(',')}}`;
  return [`**/*.${ending}`, '!**/_*'];
}

/** "content/areas/<id>.md": where a writer finds or creates the entry of a folder collection. */
export function entryPath(location: FolderLocation, id: string): string {
  return `${CONTENT_DIR}/${location.dir}/${id}${location.extensions[0]}`;
}
