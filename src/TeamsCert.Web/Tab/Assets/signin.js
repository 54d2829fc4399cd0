// Entra ID sign-in: inside Teams, Teams SSO (getAuthToken) and a POST of the token to /tab/session, which checks it and
// sets the tab's session cookie; outside Teams, the OpenID Connect sign-in page.
(function () {
  'use strict';
  var target = document.body.getAttribute('data-return') || '/tab';
  var browser = '/tab/signin/entra?returnUrl=' + encodeURIComponent(target);
  var teams = window.microsoftTeams;
  // Teams outside the public cloud (21Vianet) must be named to teams-js; the page lists those origins (Tab:Cloud).
  var origins = (document.body.getAttribute('data-teams-origins') || '').split(' ').filter(Boolean);
  if (!teams || !teams.app || window.parent === window) { location.replace(browser); return; }
  teams.app.initialize(origins.length ? origins : undefined).then(function () { return teams.authentication.getAuthToken(); }).then(function (token) {
    return fetch('/tab/session', { method: 'POST', headers: { Authorization: 'Bearer ' + token } });
  }).then(function (response) {
    if (response.ok) { location.replace(target); } else { document.getElementById('status').textContent = 'Teams SSO: ' + response.status; }
  }).catch(function (e) { document.getElementById('status').textContent = 'Teams SSO: ' + e; });
})();
