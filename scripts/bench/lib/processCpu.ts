/**
 * CPU time a process (all its threads) has used so far, from /proc (Linux).
 * On a shared machine requests/s depend on what else runs; the CPU a server
 * spends per request does much less, so the benchmark reports both.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

let ticksPerSecond: number | undefined

const clockTicks = (): number => {
  if (ticksPerSecond === undefined) {
    const answer = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim())
    ticksPerSecond = Number.isFinite(answer) && answer > 0 ? answer : 100
  }
  return ticksPerSecond
}

/** utime + stime from a /proc/<pid>/stat line, in ticks (the name in parentheses may contain spaces). */
export const cpuTicksOfStat = (stat: string): number => {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // Fields after the name start at field 3 (state); utime and stime are fields 14 and 15.
  const utime = Number(fields[14 - 3])
  const stime = Number(fields[15 - 3])
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`Unreadable /proc stat line: ${stat.slice(0, 200)}`)
  return utime + stime
}

/** Seconds of CPU process `pid` has used; undefined where /proc is not there. */
export const cpuSecondsOf = (pid: number): number | undefined => {
  try {
    return cpuTicksOfStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')) / clockTicks()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
