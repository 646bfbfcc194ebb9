// A tagged template that builds parameterised SQL and composes fragments, so values never meet the text.

export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
    /** The name of a prepared statement: set by sql.prepared(), only on a query whose text never changes. */
    readonly statement?: string,
  ) {}
}

export function sql(strings: TemplateStringsArray | readonly string[], ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

/** Trusted SQL text (identifiers, keywords chosen by our code), never user input. */
sql.raw = (text: string): Sql => new Sql([text], []);

sql.join = (parts: readonly Sql[], separator: Sql = sql`, `): Sql => {
  if (parts.length === 0) return sql.raw('');
  const strings: string[] = [];
  const values: unknown[] = [];
  parts.forEach((part, i) => {
    if (i > 0) {
      strings.push('');
      values.push(separator);
    }
    strings.push('');
    values.push(part);
  });
  strings.push('');
  return new Sql(strings, values);
};

/**
 * A query run as a named prepared statement: parsed and planned once per database connection, then only bound and
 * executed. For the few hot queries whose text is always the same (the session lookup of every signed-in request):
 * a text query is planned again each time. One name, one text: db/index.ts refuses the same name with another text.
 */
sql.prepared = (name: string, query: Sql): Sql => new Sql(['', ''], [query], name);

/** `and` of fragments; an empty list is TRUE. */
sql.and = (parts: readonly Sql[]): Sql => (parts.length ? sql`(${sql.join(parts, sql` AND `)})` : sql`TRUE`);
sql.or = (parts: readonly Sql[]): Sql => (parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`FALSE`);

export function compile(query: Sql): { text: string; values: unknown[]; statement?: string } {
  const values: unknown[] = [];
  let text = '';
  const walk = (q: Sql) => {
    q.strings.forEach((chunk, i) => {
      text += chunk;
      if (i < q.values.length) {
        const value = q.values[i];
        if (value instanceof Sql) walk(value);
        else {
          values.push(value === undefined ? null : value);
          text += `$${values.length}`;
        }
      }
    });
  };
  walk(query);
  return query.statement ? { text, values, statement: query.statement } : { text, values };
}
