// The earliest deadline still open on a complaint (for "due today" / "overdue" lists); null when none.
type C = {
  status: string
  replyDueAt: Date
  repliedAt: Date | null
  resultReplyDueAt: Date | null
  resultRepliedAt: Date | null
  callbackDueAt: Date | null
  calledBackAt: Date | null
}

export function nextDueOf(c: C): Date | null {
  if (c.status === 'closed') return null
  const open = [
    !c.repliedAt ? c.replyDueAt : null,
    c.resultReplyDueAt && !c.resultRepliedAt ? c.resultReplyDueAt : null,
    c.callbackDueAt && !c.calledBackAt ? c.callbackDueAt : null,
  ].filter((d): d is Date => d !== null)
  if (open.length === 0) return null
  return new Date(Math.min(...open.map((d) => d.getTime())))
}
