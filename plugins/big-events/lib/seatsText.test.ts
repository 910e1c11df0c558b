import { seatsLeftText } from './seatsText'

describe('seatsLeftText', () => {
  it('agrees the Polish verb and noun with the number', () => {
    expect(seatsLeftText(1, 'pl')).toBe('Zostało 1 miejsce')
    expect(seatsLeftText(3, 'pl')).toBe('Zostały 3 miejsca')
    expect(seatsLeftText(5, 'pl')).toBe('Zostało 5 miejsc')
    expect(seatsLeftText(12, 'pl')).toBe('Zostało 12 miejsc')
    expect(seatsLeftText(22, 'pl')).toBe('Zostały 22 miejsca')
    expect(seatsLeftText(0, 'pl')).toBe('Brak wolnych miejsc (lista rezerwowa)')
  })

  it('says it in English', () => {
    expect(seatsLeftText(1, 'en')).toBe('1 seat left')
    expect(seatsLeftText(4, 'en')).toBe('4 seats left')
    expect(seatsLeftText(0, 'en')).toBe('No seats left (waiting list)')
  })
})
