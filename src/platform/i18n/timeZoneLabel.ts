/**
 * A time zone as people name it, never its IANA id: `Warszawa – czas środkowoeuropejski` (pl) /
 * `Warsaw – Central European Time` (en). Intl gives the zone's generic name (the same all year, no "summer time")
 * but no city names, so the city comes from the id, in Polish for the cities a Polish visitor is likely to pick.
 * Pure and free of imports, like the rest of `@platform/format`.
 */
import type { Lang } from './format'

/** Polish names of cities in time-zone ids that differ from the English (Intl knows no city names). */
const POLISH_CITIES: Record<string, string> = {
  Warsaw: 'Warszawa',
  London: 'Londyn',
  Paris: 'Paryż',
  Rome: 'Rzym',
  Vienna: 'Wiedeń',
  Prague: 'Praga',
  Brussels: 'Bruksela',
  Copenhagen: 'Kopenhaga',
  Stockholm: 'Sztokholm',
  Lisbon: 'Lizbona',
  Athens: 'Ateny',
  Bucharest: 'Bukareszt',
  Budapest: 'Budapeszt',
  Belgrade: 'Belgrad',
  Kyiv: 'Kijów',
  Kiev: 'Kijów',
  Vilnius: 'Wilno',
  Riga: 'Ryga',
  Moscow: 'Moskwa',
  Istanbul: 'Stambuł',
  Zurich: 'Zurych',
  Luxembourg: 'Luksemburg',
  Monaco: 'Monako',
  Chisinau: 'Kiszyniów',
  Sofia: 'Sofia',
  Tokyo: 'Tokio',
  Jerusalem: 'Jerozolima',
  New_York: 'Nowy Jork',
  Mexico_City: 'Meksyk',
  Havana: 'Hawana',
  Reykjavik: 'Reykjavík',
  Canary: 'Wyspy Kanaryjskie',
  Azores: 'Azory',
  Madeira: 'Madera',
}

const partOf = (zone: string, lang: Lang, style: 'longGeneric' | 'long'): string | undefined => {
  try {
    return new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { timeZone: zone, timeZoneName: style })
      .formatToParts(new Date(Date.UTC(2026, 0, 15)))
      .find((part) => part.type === 'timeZoneName')?.value
  } catch {
    return undefined // a zone this runtime does not know
  }
}

/** The city of a zone id in the reader's language: `Europe/Warsaw` -> `Warszawa` / `Warsaw`, `America/New_York` -> `Nowy Jork`. */
export const timeZoneCity = (zone: string, lang: Lang): string => {
  const last = zone.split('/').pop() ?? zone
  return (lang === 'pl' ? POLISH_CITIES[last] : undefined) ?? last.replace(/_/g, ' ')
}

/**
 * `Warszawa – czas środkowoeuropejski` / `Warsaw – Central European Time`; UTC and the `Etc/` zones, which have no
 * city, by their long name (`uniwersalny czas koordynowany`); a zone Intl does not know, by its city alone.
 */
const labelOf = (zone: string, lang: Lang): string => {
  if (zone === 'UTC' || zone.startsWith('Etc/') || !zone.includes('/')) return partOf(zone, lang, 'long') ?? zone
  const city = timeZoneCity(zone, lang)
  const name = partOf(zone, lang, 'longGeneric')
  return name && !/^GMT[+-−]/.test(name) ? `${city} – ${name}` : name ? `${city} (${name})` : city
}

/**
 * Labels never change for a zone and language, and each one builds an Intl formatter: kept once made (a few hundred
 * zones at most), so a manage page naming the zone beside every slot pays for one formatter, not one per slot.
 */
const labels = new Map<string, string>()

export const timeZoneLabel = (zone: string, lang: Lang): string => {
  const key = `${lang}:${zone}`
  let label = labels.get(key)
  if (label === undefined) {
    label = labelOf(zone, lang)
    // Intl knows about 420 zones, two languages: a cap keeps odd input from growing the map without bound.
    if (labels.size < 1_000) labels.set(key, label)
  }
  return label
}
