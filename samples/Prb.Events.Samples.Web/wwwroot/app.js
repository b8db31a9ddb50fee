// The zone switch: "My time" reloads the page with ?tz= the viewer's zone, so the server shows the times and the day
// headings in that zone (a session that starts before midnight in Warsaw is on the next day in Tokyo). Without
// JavaScript the button stays hidden and the page shows the event's own zone.
(() => {
  const button = document.querySelector('.zone-switch button[data-zone="viewer"]');
  if (!button) {
    return;
  }

  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!viewerZone) {
    return;
  }

  button.hidden = false;
  button.addEventListener('click', () => {
    const url = new URL(window.location.href);
    url.searchParams.set('tz', viewerZone);
    window.location.assign(url.toString());
  });
})();
