export { startP24Simulator } from './server'
export type { P24Simulator, SimulatedTransaction, SimulatorOptions } from './server'
export { P24_RETRY_MINUTES, scaledRetryDelays } from './notifier'
export type { DeliveryAttempt } from './notifier'
