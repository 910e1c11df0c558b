/**
 * The admin's first screen (`admin.components.views.dashboard`). Owners and team members get their home: a card
 * per site (name, address, edit, preview, publish state and button) and, under it, the cards plugins contribute
 * (`homeCards`: today's bookings, new testimonials, subscribers…); with several sites, a picker (`?site=`).
 * Staff get Payload's dashboard of every collection, under a short desk header with their tools.
 */
import type { DashboardViewServerProps } from '@payloadcms/next/views'

import { DefaultDashboard } from '@payloadcms/next/views'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import React from 'react'

import { TeamHomeCard } from '../../../collections/team-members/admin/TeamHomeCard'
import { roleIn } from '../access/roles'
import { isStaffUser } from '../access/user'
import { formatNumber, langOf, type Lang } from '../i18n/format'
import { homeWhen } from './homeDates'
import { loadHome, type HomeSiteView } from './loadHome'
import { PublishButton } from './PublishButton'
import { HOME_TEXTS, ROLE_NAMES } from './texts'
import type { HomeCard } from './types'
import './home.css'

type Texts = (typeof HOME_TEXTS)[Lang]

/** Only admin paths and http(s) addresses become links (cards come from plugins). */
const safeHref = (href: string | undefined): string | undefined => (href && /^(\/(?!\/)|https?:\/\/)/.test(href) ? href : undefined)

