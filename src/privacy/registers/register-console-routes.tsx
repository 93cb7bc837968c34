import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database, Tx } from '../../platform/db/database.ts';
import type { FieldError } from '../../platform/http/form.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { defineRoute } from '../../platform/http/route.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { audit } from '../audit-log.ts';
import { RegisterListPage, RegisterPage, SectionEditPage } from './register-console-pages.tsx';
import {
  applyAction,
  emptyRegisterContent,
  type FormBody,
  findSection,
  parseSection,
} from './register-editor.ts';
import { publishDraft } from './register-publishing.ts';
import {
  createRegister,
  discardDraft,
  findDraft,
  findRegister,
  findRegisterId,
  listRegisterSlugs,
  registerVersions,
  saveDraft,
} from './register-repository.ts';

/**
 * The register owner's console (registers.manage): list and create registers, edit a draft section by
 * section, preview it as the notice, publish it as a new version (checked), discard it, see every version.
 */
const slugPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;
const params = z.object({ register: z.string().regex(slugPattern) });
const sectionParams = params.extend({ section: z.string().max(40) });
const noticeQuery = z.object({
  notice: z.enum(['saved', 'discarded', 'published']).optional(),
  version: z.coerce.number().int().positive().optional(),
});

const bodyOf = (request: FastifyRequest): FormBody =>
  request.body && typeof request.body === 'object' ? (request.body as FormBody) : {};
const text = (body: FormBody, name: string) => {
  const value = body[name];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
};

