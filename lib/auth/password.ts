import bcrypt from 'bcryptjs'

const ROUNDS = 10

export function hashPassword(plain: string) {
  return bcrypt.hash(plain, ROUNDS)
}

export function verifyPassword(plain: string, hash: string) {
  return bcrypt.compare(plain, hash)
}

let dummy: string | undefined
/** Compared against when the account does not exist, so both paths take the same time. */
export function dummyHash() {
  return (dummy ??= bcrypt.hashSync('no-such-account', ROUNDS))
}
