'use strict';
// The fund's public ledger: reads /v1/funds/{id} and /v1/funds/{id}/trace/{receipt} from
// the relayer that serves this page, and shows them. Amounts arrive as decimal strings of
// won and are printed with separators by string, never through floating point.
(function () {
  const id = (location.pathname.match(/^\/funds\/(\d+)\/?$/) || [])[1];
  const $ = (sel) => document.querySelector(sel);
  const won = (s) => {
    s = String(s === undefined || s === null ? '0' : s);
    const neg = s.startsWith('-');
    if (neg) s = s.slice(1);
    const [int, frac] = s.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (neg ? '-' : '') + grouped + (frac ? '.' + frac : '');
  };
  const day = (unix) => new Date(Number(unix) * 1000).toISOString().slice(0, 10);
  const text = (el, s) => { el.textContent = s; return el; };
  const el = (tag, s, cls) => { const e = document.createElement(tag); if (s !== undefined) e.textContent = s; if (cls) e.className = cls; return e; };

  async function getJSON(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(body.error || r.status + ' ' + r.statusText);
    return body;
  }

  function showReport(r) {
    text($('#fund-no'), '#' + r.fund);
    const kind = r.kind === 'donation' ? '기부 모금 · donation campaign' : '민간위탁 · consignment fund';
    const rows = [
      ['종류 · Kind', kind],
      ['기간 · Term', day(r.start) + ' – ' + day(r.end)],
      ['수입 · Inflows', won(r.inflows) + ' 원 (' + r.donationCount + ' 건 · gifts)'],
      ['집행 · Spent', won(r.spent) + ' 원'],
      ['승인 대기 · Pending', won(r.pending) + ' 원'],
      ['잔액 · Balance', won(r.balance) + ' 원'],
      ['모금·관리비 · Admin costs', won(r.admin.used) + ' / ' + won(r.admin.cap) + ' 원 (' + r.admin.shareOfBasePercent + '% / 한도 · cap ' + r.admin.capPercent + '%)'],
      ['정산 · Settled', r.settled ? won(r.settledAmount) + ' 원' : '아니오 · not yet'],
    ];
    const dl = el('dl');
    for (const [k, v] of rows) { dl.append(el('dt', k), el('dd', v)); }
    const sum = $('#summary');
    sum.replaceChildren(dl);
    const body = $('#lines tbody');
    body.replaceChildren();
    for (const l of r.lines || []) {
      const tr = el('tr');
      const flagged = l.flaggedCount > 0 ? won(l.flagged) + ' (' + l.flaggedCount + ')' : '0';
      // A line without a limit has the largest uint256 as its budget.
      const unlimited = (v) => /^\d{40,}$/.test(String(v));
      let left = unlimited(l.left) ? '한도 없음 · no limit' : won(l.left);
      let budget = unlimited(l.budget) ? '한도 없음 · no limit' : won(l.budget);
      // The admin line has no budget of its own, but the cap bounds it: show that (whole
      // won, subtracted as BigInt, never through floating point).
      const whole = /^\d+$/;
      if (l.line === 0 && unlimited(l.budget) && whole.test(String(r.admin.cap)) && whole.test(String(r.admin.used))) {
        const room = BigInt(r.admin.cap) - BigInt(r.admin.used);
        budget = '한도 · cap ' + won(r.admin.cap);
        left = won((room > 0n ? room : 0n).toString());
      }
      tr.append(el('td', l.line + ' ' + l.code), el('td', budget), el('td', won(l.spent)),
        el('td', won(l.pending)), el('td', flagged, l.flaggedCount > 0 ? 'flag' : ''), el('td', left));
      body.append(tr);
    }
    $('#lines').hidden = false;
  }

  async function load() {
    if (!id) { text($('#status'), '기금 번호가 없습니다 · No fund number in the address (/funds/ID)').className = 'error'; return; }
    try { showReport(await getJSON('/v1/funds/' + id)); } catch (e) {
      text($('#status'), '불러오지 못했습니다 · Could not load: ' + e.message).className = 'error';
    }
  }

  $('#trace-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const out = $('#trace-result');
    out.hidden = false;
    out.className = 'checking';
    text(out, '추적 중… · Tracing…');
    const receipt = $('#receipt').value.trim();
    try {
      const t = await getJSON('/v1/funds/' + id + '/trace/' + encodeURIComponent(receipt));
      const dl = el('dl');
      const rows = [
        ['기부금 · Gift', won(t.amount) + ' 원'],
        ['집행에 쓰임 · Spent', won(t.spent) + ' 원'],
        ['기금에 남음 · Still in the fund', won(t.remaining) + ' 원'],
      ];
      if (t.settled && t.settled !== '0') rows.push(['정산됨 · Settled', won(t.settled) + ' 원']);
      for (const p of t.byLine || []) rows.push(['항목 · Line ' + (p.line || '') + ' ' + (p.code || ''), won(p.part) + ' 원']);
      for (const [k, v] of rows) { dl.append(el('dt', k), el('dd', v)); }
      out.replaceChildren(dl, el('p', t.rule));
      out.className = 'traced';
    } catch (e) {
      out.replaceChildren(el('p', '찾지 못했습니다 · Not found: ' + e.message, 'error'));
      out.className = 'not-found';
    }
  });

  load();
})();
