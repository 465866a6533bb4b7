// The hub's styles, added to the HTML report's stylesheet: the site navigation, the index's
// filters and pager, and the class and term pages. Print drops the navigation and controls.
export const HUB_STYLE = `
.site-nav { background: #111821; }
.counts a { color: var(--link); }
.site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: .5rem 0; }
.site-nav a { color: #dbe7ff; font-weight: 600; }
.site-nav a[aria-current="page"] { color: #fff; text-decoration-thickness: 3px; }
.hub-filters { margin: 0 0 1rem; }
.hub-filters details { margin-top: .75rem; }
.hub-filters summary { font-weight: 600; cursor: pointer; padding: .25rem 0; }
.hub-filters .search { max-width: 36rem; }
.hub-filter-fields { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: end; }
.hub-filter-fields { margin-top: .5rem; }
.hub-filter-fields label { max-width: 20rem; }
.hub-filters label { display: flex; flex-direction: column; font-weight: 600; font-size: .9rem; gap: .2rem; flex: 1 1 11rem; min-width: 0; }
.hub-filters input, .hub-filters select, .hub-filters button { font: inherit; height: 2.5rem; padding: .3rem .6rem; border: 1px solid #8a94a3; border-radius: .35rem; background: #fff; color: var(--ink); width: 100%; }
.hub-filters button { width: auto; font-weight: 600; cursor: pointer; }
.hub-status { color: var(--muted); margin: 0 0 .5rem; }
.hub-status .nearest { font: inherit; font-weight: 600; padding: .3rem .8rem; margin: .4rem 0 0; border: 1px solid #8a94a3; border-radius: .35rem; background: #fff; color: var(--link); cursor: pointer; }
.badge.draft { background: #4f5966; }
.page-head .strapline { font-size: 1.15rem; max-width: 48rem; }
.more { font: inherit; font-weight: 600; padding: .4rem 1rem; margin: .75rem 0 0; border: 1px solid #8a94a3; border-radius: .35rem; background: #fff; color: var(--ink); cursor: pointer; }
#hub-projects .org, #hub-projects .history { display: block; color: var(--muted); font-weight: 400; font-size: .9rem; }
.page-head .together { border-left: 4px solid #dbe7ff; padding: .25rem 0 .25rem .75rem; max-width: 48rem; }
#hub-projects td.tags-cell { font-size: .85rem; color: var(--muted); }
.pager { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: 1rem 0 0; }
.word-list { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); }
.word-list li { background: var(--paper); border: 1px solid var(--line); border-radius: .6rem; padding: .75rem 1rem; }
.word-list p { margin: .25rem 0 0; color: var(--muted); font-size: .95rem; }
.explain { max-width: 48rem; }
.explain p { margin-bottom: 1rem; }
.project-list { padding-left: 1.2rem; }
.project-list li { margin-bottom: .6rem; }
.project-list .about { display: block; font-size: .9rem; }
.downloads { padding-left: 1.2rem; }
@media (max-width: 40rem) {
  #hub-projects td:empty { display: none; }
  .page-head .strapline { font-size: 1rem; }
}
@media print {
  .site-nav, .hub-filters, .hub-status, .pager, .more { display: none !important; }
}
`;
