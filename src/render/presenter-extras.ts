// Finishes the bespoke HTML for the presenter: notes styled by part (bold stays bold,
// no blank lines between items, connections and terms set apart), a per-slide time
// budget beside marp-cli's clock and timer in a bottom bar that wraps instead of
// overflowing, and marp-cli's own controls, tooltips and clock in the deck's language.
import type { Labels } from '../i18n/labels.js';

export interface PresenterExtras {
  /** HTML of each slide's notes, by slide index. */
  notes: string[];
  /** Seconds planned for each slide. */
  budgets: number[];
  labels: Labels['presenter'];
}

export function addPresenterExtras(html: string, extras: PresenterExtras): string {
  const data = JSON.stringify({ budgets: extras.budgets, labels: extras.labels }).replace(/</g, '\\u003c');
  return html
    .replace('</head>', `<style>${STYLE}</style></head>`)
    .replace(/<\/body>(?![\s\S]*<\/body>)/, `<script>window.recapDeck=${data};${SCRIPT}</script></body>`);
}

// As specific as marp-cli's own rules, so these (coming later) win.
const VIEW = 'body[data-bespoke-view=presenter] .bespoke-marp-presenter-container';
const NOTE = `${VIEW} .bespoke-marp-presenter-note-container .bespoke-marp-note`;
const INFO = `${VIEW} .bespoke-marp-presenter-info-container`;
const N = '.bespoke-marp-note';

const STYLE = [
  `${NOTE}{font-family:'Be Vietnam Pro',system-ui,sans-serif;line-height:1.45;white-space:normal}`,
  `${N} p,${N} li{margin:0 0 .45em}`,
  `${N} ul,${N} ol{margin:0 0 .45em;padding-left:1.3em}`,
  `${N} strong{color:#ff9900}`,
  // Connections a little smaller than what to say, terms smaller again, the cue last and dim.
  `${N} p.note-links{margin:0 0 .3em;font-size:.9em;color:#e3e8ee}`,
  `${N} p.note-terms{margin:0 0 .3em;font-size:.82em;color:#c4ccd4}`,
  `${N} p.note-terms strong{color:#f2b35a}`,
  `${N} p.note-cue{margin:.8em 0 0;padding-top:.35em;border-top:1px solid #3a3f45;` +
    'font-size:.8em;color:#8d99a6}',
  `${N} p.note-label.note-label{margin:.9em 0 .2em;font-size:.68em;letter-spacing:.08em;` +
    'text-transform:uppercase}',
  `${N} p.note-label.note-label strong{color:#8d99a6;font-weight:600}`,
  `${N} > :first-child{margin-top:0}`,
  // What the speaker reads but does not say (the site's chapter line) is set smaller and dim.
  `${N} .note-aside{font-size:.82em;font-style:italic;color:#8d99a6}`,
  // The notes end clear of marp-cli's text-size buttons, which float over their bottom corner.
  `${NOTE}{padding-bottom:48px}`,
  // The bottom bar grows a line rather than push the timer out of the window.
  `${VIEW}{grid-template-rows:minmax(140px,1fr) 2fr minmax(3em,auto)}`,
  `${INFO}{flex-wrap:wrap;gap:.2em 1.2em;padding:.35em 10px;overflow:visible;min-width:0}`,
  `${INFO} :is(.bespoke-marp-presenter-info-page-area,.bespoke-marp-presenter-info-time,` +
    '.bespoke-marp-presenter-info-timer){width:auto;flex:0 0 auto;padding:0}',
  `${INFO} .bespoke-marp-presenter-info-page{min-width:5em}`,
  // The arrows' labels (named in the deck's language, for screen readers) are not drawn: pushed
  // out of the box only, a glyph's edge showed as a speck beside the arrow.
  `${INFO} :is(button.bespoke-marp-presenter-info-page-prev,button.bespoke-marp-presenter-info-page-next)` +
    '{color:transparent}',
  '.recap-budget{order:4;display:flex;flex-wrap:wrap;gap:.2em 1.2em;align-items:baseline;' +
    'font-variant-numeric:tabular-nums;white-space:nowrap}',
  '.recap-budget .over{color:#ff5d5d}',
  '.recap-budget .near{color:#ff9900}',
  // A narrow window sets the bar smaller; the clock stays, on a line of its own if need be.
  `@media (max-width:900px){${INFO}{font-size:.9em;gap:.15em .8em}}`,
].join('\n');

