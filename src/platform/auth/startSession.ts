/**
 * Starts a normal Payload session for a user who proved control of their email
 * (a magic link, a sign-up or an accepted invitation) instead of a password.
 * Mirrors payload/dist/auth/operations/login.js: the collection's beforeLogin
 * hooks (deactivated accounts are refused), a session id added to the user's
 * `sessions`, a JWT with the same fields, the afterLogin hooks (lastLogin), and
 * the same `payload-token` cookie. Call it inside the request's transaction.
 */
import type { PayloadRequest, TypedUser } from 'payload'

import { getFieldsToSign, jwtSign } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

import type { ID } from '../access/ids'

export const startSession = async ({ req, userId }: { req: PayloadRequest; userId: ID }): Promise<{ cookie: string; token: string; user: TypedUser }> => {
  const { payload } = req
  const collection = payload.collections.users.config
  let user = (await payload.db.findOne({ collection: 'users', req, where: { id: { equals: userId } } })) as TypedUser & {
    sessions?: unknown[]
    _strategy?: string
  }
  if (!user) throw new Error(`No user ${String(userId)} to sign in`)
  user.collection = 'users'
  user._strategy = 'local-jwt'

  for (const hook of collection.hooks?.beforeLogin ?? []) {
    user = ((await hook({ collection, context: req.context, req, user })) as typeof user) || user
  }

  const { sid } = await addSessionToUser({ collectionConfig: collection, payload, req, user })
  const fieldsToSign = getFieldsToSign({ collectionConfig: collection, email: user.email, user, ...(sid ? { sid } : {}) })
  const { token } = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: collection.auth.tokenExpiration })
  req.user = user

  for (const hook of collection.hooks?.afterLogin ?? []) {
    user = ((await hook({ collection, context: req.context, req, token, user })) as typeof user) || user
  }

  const cookie = generatePayloadCookie({ collectionAuthConfig: collection.auth, cookiePrefix: payload.config.cookiePrefix, token }) as string
  return { cookie, token, user }
}
