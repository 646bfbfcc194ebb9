// Surveys API: HTTP only (shapes in, service call, shapes out).
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { actorOf, type Router } from '../../http/context.js';
import { langOf } from '../../i18n/request.js';
import type { ModuleRoutes } from '../module.js';
import { FILE_SIZE_LIMIT } from './answering.js';
import {
  answerParams,
  answersBody,
  consentBody,
  consentResponse,
  delegateBody,
  delegatesResponse,
  exportQuery,
  fileParams,
  fileQuery,
  fileSchema,
  idParams,
  okResponse,
  publishedResponse,
  questionnaireBody,
  remindersRunResponse,
  responseParams,
  responseSchema,
  resultsSchema,
  returnBody,
  sendBody,
  sentResponse,
  surveyBody,
  surveyDetailSchema,
  surveysResponse,
  toAssessmentBody,
  toAssessmentResponse,
  versionResponse,
} from './schemas.js';

export const surveysRoutes: ModuleRoutes = {
  async register(app, { services }) {
    const tags = ['surveys'];
    const read = { permission: Permission.SurveysRead };
    const manage = { permission: Permission.SurveysManage };
    const answer = { permission: Permission.SurveysAnswer };
    const { surveys, answering, results, reminders } = services.surveys;
    const ok = okResponse;

    app.get(
      '/api/surveys',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "The surveys the signed-in user may see, with their state's response status and reminders",
          response: { 200: surveysResponse },
        },
      },
      async (req) => surveys.list(actorOf(req)),
    );

    app.post(
      '/api/surveys',
      {
        config: { access: manage },
        schema: { tags, summary: 'Build a survey from sections and questions (version 1)', body: surveyBody, response: { 201: versionResponse } },
      },
      async (req, reply) => reply.status(201).send(await surveys.create(actorOf(req), req.body)),
    );

    app.post(
      '/api/surveys/reminders/run',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Send the reminders that are due (before and after each deadline), in the app and by e-mail',
          response: { 200: remindersRunResponse },
        },
      },
      async (req) => reminders.run(actorOf(req)),
    );

    app.get(
      '/api/surveys/:id',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "One survey: questionnaire, versions, and (for its coordinators) each state's progress",
          params: idParams,
          response: { 200: surveyDetailSchema },
        },
      },
      async (req) => surveys.detail(actorOf(req), req.params.id),
    );

    app.put(
      '/api/surveys/:id/questionnaire',
      {
        config: { access: manage },
        schema: { tags, summary: 'A new version of the questionnaire', params: idParams, body: questionnaireBody, response: { 200: versionResponse } },
      },
      async (req) => surveys.revise(actorOf(req), req.params.id, req.body.sections),
    );

    app.post(
      '/api/surveys/:id/send',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: 'Send the survey to all member states or a chosen set, with a deadline',
          params: idParams,
          body: sendBody,
          response: { 200: sentResponse },
        },
      },
      async (req) => surveys.send(actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/api/surveys/:id/close',
      {
        config: { access: manage },
        schema: { tags, summary: 'Close the survey to further answers', params: idParams, response: { 200: ok } },
      },
      async (req) => surveys.close(actorOf(req), req.params.id),
    );

    app.post(
      '/api/surveys/:id/publish',
      {
        config: { access: manage },
        schema: {
          tags,
          summary: "Publish the results on the public site (needs every answering state's decision on consent)",
          params: idParams,
          response: { 200: publishedResponse },
        },
      },
      async (req) => surveys.publish(actorOf(req), req.params.id),
    );

    app.get(
      '/api/surveys/:id/results',
      {
        config: { access: read },
        schema: { tags, summary: 'Results per question, per state and per sub-region', params: idParams, response: { 200: resultsSchema } },
      },
      async (req) => results.results(actorOf(req), req.params.id),
    );

    app.get(
      '/api/surveys/:id/export',
      {
        config: { access: read },
        schema: { tags, summary: 'Results as CSV or XLSX', params: idParams, querystring: exportQuery },
      },
      async (req, reply) => {
        const file = await results.export(actorOf(req), req.params.id, req.query.format, langOf(req));
        return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
      },
    );

    app.get(
      '/api/surveys/:id/responses/:state',
      {
        config: { access: read },
        schema: {
          tags,
          summary: "A state's answers (to those answering for it and to the survey's coordinators)",
          params: responseParams,
          response: { 200: responseSchema },
        },
      },
      async (req) => answering.response(actorOf(req), req.params.id, req.params.state),
    );

    app.put(
      '/api/surveys/:id/responses/:state',
      {
        config: { access: answer },
        schema: {
          tags,
          summary: 'Save answers as a draft (only the questions given change)',
          params: responseParams,
          body: answersBody,
          response: { 200: responseSchema },
        },
      },
      async (req) => answering.save(actorOf(req), req.params.id, req.params.state, req.body.answers),
    );

    app.post(
      '/api/surveys/:id/responses/:state/submit',
      {
        config: { access: answer },
        schema: {
          tags,
          summary: 'Submit the answers (focal point; every required question answered)',
          params: responseParams,
          response: { 200: responseSchema },
        },
      },
      async (req) => answering.submit(actorOf(req), req.params.id, req.params.state),
    );

    app.post(
      '/api/surveys/:id/responses/:state/accept',
      {
        config: { access: manage },
        schema: { tags, summary: "Accept a state's submitted answers", params: responseParams, response: { 200: ok } },
      },
      async (req) => surveys.accept(actorOf(req), req.params.id, req.params.state),
    );

    app.post(
      '/api/surveys/:id/responses/:state/return',
      {
        config: { access: manage },
        schema: { tags, summary: "Return a state's answers with comments", params: responseParams, body: returnBody, response: { 200: ok } },
      },
      async (req) => surveys.returnToState(actorOf(req), req.params.id, req.params.state, req.body.comment),
    );

    app.post(
      '/api/surveys/:id/responses/:state/consent',
      {
        config: { access: answer },
        schema: {
          tags,
          summary: "Give or withhold consent to publish the state's answers (focal point)",
          params: responseParams,
          body: consentBody,
          response: { 200: consentResponse },
        },
      },
      async (req) => answering.consent(actorOf(req), req.params.id, req.params.state, req.body.consent),
    );

    app.post(
      '/api/surveys/:id/responses/:state/delegates',
      {
        config: { access: answer },
        schema: {
          tags,
          summary: 'Delegate answering to an officer of the state (focal point)',
          params: responseParams,
          body: delegateBody,
          response: { 200: delegatesResponse },
        },
      },
      async (req) => answering.delegate(actorOf(req), req.params.id, req.params.state, req.body.userId),
    );

    app.post(
      '/api/surveys/:id/responses/:state/answers/:questionId/assessment',
      {
        config: { access: answer },
        schema: {
          tags,
          summary: 'Turn an answer on a catalogue standard into a draft assessment, citing the provisions given as evidence',
          params: answerParams,
          body: toAssessmentBody,
          response: { 201: toAssessmentResponse },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await answering.toAssessment(actorOf(req), req.params.id, req.params.state, req.params.questionId, req.body)),
    );

    app.get(
      '/api/surveys/:id/responses/:state/files/:fileId',
      {
        config: { access: read },
        schema: { tags, summary: 'Download an evidence file', params: fileParams },
      },
      async (req, reply) => {
        const f = await answering.file(actorOf(req), req.params.id, req.params.state, req.params.fileId);
        return reply
          .header('content-type', f.contentType)
          .header('content-disposition', `attachment; filename="${f.filename.replace(/"/g, '')}"`)
          .header('x-content-type-options', 'nosniff')
          .send(f.content);
      },
    );

    // Evidence files arrive as the raw body with their own content-type; the parser is scoped to this route only.
    await app.register(async (plugin) => {
      const scope = plugin as unknown as Router;
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: FILE_SIZE_LIMIT + 1024 * 1024 }, (_req, body, done) => done(null, body));
      scope.post(
        '/api/surveys/:id/responses/:state/files',
        {
          config: { access: answer },
          bodyLimit: FILE_SIZE_LIMIT + 1024 * 1024,
          schema: {
            tags,
            summary: `Attach an evidence file to a file question (raw body, at most ${FILE_SIZE_LIMIT / 1024 / 1024} MB; PDF, images, Word, Excel, text)`,
            params: responseParams,
            querystring: fileQuery,
            response: { 201: fileSchema.omit({ uploadedAt: true }).extend({ importId: z.string() }) },
          },
        },
        async (req, reply) => {
          const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          const file = await answering.attach(
            actorOf(req),
            req.params.id,
            req.params.state,
            req.query.question,
            req.query.filename,
            String(req.headers['content-type'] ?? ''),
            body,
          );
          return reply.status(201).send(file);
        },
      );
    });
  },
};
