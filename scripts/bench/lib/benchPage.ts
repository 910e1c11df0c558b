/**
 * The page the public-page benchmark serves: the site's home page replaced by
 * exactly eight core sections (a hero with an image, about, services, team,
 * contact and three more text sections where plugins' sections would go:
 * core has no data sections of its own), and the check that a
 * rendered page shows all their headings.
 */
type Localized = { pl: string; en: string }
type Section = { type: string; id: string; heading: Localized } & Record<string, unknown>
type Page = { slug: string; title?: unknown; sections?: unknown[] }
type Config = { pages?: Page[] } & Record<string, unknown>

const l = (pl: string, en: string): Localized => ({ pl, en })

export const benchSections = (imageId: number | string): Section[] => [
  {
    type: 'hero',
    id: 'hero',
    heading: l('Odzyskaj jasność i zrób kolejny krok', 'Find clarity and take your next step'),
    subheading: l(
      'Coaching kariery i życia dla osób, które chcą działać po swojemu.',
      'Career and life coaching for people who want to live on their own terms.',
    ),
    image: { mediaId: imageId, alt: l('Gabinet coachingowy', 'The coaching studio') },
    cta: { label: l('Umów bezpłatną rozmowę', 'Book a free call'), href: '#contact' },
  },
  {
    type: 'about',
    id: 'about',
    heading: l('Cześć, jestem Twoim coachem', 'Hi, I am your coach'),
    body: l(
      'Od ponad 10 lat pomagam ludziom odnaleźć kierunek w pracy i w życiu. Pracuję metodą ICF, spokojnie i konkretnie.',
      'For over ten years I have helped people find their direction at work and in life. I work to ICF standards, calmly and to the point.',
    ),
  },
  {
    type: 'services',
    id: 'services',
    heading: l('Jak mogę pomóc', 'How I can help'),
    intro: l('Wybierz formę współpracy, która Ci odpowiada.', 'Choose the way of working that suits you.'),
    items: [
      {
        title: l('Sesja pojedyncza', 'Single session'),
        description: l('60 minut skupienia na jednym wyzwaniu.', '60 minutes focused on one challenge.'),
        price: l('250 zł', 'PLN 250'),
      },
      {
        title: l('Pakiet Zmiana', 'Change package'),
        description: l('6 sesji w 3 miesiące, z planem działania.', '6 sessions over 3 months, with an action plan.'),
        price: l('1350 zł', 'PLN 1,350'),
      },
      { title: l('Warsztaty dla zespołów', 'Team workshops'), description: l('Komunikacja, cele i współpraca.', 'Communication, goals and collaboration.') },
    ],
  },
  {
    type: 'team',
    id: 'team',
    heading: l('Nasz zespół', 'Our team'),
    members: [
      { name: 'Anna Kowalska', role: l('Coach kariery', 'Career coach'), bio: l('Certyfikowany coach ICF.', 'ICF certified coach.') },
      { name: 'Piotr Nowak', role: l('Coach zespołów', 'Team coach') },
    ],
  },
  {
    type: 'about',
    id: 'testimonials',
    heading: l('Co mówią klienci', 'What clients say'),
    body: l('„Po trzech sesjach wiedziałam, czego chcę.” — Marta', '“After three sessions I knew what I wanted.” — Marta'),
  },
  {
    type: 'contact',
    id: 'contact',
    heading: l('Porozmawiajmy', 'Get in touch'),
    intro: l('Odpowiadam w ciągu jednego dnia roboczego.', 'I reply within one working day.'),
    email: 'kontakt@example.com',
    phone: '+48 600 100 200',
    address: l('ul. Prosta 1, Warszawa', '1 Prosta St, Warsaw'),
  },
  {
    type: 'about',
    id: 'newsletter',
    heading: l('Co tydzień jedno dobre pytanie', 'One good question every week'),
    body: l('Zapisz się w stopce.', 'Sign up in the footer.'),
  },
  { type: 'about', id: 'big-events', heading: l('Warsztaty i wydarzenia', 'Workshops and events'), body: l('Spotkajmy się na żywo.', 'Meet us in person.') },
]

/** `config` with its first (home) page's sections replaced by the eight benchmark sections. */
export const withBenchHomePage = (config: Config, imageId: number | string): Config => {
  const pages = Array.isArray(config.pages) && config.pages.length ? config.pages : [{ slug: 'home', title: l('Start', 'Home') }]
  const [home, ...rest] = pages
  return { ...config, pages: [{ ...home, sections: benchSections(imageId) }, ...rest] }
}

/** Text as React writes it into HTML. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')

/** The headings of the benchmark sections a page in `locale` lacks (empty: all eight are there). */
export const missingHeadings = (html: string, locale: keyof Localized, sections: Section[] = benchSections(1)): string[] =>
  sections.map((section) => section.heading[locale]).filter((heading) => !html.includes(escapeHtml(heading)))
