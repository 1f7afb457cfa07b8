// The small script the preview server adds to the deck it serves (never to the file on
// disk): reload when a new build is ready, show build errors over the slides.

export const LIVE_RELOAD_SCRIPT = `<script>(function(){
  var box;
  function show(message){
    if (!box) { box = document.createElement('div'); box.setAttribute('style','position:fixed;left:0;right:0;bottom:0;z-index:99999;background:#b3261e;color:#fff;font:16px/1.5 system-ui,sans-serif;padding:14px 20px;white-space:pre-wrap;max-height:50vh;overflow:auto'); document.body.appendChild(box); }
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
