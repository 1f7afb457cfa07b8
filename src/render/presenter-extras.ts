// Finishes the bespoke HTML: readable styling for notes rendered from Markdown (bold
// stays bold) and a per-slide time budget in the presenter view, beside marp-cli's own
// clock and timer.

export interface PresenterExtras {
  /** HTML of each slide's notes, by slide index. */
  notes: string[];
  /** Seconds planned for each slide. */
  budgets: number[];
  labels: { budget: string; plan: string };
}

export function addPresenterExtras(html: string, extras: PresenterExtras): string {
  const data = JSON.stringify({ budgets: extras.budgets, labels: extras.labels }).replace(/</g, '\\u003c');
  return html
    .replace('</head>', `<style>${STYLE}</style></head>`)
    .replace(/<\/body>(?![\s\S]*<\/body>)/, `<script>window.recapDeck=${data};${SCRIPT}</script></body>`);
}

const STYLE = `
.bespoke-marp-note{font-family:'Be Vietnam Pro',system-ui,sans-serif;line-height:1.55}
.bespoke-marp-note p,.bespoke-marp-note li{margin:0 0 .6em}
.bespoke-marp-note ul,.bespoke-marp-note ol{margin:0 0 .6em;padding-left:1.3em}
.bespoke-marp-note strong{color:#ff9900}
.recap-budget{display:flex;gap:1.2em;align-items:baseline;font-variant-numeric:tabular-nums;white-space:nowrap}
.recap-budget .over{color:#ff5d5d}
.recap-budget .near{color:#ff9900}
`;

// Runs in the browser, presenter view only: times the slide on screen against its budget.
const SCRIPT = `(function(){
  if (document.body.dataset.bespokeView !== 'presenter' && !/[?&]view=presenter/.test(location.search)) return;
  var d = window.recapDeck, fmt = function(s){ s = Math.max(0, Math.round(s)); return Math.floor(s/60) + ':' + String(s%60).padStart(2,'0'); };
  var start = Date.now(), slide = -1, t0 = Date.now();
  function setup(){
    var info = document.querySelector('.bespoke-marp-presenter-info-container');
    var page = document.querySelector('.bespoke-marp-presenter-info-page');
    if (!info || !page) return setTimeout(setup, 100);
    var box = document.createElement('div'); box.className = 'recap-budget';
    var here = document.createElement('span'), plan = document.createElement('span');
    box.appendChild(here); box.appendChild(plan); info.appendChild(box);
    function tick(){
      var m = /(\\d+)\\s*\\//.exec(page.textContent || ''); var now = m ? Number(m[1]) - 1 : 0;
      if (now !== slide) { slide = now; t0 = Date.now(); }
      var budget = d.budgets[slide] || 0, used = (Date.now() - t0) / 1000;
      var planned = d.budgets.slice(0, slide).reduce(function(a,b){return a+b;}, 0), total = d.budgets.reduce(function(a,b){return a+b;}, 0);
      here.textContent = d.labels.budget + ' ' + fmt(used) + ' / ' + fmt(budget);
      here.className = used > budget ? 'over' : used > budget * 0.8 ? 'near' : '';
      plan.textContent = d.labels.plan + ' ' + fmt(planned) + ' / ' + fmt(total);
      plan.className = (Date.now() - start) / 1000 > planned + budget ? 'over' : '';
    }
    tick(); setInterval(tick, 500);
  }
  setup();
})();`;
