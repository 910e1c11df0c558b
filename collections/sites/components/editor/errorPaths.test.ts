import { pathKey, refusalLines } from './errorPaths'

test('splits a refused save into its problems, as the error toast does', () => {
  expect(
    refusalLines('Nie zapisano zmian: Start › O mnie › Nagłówek (PL) jest wymagany, Motyw › Kolor główny: podaj kolor w zapisie #rrggbb, i jeszcze 3'),
  ).toEqual(['Start › O mnie › Nagłówek (PL) jest wymagany', 'Motyw › Kolor główny: podaj kolor w zapisie #rrggbb', 'i jeszcze 3'])
  expect(refusalLines(undefined)).toEqual([])
  expect(refusalLines('Something went wrong')).toEqual(['Something went wrong'])
})

test('pathKey writes paths the way the server does', () => {
  expect(pathKey(['pages', 0, 'sections', 2, 'heading', 'en'])).toBe('pages[0].sections[2].heading.en')
  expect(pathKey([])).toBe('')
})
