/**
 * What the import says about a file or a row, in Polish and English: each row problem names its row (as the
 * spreadsheet numbers it) and its column (as the file's header names it). Pure.
 */
import { formatNumber, polishPlural, type Lang } from '@platform/format'
import type { Column, FileProblem } from './readTable'
import type { RowError } from './validateRow'

/** Each column's names in both languages (for a column the file lacks). */
const COLUMN_NAMES: Record<Column, { pl: string; en: string }> = {
  author: { pl: 'autor', en: 'author' },
  rating: { pl: 'ocena', en: 'rating' },
  text: { pl: 'treść', en: 'text' },
  date: { pl: 'data', en: 'date' },
}

const characters = (count: number, lang: Lang) =>
  lang === 'pl'
    ? `${formatNumber(count, lang)} ${polishPlural(count, { one: 'znak', few: 'znaki', many: 'znaków' })}`
    : `${formatNumber(count, lang)} character${count === 1 ? '' : 's'}`

const quoted = (text: string, lang: Lang) => (lang === 'pl' ? `„${text}”` : `"${text}"`)

/** A row's problem: `Wiersz 4, kolumna „ocena”: „6” nie jest oceną od 1 do 5.` */
export const rowErrorMessage = (error: RowError, label: string | undefined, lang: Lang): string => {
  const column = quoted(label || COLUMN_NAMES[error.column][lang], lang)
  const value = quoted(error.value ?? '', lang)
  const where = lang === 'pl' ? `Wiersz ${error.row}, kolumna ${column}` : `Row ${error.row}, column ${column}`
  const what = {
    required: { pl: 'pole jest puste.', en: 'the cell is empty.' },
    tooLong: {
      pl: `tekst jest za długi (${characters(error.length ?? 0, 'pl')}, najwięcej ${formatNumber(error.max ?? 0, 'pl')}).`,
      en: `the text is too long (${characters(error.length ?? 0, 'en')}, at most ${formatNumber(error.max ?? 0, 'en')}).`,
    },
    badRating: {
      pl: `${value} nie jest oceną od 1 do 5 (wpisz liczbę całkowitą, np. 5).`,
      en: `${value} is not a rating from 1 to 5 (write a whole number, e.g. 5).`,
    },
    badDate: {
      pl: `${value} nie jest datą (np. 15.03.2024 albo 2024-03-15).`,
      en: `${value} is not a date (e.g. 2024-03-15 or 15.03.2024).`,
    },
    futureDate: { pl: `data ${value} jest w przyszłości.`, en: `the date ${value} is in the future.` },
  }[error.code][lang]
  return `${where}: ${what}`
}

const columnList = (columns: Column[], lang: Lang) =>
  columns
    .map((column) =>
      lang === 'pl'
        ? `${quoted(COLUMN_NAMES[column].pl, lang)} (lub ${quoted(COLUMN_NAMES[column].en, lang)})`
        : `${quoted(COLUMN_NAMES[column].en, lang)} (or ${quoted(COLUMN_NAMES[column].pl, lang)})`,
    )
    .join(', ')

/** Why a whole file cannot be imported. */
export const fileProblemMessage = (problem: FileProblem, lang: Lang): string => {
  switch (problem.code) {
    case 'tooLarge': {
      const size = formatNumber(Math.round(problem.maxBytes / 1024), lang)
      return lang === 'pl' ? `Plik jest za duży: najwięcej ${size} KB.` : `The file is too large: at most ${size} KB.`
    }
    case 'empty':
      return lang === 'pl' ? 'Plik jest pusty.' : 'The file is empty.'
    case 'badCsv':
      return lang === 'pl'
        ? `Nie udało się odczytać pliku CSV w okolicy wiersza ${problem.line}: sprawdź cudzysłowy (tekst z przecinkiem lub średnikiem ujmij w cudzysłów).`
        : `The CSV file could not be read near line ${problem.line}: check the quotes (put text with a comma or semicolon in quotes).`
    case 'missingColumns':
      return lang === 'pl'
        ? `W pierwszym wierszu brakuje ${problem.columns.length === 1 ? 'kolumny' : 'kolumn'}: ${columnList(problem.columns, 'pl')}.`
        : `The first row lacks the column${problem.columns.length === 1 ? '' : 's'} ${columnList(problem.columns, 'en')}.`
    case 'noRows':
      return lang === 'pl' ? 'Plik nie zawiera żadnej opinii pod nagłówkiem.' : 'The file has no testimonials under its header.'
    case 'tooManyRows':
      return lang === 'pl'
        ? `Plik ma ${formatNumber(problem.found, 'pl')} ${polishPlural(problem.found, { one: 'opinię', few: 'opinie', many: 'opinii' })}; naraz można zaimportować najwyżej ${formatNumber(problem.max, 'pl')}. Podziel plik na części.`
        : `The file has ${formatNumber(problem.found, 'en')} testimonials; at most ${formatNumber(problem.max, 'en')} can be imported at once. Split the file.`
  }
}
