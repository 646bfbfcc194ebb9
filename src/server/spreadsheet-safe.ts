// What keeps a CSV cell from running as a formula when an official opens the export in a spreadsheet (CSV injection).
// Pure, without dependencies, so that the server's CSV writer (csv.ts) and the app's chart export share it.

/** A cell starting like this is read by Excel, LibreOffice or Google Sheets as a formula (or a DDE call). */
const formulaStart = /^[=+\-@\t\r]/;
/** A plain signed number ("-12", "+3.5") is data, not a formula: leave it as the number it is. */
const plainNumber = /^[+-]?\d+(\.\d+)?$/;

/**
 * The text as a spreadsheet will show it, never run it: a leading apostrophe, as OWASP advises,
 * makes the cell text in every common spreadsheet and stays visible to a careful reader.
 */
export function spreadsheetSafe(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}
