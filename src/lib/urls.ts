/** Site paths of every kind of page; one place to change a route (with a redirect) if ever needed. */
export const paths = {
  area: (slug: string) => `/areas/${slug}/`,
  /** A section or business process of an area page, for example /areas/licensing/#99-15-010. */
  guidance: (slug: string, anchor: string) => `/areas/${slug}/#${anchor}`,
  role: (slug: string) => `/roles/${slug}/`,
  training: (slug: string) => `/training/${slug}/`,
  assessArea: (slug: string) => `/assessment/?areas=${slug}`,
  assessRole: (slug: string) => `/assessment/?role=${slug}`,
  /** A question on the printable questionnaire. */
  printedQuestion: (questionId: string) => `/assessment/print/#${questionAnchor(questionId)}`,
};

/** Anchor of a question, on the printable questionnaire and in the online one. */
export const questionAnchor = (questionId: string) => `q-${questionId}`;
