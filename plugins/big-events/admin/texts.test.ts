import { seatsText, sentText } from './texts'

it('says seats taken, of all, and left', () => {
  expect(seatsText(3, 20, 'pl')).toBe('3 z 20 (wolne: 17)')
  expect(seatsText(20, 20, 'pl')).toBe('20 z 20 (komplet)')
  expect(seatsText(0, 1, 'en')).toBe('0 of 1 (1 left)')
  expect(seatsText(5, 5, 'en')).toBe('5 of 5 (full)')
})

it('counts sent messages with Polish plural forms', () => {
  expect(sentText(1, 'pl')).toBe('Wysłano 1 wiadomość.')
  expect(sentText(3, 'pl')).toBe('Wysłano 3 wiadomości.')
  expect(sentText(5, 'pl')).toBe('Wysłano 5 wiadomości.')
  expect(sentText(22, 'pl')).toBe('Wysłano 22 wiadomości.')
  expect(sentText(1, 'en')).toBe('1 message sent.')
  expect(sentText(0, 'en')).toBe('0 messages sent.')
})
