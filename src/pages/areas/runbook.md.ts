import type { APIRoute } from 'astro';
import { routineFile } from '../../lib/content/routine-files.ts';

/** The whole estate's run book: every routine, by cadence and then area. */
export const GET: APIRoute = ({ site }) => routineFile('runbook', site);
