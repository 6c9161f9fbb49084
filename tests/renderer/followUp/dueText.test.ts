import { describe, expect, it } from 'vitest';
import { dueCellText, dueText } from '../../../renderer/pages/followUp/dueText';

const open = { status: 'OPEN', overdue: false, daysOverdue: 0 };

describe('deadlines in words', () => {
  it('says how long a task is overdue', () => {
    expect(dueText({ ...open, dueDate: '2026-11-04', overdue: true, daysOverdue: 12 }, '2026-11-16')).toBe('überfällig seit 12 Tagen');
    expect(dueText({ ...open, dueDate: '2026-11-15', overdue: true, daysOverdue: 1 }, '2026-11-16')).toBe('überfällig seit 1 Tag');
  });

  it('says when a task falls due soon, and nothing when it is far off', () => {
    expect(dueText({ ...open, dueDate: '2026-11-16' }, '2026-11-16')).toBe('heute fällig');
    expect(dueText({ ...open, dueDate: '2026-11-19' }, '2026-11-16')).toBe('fällig in 3 Tagen');
    expect(dueText({ ...open, dueDate: '2026-11-17' }, '2026-11-16')).toBe('fällig in 1 Tag');
    expect(dueText({ ...open, dueDate: '2027-01-31' }, '2026-11-16')).toBe('');
  });

  it('says nothing for finished, deferred or undated tasks', () => {
    expect(dueText({ ...open, status: 'DONE', dueDate: '2026-11-17' }, '2026-11-16')).toBe('');
    expect(dueText({ ...open, status: 'DEFERRED', dueDate: '2026-11-17' }, '2026-11-16')).toBe('');
    expect(dueText({ ...open, dueDate: null }, '2026-11-16')).toBe('');
  });

  it('puts date and state into the searchable cell text', () => {
    expect(dueCellText({ ...open, dueDate: '2026-11-04', overdue: true, daysOverdue: 12 }, '2026-11-16')).toBe('04.11.2026 (überfällig seit 12 Tagen)');
    expect(dueCellText({ ...open, dueDate: null }, '2026-11-16')).toBe('');
  });
});
