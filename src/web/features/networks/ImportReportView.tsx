// What an import did: how many records landed and, by line number, each line that did not and why.
import { useTranslation } from 'react-i18next';

export interface ImportReport { imported: number; errorCount: number; errors: { line: number; message: string }[] }

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation('networks');
  return (
    <div role="status">
      <p>{t('imported', { count: report.imported })}</p>
      {report.errors.length > 0 && (
        <table className="table">
          <caption>{t('errors')}</caption>
          <thead><tr><th scope="col">{t('line')}</th><th scope="col">{t('message')}</th></tr></thead>
          <tbody>{report.errors.map((e) => <tr key={`${e.line}-${e.message}`}><td>{e.line}</td><td>{e.message}</td></tr>)}</tbody>
        </table>
      )}
    </div>
  );
}
