export { phpJson, phpString } from './phpJson'
export type { PhpJsonValue } from './phpJson'
export { notificationSign, refundNotificationSign, registerSign, signsEqual, verifySign } from './sign'
export type { NotificationSignInput, RefundNotificationSignInput, RegisterSignInput, VerifySignInput } from './sign'
export { createP24Client, P24Error } from './client'
export type { P24Client, P24ClientOptions } from './client'
export { readP24Config } from './config'
export { P24_STATUS } from './types'
export type {
  P24Config,
  P24Transaction,
  RefundInput,
  RefundItem,
  RefundItemResult,
  RefundNotification,
  RegisterInput,
  TransactionNotification,
  VerifyInput,
} from './types'
