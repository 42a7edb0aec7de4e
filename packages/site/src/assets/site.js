// The site's one script: filters and search on the duty table, search over every duty on the
// home page. Everything it does is an addition: without it the pages read the same.
(() => {
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const index = (docs) => {
    const F = window.FlexSearch;
    const idx = new F.Index({ tokenize: 'strict', encoder: F.Charset.CJK });
    docs.forEach((text, i) => {
      idx.add(i, text);
    });
    return idx;
  };
  const table = $('table.duties');
  if (table) {
    const rows = $$('tbody tr', table);
    const form = $('form.filters');
    const count = $('.count');
    let found = null;
    let idx = null;
    const apply = () => {
      const chosen = $$('select', form).filter((s) => s.value !== '');
      let shown = 0;
      rows.forEach((row, i) => {
        const ok =
          (found === null || found.has(i)) &&
          chosen.every((s) => (row.dataset[s.name] || '').split(' ').includes(s.value));
        row.hidden = !ok;
        if (ok) shown++;
      });
      count.textContent = `${shown} / ${rows.length}`;
    };
    form.hidden = false;
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
    const q = $('input[type=search]', form);
    q.addEventListener('input', () => {
      if (!idx) idx = index(rows.map((r) => r.textContent));
      found = q.value.trim() === '' ? null : new Set(idx.search(q.value.trim(), 10000));
      apply();
    });
  }
  const box = $('#site-search');
  if (box) {
    const form = box.closest('form');
    const list = $('#results');
    let idx = null;
    form.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    const run = () => {
      const data = window.qingdanSearch;
      if (!idx) idx = index(data.map((d) => `${d[1]} ${d[2]}`));
      const hits = box.value.trim() === '' ? [] : idx.search(box.value.trim(), 200);
      list.replaceChildren(
        ...hits.map((i) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `${form.dataset.root}${data[i][0]}${form.dataset.page}`;
          a.textContent = data[i][1];
          li.append(a, ` · ${data[i][2]}`);
          return li;
        }),
      );
      $('.count', form).textContent = box.value.trim() === '' ? '' : String(hits.length);
    };
    let loading = false;
    box.addEventListener('input', () => {
      if (window.qingdanSearch) return run();
      if (loading) return;
      loading = true;
      const s = document.createElement('script');
      s.src = form.dataset.root + form.dataset.index;
      s.onload = run;
      document.head.append(s);
    });
  }
})();
