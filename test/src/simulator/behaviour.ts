/**
 * The page scripts a simulated Web Config runs (served as /_sim/behaviour.js). Like the real one,
 * choosing a method or a service redraws the form in place (no reload), Sign In shows the device
 * code and waits for Microsoft, and the footer's OK submits the form: the edits stay in the
 * browser until OK, then the confirm page, then the printer saves them.
 */
export const BEHAVIOUR_JS = `(function () {
  var sim = window.__SIM || {};
  var area = sim.area;
  function post(path, body) {
    return fetch('/PRESENTATION/ADVANCED/' + area + '/' + path, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: body
    }).then(function (r) { return r.json(); });
  }
  function formBody(form) {
    var data = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'password' || el.type === 'button') return;
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      data.append(el.name, el.value);
    });
    return data.toString();
  }
  function swap(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var fresh = doc.querySelector('.wrap');
    var old = document.querySelector('.wrap');
    if (fresh && old) old.replaceWith(document.importNode(fresh, true));
    bind();
  }
  var polling = false;
  function poll() {
    if (polling) return;
    polling = true;
    setTimeout(function () {
      polling = false;
      post('SIGNIN_POLL', '').then(function (r) {
        if (r.html) swap(r.html);
        if (r.state === 'pending') poll();
      });
    }, sim.pollMs || 1000);
  }
  function bind() {
    var form = document.getElementById('input_form') || document.getElementById('confirm_form');
    var footer = document.querySelectorAll('.footer button, .wrap > .section > ul.buttons button');
    if (form && footer[0]) footer[0].addEventListener('click', function () { form.submit(); });
    if (form && footer[1]) footer[1].addEventListener('click', function () { location.href = 'TOP'; });
    if (!form || form.id !== 'input_form' || !sim.settings) return;
    Array.prototype.forEach.call(form.querySelectorAll('select, input[type=radio]'), function (el) {
      el.addEventListener('change', function () { post('DRAFT', formBody(form)).then(function (r) { swap(r.html); }); });
    });
    Array.prototype.forEach.call(form.querySelectorAll('input[type=text]'), function (el) {
      el.addEventListener('change', function () { post('DRAFT', formBody(form)); });
    });
    Array.prototype.forEach.call(form.querySelectorAll('button[name$=SIGNIN]'), function (el) {
      el.addEventListener('click', function () {
        post('SIGNIN', formBody(form)).then(function (r) { swap(r.html); if (r.state === 'pending') poll(); });
      });
    });
  }
  bind();
  if (sim.signingIn) poll();
})();`;
