import { formatKg } from '../../lib/format';

export interface SessionSummaryData {
  title: string;
  status: 'COMPLETED' | 'PARTIAL';
  setsDone: number;
  setsPlanned: number;
  volumeKg: number;
  /** Personal records set in this tab during the session. */
  records: number;
}

interface SessionSummaryProps {
  summary: SessionSummaryData;
  onDone(): void;
}

/** After Finish: how the session went, then back to Today (which now shows the next day). */
export function SessionSummary({ summary, onDone }: SessionSummaryProps) {
  const completed = summary.status === 'COMPLETED';
  return (
    <article className="summary" aria-labelledby="summary-title">
      <header className="page-header">
        <p className="eyebrow">{summary.title}</p>
        <h1 id="summary-title">{completed ? 'Session complete' : 'Session saved'}</h1>
      </header>
      <div className="card">
        <dl className="summary-stats">
          <div>
            <dt>Status</dt>
            <dd>
              <span className={`badge ${completed ? 'badge-success' : 'badge-warning'}`}>{completed ? 'Completed' : 'Partial'}</span>
            </dd>
          </div>
          <div>
            <dt>Sets</dt>
            <dd>{`${summary.setsDone} / ${summary.setsPlanned} sets`}</dd>
          </div>
          <div>
            <dt>Volume</dt>
            <dd>{formatKg(summary.volumeKg)}</dd>
          </div>
          {summary.records > 0 ? (
            <div>
              <dt>Records</dt>
              <dd>{`${summary.records} new ${summary.records === 1 ? 'record' : 'records'}`}</dd>
            </div>
          ) : null}
        </dl>
        <p className="text-muted">
          {completed ? 'Every planned set is logged. Well done.' : 'Some planned sets were not logged. The next session picks up with the next day of your routine.'}
        </p>
      </div>
      <button type="button" className="button button-primary button-block" onClick={onDone}>
        Back to Today
      </button>
    </article>
  );
}
