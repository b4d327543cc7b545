// The certificate check page: hashes the chosen file in the browser (WebCrypto) and asks the
// relayer what the chain says of that hash. It says "genuine" only when the answer is
// exactly that, with an office; anything else it cannot prove is "unknown".
'use strict';
(function () {
  const drop = document.getElementById('drop');
  const input = document.getElementById('file');
  const box = document.getElementById('result');
  const el = (id) => document.getElementById(id);

  function day(iso) {
    if (!iso) return '';
    return new Date(iso).toLocaleDateString('ko-KR', { timeZone: 'Asia/Seoul', year: 'numeric', month: 'long', day: 'numeric' });
  }
  function dayEn(iso) {
    if (!iso) return '';
    return new Date(iso).toLocaleDateString('en-GB', { timeZone: 'Asia/Seoul', year: 'numeric', month: 'long', day: 'numeric' });
  }
  function show(kind, title, ko, en, hash) {
    box.hidden = false;
    box.className = kind;
    el('verdict').textContent = title;
    el('detail-ko').textContent = ko;
    el('detail-en').textContent = en;
    el('hash').textContent = hash ? 'SHA-256 ' + hash : '';
  }
  function unknown(hash, why) {
    show('unknown', '확인할 수 없음 · Unknown',
      '등록된 기관이 발급한 파일로 확인되지 않습니다. 발급된 뒤 한 글자라도 바뀌었거나, 발급된 적이 없는 파일일 수 있습니다.' + (why ? ' (' + why + ')' : ''),
      'This file cannot be confirmed as issued by a registered office: it may have been changed after issuance, even by one byte, or never issued.',
      hash);
  }
  function render(hash, r) {
    const office = r && r.office && r.office.name;
    if (r && r.verdict === 'genuine' && office) {
      const exp = r.expiresAt ? ' 유효기간: ' + day(r.expiresAt) + '까지.' : '';
      const expEn = r.expiresAt ? ' Valid until ' + dayEn(r.expiresAt) + '.' : '';
      show('genuine', '진본 · Genuine',
        office + '에서 ' + day(r.issuedAt) + '에 발급한 파일 그대로입니다.' + exp,
        'This is exactly the file ' + office + ' issued on ' + dayEn(r.issuedAt) + '.' + expEn, hash);
    } else if (r && r.verdict === 'revoked' && office) {
      show('revoked', '취소됨 · Revoked',
        office + '에서 ' + day(r.issuedAt) + '에 발급했으나 ' + day(r.revokedAt) + '에 취소했습니다. 사유: ' + (r.reasonKo || r.reason) + '.',
        'Issued by ' + office + ' on ' + dayEn(r.issuedAt) + ', revoked on ' + dayEn(r.revokedAt) + '. Reason: ' + (r.reasonEn || r.reason) + '.', hash);
    } else if (r && r.verdict === 'expired' && office) {
      show('expired', '기간 만료 · Expired',
        office + '에서 ' + day(r.issuedAt) + '에 발급했으며 ' + day(r.expiresAt) + '에 유효기간이 끝났습니다.',
        'Issued by ' + office + ' on ' + dayEn(r.issuedAt) + '; it expired on ' + dayEn(r.expiresAt) + '.', hash);
    } else {
      unknown(hash, '');
    }
  }
  async function check(file) {
    if (!file) return;
    show('checking', '확인 중… · Checking…', file.name, '', '');
    if (!window.crypto || !window.crypto.subtle) {
      unknown('', '이 페이지는 HTTPS로 열어야 합니다 · open this page over HTTPS');
      return;
    }
    let hash = '';
    try {
      const digest = await window.crypto.subtle.digest('SHA-256', await file.arrayBuffer());
      hash = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
      const resp = await fetch('/v1/certs/' + hash, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      if (!resp.ok) { unknown(hash, 'HTTP ' + resp.status); return; }
      render(hash, await resp.json());
    } catch (e) {
      unknown(hash, String(e && e.message || e));
    }
  }
  input.addEventListener('change', () => check(input.files[0]));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    check(e.dataTransfer.files[0]);
  });
})();
