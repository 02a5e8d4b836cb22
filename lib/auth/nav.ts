import type { Role } from './roles'

export type NavItem = { href: string; key: string; icon: string }

// The first items are the ones on a phone's bottom tab bar.
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  housekeeper: [
    { href: '/today', key: 'today', icon: '☀' },
    { href: '/households', key: 'households', icon: '⌂' },
    { href: '/complaints', key: 'complaints', icon: '!' },
    { href: '/follow-ups', key: 'followUps', icon: '✓' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
  supervisor: [
    { href: '/supervisor', key: 'supervisor', icon: '☰' },
    { href: '/complaints', key: 'complaints', icon: '!' },
    { href: '/households', key: 'households', icon: '⌂' },
    { href: '/follow-ups', key: 'followUps', icon: '✓' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
  centerManager: [
    { href: '/manager', key: 'manager', icon: '☰' },
    { href: '/complaints', key: 'complaints', icon: '!' },
    { href: '/households', key: 'households', icon: '⌂' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
  frontDesk: [
    { href: '/desk', key: 'desk', icon: '☰' },
    { href: '/complaints/new', key: 'newComplaint', icon: '+' },
    { href: '/complaints', key: 'complaints', icon: '!' },
    { href: '/households', key: 'households', icon: '⌂' },
    { href: '/rules', key: 'rules', icon: '§' },
  ],
  technician: [
    { href: '/work-orders', key: 'workOrders', icon: '⚒' },
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
