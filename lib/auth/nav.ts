import type { Role } from './roles'

export type NavItem = { href: string; key: string; icon: string }

// The first items are the ones on a phone's bottom tab bar.
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  housekeeper: [
    { href: '/today', key: 'today', icon: '☀' },
    { href: '/households', key: 'households', icon: '⌂' },
    { href: '/follow-ups', key: 'followUps', icon: '✓' },
    { href: '/complaints', key: 'complaints', icon: '!' },
    { href: '/plans', key: 'plans', icon: '▦' },
    { href: '/fees', key: 'fees', icon: '¥' },
    { href: '/repairs', key: 'repairs', icon: '⚒' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
  supervisor: [
    { href: '/supervisor', key: 'supervisor', icon: '☰' },
    { href: '/plans', key: 'plans', icon: '▦' },
    { href: '/complaints', key: 'complaints', icon: '!' },
    { href: '/households', key: 'households', icon: '⌂' },
    { href: '/follow-ups', key: 'followUps', icon: '✓' },
    { href: '/repairs', key: 'repairs', icon: '⚒' },
    { href: '/fees', key: 'fees', icon: '¥' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
  centerManager: [
    { href: '/manager', key: 'manager', icon: '☰' },
    { href: '/complaints', key: 'complaints', icon: '!' },
    { href: '/plans', key: 'plans', icon: '▦' },
    { href: '/households', key: 'households', icon: '⌂' },
    { href: '/repairs', key: 'repairs', icon: '⚒' },
    { href: '/fees', key: 'fees', icon: '¥' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
  frontDesk: [
    { href: '/desk', key: 'desk', icon: '☰' },
    { href: '/complaints/new', key: 'newComplaint', icon: '+' },
    { href: '/complaints', key: 'complaints', icon: '!' },
    { href: '/repairs', key: 'repairs', icon: '⚒' },
    { href: '/households', key: 'households', icon: '⌂' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
  technician: [
    { href: '/work-orders', key: 'workOrders', icon: '⚒' },
    { href: '/repairs', key: 'repairs', icon: '☰' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
  admin: [
    { href: '/admin', key: 'admin', icon: '⚙' },
    { href: '/admin/settings', key: 'settings', icon: '⚖' },
    { href: '/households', key: 'households', icon: '⌂' },
    { href: '/complaints', key: 'complaints', icon: '!' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
}

/** A phone's bottom bar holds five places: the first four and "more" when there are more. */
export function bottomBarItems<T extends { href: string }>(items: T[], more: T): T[] {
  return items.length <= 5 ? items : [...items.slice(0, 4), more]
}
