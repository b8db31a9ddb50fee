// Shows the agenda's times in the event's zone (as the server rendered them) or in the viewer's own zone.
(() => {
  const buttons = Array.from(document.querySelectorAll('.zone-switch button'));
  if (buttons.length === 0) {
    return;
  }

  const eventZone = document.querySelector('[data-zone="event"]').dataset.zoneId;
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const language = document.documentElement.lang || 'pl';

  function show(zone) {
    const format = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
    for (const element of document.querySelectorAll('.time[data-start]')) {
      element.textContent = format.format(new Date(element.dataset.start)) + '\u2013' + format.format(new Date(element.dataset.end));
    }
    document.querySelector('[data-zone-name]').textContent = zone;
  }

  for (const button of buttons) {
    button.addEventListener('click', () => {
      for (const other of buttons) {
        other.setAttribute('aria-pressed', String(other === button));
      }
      show(button.dataset.zone === 'viewer' ? viewerZone : eventZone);
    });
  }
})();
