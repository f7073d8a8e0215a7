import type { APIRoute } from 'astro';
import { routineFile } from '../../lib/content/routine-files.ts';

/** The whole estate's operations calendar: every routine of every area. */
export const GET: APIRoute = ({ site }) => routineFile('calendar', site);
