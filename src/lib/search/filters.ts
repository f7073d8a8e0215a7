/** The values of the "type" search filter, as readers see them. */
export const searchFilterLabels = {
  guidance: 'Guidance',
  role: 'Role',
  training: 'Training',
  question: 'Assessment question',
  glossary: 'Glossary',
  page: 'Page',
} as const;

export type ContentType = keyof typeof searchFilterLabels;

/** The search filters, in the order the search dialog shows them. */
export const searchFilterNames = [
  { key: 'type', label: 'Content type' },
  { key: 'area', label: 'Area' },
  { key: 'role', label: 'Role' },
] as const;
