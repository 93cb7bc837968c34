import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database, Tx } from '../platform/db/database.ts';
import { TextField } from '../platform/html/form-fields.tsx';
import { CsrfField, ErrorSummary } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import { defineRoute } from '../platform/http/route.ts';
import type { MessageKey } from '../platform/i18n/i18n.ts';
import { audit } from '../privacy/audit-log.ts';
import { ConsoleLayout } from './console-pages.tsx';
import { roleNames } from './permissions.ts';
import { createStaffUser, newStaffUserSchema } from './staff-repository.ts';

/** E9: the organisation admin creates named staff accounts, grants roles per task and records training. */
function listStaff(tx: Tx) {
  return tx
    .selectFrom('staff_users')
    .select(['id', 'display_name', 'email', 'roles', 'last_training_on', 'totp_enrolled_at'])
    .orderBy('display_name')
    .execute();
}

type StaffRow = Awaited<ReturnType<typeof listStaff>>[number];

function StaffPage(props: {
  staff: StaffRow[];
  error?: string;
  created?: { email: string; password: string };
}) {
  const { i18n, organisation } = usePage();
  const { t } = i18n;
  const base = `/${organisation!.slug}/console/staff`;
  return (
    <ConsoleLayout title={t('console.staff.title')}>
      <h1>{t('console.staff.title')}</h1>
      <p>{t('console.staff.intro')}</p>
      {props.created && (
        <div class="notice" role="status">
          <p>{t('console.staff.created', { email: props.created.email })}</p>
          <p>
            {t('console.staff.password')}: <code data-one-time-password>{props.created.password}</code>
          </p>
        </div>
      )}
      <table>
        <caption class="visually-hidden">{t('console.staff.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.staff.name')}</th>
            <th scope="col">{t('console.staff.roles')}</th>
            <th scope="col">{t('console.staff.secondFactor')}</th>
            <th scope="col">{t('console.staff.training')}</th>
          </tr>
        </thead>
        <tbody>
          {props.staff.map((member) => (
            <tr key={member.id}>
              <td>
                {member.display_name}
                <div class="hint">{member.email}</div>
              </td>
              <td>{member.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}</td>
              <td>
                {member.totp_enrolled_at ? t('console.staff.enrolled') : t('console.staff.notEnrolled')}
              </td>
              <td>
                <form method="post" action={`${base}/${member.id}/training`} class="inline-form">
                  <CsrfField />
                  <label for={`training-${member.id}`} class="visually-hidden">
                    {`${t('console.staff.training')}: ${member.display_name}`}
                  </label>
                  <input
                    id={`training-${member.id}`}
                    name="trainedOn"
                    type="text"
                    value={member.last_training_on ?? ''}
                    size={10}
                  />{' '}
                  <button type="submit" class="secondary">
                    {t('console.staff.recordTraining')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('console.staff.create')}</h2>
      {props.error && <ErrorSummary errors={[{ field: 'email', message: props.error }]} />}
      <form method="post" action={base}>
        <CsrfField />
        <TextField
          name="email"
          type="email"
          label={t('console.staff.email')}
          errors={[]}
          required
          maxLength={254}
        />
        <TextField name="displayName" label={t('console.staff.name')} errors={[]} required maxLength={120} />
        <fieldset class="field choices">
          <legend>{t('console.staff.roles')}</legend>
          {roleNames.map((role) => (
            <div class="checkbox" key={role}>
              <input type="checkbox" id={`role-${role}`} name="roles" value={role} />
              <label for={`role-${role}`}>{t(`role.${role}` as MessageKey)}</label>
            </div>
          ))}
        </fieldset>
        <TextField name="trainedOn" label={t('console.staff.training')} errors={[]} maxLength={10} />
        <button type="submit">{t('console.staff.createSubmit')}</button>
      </form>
    </ConsoleLayout>
  );
}

const createForm = z.object({
  email: z.string(),
  displayName: z.string(),
  roles: z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v])),
  trainedOn: z.preprocess((v) => (v === '' ? null : v), z.iso.date().nullable()),
});
const trainingForm = z.object({ trainedOn: z.iso.date() });

export async function staffManagementRoutes(app: FastifyInstance, { db }: { db: Database }) {
  defineRoute(app, {
    method: 'GET',
    url: '/:org/console/staff',
    access: 'staff.manage',
    handler: async (request, reply) => {
      const staff = await db.forOrganisation(request.organisation!.id, (tx) => listStaff(tx));
      return reply.page(<StaffPage staff={staff} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/staff',
    access: 'staff.manage',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const form = createForm.safeParse(request.body);
      const password = randomBytes(12).toString('base64url');
      const outcome = await db.forOrganisation(organisation.id, async (tx) => {
        if (!form.success) return 'invalid' as const;
        const input = newStaffUserSchema.safeParse({
          organisationId: organisation.id,
          email: form.data.email,
          displayName: form.data.displayName,
          password,
          roles: form.data.roles,
          lastTrainingOn: form.data.trainedOn,
        });
        if (!input.success) return 'invalid' as const;
        const existing = await tx
          .selectFrom('staff_users')
          .select('id')
          .where('email', '=', input.data.email)
          .executeTakeFirst();
        if (existing) return 'duplicate' as const;
        const created = await createStaffUser(tx, input.data);
        await audit(tx, {
          organisationId: organisation.id,
          actor: { type: 'staff', id: request.staff!.id },
          permission: 'staff.manage',
          action: 'staff.create',
          details: { staffUserId: created.id, roles: created.roles.join(',') },
        });
        return created;
      });
      const staff = await db.forOrganisation(organisation.id, (tx) => listStaff(tx));
      if (outcome === 'invalid' || outcome === 'duplicate') {
        const error = request.i18n.t(
          outcome === 'duplicate' ? 'console.staff.duplicate' : 'console.staff.invalid',
        );
        return reply.page(<StaffPage staff={staff} error={error} />, 400);
      }
      return reply.page(<StaffPage staff={staff} created={{ email: outcome.email, password }} />);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/:org/console/staff/:id/training',
    access: 'staff.manage',
    handler: async (request, reply) => {
      const organisation = request.organisation!;
      const { id } = z.object({ id: z.uuid() }).parse(request.params);
      const { trainedOn } = trainingForm.parse(request.body);
      await db.forOrganisation(organisation.id, async (tx) => {
        await tx
          .updateTable('staff_users')
          .set({ last_training_on: trainedOn })
          .where('id', '=', id)
          .execute();
        await audit(tx, {
          organisationId: organisation.id,
          actor: { type: 'staff', id: request.staff!.id },
          permission: 'staff.manage',
          action: 'staff.training_recorded',
          details: { staffUserId: id, trainedOn },
        });
      });
      return reply.redirect(`/${organisation.slug}/console/staff`, 303);
    },
  });
}
