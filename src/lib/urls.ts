/** Site paths of every kind of page; one place to change a route (with a redirect) if ever needed. */
export const paths = {
  area: (slug: string) => `/areas/${slug}/`,
  role: (slug: string) => `/roles/${slug}/`,
  training: (slug: string) => `/training/${slug}/`,
  assessArea: (slug: string) => `/assessment/?areas=${slug}`,
  assessRole: (slug: string) => `/assessment/?role=${slug}`,
};
