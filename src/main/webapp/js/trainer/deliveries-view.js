// Score deliveries as a table, with a Retry button on each failed one.

import { el } from '../player/dom.js';
import { t, when } from './i18n.js';

function detail(delivery) {
  if (delivery.status === 'DELIVERED') {
    return t('delivery.deliveredAt', when(delivery.deliveredAt));
  }
  const parts = [];
  if (delivery.status === 'PENDING' && delivery.nextTryAt) {
    parts.push(t('delivery.nextTry', when(delivery.nextTryAt), delivery.tries));
  }
  if (delivery.reason) {
    parts.push(t('delivery.reason', delivery.reason));
  }
  return parts.join(' ') || t('none');
}

export function deliveriesTable(deliveries, moduleTitle, onRetry) {
  if (deliveries.length === 0) {
    return el('p', {}, t('deliveries.empty'));
  }
  const rows = deliveries.map((delivery) => {
    const name = delivery.person || t('board.unnamed');
    const action = delivery.status === 'FAILED'
      ? el('button', {
        type: 'button',
        class: 'secondary',
        'aria-label': t('delivery.retryFor', name),
        onclick: (event) => onRetry(delivery, name, event.currentTarget),
      }, t('delivery.retry'))
      : t('none');
    return el('tr', {},
      el('th', { scope: 'row' }, name),
      el('td', {}, t('deliveries.scoreValue', delivery.scoreGiven, delivery.scoreMaximum)),
      el('td', {}, el('span', { class: `delivery delivery-${delivery.status.toLowerCase()}` },
        t(`delivery.${delivery.status}`))),
      el('td', { class: 'delivery-detail' }, detail(delivery)),
      el('td', {}, action));
  });
  return el('table', { class: 'data-table', id: 'deliveries-table' },
    el('caption', {}, t('deliveries.caption', moduleTitle)),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('deliveries.manager')),
      el('th', { scope: 'col' }, t('deliveries.score')),
      el('th', { scope: 'col' }, t('deliveries.status')),
      el('th', { scope: 'col' }, t('deliveries.detail')),
      el('th', { scope: 'col' }, t('deliveries.action')))),
    el('tbody', {}, rows));
}