const ButtonLink = ({ href, label, primary, external, testId }: { href: string; label: string; primary?: boolean; external?: boolean; testId?: string }) => (
  <a
    className={`btn btn--style-${primary ? 'primary' : 'secondary'} btn--size-small`}
    href={href}
    data-testid={testId}
    {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
  >
    <span className="btn__content">
      <span className="btn__label">{label}</span>
    </span>
  </a>
)

function SiteCard({ view, text, lang, now }: { view: HomeSiteView; text: Texts; lang: Lang; now: Date }) {
  const { site, state, address } = view
  const headingId = `home-site-${site.id}`
  const stateText =
    state.status === 'draft'
      ? text.draft
      : state.status === 'changed'
        ? text.changed
        : [
            text.published,
            [state.versionNumber ? `${text.version} ${state.versionNumber}` : '', state.publishedAt ? homeWhen(state.publishedAt, { lang, now }) : '']
              .filter(Boolean)
              .join(', '),
          ]
            .filter(Boolean)
            .join(': ')
  return (
    <div className="platform-home__site-card" data-testid="home-site-card" data-site-state={state.status}>
      <h2 id={headingId}>{site.name}</h2>
      <p className="platform-home__address">
        {text.address}:{' '}
        {state.status === 'draft' ? (
          <span>
            {address.replace(/^https?:\/\//, '')} {text.addressAfter}
          </span>
        ) : (
          <a href={address} target="_blank" rel="noopener noreferrer">
            {address.replace(/^https?:\/\//, '')}
          </a>
        )}
      </p>
      <p className={`platform-home__state platform-home__state--${state.status}`} data-testid="home-site-state">
        {stateText}
      </p>
      {view.role !== 'owner' ? (
        <p className="platform-home__role">
          {text.role}: {ROLE_NAMES[lang][view.role]}
        </p>
      ) : null}
      <div className="platform-home__actions">
        <ButtonLink
          href={`/admin/collections/sites/${encodeURIComponent(String(site.id))}`}
          label={text.edit}
          primary={!view.canPublish || state.status === 'published'}
          testId="home-edit"
        />
        <ButtonLink href={`/s/${encodeURIComponent(site.identifier)}?preview=1`} label={text.preview} external testId="home-preview" />
        {view.canPublish && state.status !== 'published' ? <PublishButton siteId={site.id} /> : null}
      </div>
    </div>
  )
}

function Card({ card, lang, now }: { card: HomeCard & { plugin: string }; lang: Lang; now: Date }) {
  const headingId = `home-card-${card.plugin}-${card.key}`.replace(/[^\w-]/g, '-')
  return (
    <article className="platform-home__card" data-home-card={`${card.plugin}:${card.key}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{card.title}</h3>
      {card.count !== undefined ? (
        <p className="platform-home__count" data-testid="home-card-count">
          <strong>{formatNumber(card.count, lang)}</strong> {card.countLabel}
        </p>
      ) : null}
      {card.items.length ? (
        <ul className="platform-home__items">
          {card.items.map((item, index) => {
            const href = safeHref(item.link)
            return (
              <li key={index}>
                {href ? <a href={href}>{item.text}</a> : <span>{item.text}</span>}
                {item.at ? (
                  <time dateTime={new Date(item.at).toISOString()}>{homeWhen(item.at, { lang, now, timeZone: card.timeZone, dateOnly: item.dateOnly })}</time>
                ) : null}
                {item.detail ? <span className="platform-home__detail">{item.detail}</span> : null}
              </li>
            )
          })}
        </ul>
      ) : card.empty ? (
        <p className="platform-home__empty">{card.empty}</p>
      ) : null}
      {card.links?.length ? (
        <div className="platform-home__card-links">
          {card.links.map((link) => {
            const href = safeHref(link.href)
            return href ? <ButtonLink key={href} href={href} label={link.label} /> : null
          })}
        </div>
      ) : null}
    </article>
  )
}

function StaffHeader({ text }: { text: Texts }) {
  return (
    <Gutter className="platform-home platform-home--staff">
      <h1>{text.staffTitle}</h1>
      <p>{text.staffIntro}</p>
      <div className="platform-home__actions" data-testid="home-staff-links">
        <ButtonLink href="/admin/collections/sites" label={text.sites} />
        <ButtonLink href="/admin/collections/audit-logs" label={text.audit} />
        <ButtonLink href="/admin/jobs" label={text.jobs} />
        <ButtonLink href="/admin/collections/users" label={text.users} />
        <ButtonLink href="/admin/collections/terms-of-service" label={text.terms} />
      </div>
    </Gutter>
  )
}

export async function HomeView(props: DashboardViewServerProps) {
  const { initPageResult, searchParams, i18n, payload, permissions, params, locale } = props
  const { req } = initPageResult
  const user = req.user
  const lang = langOf(i18n?.language)
  const text = HOME_TEXTS[lang]
  if (isStaffUser(user)) {
    return (
      <>
        <StaffHeader text={text} />
        <DefaultDashboard {...props} />
      </>
    )
  }
  const now = new Date()
  const all = user ? await loadHome(req, { now }) : []
  const picked = typeof searchParams?.site === 'string' ? searchParams.site : undefined
  const shown = picked ? all.filter((view) => String(view.site.id) === picked) : all
  const sites = shown.length ? shown : all
  const { beforeDashboard } = payload.config.admin.components ?? {}
  return (
    <Gutter className="platform-home">
      {/* The home is the breadcrumbs' root: none after the home icon (a client-side visit from a custom view may leave its trail). */}
      <SetStepNav nav={[]} />
      <h1>{text.title}</h1>
      {beforeDashboard
        ? RenderServerComponent({
            Component: beforeDashboard,
            importMap: payload.importMap,
            serverProps: { i18n, locale, params, payload, permissions, searchParams, user },
          })
        : null}
      {all.length === 0 ? <p data-testid="home-no-sites">{text.noSites}</p> : null}
      {all.length > 1 ? (
        <nav className="platform-home__picker" aria-label={text.choose}>
          <a href="/admin" aria-current={sites === all ? 'page' : undefined}>
            {text.allSites}
          </a>
          {all.map((view) => (
            <a
              key={view.site.id}
              href={`/admin?site=${encodeURIComponent(String(view.site.id))}`}
              aria-current={sites !== all && sites[0] === view ? 'page' : undefined}
            >
              {view.site.name}
            </a>
          ))}
        </nav>
      ) : null}
      {sites.map((view) => (
        <section key={view.site.id} className="platform-home__site" aria-labelledby={`home-site-${view.site.id}`} data-site-id={view.site.id}>
          <SiteCard view={view} text={text} lang={lang} now={now} />
          {view.cards.length || roleIn(view.role, 'manage') ? (
            <div className="platform-home__cards">
              {view.cards.map((card) => (
                <Card key={`${card.plugin}:${card.key}`} card={card} lang={lang} now={now} />
              ))}
              {/* The team and the invite dialog, for those who manage the site (owner, admin). */}
              {roleIn(view.role, 'manage') ? <TeamHomeCard req={req} site={view.site} lang={lang} /> : null}
            </div>
          ) : null}
        </section>
      ))}
    </Gutter>
  )
}
