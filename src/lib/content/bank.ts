import { createHash } from 'node:crypto';
import { buildBank } from '../bank/build.ts';
import { getAreas, getMaturity, getQuestionFiles, getRoles } from './queries.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The question bank of the current content (built once per build). */
export async function getBank() {
  const [areas, questions, maturity, roles] = await Promise.all([getAreas(), getQuestionFiles(), getMaturity(), getRoles()]);
  return buildBank(
    {
      areas: areas.map((a) => ({ slug: a.id, catalogId: a.data.catalogId, title: a.data.title, shortTitle: a.data.shortTitle })),
      questions,
      maturity,
      roles: roles.map((r) => ({ slug: r.id, title: r.data.title })),
    },
    sha256,
  );
}
