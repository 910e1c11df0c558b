import type { EmptyReason, SectionProps } from '../types'

import { paragraphs, tx } from '../text'
import { Heading } from './Heading'

type Contact = { heading?: unknown; intro?: unknown; email?: string; phone?: string; address?: unknown }

/** A contact section with only a heading has nothing to tell a visitor. */
export const contactEmptyReason = ({ section }: { section: Contact }): EmptyReason | undefined =>
  section.email || section.phone || tx(section.address, 'pl') || tx(section.intro, 'pl')
    ? undefined
    : { pl: 'nie ma w niej adresu, telefonu ani e-maila', en: 'it has no address, phone number or email' }

export function ContactSection({ section, locale, headingLevel }: SectionProps) {
  const contact = section as Contact
  const address = tx(contact.address, locale)
  return (
    <>
      <Heading level={headingLevel}>{tx(contact.heading, locale)}</Heading>
      {contact.intro ? <p className="intro">{tx(contact.intro, locale)}</p> : null}
      <address className="contact">
        {address ? paragraphs(address).map((line, index) => <p key={index}>{line}</p>) : null}
        {contact.email ? (
          <p>
            <span className="label">{locale === 'pl' ? 'E-mail: ' : 'Email: '}</span>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </p>
        ) : null}
        {contact.phone ? (
          <p>
            <span className="label">{locale === 'pl' ? 'Telefon: ' : 'Phone: '}</span>
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
          </p>
        ) : null}
      </address>
    </>
  )
}
