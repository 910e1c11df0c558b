/** Labels of the config's common field names in both languages; other names are spelled out from camelCase. */
const KNOWN: Record<string, [string, string]> = {
  heading: ['Heading', 'Nagłówek'],
  subheading: ['Subheading', 'Podtytuł'],
  intro: ['Introduction', 'Wstęp'],
  body: ['Text', 'Treść'],
  image: ['Image', 'Obraz'],
  photo: ['Photo', 'Zdjęcie'],
  cta: ['Button', 'Przycisk'],
  label: ['Label', 'Etykieta'],
  href: ['Link', 'Link'],
  items: ['Items', 'Pozycje'],
  title: ['Title', 'Tytuł'],
  description: ['Description', 'Opis'],
  price: ['Price', 'Cena'],
  members: ['People', 'Osoby'],
  name: ['Name', 'Imię i nazwisko'],
  role: ['Role', 'Rola'],
  bio: ['Bio', 'Biogram'],
  weeks: ['Weeks shown at a time (1–8)', 'Ile tygodni naraz (1–8)'],
  consentText: ['Consent sentence beside the checkbox', 'Zgoda przy polu wyboru'],
  limit: ['How many to show', 'Ile pokazać'],
  buttonLabel: ['Button label', 'Napis na przycisku'],
  email: ['Email', 'E-mail'],
  phone: ['Phone', 'Telefon'],
  address: ['Address', 'Adres'],
  showForm: ['Show the contact form', 'Pokaż formularz kontaktowy'],
  componentId: ['Component', 'Komponent'],
  height: ['Height (px)', 'Wysokość (px)'],
  alt: ['Alternative text', 'Tekst alternatywny'],
}

export const fieldLabel = (name: string, pl: boolean): string => {
  const known = KNOWN[name]
  if (known) return pl ? known[1] : known[0]
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