// Runs in the browser, in every view: Marp's words in the deck's language; in the
// presenter view, also times the slide on screen against its budget.
const SCRIPT = `(function(){
  var d = window.recapDeck, c = d.labels.controls;
  var osc = {prev: c.previousSlide, next: c.nextSlide, fullscreen: c.fullscreen,
    overview: c.overview, presenter: c.presenterView};
  var P = 'bespoke-marp-presenter-';
  var named = {}, titled = {};
  named[P + 'info-page-prev'] = c.previous; named[P + 'info-page-next'] = c.next;
  named[P + 'note-smaller'] = c.smallerNotes; named[P + 'note-bigger'] = c.biggerNotes;
  named['bespoke-marp-overview-close'] = c.closeOverview;
  titled[P + 'info-time'] = c.currentTime; titled[P + 'info-timer'] = c.timer;
  titled[P + 'info-page'] = c.overview;
  function set(el, key, value){ if (value && el[key] !== value) el[key] = value; }
  function each(selector, fn){ Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }
  function localize(){
    each('[data-bespoke-marp-osc]', function(el){
      var key = el.getAttribute('data-bespoke-marp-osc');
      if (key === 'page') {
        var m = /(\\d+)\\D+(\\d+)/.exec(el.textContent || '');
        if (m) set(el, 'textContent', c.page.replace('{n}', m[1]).replace('{total}', m[2]));
      } else if (osc[key] && !el.disabled) { set(el, 'title', osc[key]); set(el, 'textContent', osc[key]); }
    });
    Object.keys(named).forEach(function(k){
      each('.' + k, function(el){ set(el, 'title', named[k]); set(el, 'textContent', named[k]); });
    });
    Object.keys(titled).forEach(function(k){ each('.' + k, function(el){ set(el, 'title', titled[k]); }); });
    each('.' + P + 'info-time', function(el){
      set(el, 'textContent', new Date().toLocaleTimeString(c.clockLocale, {hour12: c.hour12}));
    });
    var title = document.title.replace(/^\\[Presenter view\\]/, '[' + c.presenterTitle + ']')
      .replace(/^\\[Overview\\]/, '[' + c.overviewTitle + ']');
    if (title !== document.title) document.title = title;
  }
  // Marp writes its words (and the clock, four times a second) after ours: write ours again.
  new MutationObserver(localize).observe(document.documentElement,
    {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['title']});
  localize();

  var presenter = document.body.dataset.bespokeView === 'presenter';
  if (!presenter && !/[?&]view=presenter/.test(location.search)) return;
  var fmt = function(s){
    s = Math.max(0, Math.round(s)); return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  };
  var sum = function(list){ return list.reduce(function(a, b){ return a + b; }, 0); };
  var start = Date.now(), slide = -1, t0 = Date.now();
  function setup(){
    var info = document.querySelector('.' + P + 'info-container');
    var page = document.querySelector('.' + P + 'info-page');
    if (!info || !page) return setTimeout(setup, 100);
    var box = document.createElement('div'); box.className = 'recap-budget';
    var here = document.createElement('span'), plan = document.createElement('span');
    box.appendChild(here); box.appendChild(plan); info.appendChild(box);
    function tick(){
      var m = /(\\d+)\\s*\\//.exec(page.textContent || ''); var now = m ? Number(m[1]) - 1 : 0;
      if (now !== slide) { slide = now; t0 = Date.now(); }
      var budget = d.budgets[slide] || 0, used = (Date.now() - t0) / 1000;
      var planned = sum(d.budgets.slice(0, slide)), total = sum(d.budgets);
      here.textContent = d.labels.budget + ' ' + fmt(used) + ' / ' + fmt(budget);
      here.className = used > budget ? 'over' : used > budget * 0.8 ? 'near' : '';
      plan.textContent = d.labels.plan + ' ' + fmt(planned) + ' / ' + fmt(total);
      plan.className = (Date.now() - start) / 1000 > planned + budget ? 'over' : '';
    }
    tick(); setInterval(tick, 500);
  }
  setup();
})();`;
