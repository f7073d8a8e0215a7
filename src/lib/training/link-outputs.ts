import type { BuiltLinks } from './links.ts';

/** The link builder's outputs, in the order the page shows them. */
export const LINK_OUTPUTS: readonly { key: keyof BuiltLinks; title: string; help: string }[] = [
  {
    key: 'assessment',
    title: 'Preset assessment',
    help: 'Opens the self-assessment with these areas and, with a role, only that role’s questions. Answers stay in each learner’s browser.',
  },
  {
    key: 'module',
    title: 'Module',
    help: 'The module page: steps to tick, the knowledge check, progress on the learner’s device.',
  },
  {
    key: 'rolePath',
    title: 'Onboarding path of the role',
    help: 'The role page at its onboarding path, with how many of its modules the learner has done.',
  },
  {
    key: 'embed',
    title: 'Embed snippet',
    help: 'For an LMS page or a Teams website tab: the page without the site’s header and navigation. A passed check tells the page around it (message "a2o:completed").',
  },
];
