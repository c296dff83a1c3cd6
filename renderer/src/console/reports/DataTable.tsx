import type { ReactNode } from 'react';

/** A plain table of a report's numbers, with a caption saying what it holds. */
export function DataTable({ caption, head, rows }: { caption: ReactNode; head: string[]; rows: ReactNode[][] }) {
  return (
    <div className="report-table-wrap">
      <table className="summary-table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
