import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { LIMITS } from '../../schemas/limits.ts';
import type { CandidateReader, LoadNotice } from './useTeamRound.ts';

interface Props {
  /** True once the questions are in: files chosen earlier are read then. */
  ready: boolean;
  busy: boolean;
  notice: LoadNotice | undefined;
  onLoad: (from: 'files' | 'drop' | 'links', read: CandidateReader) => void;
}

const readFiles =
  (files: File[]): CandidateReader =>
  (importer, bank) =>
    importer.readRoundFiles(files, bank);

/**
 * Loading a round: several files by the file picker or by dropping them anywhere on the page,
 * or several pasted share links. The server renders the same form, so it is there, labelled,
 * before the page has finished loading; files chosen by then are read once it has.
 */
export function RoundLoader({ ready, busy, notice, onLoad }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const links = useRef<HTMLTextAreaElement>(null);
  const [dragging, setDragging] = useState(false);

  const fromInput = () => {
    const chosen = [...(input.current?.files ?? [])];
    onLoad('files', readFiles(chosen));
    // The same file chosen again fires a change, so its "already in the round" message shows.
    if (input.current) input.current.value = '';
  };

  useEffect(() => {
    if (ready && input.current?.files?.length) fromInput();
    // Only when the page becomes ready: later choices arrive as change events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the dropped file in place of the page.
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer) return;
      event.preventDefault();
      setDragging(false);
      onLoad('drop', readFiles([...event.dataTransfer.files]));
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [onLoad]);

  const fromLinks = (event: SubmitEvent) => {
    event.preventDefault();
    const text = links.current?.value ?? '';
    onLoad('links', (importer, bank) => importer.readRoundLinks(text, bank));
  };

  const failed = notice && notice.report.added === 0;
  return (
    <section className="results-section team-load" aria-labelledby="team-load-title">
      <h2 id="team-load-title">Load the respondents’ answers</h2>
      <form className="team-load__form" onSubmit={(e) => e.preventDefault()}>
        <p>
          <label htmlFor="team-files" className="team-load__label">
            Assessment files (JSON, several at once)
          </label>
          <input
            id="team-files"
            ref={input}
            type="file"
            multiple
            accept=".json,application/json"
            aria-describedby="team-files-hint"
            onChange={fromInput}
          />
        </p>
        <p id="team-files-hint" className="assess-hint">
          Each respondent exports their assessment on the results page (Export, then JSON). Up to{' '}
          {LIMITS.teamRespondents} respondents, 1 MB a file.
        </p>
        <p className={`team-drop${dragging ? ' team-drop--active' : ''}`} aria-hidden="true">
          Or drop the files anywhere on this page.
        </p>
      </form>
      <form className="team-load__form" onSubmit={fromLinks}>
        <p>
          <label htmlFor="team-links" className="team-load__label">
            Share links (one per line)
          </label>
          <textarea
            id="team-links"
            ref={links}
            rows={3}
            spellCheck={false}
            aria-describedby="team-links-hint"
          />
        </p>
        <p id="team-links-hint" className="assess-hint">
          A share link carries the whole assessment after “#share=”; nothing is sent anywhere.
        </p>
        <p>
          <button type="submit" className="button button--small">
            Load the links
          </button>
        </p>
      </form>
      <div
        role="status"
        className={
          notice ? `assess-message team-notice${failed ? ' assess-message--error' : ''}` : undefined
        }
      >
        {busy && !notice && <p>Reading…</p>}
        {notice && (
          <>
            <p>{notice.summary}</p>
            {notice.report.lines.some((line) => line.label) && (
              <ul className="team-notice__lines">
                {notice.report.lines.map((line, i) => (
                  <li key={`${i}-${line.label}`}>
                    <strong>{line.added ? 'Added' : 'Not added'}</strong>
                    {line.label && <>: {line.label}</>}. {line.message}
                    {line.notes.map((note) => (
                      <span key={note}> {note}</span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
            {!notice.report.lines.some((line) => line.label) &&
              notice.report.lines.map((line) => <p key={line.message}>{line.message}</p>)}
          </>
        )}
      </div>
    </section>
  );
}
