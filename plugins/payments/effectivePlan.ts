/**
 * The plan a user has now. A paid plan lasts until `planEndsAt`; after that (or with no plan) the free plan.
 * A plan with no end date was granted by staff without a term and lasts until changed.
 * Pure: the caller loads the documents and says what "now" is.
 */
export const effectivePlan = <P>({
  plan,
  planEndsAt,
  now,
  freePlan,
}: {
  plan: P | null | undefined
  planEndsAt: Date | string | null | undefined
  now: Date
  freePlan: P
}): P => {
  if (plan === null || plan === undefined) return freePlan
  if (planEndsAt === null || planEndsAt === undefined || planEndsAt === '') return plan
  const ends = new Date(planEndsAt)
  // An unreadable date is treated as ended: the free plan is the safe side of a limit.
  if (Number.isNaN(ends.getTime())) return freePlan
  return ends.getTime() > now.getTime() ? plan : freePlan
}
