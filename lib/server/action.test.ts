import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppError } from '@/lib/errors'
import { assertUpdated, errorState, formValues, parseInput } from './action'

describe('the action wrapper', () => {
  it('parseInput turns zod issues into Chinese messages per field', () => {
    const schema = z.object({ name: z.string().min(1, '请填写姓名'), age: z.coerce.number().int('年龄必须是整数') })
    const err = (() => {
      try {
        parseInput(schema, { name: '', age: '1.5' })
      } catch (e) {
        return e as AppError
      }
    })()!
    expect(err.code).toBe('INVALID')
    expect(err.fieldErrors).toEqual({ name: ['请填写姓名'], age: ['年龄必须是整数'] })
  })

  it('formValues keeps repeated fields as arrays and drops files and Next internals', () => {
    const fd = new FormData()
    fd.append('a', '1')
    fd.append('others', 'x')
    fd.append('others', 'y')
    fd.append('$ACTION_ID_123', '')
    fd.append('file', new Blob(['x']), 'x.txt')
    expect(formValues(fd)).toEqual({ a: '1', others: ['x', 'y'] })
  })

  it('a known error keeps its message and the typed values', () => {
    const s = errorState(new AppError('CONFLICT'), { plan: '方案B' })
    expect(s).toMatchObject({ ok: false, message: expect.stringContaining('已被其他人修改'), values: { plan: '方案B' } })
  })

  it('an unexpected error shows a reference id, never the stack, and logs the same id', () => {
    const logged: unknown[][] = []
    const original = console.error
    console.error = (...args: unknown[]) => void logged.push(args)
    try {
      const s = errorState(new Error('database exploded at line 42'))
      const ref = /参考编号 ([A-Z0-9]+)/.exec(s.message ?? '')?.[1]
      expect(ref).toBeTruthy()
      expect(s.message).not.toContain('exploded')
      expect(String(logged[0]?.[0])).toContain(`ref=${ref}`)
    } finally {
      console.error = original
    }
  })

  it('assertUpdated: zero rows updated is a conflict', () => {
    expect(() => assertUpdated(0)).toThrow(AppError)
    expect(() => assertUpdated(1)).not.toThrow()
  })
})
