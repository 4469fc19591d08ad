// The completion board as a table: one row per manager, the status in words (never colour alone).

import { el } from '../player/dom.js';
import { t, when } from './i18n.js';

export function boardTable(board) {
  if (board.managers.length === 0) {
    return el('p', {}, t('board.empty'));
  }
  const rows = board.managers.map((row) =>
    el('tr', {},
      el('th', { scope: 'row' }, row.name || t('board.unnamed')),
      el('td', {}, el('span', { class: `standing standing-${row.status.toLowerCase()}` },
        t(`status.${row.status}`))),
      el('td', {}, when(row.startedAt)),
      el('td', {}, when(row.completedAt)),
      el('td', {}, row.grade === null || row.grade === undefined ? t('none') : String(row.grade))));
  return el('table', { class: 'data-table', id: 'board-table' },
    el('caption', {}, t('board.caption', board.courseTitle || '', board.moduleTitle)),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('board.name')),
      el('th', { scope: 'col' }, t('board.status')),
      el('th', { scope: 'col' }, t('board.started')),
      el('th', { scope: 'col' }, t('board.completed')),
      el('th', { scope: 'col' }, t('board.score')))),
    el('tbody', {}, rows));
}

export function boardMeta(board) {
  const parts = [board.rosterRefreshedAt ? t('board.meta', when(board.rosterRefreshedAt)) : t('board.metaNever')];
  if (board.rosterProblem) {
    parts.push(t('board.rosterProblem', board.rosterProblem));
  }
  // Action plans are personal: trainers see how many were written, never what they say.
  parts.push(t(board.actionPlansWritten === 1 ? 'board.actionPlansOne' : 'board.actionPlans',
    board.actionPlansWritten || 0));
  return parts.join(' ');
}
