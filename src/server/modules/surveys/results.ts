// Survey results: per question, per state and per sub-region; exports as CSV and XLSX; and the public (published) view.
import ExcelJS from 'exceljs';
import type { Actor } from '../../access/actor.js';
import { managesSurvey } from '../../access/surveys.js';
import { csvText } from '../../csv.js';
import { sql } from '../../db/index.js';
import { NotFound } from '../../errors.js';
import type { Lang } from '../../i18n/languages.js';
import { memberName } from '../../i18n/states.js';
import type { Text } from '../../i18n/text.js';
import { label } from '../../i18n/vocabulary.js';
import { say } from './messages.js';
import { answerText, isEmpty, questionsOf } from './questionnaire.js';
import { type SurveyResults, YES_NO_PARTLY } from './schemas.js';
import { factsOf, type SurveysService } from './service.js';
import type { ResponseRow, SurveyRow } from './store.js';

type Publication = SurveyResults['states'][number]['publication'];

export class SurveyResultsService {
  constructor(private readonly surveys: SurveysService) {}

  private get store() {
    return this.surveys.store;
  }

  /**
   * Aggregates the answers that may be shown. For the coordinator: every accepted response. For everyone else (and the
   * public site): published surveys only, and only the states that consented; the others are "not published".
   */
  async aggregate(s: SurveyRow, full: boolean): Promise<SurveyResults> {
    const [sections, responses, members] = await Promise.all([
      this.store.sections(s.id, s.current_version),
      this.store.responses(s.id),
      this.store.stateNames(s.recipients),
    ]);
    const publicationOf = (r: ResponseRow | undefined): Publication => {
      if (r?.status !== 'accepted') return 'no_answer';
      return r.consent === true ? 'published' : 'not_published';
    };
    const shown = responses.filter((r) => r.status === 'accepted' && (full || r.consent === true));
    const subregionOf = new Map(members.map((m) => [m.code, m.subregion ?? 'Other']));
    const files = new Map<string, { id: string; filename: string }[]>();
    for (const r of shown)
      files.set(
        r.id,
        (await this.store.files(r.id)).map((f) => ({ id: f.id, filename: f.filename })),
      );
    const questions = sections.flatMap((section) =>
      section.questions.map((q) => {
        const answered = shown.filter((r) => !isEmpty(r.answers[q.id]));
        const options = q.kind === 'yes_no_partly' ? [...YES_NO_PARTLY] : q.kind === 'choice' ? (q.options ?? []) : [];
        const countIn = (rows: ResponseRow[]) => options.map((option) => ({ option, count: rows.filter((r) => r.answers[q.id] === option).length }));
        const numbers = q.kind === 'number' ? answered.map((r) => r.answers[q.id] as number) : [];
        const subregions = [...new Set(answered.map((r) => subregionOf.get(r.state) ?? 'Other'))].sort();
        return {
          id: q.id,
          sectionTitle: section.title,
          text: q.text,
          kind: q.kind,
          standardId: q.standardId ?? null,
          answered: answered.length,
          counts: countIn(answered),
          number: numbers.length ? { min: Math.min(...numbers), max: Math.max(...numbers), mean: numbers.reduce((a, b) => a + b, 0) / numbers.length } : null,
          bySubregion: options.length
            ? subregions.map((subregion) => ({ subregion, counts: countIn(answered.filter((r) => subregionOf.get(r.state) === subregion)) }))
            : [],
        };
      }),
    );
    return {
      surveyId: s.id,
      title: s.title,
      version: s.current_version,
      publishedAt: s.published_at,
      demo: s.demo,
      states: members.map((m) => ({
        state: m.code,
        name: m.name,
        subregion: m.subregion,
        publication: publicationOf(responses.find((r) => r.state === m.code)),
      })),
      questions,
      answers: shown.map((r) => ({
        state: r.state,
        values: Object.fromEntries(questionsOf(sections).map((q) => [q.id, answerText(r.answers[q.id], files.get(r.id))])),
      })),
    };
  }

  /** Coordinators see every accepted answer; other members see what was published. */
  async results(actor: Actor, id: string) {
    const s = await this.surveys.visible(actor, id);
    const full = managesSurvey(actor, factsOf(s));
    if (!full && !s.published_at) throw new NotFound(`results of survey ${id}`);
    return this.aggregate(s, full);
  }

  /**
   * The results as a file. CSV is data for other systems: machine column names (question ids) and stored values. XLSX is
   * for people: headers, sheet names, publication and yes/no answers, states and sub-regions in the reader's language.
   */
  async export(actor: Actor, id: string, format: 'csv' | 'xlsx', lang: Lang = 'en') {
    const r = await this.results(actor, id);
    const base = `survey-${r.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)}${r.demo ? '-demo' : ''}`;
    const answerOf = (st: string) => r.answers.find((x) => x.state === st)?.values ?? {};
    if (format === 'csv') {
      const header = ['State', 'Sub-region', 'Publication', ...r.questions.map((q) => `${q.id}: ${q.text}`)];
      const rows = r.states.map((st) => [
        st.name,
        st.subregion ?? '',
        st.publication.replace('_', ' '),
        ...r.questions.map((q) => answerOf(st.state)[q.id] ?? ''),
      ]);
      return { body: Buffer.from(csvText([header, ...rows], { bom: true })), contentType: 'text/csv; charset=utf-8', filename: `${base}.csv` };
    }
    const w = (text: Text) => text.render(lang);
    const subregionIn = (name: string | null) => (name ? label(lang, 'subregion', name) : '');
    const optionIn = (kind: string, option: string) =>
      kind === 'yes_no_partly' && (YES_NO_PARTLY as readonly string[]).includes(option) ? w(say(`answer.${option as (typeof YES_NO_PARTLY)[number]}`)) : option;
    const book = new ExcelJS.Workbook();
    const answers = book.addWorksheet(w(say('sheet.answers')));
    answers.addRow([w(say('sheet.state')), w(say('sheet.subregion')), w(say('sheet.publication')), ...r.questions.map((q) => q.text)]).font = { bold: true };
    for (const st of r.states)
      answers.addRow([
        memberName(lang, st.state),
        subregionIn(st.subregion),
        w(say(`publication.${st.publication}`)),
        ...r.questions.map((q) => optionIn(q.kind, answerOf(st.state)[q.id] ?? '')),
      ]);
    const summary = book.addWorksheet(w(say('sheet.perQuestion')));
    summary.addRow([w(say('sheet.question')), w(say('sheet.answered')), w(say('sheet.option')), w(say('sheet.count'))]).font = { bold: true };
    for (const q of r.questions) {
      if (!q.counts.length) summary.addRow([q.text, q.answered, '', '']);
      for (const c of q.counts) summary.addRow([q.text, q.answered, optionIn(q.kind, c.option), c.count]);
    }
    const body = Buffer.from(await book.xlsx.writeBuffer());
    return { body, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${base}.xlsx` };
  }

  /** For the public site: published surveys, their results limited to consenting states. */
  async published(): Promise<SurveyResults[]> {
    const rows = await this.store.list(sql`s.published_at IS NOT NULL`);
    return Promise.all(rows.map((s) => this.aggregate(s, false)));
  }
}
