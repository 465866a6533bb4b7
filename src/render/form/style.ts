// The self-assessment page's styles, added to the HTML report's stylesheet (whose scorecard the
// page shows): the questions, the choices with their guidance, progress, and the live scorecard
// beside the questions (below them on a phone, with a compact verdict bar that stays in view).
// Print keeps only the summary.
export const FORM_STYLE = `
.form-layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); align-items: start; }
@media (min-width: 62rem) { .form-layout { grid-template-columns: minmax(0, 1.6fr) minmax(0, 1fr); } .live { position: sticky; top: 1rem; } }
.form-tools { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: end; margin-bottom: 1rem; }
.form-tools label { display: flex; flex-direction: column; gap: .25rem; font-weight: 600; font-size: .9rem; }
.form-tools input[type=file] { font: inherit; font-size: .9rem; max-width: 100%; }
.progress-line { display: flex; align-items: center; gap: .75rem; margin: 0 0 1rem; }
.progress-line progress { flex: 1; height: .8rem; accent-color: var(--c0); }
#form-screen { background: var(--paper); border: 1px solid var(--line); border-radius: .6rem; padding: 1.25rem; }
#form-screen h2:focus { outline: none; }
.field { display: flex; flex-direction: column; gap: .25rem; margin: 0 0 1rem; }
.field label { font-weight: 600; }
.field input, .field textarea { font: inherit; padding: .45rem .6rem; border: 1px solid #6b7686; border-radius: .35rem; width: 100%; color: var(--ink); background: #fff; }
.hint, .choice-hint { color: var(--muted); font-size: .9rem; margin: 0; }
.choices { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
.choices legend { font-weight: 700; padding: 0; margin-bottom: .5rem; font-size: 1.05rem; }
.choice { display: flex; gap: .6rem; align-items: flex-start; padding: .45rem .5rem; border-radius: .35rem; }
.choice:hover { background: #eef2f7; }
.choice input { margin-top: .3rem; width: 1.15rem; height: 1.15rem; flex: none; accent-color: var(--link); }
.choice label { display: flex; flex-direction: column; cursor: pointer; }
.choice-label { font-weight: 600; }
.question { border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 1rem; }
.evidence-field label { font-weight: 400; font-size: .9rem; color: var(--muted); }
.form-nav { display: flex; justify-content: space-between; gap: 1rem; margin: 1rem 0; }
.button, .form-nav button, .form-tools button { display: inline-block; font: inherit; font-weight: 700; padding: .55rem 1.2rem; border-radius: .4rem; border: 2px solid var(--link); background: var(--link); color: #fff; text-decoration: none; cursor: pointer; }
.button.secondary, #back, .form-tools button { background: #fff; color: var(--link); }
.form-nav button:disabled { opacity: .45; cursor: default; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; }
.live { background: var(--paper); border: 1px solid var(--line); border-radius: .6rem; padding: 1.25rem; }
.live h2 { font-size: 1.2rem; } .live h3 { font-size: 1rem; margin-top: 1rem; }
.live ul { padding-left: 1.2rem; margin: .25rem 0; }
#problems:not(:empty) { border-left: 5px solid #b3261e; background: #fdf1f0; padding: .5rem 1rem; margin-bottom: 1rem; }
#problems .loaded { color: var(--c0); }
/* A file loaded with nothing left out is good news, not a problem: green, not red. */
#problems:has(> .loaded:only-child) { border-left-color: var(--c0); background: var(--c0-tint); }
.full-scorecard { margin-top: 1.5rem; }
.suggestion { border-left: 5px solid var(--c1); background: var(--c1-tint); padding: .6rem 1rem; margin: 0 0 1rem; border-radius: 0 .35rem .35rem 0; }
.suggestion p { margin: .25rem 0; }
.suggestion-mark { font-weight: 700; color: var(--c1); }
.suggestion blockquote { margin: .35rem 0; padding-left: .75rem; border-left: 2px solid #d9b26f; font-style: italic; overflow-wrap: anywhere; }
.suggestion .actions { align-items: center; }
.suggestion.checked { border-left-color: var(--c0); background: var(--c0-tint); }
.suggestion-count { font-weight: 600; color: var(--c1); }
.field-problem { color: #b3261e; font-size: .9rem; margin: 0; }
.field-problem:empty { display: none; }
.field input[aria-invalid=true] { border-color: #b3261e; }
ul.problem { color: #b3261e; }
/* The verdict so far, in a compact bar that stays in view while answering on a narrow screen (the
   full scorecard sits below the questions there); beside the questions on a wide one, it is not needed. */
.verdict-bar { position: sticky; bottom: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .6rem; padding: .5rem .75rem; margin: 0 -.25rem; background: var(--paper); border: 1px solid var(--line); border-radius: .5rem .5rem 0 0; box-shadow: 0 -2px 6px rgba(0, 0, 0, .12); font-size: .9rem; }
.verdict-bar .badge { font-size: .8rem; }
.verdict-bar a { margin-left: auto; }
@media (min-width: 62rem) { .verdict-bar { display: none; } }
@media print {
  .verdict-bar { display: none !important; }
  .form-main, .site-nav, .skip { display: none !important; }
  .form-layout { display: block; }
  .live { border: 0; padding: 0; }
}
`;
