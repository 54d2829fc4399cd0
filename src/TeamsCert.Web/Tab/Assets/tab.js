// The tab inside Teams: follow the Teams theme (default/dark/contrast) when teams-js is loaded and we are in a frame.
(function () {
  'use strict';
  var root = document.documentElement;
  function apply(theme) { root.setAttribute('data-theme', theme === 'default' ? 'light' : theme); }
  var teams = window.microsoftTeams;
  // Teams outside the public cloud (21Vianet) must be named to teams-js; the page lists those origins (Tab:Cloud).
  var origins = (document.body.getAttribute('data-teams-origins') || '').split(' ').filter(Boolean);
  if (!teams || !teams.app || window.parent === window || new URLSearchParams(location.search).get('theme')) { return; }
  teams.app.initialize(origins.length ? origins : undefined).then(function () { return teams.app.getContext(); }).then(function (context) {
    apply(context.app.theme);
    teams.app.registerOnThemeChangeHandler(apply);
  }).catch(function () { /* not in Teams after all: keep the chosen theme */ });
})();
// The created link's copy button: the address is in a read-only input next to it.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-copy]');
  var input = button && document.getElementById(button.getAttribute('data-copy'));
  if (!input) { return; }
  input.select();
  if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(input.value); } else { document.execCommand('copy'); }
});
