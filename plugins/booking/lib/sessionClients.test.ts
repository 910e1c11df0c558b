import { fullName, hostKeyOf, sessionClients } from './sessionClients'

describe('sessionClients', () => {
  it('takes non-cancelled bookings first, then attendees with an address, one per address', () => {
    expect(
      sessionClients({
        bookings: [
          { guestName: ' Jan Nowak ', guestEmail: 'Jan@Example.test', locale: 'en', status: 'confirmed' },
          { guestName: 'Gone', guestEmail: 'gone@example.test', locale: 'pl', status: 'cancelled' },
          { guestName: 'Jan again', guestEmail: 'jan@example.test', locale: 'pl', status: 'confirmed' },
        ],
        attendees: [
          { email: 'jan@example.test', firstName: 'Janek' },
          { email: 'ola@example.test', firstName: 'Ola', lastName: 'Wiśniewska' },
          { email: null, firstName: 'No address' },
          { email: 'anon@example.test' },
        ],
      }),
    ).toEqual([
      { name: 'Jan Nowak', email: 'jan@example.test', locale: 'en' },
      { name: 'Ola Wiśniewska', email: 'ola@example.test', locale: 'pl' },
      { name: '', email: 'anon@example.test', locale: 'pl' },
    ])
  })

  it('is empty for a session nobody booked', () => {
    expect(sessionClients({ bookings: [{ guestEmail: 'x@example.test', status: 'cancelled' }], attendees: [] })).toEqual([])
  })
})

describe('hostKeyOf and fullName', () => {
  it('names a team member before the account, and nothing without a host', () => {
    expect(hostKeyOf({ hostTeamMember: 7, hostUser: 3 })).toBe('team-member:7')
    expect(hostKeyOf({ hostTeamMember: null, hostUser: 3 })).toBe('user:3')
    expect(hostKeyOf({})).toBeUndefined()
  })

  it('joins the parts that are there', () => {
    expect(fullName({ firstName: ' Anna ', lastName: 'Kowalska' })).toBe('Anna Kowalska')
    expect(fullName({ lastName: 'Kowalska' })).toBe('Kowalska')
    expect(fullName(null)).toBe('')
  })
})
