import { TRAINING } from '../../schemas/limits.ts';
import { escapeXml as esc } from '../qr.ts';
import type { CheckResult } from './grading.ts';

/**
 * SCORM 1.2 (DESIGN.md, "Trainers' kit"): the manifest of a module's package, how its launch
 * page finds the LMS's run-time, and what it reports. One SCO per module.
 */

/** The files of a package besides the manifest; the launch page comes first. */
export const SCORM_FILES = { launch: 'index.html', script: 'launch.js', style: 'launch.css' };

export interface ManifestInput {
  /** Module slug: names the manifest, organization, item and resource. */
  slug: string;
  title: string;
  /** Every file of the package besides imsmanifest.xml. */
  files: readonly string[];
  /** Whether the module has a knowledge check (then the LMS gets a mastery score). */
  hasCheck: boolean;
}

/** imsmanifest.xml: IMS Content Packaging 1.1.2 with the ADL SCORM 1.2 extensions. */
export function scormManifest({ slug, title, files, hasCheck }: ManifestInput): string {
  const id = `a2o-${slug}`;
  const t = esc(title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${t}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${t}</title>${hasCheck ? `\n        <adlcp:masteryscore>${TRAINING.passMark}</adlcp:masteryscore>` : ''}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${SCORM_FILES.launch}">
${files.map((f) => `      <file href="${esc(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The SCORM 1.2 run-time calls a launch page makes (values are strings, "true"/"false"). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetLastError(): string | number;
}

/** What API discovery needs of a window. */
export interface ApiWindow {
  API?: Scorm12Api;
  parent: ApiWindow | null;
  opener?: ApiWindow | null;
}

/** How far up the frames to look; the SCORM 1.2 run-time guide's own search stops at 7. */
const MAX_HOPS = 10;

/**
 * Finds the LMS's `API` object: in this window, then up its parent frames, then in the window
 * that opened it and up that one's parents (a package launched in a pop-up). A frame of another
 * origin throws on access; that counts as not found there.
 */
export function findScormApi(win: ApiWindow): Scorm12Api | undefined {
  return searchUp(win) ?? (win.opener ? searchUp(win.opener) : undefined);
}

function searchUp(start: ApiWindow): Scorm12Api | undefined {
  let win: ApiWindow | null = start;
  for (let hop = 0; win && hop <= MAX_HOPS; hop++) {
    try {
      if (win.API) return win.API;
      if (win.parent === win) return undefined;
      win = win.parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The values a launch page sets after grading, or on opening a module without a check. */
export interface LessonReport {
  /** cmi.core.lesson_status */
  status: 'passed' | 'failed' | 'completed';
  /** cmi.core.score.raw (with min 0 and max 100), when there is a check. */
  score?: number;
}

/**
 * What to report: passed or failed with the score of the attempt, or completed when the module
 * has no check. A pass already recorded by the LMS is never turned back into a failure by a
 * later attempt; the better score stands.
 */
export function lessonReport(
  result: Pick<CheckResult, 'score' | 'passed'> | undefined,
  recorded: { status: string; score: string },
): LessonReport {
  if (!result) return { status: 'completed' };
  const before = Number.parseFloat(recorded.score);
  if (recorded.status === 'passed' && !result.passed)
    return { status: 'passed', score: Number.isFinite(before) ? before : result.score };
  const score = recorded.status === 'passed' && before > result.score ? before : result.score;
  return { status: result.passed ? 'passed' : 'failed', score };
}

/** A duration as SCORM 1.2's CMITimespan (cmi.core.session_time), "HHHH:MM:SS.SS". */
export function scormTimespan(milliseconds: number): string {
  const hundredths = Math.max(0, Math.round(milliseconds / 10));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const hours = Math.min(9999, Math.floor(hundredths / 360000));
  const minutes = Math.floor(hundredths / 6000) % 60;
  const seconds = Math.floor(hundredths / 100) % 60;
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(hundredths % 100, 2)}`;
}
