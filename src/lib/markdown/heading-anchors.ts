import GithubSlugger from 'github-slugger';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Gives every Markdown heading (## to ####) its id and a visible link to itself, the same markup
 * as the Heading component, for plain Markdown as well as MDX (component mapping works only in
 * MDX). The id is computed here with a fresh slugger per document, because Sätteri runs user
 * plugins before Astro's own heading ids; Astro keeps an id that is already set. The link is
 * left empty (its icon is CSS), so headings[].text, which feeds "On this page", stays clean.
 */
export const headingAnchors: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'a2o:heading-anchors',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, ctx) {
        const existing = node.properties?.['id'];
        const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
        ctx.setProperty(node, 'id', id);
        ctx.setProperty(node, 'className', ['heading']);
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading__anchor'],
            href: `#${id}`,
            ariaLabel: 'Link to this section',
            dataPagefindIgnore: true,
          },
          children: [],
        });
      },
    },
  });
};
