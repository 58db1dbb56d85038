import { forwardRef } from 'react';
import { REPORT_CSS } from './report-css';
import { ReportFindingsSlot } from './report-findings-slot';
import type { ReportModel, ReportTable } from './report-model';

function Table({ table, columns }: { table: ReportTable; columns: string[] }) {
  return (
    <section className="ipr-section" aria-label={table.title}>
      <h2>{table.title}</h2>
      {table.rows.length === 0 ? (
        <p className="ipr-empty">{table.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{columns.length > 1 ? 'Of received' : ''}</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.values.map((v, i) => (
                  <td key={i}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Lines({ title, lines, empty }: { title: string; lines: string[]; empty: string }) {
  return (
    <section className="ipr-section" aria-label={title}>
      <h2>{title}</h2>
      {lines.length === 0 ? (
        <p className="ipr-empty">{empty}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The one-page report as plain markup with its own stylesheet and no handlers: what is printed
 * is what the snapshot file holds (its outerHTML), so nothing here may need a script.
 */
export const ReportDocument = forwardRef<HTMLElement, { model: ReportModel }>(function ReportDocument(
  { model },
  ref,
) {
  const [figures, ...tables] = model.tables;
  return (
    <article className="ipr-report" ref={ref} aria-label="Client report">
      <style>{REPORT_CSS}</style>
      <header className="ipr-head">
        {model.logo && <img className="ipr-logo" src={model.logo} alt={`${model.workspace} logo`} />}
        <div>
          <p className="ipr-workspace">{model.workspace}</p>
          <h1>{model.title}</h1>
          <p className="ipr-subject">{model.subject}</p>
          <p className="ipr-meta">
            {model.window} · prepared {model.generated}
          </p>
        </div>
      </header>
      {model.headline && <p className="ipr-headline">{model.headline}</p>}
      {model.cause && <p className="ipr-cause">{model.cause}</p>}
      {model.note && <p className="ipr-note">{model.note}</p>}
      <ReportFindingsSlot findings={model.findings} />
      <div className="ipr-grid">
        {figures && <Table table={figures} columns={model.columns} />}
        {tables.map((t) => (
          <Table key={t.title} table={t} columns={model.columns} />
        ))}
        <Lines
          title="Blacklist listings"
          lines={model.listings}
          empty="No listings on any blacklist checked."
        />
        <Lines
          title={model.headline ? 'SpamAssassin rules that changed' : 'SpamAssassin rules adding points'}
          lines={model.rules}
          empty="No rule adds points."
        />
      </div>
      <p className="ipr-foot">
        Inbox, category tab and spam are shares of the emails the seed inboxes received. Results from
        Instantly inbox placement tests.
      </p>
    </article>
  );
});
