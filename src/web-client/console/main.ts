/**
 * The staff console's behaviour, served at `/assets/console.js` (same origin, so the strict
 * CSP of the console page holds). It only calls the public API (search, eligibility, ask,
 * programs, subsidies) and `/api/clauses`; same-origin fetches carry the console cookie.
 * Nothing here needs a language model: answers are extractive when none is configured.
 */
import { initAsk } from './ask.js';
import { loadCatalogue } from './catalogue.js';
import { initClauses } from './clauses.js';
import { initEligibilityForm } from './eligibility-form.js';
import { initPrograms } from './programs.js';
import { initSearch } from './search.js';
import { initTabs, selectTab } from './tabs.js';

initTabs();
const searchBox = initSearch();
initClauses();
initPrograms();
initAsk();
initEligibilityForm();

selectTab((location.hash || '#search').slice(1), false);
// Staff start typing at once: the search box has the focus when the search tab opens the page.
if (!document.getElementById('panel-search')!.hidden) searchBox.focus();
loadCatalogue();
