// The self-assessment page: one self-contained HTML file. The framework travels in it as data and
// copro's own core, bundled for the browser (dist/bundle/form-app.js, from src/browser/), runs
// in it; a strict Content-Security-Policy lets nothing load and only the page's own style and
// script run, by their hashes. Without JavaScript the page says what it needs.
import type { LoadedFramework } from '../../core/model/types.js';
import { HTML_STYLE, pageHead } from '../html/page.js';
import { escapeHtml as esc } from '../text/escape-html.js';
import { provenance } from '../scorecard-parts.js';
import type { ReportHeader } from '../sink.js';
import { FORM_STYLE } from './style.js';
import { NOT_SURE } from '../../core/project/questionnaire.js';

const STYLE = `${HTML_STYLE}${FORM_STYLE}`;

export interface FormPageInput {
  header: ReportHeader;
  framework: LoadedFramework;
  /** The bundled script (src/browser/form-app.ts). */
  script: string;
  /** Where "share this example" addresses its email, if anywhere. */
  submitTo?: string;
  /** Navigation to put above the page (the hub's), already rendered. */
  navigation?: string;
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderFormPage({ header, framework, script, submitTo, navigation = '' }: FormPageInput): string {
  const data = scriptJson({ framework, submitTo, tool: header.tool });
  return `${pageHead('Is it co-production? Assess a project', STYLE, script)}
<a class="skip" href="#main">Skip to the questions</a>
<header class="page-head"><div class="wrap"><p class="kicker">copro self-assessment</p><h1>Is it co-production? Assess a project</h1><p>Answer a few questions at a time about who held power and how the work was done, and see the verdict build up, against “${esc(framework.name)}”. Everything stays in this browser: nothing is sent anywhere.</p></div></header>
${navigation}<main id="main" class="wrap">
<div id="needs-script" class="panel"><p>This page works out the scorecard in your browser, which needs JavaScript. Turn JavaScript on for this page, or describe the project in a file with <code>copro init</code> and score it with <code>copro assess</code>.</p></div>
<div id="form-app" class="form-layout" hidden>
<div class="form-main">
<div class="form-tools"><label for="load-file">Carry on with a project file you have<input type="file" id="load-file" accept=".yaml,.yml,text/yaml"></label><button type="button" id="start-again">Start again</button></div>
<div id="problems" aria-live="polite"></div>
<div class="progress-line"><span id="progress-text"></span><progress id="progress" aria-labelledby="progress-text"></progress></div>
<form id="form-screen" novalidate aria-labelledby="screen-title"></form>
<div class="form-nav"><button type="button" id="back">Back</button><button type="button" id="next-check" class="button secondary" hidden>Next to check</button><button type="button" id="next">Next</button></div>
<div class="verdict-bar" id="verdict-bar" role="status" aria-label="The verdict so far"><span id="bar-class" class="badge rank-2">Not yet scored</span> <span id="bar-provisional" class="provisional-mark" hidden>provisional</span> <span id="bar-described"></span> <a href="#live-title">The scorecard</a></div>
</div>
<aside class="live" aria-labelledby="live-title">
<h2 id="live-title">The scorecard so far</h2>
<p id="live-about" class="meta"></p>
<p><span id="live-class" class="badge rank-2">Not yet scored</span> <span id="live-provisional" class="provisional-mark" hidden>provisional</span></p>
<p id="live-suggestions" class="suggestion-count" hidden></p>
<dl class="figures"><div><dt>Practice score</dt><dd id="live-score">–</dd></div><div><dt>Described</dt><dd id="live-completeness">–</dd></div></dl>
<p id="live-terms"></p>
<ul id="live-why"></ul>
<h3>What would help most</h3>
<ul id="live-next"></ul>
<p class="hint">Worked out in this page by copro's own scoring, the same as <code>copro assess</code>. “${esc(NOT_SURE.label)}” is never counted as “no”: it lowers how much is described, and a verdict on too little is marked provisional.</p>
</aside>
</div>
</main>
<footer class="page-foot"><div class="wrap"><p>${esc(provenance(header))}.</p><p>This page is self-contained: it loads nothing from anywhere.</p></div></footer>
<script type="application/json" id="form-data">${data}</script>
<script>${script}</script>
</body>
</html>
`;
}
