/** "Zostały 3 miejsca" / "Zostało 12 miejsc" / "3 seats left" (pure; the verb follows the Polish number's form). */
import { polishPlural, type Lang } from '@platform/format'

export const seatsLeftText = (seats: number, lang: Lang): string => {
  if (lang === 'en') return seats === 0 ? 'No seats left (waiting list)' : `${seats} ${seats === 1 ? 'seat' : 'seats'} left`
  if (seats === 0) return 'Brak wolnych miejsc (lista rezerwowa)'
  const verb = polishPlural(seats, { one: 'Zostało', few: 'Zostały', many: 'Zostało' })
  return `${verb} ${seats} ${polishPlural(seats, { one: 'miejsce', few: 'miejsca', many: 'miejsc' })}`
}
