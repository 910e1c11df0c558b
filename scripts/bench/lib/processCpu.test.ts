import { cpuSecondsOf, cpuTicksOfStat } from './processCpu'

describe('process CPU time', () => {
  it('reads utime + stime even when the command name has spaces and parentheses', () => {
    const stat = '4242 (node (a) b) S 1 4242 4242 0 -1 4194560 1000 0 0 0 1500 250 0 0 20 0 11 0 100 0 0'
    expect(cpuTicksOfStat(stat)).toBe(1750)
    expect(() => cpuTicksOfStat('1 (x) S 1')).toThrow('Unreadable')
  })

  it('measures this process growing while it computes', () => {
    const before = cpuSecondsOf(process.pid)
    if (before === undefined) return expect(process.platform).not.toBe('linux')
    const until = Date.now() + 120
    let spin = 0
    while (Date.now() < until) spin++
    expect(spin).toBeGreaterThan(0)
    expect(cpuSecondsOf(process.pid)!).toBeGreaterThan(before)
  })
})
