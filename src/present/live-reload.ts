// The small script the preview server adds to the deck it serves (never to the file on
// disk): reload when a new build is ready, show build errors over the slides.

// The error box: a red band along the foot of the window, over the slides.
const BOX_STYLE = [
  'position:fixed;left:0;right:0;bottom:0;z-index:99999',
  'background:#b3261e;color:#fff;font:16px/1.5 system-ui,sans-serif',
  'padding:14px 20px;white-space:pre-wrap;max-height:50vh;overflow:auto',
].join(';');

// One line of the script: makes the error box the first time there is an error to show.
const MAKE_BOX =
  "if (!box) { box = document.createElement('div'); " +
  `box.setAttribute('style','${BOX_STYLE}'); ` +
  'document.body.appendChild(box); }';

export const LIVE_RELOAD_SCRIPT = `<script>(function(){
  var box;
  function show(message){
    ${MAKE_BOX}
    box.textContent = 'recap-deck: ' + message;
  }
  var source = new EventSource('/__events');
  source.addEventListener('reload', function(){ location.reload(); });
  source.addEventListener('failed', function(e){ show(JSON.parse(e.data).message); });
})();</script>`;

export function withLiveReload(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + LIVE_RELOAD_SCRIPT : html.slice(0, at) + LIVE_RELOAD_SCRIPT + html.slice(at);
}
