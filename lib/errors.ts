// Typed errors: a code that maps to an HTTP status and a Chinese message; anything else is "unexpected".
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID' | 'RATE_LIMITED'

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
}

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '找不到该记录，或您无权查看',
  CONFLICT: '该记录已被其他人修改，请刷新后再试（您填写的内容已保留）',
  INVALID: '填写的内容有误，请检查标红的字段',
  RATE_LIMITED: '尝试次数过多，请稍后再试',
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly fieldErrors?: Record<string, string[]>
  constructor(code: ErrorCode, message?: string, fieldErrors?: Record<string, string[]>) {
    super(message ?? DEFAULT_MESSAGE[code])
    this.name = 'AppError'
    this.code = code
    this.fieldErrors = fieldErrors
  }
  get status() {
    return STATUS[this.code]
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}

/** A short id for an unexpected error, printed in the server log and shown to the user. */
export function newErrorRef(): string {
  return Math.random().toString(36).slice(2, 8).toUpperCase() + Date.now().toString(36).slice(-4).toUpperCase()
}
