/**
 * Where the browser keeps assessments. On their own, without the schemas, so the few lines of
 * script on guidance pages can look for stored assessments without loading a validator.
 */

/** localStorage key of every assessment in this browser (the shape is in types.ts). */
export const STORAGE_KEY = 'a2o:assessments';

/** sessionStorage key of the assessment this tab shows. */
export const ACTIVE_KEY = 'a2o:active';
