import type { SectionProps } from '../types'

import { Img } from '../Img'
import { tx } from '../text'
import { Heading } from './Heading'

type Team = { heading?: unknown; members?: { name?: string; role?: unknown; bio?: unknown; photo?: unknown }[] }

export function TeamSection({ section, locale, headingLevel, image }: SectionProps) {
  const team = section as Team
  return (
    <>
      <Heading level={headingLevel}>{tx(team.heading, locale)}</Heading>
      <ul className="cards cards--people">
        {(team.members ?? []).map((member, index) => (
          <li className="card person" key={index}>
            <Img className="person__photo" image={image(member.photo)} imageRef={member.photo} locale={locale} sizes="160px" />
            <h3>{member.name}</h3>
            <p className="person__role">{tx(member.role, locale)}</p>
            {member.bio ? <p>{tx(member.bio, locale)}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
