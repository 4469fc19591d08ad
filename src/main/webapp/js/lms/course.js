// The development LMS's course page: the sample course, the Firstline links in it, its gradebook
// (filled by Firstline over AGS) and its people (read by Firstline over NRPS). All of it comes from
// GET /api/dev-platform/course; the buttons are plain forms posting to /dev-platform/start.

import { request } from '../shared/http.js';
import { el, replaceChildren } from '../shared/dom.js';

const part = (id) => document.getElementById(id);

function table(caption, headings, rows) {
  return el('table', { class: 'data-table' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

function number(value) {
  return value === null || value === undefined ? '' : String(Number(value));
}

function gradeText(grade) {
  if (!grade) {
    return '\u2014';
  }
  const score = grade.scoreGiven === null || grade.scoreGiven === undefined
    ? grade.activityProgress
    : `${number(grade.scoreGiven)} / ${number(grade.scoreMaximum)}`;
  return `${score} (${grade.gradingProgress})${grade.comment ? ` \u2014 ${grade.comment}` : ''}`;
}

function gradebook(course) {
  if (course.columns.length === 0) {
    return el('p', {}, 'No columns yet: Firstline makes one when the first learner finishes a module.');
  }
  const learners = course.members.filter((m) => m.role === 'Learner');
  const rows = learners.map((member) => el('tr', { class: member.you ? 'you' : null },
    el('th', { scope: 'row' }, member.you ? `${member.name} (you)` : member.name),
    course.columns.map((column) => el('td', {},
      gradeText(course.grades.find((g) => g.columnId === column.id && g.userId === member.userId))))));
  return table('Scores per learner and module', ['Learner', ...course.columns.map((c) => c.label)], rows);
}

function people(course) {
  const rows = course.members.map((member) => el('tr', {},
    el('th', { scope: 'row' }, member.you ? `${member.name} (you)` : member.name),
    el('td', {}, member.role),
    el('td', {}, member.userId)));
  return table('Everyone in the course', ['Name', 'Role', 'LMS user id'], rows);
}

function links(course) {
  if (course.links.length === 0) {
    return el('p', {}, 'None yet. Use "Add modules to the course" to pick some.');
  }
  return el('ul', { class: 'link-list', id: 'link-list' }, course.links.map((link) => el('li', {},
    el('strong', {}, link.title), ' ',
    el('span', { class: 'hint' }, `module=${link.moduleId || '?'} \u00b7 ${link.url}`))));
}

async function start() {
  let course;
  try {
    course = await request('GET', '/api/dev-platform/course');
  } catch (error) {
    part('main').removeAttribute('aria-busy');
    if (error.status === 404) {
      part('off').hidden = false;
    } else {
      replaceChildren(part('alert'), el('p', {}, error.message || 'The course could not be loaded.'));
    }
    return;
  }
  const catalog = await request('GET', '/api/modules').catch(() => ({ modules: [] }));
  part('course-title').textContent = course.title;
  part('you').textContent = course.you
    ? `You are ${course.you}, a learner in this course.`
    : 'You have not joined this course yet: open a module as a learner to join.';
  part('lms-module').replaceChildren(...catalog.modules.map((module) =>
    el('option', { value: module.id }, module.title)));
  replaceChildren(part('links'), links(course));
  replaceChildren(part('gradebook'), gradebook(course));
  replaceChildren(part('people'), people(course));
  for (const id of ['activities', 'gradebook-section', 'people-section']) {
    part(id).hidden = false;
  }
  const added = new URLSearchParams(window.location.search).get('added');
  if (added !== null) {
    part('added').textContent = `Firstline added ${added} link${added === '1' ? '' : 's'} to the course.`;
    part('added').hidden = false;
    part('links-heading').setAttribute('tabindex', '-1');
    part('links-heading').focus();
  }
  part('main').removeAttribute('aria-busy');
}

start();
