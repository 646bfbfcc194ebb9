// Surveys API: HTTP only (shapes in, service call, shapes out).
import { z } from 'zod';
import { Permission } from '../../access/permissions.js';
import { actorOf, type Router } from '../../http/context.js';
import { endpoints } from '../../http/endpoint.js';
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
    const api = endpoints(app, tags);
    const read = { permission: Permission.SurveysRead };
    const manage = { permission: Permission.SurveysManage };
    const answer = { permission: Permission.SurveysAnswer };
    const { surveys, answering, results, reminders } = services.surveys;
    const ok = okResponse;

    api.get(
      '/api/surveys',
      { access: read, summary: "The surveys the signed-in user may see, with their state's response status and reminders", response: surveysResponse },
      ({ actor }) => surveys.list(actor),
    );

    api.post(
      '/api/surveys',
      { access: manage, summary: 'Build a survey from sections and questions (version 1)', body: surveyBody, response: versionResponse, status: 201 },
      ({ actor, body }) => surveys.create(actor, body),
    );

    api.post(
      '/api/surveys/reminders/run',
      { access: manage, summary: 'Send the reminders that are due (before and after each deadline), in the app and by e-mail', response: remindersRunResponse },
      ({ actor }) => reminders.run(actor),
    );

    api.get(
      '/api/surveys/:id',
      {
        access: read,
        summary: "One survey: questionnaire, versions, and (for its coordinators) each state's progress",
        params: idParams,
        response: surveyDetailSchema,
      },
      ({ actor, params }) => surveys.detail(actor, params.id),
    );

    api.put(
      '/api/surveys/:id/questionnaire',
      { access: manage, summary: 'A new version of the questionnaire', params: idParams, body: questionnaireBody, response: versionResponse },
      ({ actor, params, body }) => surveys.revise(actor, params.id, body.sections),
    );

    api.post(
      '/api/surveys/:id/send',
      {
        access: manage,
        summary: 'Send the survey to all member states or a chosen set, with a deadline',
        params: idParams,
        body: sendBody,
        response: sentResponse,
      },
      ({ actor, params, body }) => surveys.send(actor, params.id, body),
    );

    api.post(
      '/api/surveys/:id/close',
      { access: manage, summary: 'Close the survey to further answers', params: idParams, response: ok },
      ({ actor, params }) => surveys.close(actor, params.id),
    );

    api.post(
      '/api/surveys/:id/publish',
      {
        access: manage,
        summary: "Publish the results on the public site (needs every answering state's decision on consent)",
        params: idParams,
        response: publishedResponse,
      },
      ({ actor, params }) => surveys.publish(actor, params.id),
    );

    api.get(
      '/api/surveys/:id/results',
      { access: read, summary: 'Results per question, per state and per sub-region', params: idParams, response: resultsSchema },
      ({ actor, params }) => results.results(actor, params.id),
    );

    api.get(
      '/api/surveys/:id/export',
      { access: read, summary: 'Results as CSV or XLSX', params: idParams, query: exportQuery },
      async ({ actor, params, query, req, reply }) => {
        const file = await results.export(actor, params.id, query.format, langOf(req));
        return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
      },
    );

    api.get(
      '/api/surveys/:id/responses/:state',
      {
        access: read,
        summary: "A state's answers (to those answering for it and to the survey's coordinators)",
        params: responseParams,
        response: responseSchema,
      },
      ({ actor, params }) => answering.response(actor, params.id, params.state),
    );

    api.put(
      '/api/surveys/:id/responses/:state',
      {
        access: answer,
        summary: 'Save answers as a draft (only the questions given change)',
        params: responseParams,
        body: answersBody,
        response: responseSchema,
      },
      ({ actor, params, body }) => answering.save(actor, params.id, params.state, body.answers),
    );

    api.post(
      '/api/surveys/:id/responses/:state/submit',
      { access: answer, summary: 'Submit the answers (focal point; every required question answered)', params: responseParams, response: responseSchema },
      ({ actor, params }) => answering.submit(actor, params.id, params.state),
    );

    api.post(
      '/api/surveys/:id/responses/:state/accept',
      { access: manage, summary: "Accept a state's submitted answers", params: responseParams, response: ok },
      ({ actor, params }) => surveys.accept(actor, params.id, params.state),
    );

    api.post(
      '/api/surveys/:id/responses/:state/return',
      { access: manage, summary: "Return a state's answers with comments", params: responseParams, body: returnBody, response: ok },
      ({ actor, params, body }) => surveys.returnToState(actor, params.id, params.state, body.comment),
    );

    api.post(
      '/api/surveys/:id/responses/:state/consent',
      {
        access: answer,
        summary: "Give or withhold consent to publish the state's answers (focal point)",
        params: responseParams,
        body: consentBody,
        response: consentResponse,
      },
      ({ actor, params, body }) => answering.consent(actor, params.id, params.state, body.consent),
    );

    api.post(
      '/api/surveys/:id/responses/:state/delegates',
      {
        access: answer,
        summary: 'Delegate answering to an officer of the state (focal point)',
        params: responseParams,
        body: delegateBody,
        response: delegatesResponse,
      },
      ({ actor, params, body }) => answering.delegate(actor, params.id, params.state, body.userId),
    );

    api.post(
      '/api/surveys/:id/responses/:state/answers/:questionId/assessment',
      {
        access: answer,
        summary: 'Turn an answer on a catalogue standard into a draft assessment, citing the provisions given as evidence',
        params: answerParams,
        body: toAssessmentBody,
        response: toAssessmentResponse,
        status: 201,
      },
      ({ actor, params, body }) => answering.toAssessment(actor, params.id, params.state, params.questionId, body),
    );

    api.get(
      '/api/surveys/:id/responses/:state/files/:fileId',
      { access: read, summary: 'Download an evidence file', params: fileParams },
      async ({ actor, params, reply }) => {
        const f = await answering.file(actor, params.id, params.state, params.fileId);
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
