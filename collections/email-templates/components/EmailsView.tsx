/**
 * Admin view at /admin/emails ("Wiadomości e-mail"): the messages an owner's sites send, grouped by what they are
 * about, each with its human name and one line on who gets it when, and "Dostosuj" (make my own version) or
 * "Edytuj" / "Przywróć domyślną" when the owner has their own. Team members who are not owners are told the
 * owner does this; staff are sent to the templates list.
 */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { getSiteRoles, isStaffUser } from '../../../src/platform/access'
import { langOf } from '../../../src/platform/i18n/format'
import { loadOwnEmails } from '../ownEmails'
import { EMAILS_TEXTS, restoreTexts } from '../texts'
import { CustomizeButton, RestoreDefaultButton } from './EmailActions'
import './emails.css'

export async function EmailsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  const lang = langOf(req.i18n.language)
  const text = EMAILS_TEXTS[lang]
  const page = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="platform-emails">
        <h1>{text.title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  if (isStaffUser(req.user))
    return page(
      <p>
        {text.staff} <a href={`${req.payload.config.routes.admin}/collections/email-templates`}>{text.staffLink}</a>
      </p>,
    )
  const owner = [...(await getSiteRoles(req)).values()].some(({ role }) => role === 'owner')
  if (!owner) return page(<p data-testid="emails-not-owner">{text.notOwner}</p>)
  const groups = await loadOwnEmails(req, lang)
  const restore = restoreTexts(text)
  const admin = req.payload.config.routes.admin
  return page(
    <>
      <p className="platform-emails__intro">{text.intro}</p>
      {groups.map((group, index) => (
        <section key={group.title} className="platform-emails__group" aria-labelledby={`emails-group-${index}`}>
          <h2 id={`emails-group-${index}`}>{group.title}</h2>
          <ul className="platform-emails__list">
            {group.emails.map((email) => (
              <li key={email.slug} className="platform-emails__item" data-email={email.slug} data-own={email.ownId !== null}>
                <div className="platform-emails__text">
                  <h3>{email.name}</h3>
                  <p>{email.description}</p>
                  <p className={`platform-emails__state platform-emails__state--${email.ownId !== null ? 'own' : 'default'}`}>
                    {email.ownId !== null ? text.own : text.standard}
                  </p>
                </div>
                <div className="platform-emails__actions">
                  {email.ownId === null ? (
                    <CustomizeButton
                      slug={email.slug}
                      name={email.name}
                      texts={{ customize: text.customize, working: text.working, failed: text.customizeFailed }}
                    />
                  ) : (
                    <>
                      <a
                        className="btn btn--style-primary btn--size-small"
                        href={`${admin}/collections/email-templates/${encodeURIComponent(String(email.ownId))}`}
                        aria-label={`${text.edit}: ${email.name}`}
                      >
                        <span className="btn__content">
                          <span className="btn__label">{text.edit}</span>
                        </span>
                      </a>
                      <RestoreDefaultButton id={email.ownId} name={email.name} texts={restore} after="refresh" />
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>,
  )
}
