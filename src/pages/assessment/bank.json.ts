import type { APIRoute } from 'astro';
import { getBank } from '../../lib/content/bank.ts';

/** The question bank: a public, versioned API (see README, "Public formats"). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getBank()), {
    headers: { 'Content-Type': 'application/json' },
  });
