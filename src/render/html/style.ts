// The HTML report's one stylesheet, inline (the page loads nothing). System fonts; colours chosen
// for contrast of 4.5:1 or more on their backgrounds; a layout that folds to one column on a
// phone; print styles that drop the controls and start each scorecard on a new page.
import { CHART_STYLE } from './charts.js';

export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1b2330; --muted: #4a5566; --line: #d3d9e1; --paper: #ffffff; --page: #f3f5f8; --link: #1a4f95;
  --c0: #1c6b3f; --c0-tint: #e2f1e7; --c1: #8a4600; --c1-tint: #fbeedd; --c2: #46526d; --c2-tint: #e8ebf2; --c3: #5b3f7a; --c3-tint: #efe8f6; --bar: #2d5f93; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 0 0 .5rem; }
h1 { font-size: 1.9rem; } h2 { font-size: 1.45rem; } h3 { font-size: 1.3rem; } h4 { font-size: 1.05rem; } h5 { font-size: 1rem; }
p { margin: 0 0 .75rem; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 2; }
.skip:focus { left: .5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.wrap { max-width: 76rem; margin: 0 auto; padding: 0 1rem; }
.page-head { background: var(--ink); color: #fff; padding: 1.5rem 0 1.25rem; }
.page-head a { color: #cfe0ff; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: #c9d3e0; margin: 0 0 .25rem; }
.page-head p { margin: .25rem 0 0; color: #e6ebf2; }
.counts { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: .9rem 0 0; }
.counts li { background: #fff; color: var(--ink); border-radius: 999px; padding: .2rem .75rem .2rem .3rem; font-weight: 600; }
main.wrap { padding-top: 1.5rem; padding-bottom: 2rem; }
main > section { margin-bottom: 2.5rem; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: .6rem; padding: 1.25rem; }
.badge { display: inline-block; border-radius: .8rem; padding: .1rem .65rem; font-weight: 700; font-size: .9rem; color: #fff; background: var(--c2); }
.rank-0 .badge, .badge.rank-0 { background: var(--c0); } .rank-1 .badge, .badge.rank-1 { background: var(--c1); } .rank-2 .badge, .badge.rank-2 { background: var(--c2); } .rank-3 .badge, .badge.rank-3 { background: var(--c3); }
.controls { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: end; margin: 0 0 1rem; }
.controls label { display: flex; flex-direction: column; font-weight: 600; font-size: .9rem; gap: .2rem; }
.controls input, .controls select { font: inherit; height: 2.5rem; padding: .3rem .6rem; border: 1px solid #8a94a3; border-radius: .35rem; min-width: 14rem; background: #fff; color: var(--ink); }
.controls output { color: var(--muted); font-size: .95rem; padding-bottom: .5rem; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: var(--paper); }
caption { text-align: left; color: var(--muted); padding: 0 0 .5rem; font-size: .95rem; }
th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: #e9edf2; font-size: .9rem; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
thead th button::after { content: " \\2195"; color: var(--muted); font-weight: 400; }
thead th[aria-sort="ascending"] button::after { content: " \\2191"; color: var(--ink); }
thead th[aria-sort="descending"] button::after { content: " \\2193"; color: var(--ink); }
.file { color: var(--muted); font-size: .85rem; overflow-wrap: break-word; }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); }
.card { background: var(--paper); border: 1px solid var(--line); border-top: 6px solid var(--c2); border-radius: .6rem; padding: 1rem; display: flex; flex-direction: column; gap: .6rem; }
.card.rank-0 { border-top-color: var(--c0); } .card.rank-1 { border-top-color: var(--c1); } .card.rank-3 { border-top-color: var(--c3); }
.card h3 { font-size: 1.1rem; margin: 0; }
.card .meta { margin: 0; }
.card-figures { display: flex; gap: .75rem; align-items: center; }
.card-figures .radar-thumbnail { width: 7rem; height: 7rem; flex: none; }
.card-figures p { margin: 0; }
.big { font-size: 1.8rem; font-weight: 800; line-height: 1; }
.out-of { color: var(--muted); font-size: .9rem; }
.meta { color: var(--muted); font-size: .95rem; }
.scorecard { background: var(--paper); border: 1px solid var(--line); border-radius: .6rem; padding: 1.5rem; margin: 0 0 2rem; border-top: 8px solid var(--c2); }
.scorecard.rank-0 { border-top-color: var(--c0); } .scorecard.rank-1 { border-top-color: var(--c1); } .scorecard.rank-3 { border-top-color: var(--c3); }
.scorecard > section, .scorecard .cols > section { margin-top: 1.5rem; }
.verdict { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; margin: .75rem 0; }
.verdict .badge { font-size: 1.1rem; padding: .25rem .9rem; }
.provisional-mark { border: 2px dashed currentColor; border-radius: 999px; padding: .1rem .7rem; font-weight: 700; color: #7a4b00; }
.in-progress { border: 2px solid currentColor; border-radius: 999px; padding: .1rem .7rem; font-weight: 700; color: #5b3f7a; }
.finding { border-left: 6px solid var(--c1); background: #f3f6fa; padding: .6rem 1rem; margin: .75rem 0; border-radius: 4px; }
.finding p { margin: .25rem 0; }
.finding-warn { border-left-color: #b3261e; background: #fdf1f0; }
.radar-missing { font-style: italic; fill: var(--muted); }
.radar-spoke-missing { stroke-dasharray: 4 4; }
.figures { display: flex; gap: 1.5rem; margin: 0; }
.figures div { display: flex; flex-direction: column; }
.figures dt { color: var(--muted); font-size: .85rem; }
.figures dd { margin: 0; font-size: 1.5rem; font-weight: 800; }
.summary-text { max-width: 48rem; }
.references { font-size: .9rem; max-width: 48rem; }
.references p { margin: 0; }
.references ul { margin: .2rem 0 0; padding-left: 1.2rem; }
.tags { list-style: none; padding: 0; margin: 0 0 .75rem; display: flex; flex-wrap: wrap; gap: .35rem; }
.tags li { background: #eef1f5; border: 1px solid var(--line); border-radius: 999px; padding: 0 .6rem; font-size: .85rem; }
.reasons, .warnings, .steps { padding-left: 1.4rem; margin: 0; }
.reasons { list-style: none; padding: 0; }
.reasons li { padding: .35rem 0 .35rem 2rem; position: relative; border-bottom: 1px dashed var(--line); }
.reasons .mark { position: absolute; left: 0; top: .3rem; width: 1.5rem; height: 1.5rem; border-radius: 50%; text-align: center; font-weight: 800; line-height: 1.5rem; color: #fff; }
.reasons .met .mark { background: var(--c0); } .reasons .unmet .mark { background: #a3262a; } .reasons .open .mark { background: #7a4b00; }
.reason-class { font-weight: 700; }
.steps li, .warnings li { margin-bottom: .4rem; }
.stage-tests { margin: .3rem 0 .2rem; }
.stage-tests summary { cursor: pointer; font-weight: 600; color: var(--link); }
.stage-tests ul { margin: .3rem 0 0; padding-left: 1.2rem; }
.gain { color: var(--muted); font-size: .9rem; white-space: nowrap; }
.warnings { list-style: none; padding: 0; }
.warnings li { background: #fff5e0; border-left: 4px solid #b86e00; padding: .5rem .75rem; }
.cols { display: grid; gap: 0 2rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) { .cols { grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); } }
figcaption { color: var(--muted); font-size: .9rem; }
.radar-full { width: 100%; height: auto; max-width: 48rem; display: block; margin: 0 auto; }
.radar-phone { display: none; width: 100%; max-width: 16rem; height: auto; margin: 0 auto; }
figure { margin: 0 0 1.25rem; } figcaption { text-align: center; }
.radar-ring { fill: none; stroke: #c9d0da; stroke-width: 1; }
.radar-spoke { stroke: #c9d0da; stroke-width: 1; }
/* The shape's colour is inherited (--shape), so a second view of a chart (<use>) takes it too. */
.radar-shape { fill: var(--shape, var(--c2)); fill-opacity: .22; stroke: var(--shape, var(--c2)); stroke-width: 2.5; stroke-linejoin: round; }
.rank-0 { --shape: var(--c0); } .rank-1 { --shape: var(--c1); }
.radar-dot { fill: var(--ink); }
.radar-shape, .radar-ring, .radar-spoke { vector-effect: non-scaling-stroke; }
.radar-label { font-size: 14px; fill: var(--ink); }
.radar-score { font-weight: 700; }
.bar { display: block; width: 100%; min-width: 4rem; height: .55rem; margin-top: .3rem; background: linear-gradient(var(--bar), var(--bar)) no-repeat #e3e8ef; background-size: var(--w, 0) 100%; }
td.score-cell { min-width: 7rem; }
.profile { list-style: none; padding: 0; margin: 0 0 1.25rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(4.2rem, 7.5rem)); gap: .5rem; }
.profile li { display: flex; flex-direction: column; align-items: center; text-align: center; }
.stage-bar { width: 3.2rem; height: 4.5rem; display: flex; flex-direction: column; justify-content: flex-end; align-items: center; }
.stage-bar span { display: block; width: 100%; }
.profile li { border-bottom: 0; } .profile li .stage-bar { border-bottom: 2px solid #8a94a3; }
.stage-fill { stroke: #33465e; stroke-width: .6; }
span.stage-fill { border: 1px solid #33465e; }
.stage-unknown { fill: #fff; stroke: #6b7686; stroke-width: 1; stroke-dasharray: 3 2; }
span.stage-unknown { width: 95% !important; height: 25%; background: #fff; border: 1px dashed #6b7686; margin-bottom: 1px; }
.stage-name { font-weight: 700; margin-top: .3rem; }
.stage-level, .stage-shared { font-size: .85rem; }
span.stage-level { color: var(--muted); }
.stage-shared { color: #fff; background: var(--c0); border-radius: 999px; padding: 0 .45rem; font-weight: 700; margin-top: .15rem; }
.profile-compact .stage-bar { width: 1.8rem; height: 2.2rem; }
.profile-compact { display: flex; gap: .25rem; margin: 0; }
.profile-compact li { flex: 1 1 0; min-width: 0; }
.card .badge { white-space: normal; }
.profile-compact .stage-name { font-size: .78rem; }
.profile-compact span.stage-level { font-size: .72rem; line-height: 1.2; }
.profile-compact .stage-shared { font-size: .68rem; }
.criterion-detail { border-top: 1px solid var(--line); padding-top: .75rem; margin-top: .75rem; }
.criterion-heading { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; font-size: 1.05rem; }
.criterion-score { white-space: nowrap; }
.indicators { list-style: none; padding: 0; margin: 0; }
.indicators li { padding: .4rem 0; }
.indicators .question { margin: 0; }
.indicators .answer-line { margin: .1rem 0 0; font-size: .9rem; color: var(--muted); }
.answer { display: inline-block; min-width: 3.5rem; text-align: center; border-radius: .3rem; padding: 0 .4rem; font-weight: 700; color: var(--ink); border: 1px solid #9aa4b2; background: #f0f2f5; }
.answer-yes { background: #dcefe2; border-color: #6aa37f; } .answer-partly { background: #fbecd6; border-color: #c89a55; } .answer-no { background: #f7dddd; border-color: #c77b7b; }
.evidence { margin: .2rem 0 0; padding-left: .75rem; border-left: 3px solid var(--line); font-size: .95rem; }
.back { margin: 1.5rem 0 0; font-size: .95rem; }
.not-scored li { margin-bottom: .4rem; }
.page-foot { color: var(--muted); font-size: .9rem; padding: 1rem 0 2rem; border-top: 1px solid var(--line); }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  .scorecard { padding: 1rem .75rem; }
  .controls input, .controls select { min-width: 0; width: 100%; }
  .controls label { flex: 1 1 100%; }
  .col-file { display: none !important; }
  /* The index as a list of short blocks: name, then class and figures, each figure labelled. */
  table.stack, .stack tbody, .stack tr, .stack th, .stack td { display: block; }
  .stack thead tr { display: flex; flex-wrap: wrap; gap: .25rem 1rem; background: #e9edf2; padding: .4rem .5rem; }
  .stack thead th { padding: 0; border: 0; background: none; }
  .stack tbody tr { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem 1rem; padding: .6rem .5rem; border-bottom: 1px solid var(--line); }
  .stack tbody th { flex: 1 1 100%; padding: 0; border: 0; }
  .stack tbody td { padding: 0; border: 0; text-align: left; }
  .stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
  .stack td.wide { flex: 1 1 100%; }
  .scorecard table { font-size: .9rem; }
  td.score-cell { min-width: 4.5rem; }
  .bar { min-width: 3rem; }
  .radar-full { display: none; }
  .radar-phone { display: block; }
  .stack caption { display: block; }
  .stack:not(#projects) thead { display: none; }
  .stack td.score-cell { flex: 1 1 100%; display: flex; align-items: center; gap: .5rem; }
  .stack td.score-cell .bar { flex: 1; margin: 0; }
  .stack td:not(.score-cell) { order: 1; }
  .profile { display: flex; gap: .25rem; }
  .profile li { flex: 1 1 0; min-width: 0; }
  .profile .stage-name { font-size: .85rem; }
  .profile span.stage-level { font-size: .66rem; line-height: 1.2; }
  .profile .stage-shared { font-size: .7rem; }
  th, td { padding: .45rem .4rem; }
}
/* Printed, a scorecard fits on three A4 pages at most, the verdict and its reasons on the first:
   a smaller type, the radar left out (its table has the same figures), and the indicators in two
   compact columns. A batch prints its summary, then each scorecard from a new page. */
@page { size: A4; margin: 10mm 11mm 12mm; }
.print-only { display: none; }
@media print {
  .print-only { display: block; }
  .page-foot p + p { display: none; } /* "self-contained" matters on screen, not on paper */
  .page-foot { margin-top: 4pt; padding-top: 2pt; }
  .indicators li.undescribed { display: none; }
  .undescribed-note { font-size: 6.8pt; color: var(--muted); margin: 0; }
  html { font-size: 8pt; } /* every size given in rem follows */
  body { background: #fff; font-size: 8pt; line-height: 1.2; }
  .score-cell .bar { display: inline-block; width: 40%; height: 5pt; margin-left: 4pt; vertical-align: middle; }
  main, .page-head { padding: 0; max-width: none; }
  h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 6pt 0 2pt; } h3 { font-size: 10.5pt; margin: 5pt 0 2pt; } h4, h5 { font-size: 10pt; margin: 5pt 0 2pt; }
  p { margin: 0 0 4pt; }
  figure, .radar-full, .radar-phone, caption { display: none !important; }
  th, td { padding: 1.5pt 4pt; }
  .reasons li { padding: 2pt 0 2pt 16pt; }
  .reasons .mark { width: 11pt; height: 11pt; line-height: 11pt; font-size: 7pt; top: 2pt; }
  .steps li, .warnings li { margin-bottom: 2pt; }
  .profile { margin-bottom: 4pt; }
  /* The stage table says what the strip draws; on paper the table alone is enough. */
  .scorecard .profile, .scorecard .profile + .meta { display: none; }
  .indicators { columns: 2; column-gap: 12pt; font-size: 6.8pt; margin: 0; padding: 0; }
  .indicators li { padding: 1pt 0; margin: 0; }
  .indicators p, .indicators .evidence, .indicators .question, .indicators .answer-line { margin: 0; font-size: 6.8pt; line-height: 1.15; }
  .indicators .answer { font-size: 6.5pt; padding: 0 2pt; min-width: 0; }
  /* Question, answer and evidence run on as one paragraph. */
  .indicators .question, .indicators .answer-line { display: inline; }
  .indicators .evidence { display: inline; border: 0; padding: 0; }
  .indicators .evidence::before { content: " — "; }
  .criterion-score { font-size: 9pt; }
  .criterion-heading { font-size: 8.5pt; margin: 0; }
  .criterion-detail { padding-top: 1pt; margin-top: 2pt; }
  .scorecard > section, .scorecard .cols > section { margin-top: 4pt; }
  .stage-bar { width: 2rem; height: 2.6rem; }
  .indicators li { break-inside: auto; }
  .page-head { background: #fff; color: #000; border-bottom: 2px solid #000; }
  .page-head p, .kicker { color: #000; }
  .counts li { border: 1px solid #000; }
  .controls, .skip, .back, #gallery { display: none !important; }
  .scorecard { border: 0; border-top: 6pt solid var(--c2); border-radius: 0; padding: 0; break-before: page; }
  .scorecard.rank-0 { border-top-color: var(--c0); } .scorecard.rank-1 { border-top-color: var(--c1); } .scorecard.rank-3 { border-top-color: var(--c3); }
  .scorecard.single { break-before: auto; }
  .reasons li, .indicators li, .warnings li, tr, figure, .profile { break-inside: avoid; }
  h2, h3, h4, h5 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  thead th button::after { content: none; }
  .table-wrap { overflow: visible; }
  .radar-full { display: block; } .radar-phone { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
${CHART_STYLE}
`;