export async function registerConsoleRoutes(app: FastifyInstance, deps: { db: Database }) {
  const { db } = deps;
  const inOrganisation = <T,>(request: FastifyRequest, fn: (tx: Tx) => Promise<T>) =>
    db.forOrganisation(request.organisation!.id, fn);

  async function listRows(request: FastifyRequest) {
    return inOrganisation(request, async (tx) => {
      const rows = [];
      for (const { slug } of await listRegisterSlugs(tx)) {
        const [inForce] = await registerVersions(tx, slug);
        const draft = await findDraft(tx, slug);
        const title = draft?.content.title ??
          (await findRegister(tx, slug))?.title ?? { fi: '', sv: '', en: '' };
        rows.push({ slug, title, inForce, hasDraft: draft !== undefined });
      }
      return rows;
    });
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/registers',
    access: 'registers.manage',
    handler: async (request, reply) => reply.page(<RegisterListPage registers={await listRows(request)} />),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/registers',
    access: 'registers.manage',
    handler: async (request, reply) => {
      const body = bodyOf(request);
      const slug = text(body, 'slug');
      const title = { fi: text(body, 'title.fi'), sv: text(body, 'title.sv'), en: text(body, 'title.en') };
      const errors: FieldError[] = [];
      if (!slugPattern.test(slug)) errors.push({ field: 'slug', message: 'registers.error.slug' });
      for (const language of ['fi', 'sv', 'en'] as const)
        if (!title[language] || title[language].length > 200)
          errors.push({ field: `title.${language}`, message: 'registers.error.title' });
      const organisation = request.organisation!;
      const created =
        errors.length === 0 &&
        (await db.forOrganisation(organisation.id, async (tx) => {
          if (await findRegisterId(tx, slug)) return false;
          const registerId = await createRegister(tx, organisation.id, slug);
          await saveDraft(tx, {
            organisationId: organisation.id,
            registerId,
            content: emptyRegisterContent(title),
            basedOnVersion: null,
            staffId: request.staff!.id,
          });
          await auditChange(tx, request, 'register.create', { register: slug });
          return true;
        }));
      if (!created) {
        if (errors.length === 0) errors.push({ field: 'slug', message: 'registers.error.slugTaken' });
        return reply.page(
          <RegisterListPage registers={await listRows(request)} errors={errors} values={{ slug, title }} />,
          400,
        );
      }
      return reply.redirect(`/${organisation.slug}/console/registers/${slug}`, 303);
    },
  });

  async function registerPage(request: FastifyRequest, slug: string) {
    return inOrganisation(request, async (tx) => {
      if (!(await findRegisterId(tx, slug))) throw new HttpError(404);
      return {
        inForce: await findRegister(tx, slug),
        versions: await registerVersions(tx, slug),
        draft: await findDraft(tx, slug),
      };
    });
  }

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/registers/:register',
    access: 'registers.manage',
    handler: async (request, reply) => {
      const parsed = params.safeParse(request.params);
      if (!parsed.success) throw new HttpError(404);
      const slug = parsed.data.register;
      const data = await registerPage(request, slug);
      const query = noticeQuery.safeParse(request.query).data;
      const notice =
        query?.notice === 'published'
          ? request.i18n.t('registers.published', {
              version: query.version ?? data.versions[0]?.version ?? 1,
            })
          : query?.notice
            ? request.i18n.t(`registers.${query.notice}` as MessageKey)
            : undefined;
      return reply.page(<RegisterPage slug={slug} {...data} notice={notice} />);
    },
  });

  /** Every change to a register or its draft is recorded: who, which register, what (E9). */
  const auditChange = (
    tx: Tx,
    request: FastifyRequest,
    action: 'register.create' | 'register.draft_save' | 'register.draft_discard',
    details: Record<string, string>,
  ) =>
    audit(tx, {
      organisationId: request.organisation!.id,
      actor: { type: 'staff', id: request.staff!.id },
      permission: 'registers.manage',
      action,
      details,
    });

  /** The register and the editor section a section URL names; anything else is not found. */
  const sectionOf = (request: FastifyRequest) => {
    const parsed = sectionParams.safeParse(request.params);
    const section = parsed.success ? findSection(parsed.data.section) : undefined;
    if (!parsed.success || !section) throw new HttpError(404);
    return { slug: parsed.data.register, section };
  };

  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/registers/:register/edit/:section',
    access: 'registers.manage',
    handler: async (request, reply) => {
      const { slug, section } = sectionOf(request);
      const { draft, inForce } = await registerPage(request, slug);
      const content = draft?.content ?? inForce;
      if (!content) throw new HttpError(404);
      const notice =
        noticeQuery.safeParse(request.query).data?.notice === 'saved'
          ? request.i18n.t('registers.saved')
          : undefined;
      return reply.page(
        <SectionEditPage
          slug={slug}
          title={content.title}
          section={section}
          items={section.read(content)}
          errors={[]}
          notice={notice}
        />,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/registers/:register/edit/:section',
    access: 'registers.manage',
    handler: async (request, reply) => {
      const { slug, section } = sectionOf(request);
      const organisation = request.organisation!;
      const body = bodyOf(request);
      const { items, errors } = parseSection(section, body);
      const action = text(body, 'action') || 'save';
      const outcome = await db.forOrganisation(organisation.id, async (tx) => {
        const registerId = await findRegisterId(tx, slug);
        if (!registerId) throw new HttpError(404);
        const draft = await findDraft(tx, slug);
        const inForce = await findRegister(tx, slug);
        const base = draft?.content ?? inForce;
        if (!base) throw new HttpError(404);
        // Bad input changes nothing: the form comes back with what was typed and what to fix.
        if (errors.length > 0) return { saved: false as const, title: base.title };
        const content = section.write(base, applyAction(section, items, action));
        const versions = await registerVersions(tx, slug);
        await saveDraft(tx, {
          organisationId: organisation.id,
          registerId,
          content,
          basedOnVersion: draft?.basedOnVersion ?? versions[0]?.version ?? null,
          staffId: request.staff!.id,
        });
        await auditChange(tx, request, 'register.draft_save', {
          register: slug,
          section: section.key,
          action,
        });
        return { saved: true as const };
      });
      if (!outcome.saved)
        return reply.page(
          <SectionEditPage
            slug={slug}
            title={outcome.title}
            section={section}
            items={items}
            errors={errors}
          />,
          400,
        );
      const editPath = `/${organisation.slug}/console/registers/${slug}/edit/${section.key}`;
      return reply.redirect(action === 'save' ? `${editPath}?notice=saved` : editPath, 303);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/registers/:register/publish',
    access: 'registers.manage',
    handler: async (request, reply) => {
      const parsed = params.safeParse(request.params);
      if (!parsed.success) throw new HttpError(404);
      const slug = parsed.data.register;
      const organisation = request.organisation!;
      const result = await db.forOrganisation(organisation.id, async (tx) => {
        if (!(await findRegisterId(tx, slug))) throw new HttpError(404);
        return publishDraft(tx, { organisation, slug, staffId: request.staff!.id, now: new Date() });
      });
      if (!result.ok) {
        const data = await registerPage(request, slug);
        return reply.page(<RegisterPage slug={slug} {...data} problems={result.problems} />, 400);
      }
      return reply.redirect(
        `/${organisation.slug}/console/registers/${slug}?notice=published&version=${result.version}`,
        303,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/registers/:register/discard',
    access: 'registers.manage',
    handler: async (request, reply) => {
      const parsed = params.safeParse(request.params);
      if (!parsed.success) throw new HttpError(404);
      const slug = parsed.data.register;
      const organisation = request.organisation!;
      await db.forOrganisation(organisation.id, async (tx) => {
        const registerId = await findRegisterId(tx, slug);
        if (!registerId) throw new HttpError(404);
        await discardDraft(tx, registerId);
        await auditChange(tx, request, 'register.draft_discard', { register: slug });
      });
      return reply.redirect(`/${organisation.slug}/console/registers/${slug}?notice=discarded`, 303);
    },
  });
}
