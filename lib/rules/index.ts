// Public entry of the rules module. SPEC §9 names (replyDeadline, resultReplyDeadline,
// repairCallbacks, complaintLevel, isPhoneWindow, nextPhoneWindow, addWorkingDays,
// lawyerLetterAllowed, lateFee; types Urgency, RepairCategory, ComplaintChannel, LocalDate)
// are called from outside: keep their names and shapes.
export * from './types'
export * from './settings'
export * from './time'
export * from './calendar-data'
export * from './calendar'
export * from './replies'
export * from './repairs'
export * from './repair-fix-targets'
export * from './complaints'
export * from './deadline-status'
export * from './phone'
export * from './triggers'
export * from './visits'
export * from './fees'
export * from './catalog'
