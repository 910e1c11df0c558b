export { DOMAINS_ACCESS_RULES, ruleAllows, rulesAllow } from './accessRules'
export { ovhApi } from './api'
export type { OvhApi } from './api'
export { buildHttpRequest, createOvhClient, forgetOvhTimeOffsets, ovhJson } from './client'
export type { OvhClient, OvhClientOptions } from './client'
export { KEY_NAMES, OVH_ENDPOINTS, ovhConfigured, readOvhConfig, resolveOvhEndpoint } from './config'
export type { OvhConfig } from './config'
export { isOvhError, OvhError } from './errors'
export type { OvhErrorDetails, OvhErrorKind } from './errors'
export { ovhRequests } from './requests'
export type { OvhAuth, OvhRequest } from './requests'
export { ovhSignature, signaturesMatch } from './signature'
export type {
  OvhAccessRule,
  OvhCart,
  OvhCartItem,
  OvhCredentialRequest,
  OvhDomainOffer,
  OvhItemConfiguration,
  OvhMethod,
  OvhOrder,
  OvhOrderStatus,
  OvhPrice,
  OvhRecordInput,
  OvhRequiredConfiguration,
  OvhZoneRecord,
} from './types'
export { OVH_ORDER_STATUSES } from './types'
