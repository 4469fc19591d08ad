// Submits the page's LTI form as soon as the page has loaded (a module script runs after parsing).
// LTI messages travel between sites as form posts; the form's visible button does the same for
// anyone without script, so this file only saves a click.

const form = document.querySelector('form[data-auto-post]');
if (form) {
  form.submit();
}
