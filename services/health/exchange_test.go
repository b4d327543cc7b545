package health

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// exchangeWorld: a hospital (A) and a clinic (B), each with its records in a folder and a
// gateway on loopback, and their patient, on the package's devnet.
type exchangeWorld struct {
	t                 *testing.T
	contract          common.Address
	view              *View
	a, b, patient     *txsend.Sender
	aKey, bKey        *ecdsa.PrivateKey
	aURL, bURL        string
	aStore, bStore    string
	xray, lab, prescr common.Hash
}

// party is a new funded key and its sender.
func party(t *testing.T, staff *txsend.Sender, ec txsend.Backend) (*ecdsa.PrivateKey, *txsend.Sender) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := staff.Send(context.Background(), txsend.Candidate{To: &addr, Value: big.NewInt(1e18)}); err != nil {
		t.Fatal(err)
	}
	abis, _ := deploy.ABIs()
	s, err := txsend.New(context.Background(), ec, key, nil, abis...)
	if err != nil {
		t.Fatal(err)
	}
	return key, s
}

func (w *exchangeWorld) send(s *txsend.Sender, method string, args ...any) {
	w.t.Helper()
	if _, err := s.Send(context.Background(), txsend.Candidate{To: &w.contract, Data: cmdkit.MustPack(contractABI(), method, args...)}); err != nil {
		w.t.Fatalf("%s: %v", method, err)
	}
}

// keep writes a record into store under its hash and anchors it from holder.
func (w *exchangeWorld) keep(holder *txsend.Sender, store string, content string, category uint8) common.Hash {
	w.t.Helper()
	h := common.Hash(sha256.Sum256([]byte(content)))
	if err := os.WriteFile(filepath.Join(store, strings.TrimPrefix(h.Hex(), "0x")), []byte(content), 0o600); err != nil {
		w.t.Fatal(err)
	}
	w.send(holder, "anchor", w.patient.From(), h, category)
	return h
}

func (w *exchangeWorld) gateway(holder *txsend.Sender, store string) string {
	w.t.Helper()
	return w.gatewayWith(holder.From(), holder, store)
}

// gatewayWith is holder's gateway sending its logs with s.
func (w *exchangeWorld) gatewayWith(holder common.Address, s Sender, store string) string {
	w.t.Helper()
	g := &Gateway{View: w.view, Contract: w.contract, Holder: holder, Store: DirStore(store), Sender: s, Now: time.Now}
	mux := http.NewServeMux()
	mux.Handle(FetchPath, g)
	srv := httptest.NewServer(mux)
	w.t.Cleanup(srv.Close)
	return srv.URL
}

func (w *exchangeWorld) fetcher(key *ecdsa.PrivateKey) *Fetcher {
	return &Fetcher{Key: key, View: w.view, Contract: w.contract, Client: http.DefaultClient, Now: time.Now}
}

// consent is the patient's consent to grantee, as its id.
func (w *exchangeWorld) consent(grantee, holder common.Address, categories uint8) uint64 {
	w.t.Helper()
	w.send(w.patient, "grantConsent", grantee, holder, categories, common.Hash{}, uint8(1), uint64(time.Now().Add(time.Hour).Unix()))
	n, err := w.view.HC.ConsentCount(nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return n.Uint64()
}

func newExchangeWorld(t *testing.T) *exchangeWorld {
	t.Helper()
	dir := network.Dir(t)
	info := network.Info(t)
	ec := cmdtest.Dial(t, info.RPC())
	staff := cmdtest.StaffSender(t, dir)
	w := &exchangeWorld{t: t, contract: info.Contracts[deploy.HealthConsent], aStore: t.TempDir(), bStore: t.TempDir()}
	var err error
	if w.view, err = NewView(w.contract, ec); err != nil {
		t.Fatal(err)
	}
	w.aKey, w.a = party(t, staff, ec)
	w.bKey, w.b = party(t, staff, ec)
	_, w.patient = party(t, staff, ec)
	w.send(staff, "addProvider", w.a.From(), uint8(1))
	w.send(staff, "addProvider", w.b.From(), uint8(2))
	w.xray = w.keep(w.a, w.aStore, "DICM chest PA of "+w.patient.From().Hex(), 1)
	w.lab = w.keep(w.a, w.aStore, "%PDF blood panel of "+w.patient.From().Hex(), 2)
	w.prescr = w.keep(w.b, w.bStore, "Rx amoxicillin for "+w.patient.From().Hex(), 3)
	w.aURL, w.bURL = w.gateway(w.a, w.aStore), w.gateway(w.b, w.bStore)
	return w
}

// refusedWith asserts that err is the gateway's refusal named name.
func refusedWith(t *testing.T, err error, name string) {
	t.Helper()
	var ref *RefusalError
	if !errors.As(err, &ref) || ref.Refusal.Error != name {
		t.Fatalf("err = %v, want the gateway's refusal %s", err, name)
	}
}

// TestExchange: two providers' gateways and a patient. The clinic gets the hospital's X-ray
// only under the patient's consent, encrypted to its key and checked against the anchor; each
// release is in the patient's log; the hospital gets the clinic's prescription the same way.
func TestExchange(t *testing.T) {
	w := newExchangeWorld(t)
	ctx := context.Background()
	toB, toA := w.fetcher(w.bKey), w.fetcher(w.aKey)

	_, _, err := toB.Fetch(ctx, w.aURL, w.a.From(), w.xray, 0)
	refusedWith(t, err, "HealthNoConsent")

	imaging := w.consent(w.b.From(), w.a.From(), 1<<1)
	got, resp, err := toB.Fetch(ctx, w.aURL, w.a.From(), w.xray, imaging)
	if err != nil || !bytes.HasPrefix(got, []byte("DICM chest")) {
		t.Fatalf("fetch under consent: %q, %v", got, err)
	}
	_, _, err = toB.Fetch(ctx, w.aURL, w.a.From(), w.lab, imaging)
	refusedWith(t, err, "HealthCategoryNotGranted")

	// The other way round, from the clinic's gateway.
	_, _, err = toA.Fetch(ctx, w.bURL, w.b.From(), w.prescr, imaging)
	refusedWith(t, err, "HealthConsentNotForAccess")
	rx := w.consent(w.a.From(), w.b.From(), 1<<3)
	if got, _, err := toA.Fetch(ctx, w.bURL, w.b.From(), w.prescr, rx); err != nil || !bytes.HasPrefix(got, []byte("Rx")) {
		t.Fatalf("fetch from the clinic: %q, %v", got, err)
	}

	// Revoked: refused at once.
	w.send(w.patient, "revokeConsent", new(big.Int).SetUint64(imaging))
	_, _, err = toB.Fetch(ctx, w.aURL, w.a.From(), w.xray, imaging)
	refusedWith(t, err, "HealthConsentRevoked")

	// The patient's log: the two releases, each logged by the holder's gateway.
	log, err := w.view.AccessLog(ctx, w.patient.From())
	if err != nil || len(log) != 2 {
		t.Fatalf("log: %+v, %v", log, err)
	}
	if log[0].Accessor != w.b.From() || log[0].LoggedBy != w.a.From() || log[0].Tx != resp.AccessTx || log[1].Accessor != w.a.From() {
		t.Fatalf("log: %+v", log)
	}
}

// TestExchangeRefusals: what a gateway refuses before asking the chain, and a record whose
// bytes are not the anchored ones, refused by the fetcher.
func TestExchangeRefusals(t *testing.T) {
	w := newExchangeWorld(t)
	ctx := context.Background()
	imaging := w.consent(w.b.From(), w.a.From(), 1<<1)
	post := func(req FetchRequest) (int, Refusal) {
		t.Helper()
		status, _, ref := postFetch(t, w.aURL, req)
		return status, ref
	}
	signed := func(key *ecdsa.PrivateKey, mod func(*FetchRequest)) FetchRequest {
		return w.request(key, w.xray, imaging, mod)
	}
	stranger, _ := crypto.GenerateKey()
	same := signed(w.bKey, func(*FetchRequest) {})
	for _, tc := range []struct {
		name   string
		req    FetchRequest
		status int
		error  string
	}{
		{"signed by another than the requester", signed(stranger, func(*FetchRequest) {}), http.StatusUnauthorized, "BadSignature"},
		{"expired", signed(w.bKey, func(r *FetchRequest) { r.Expires = uint64(time.Now().Add(-time.Second).Unix()) }), http.StatusBadRequest, "RequestExpired"},
		{"good for too long", signed(w.bKey, func(r *FetchRequest) { r.Expires = uint64(time.Now().Add(time.Hour).Unix()) }), http.StatusBadRequest, "RequestExpired"},
		{"for another holder", signed(w.bKey, func(r *FetchRequest) { r.Holder = w.b.From() }), http.StatusBadRequest, "WrongGateway"},
		{"a record held elsewhere", signed(w.bKey, func(r *FetchRequest) { r.Record = w.prescr }), http.StatusNotFound, "NotHeld"},
		{"unregistered requester", signed(stranger, func(r *FetchRequest) { r.Requester = crypto.PubkeyToAddress(stranger.PublicKey) }), http.StatusForbidden, "HealthProviderNotRegistered"},
		{"first use", same, http.StatusOK, ""},
		{"sent again: the same log line (TestExchangeRetries)", same, http.StatusOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if status, ref := post(tc.req); status != tc.status || ref.Error != tc.error {
				t.Fatalf("HTTP %d %+v, want %d %s", status, ref, tc.status, tc.error)
			}
		})
	}

	t.Run("bytes that are not the anchored record", func(t *testing.T) {
		// A gateway that answers with other bytes, well encrypted: the fetcher refuses them.
		liar := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			var req FetchRequest
			json.NewDecoder(r.Body).Decode(&req)
			pub, _ := crypto.SigToPub(req.Digest(), req.Signature)
			ct, _ := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), []byte("DICM someone else's chest"), nil, nil)
			json.NewEncoder(rw).Encode(FetchResponse{Record: req.Record, Ciphertext: ct})
		}))
		t.Cleanup(liar.Close)
		_, _, err := w.fetcher(w.bKey).Fetch(ctx, liar.URL, w.a.From(), w.xray, imaging)
		if !errors.Is(err, ErrHashMismatch) {
			t.Fatalf("err = %v, want ErrHashMismatch", err)
		}
	})
	t.Run("a stored file changed since anchoring", func(t *testing.T) {
		os.WriteFile(filepath.Join(w.aStore, strings.TrimPrefix(w.xray.Hex(), "0x")), []byte("DICM edited"), 0o600)
		_, _, err := w.fetcher(w.bKey).Fetch(ctx, w.aURL, w.a.From(), w.xray, imaging)
		refusedWith(t, err, "StoreUnavailable")
	})
}

// TestFetchCommand: `health fetch` as the clinic, from the hospital's gateway: under the
// consent found on chain, the record written once its hash is checked; refused by name
// without a consent; never written over.
func TestFetchCommand(t *testing.T) {
	w := newExchangeWorld(t)
	dir := network.Dir(t)
	clinic := cmdtest.NewParty(t, cmdtest.StaffSender(t, dir))
	w.send(cmdtest.StaffSender(t, dir), "addProvider", clinic.Addr, uint8(2))
	e := healthCLI{t, dir}
	out := filepath.Join(t.TempDir(), "xray.dcm")
	args := []string{"fetch", "--holder", w.a.From().Hex(), "--gateway", w.aURL, "--out", out, w.xray.Hex()}

	e.as(&clinic, cmdkit.ExitFailed, "", "HealthNoConsent", args...)
	e.as(&clinic, cmdkit.ExitUsage, "", "want the holder's URL", "fetch", "--holder", w.a.From().Hex(), "--gateway", "hospital.example", w.xray.Hex())
	if _, err := os.Stat(out); err == nil {
		t.Fatal("a refused fetch wrote the record")
	}
	id := w.consent(clinic.Addr, w.a.From(), 1<<1)
	e.as(&clinic, cmdkit.ExitOK, "hash checked against the chain", "", args...)
	if got, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(got, []byte("DICM chest")) {
		t.Fatalf("fetched file: %q, %v", got, err)
	}
	e.as(&clinic, cmdkit.ExitUsage, "", "never written over", args...)
	w.send(w.patient, "revokeConsent", new(big.Int).SetUint64(id))
	os.Remove(out)
	e.as(&clinic, cmdkit.ExitFailed, "", "HealthConsentRevoked", append([]string{"fetch", "--consent", itoa(id)}, args[1:]...)...)
}

// TestGatewayCommand: `health gateway` serves the hospital's folder from its key until its
// context ends; the clinic fetches from it with `health fetch`.
func TestGatewayCommand(t *testing.T) {
	w := newExchangeWorld(t)
	dir := network.Dir(t)
	staff := cmdtest.StaffSender(t, dir)
	hospital, clinic := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	w.send(staff, "addProvider", hospital.Addr, uint8(1))
	w.send(staff, "addProvider", clinic.Addr, uint8(2))
	store := t.TempDir()
	content := "%PDF discharge summary of " + w.patient.From().Hex()
	h := common.Hash(sha256.Sum256([]byte(content)))
	os.WriteFile(filepath.Join(store, strings.TrimPrefix(h.Hex(), "0x")), []byte(content), 0o600)
	e := healthCLI{t, dir}
	e.as(&hospital, cmdkit.ExitOK, "Done: anchor", "", "record", "anchor", "--patient", w.patient.From().Hex(), "--category", "discharge", h.Hex())
	w.consent(clinic.Addr, hospital.Addr, 1<<4)

	stranger := cmdtest.NewParty(t, staff) // no provider: serves nothing, refused before listening
	e.as(&stranger, cmdkit.ExitFailed, "", "not a registered provider that holds records", "gateway", "--store", store, "--listen", "127.0.0.1:0")
	e.as(&hospital, cmdkit.ExitUsage, "", "want the folder", "gateway", "--store", filepath.Join(store, "none"))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		app := cmdkit.NewApp(io.Discard, io.Discard, Command())
		app.Name = "seoulchain"
		args := append(append([]string{"seoulchain", "--devnet", dir}, hospital.Flags...), "health", "gateway", "--store", store, "--listen", addr, "--journal", t.TempDir())
		done <- cmdkit.Run(ctx, app, args)
	}()
	for i := 0; ; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		if i == 100 {
			t.Fatal("the gateway does not listen")
		}
		time.Sleep(100 * time.Millisecond)
	}
	out := filepath.Join(t.TempDir(), "discharge.pdf")
	e.as(&clinic, cmdkit.ExitOK, "hash checked against the chain", "", "fetch", "--holder", hospital.Addr.Hex(), "--gateway", "http://"+addr, "--out", out, h.Hex())
	if got, _ := os.ReadFile(out); string(got) != content {
		t.Fatalf("fetched %q", got)
	}
	cancel()
	if code := <-done; code != cmdkit.ExitOK {
		t.Fatalf("gateway exited %d", code)
	}
}

// request is the clinic's (B's) request for the hospital's (A's) record under consent,
// signed by key, changed by mod first.
func (w *exchangeWorld) request(key *ecdsa.PrivateKey, record common.Hash, consent uint64, mod func(*FetchRequest)) FetchRequest {
	r := FetchRequest{Contract: w.contract, Holder: w.a.From(), Record: record, Consent: consent,
		Requester: w.b.From(), Expires: uint64(time.Now().Add(time.Minute).Unix())}
	var nonce [8]byte
	rand.Read(nonce[:])
	r.Nonce = binary.BigEndian.Uint64(nonce[:]) // each request its own
	mod(&r)
	r.Signature, _ = crypto.Sign(r.Digest(), key)
	return r
}

// postFetch posts req to the gateway at url: the HTTP status and the answer or the refusal.
func postFetch(t *testing.T, url string, req FetchRequest) (int, FetchResponse, Refusal) {
	t.Helper()
	body, _ := json.Marshal(req)
	resp, err := http.Post(url+FetchPath, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out FetchResponse
	var ref Refusal
	if resp.StatusCode == http.StatusOK {
		json.Unmarshal(raw, &out)
	} else {
		json.Unmarshal(raw, &ref)
	}
	return resp.StatusCode, out, ref
}

// flakySender is a holder's sender whose next Signs, Resends or Waits fail (a node that
// refuses, a gateway that stops before sending, an answer lost), and whose Waits may be
// held until released.
type flakySender struct {
	*txsend.Sender
	mu                           sync.Mutex
	failSign, failSend, failWait int
	starts                       int
	hold                         chan struct{} // when set, Wait announces itself on held and waits for it to close
	held                         chan struct{}
}

// set changes f under its lock (the gateway's handlers read it).
func (f *flakySender) set(change func(f *flakySender)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	change(f)
}

// sent is how many log transactions were signed.
func (f *flakySender) sent() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.starts
}

func (f *flakySender) Sign(ctx context.Context, c txsend.Candidate) (*txsend.Pending, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failSign > 0 {
		f.failSign--
		return nil, errors.New("read nonce: connection refused")
	}
	f.starts++
	return f.Sender.Sign(ctx, c)
}

func (f *flakySender) Resend(ctx context.Context, p *txsend.Pending) error {
	f.mu.Lock()
	fail := f.failSend > 0
	if fail {
		f.failSend--
	}
	f.mu.Unlock()
	if fail {
		return errors.New("send: connection refused")
	}
	return f.Sender.Resend(ctx, p)
}

func (f *flakySender) Wait(ctx context.Context, p *txsend.Pending) (*txsend.Receipt, error) {
	f.mu.Lock()
	fail, hold, held := f.failWait > 0, f.hold, f.held
	if fail {
		f.failWait--
	}
	f.mu.Unlock()
	if fail {
		return nil, context.DeadlineExceeded
	}
	if hold != nil {
		held <- struct{}{}
		<-hold
	}
	return f.Sender.Wait(ctx, p)
}

// TestExchangeRetries: serving that fails before the access is logged uses nothing up (the
// same signed request is served when sent again); a request whose log was sent is served
// again under that one transaction, never a second; the same request while it is being
// served is refused (RequestInProgress) and sends nothing.
func TestExchangeRetries(t *testing.T) {
	w := newExchangeWorld(t)
	flaky := &flakySender{Sender: w.a}
	url := w.gatewayWith(w.a.From(), flaky, w.aStore)
	imaging := w.consent(w.b.From(), w.a.From(), 1<<1)
	req := w.request(w.bKey, w.xray, imaging, func(*FetchRequest) {})
	expect := func(name string, wantStatus int, wantErr string) FetchResponse {
		t.Helper()
		status, resp, ref := postFetch(t, url, req)
		if status != wantStatus || ref.Error != wantErr {
			t.Fatalf("%s: HTTP %d %+v, want %d %s", name, status, ref, wantStatus, wantErr)
		}
		return resp
	}

	file := filepath.Join(w.aStore, strings.TrimPrefix(w.xray.Hex(), "0x"))
	if err := os.Rename(file, file+".away"); err != nil {
		t.Fatal(err)
	}
	expect("the store unavailable", http.StatusInternalServerError, "StoreUnavailable")
	if err := os.Rename(file+".away", file); err != nil {
		t.Fatal(err)
	}
	flaky.set(func(f *flakySender) { f.failSign = 1 })
	expect("the log refused by the node", http.StatusBadGateway, "AccessNotLogged")
	flaky.set(func(f *flakySender) { f.failWait = 1 })
	expect("the log sent, its receipt not awaited", http.StatusServiceUnavailable, "AccessPending")
	first := expect("sent again", http.StatusOK, "")
	again := expect("sent once more (the answer lost)", http.StatusOK, "")
	if again.AccessTx != first.AccessTx {
		t.Fatalf("a second log line: %s, then %s", first.AccessTx.Hex(), again.AccessTx.Hex())
	}
	if data, err := ecies.ImportECDSA(w.bKey).Decrypt(again.Ciphertext, nil, nil); err != nil || sha256.Sum256(data) != w.xray {
		t.Fatalf("the record sent again: %v", err)
	}
	if n := flaky.sent(); n != 1 {
		t.Fatalf("%d log transactions sent, want 1", n)
	}

	// The same request while it is being served: refused, nothing sent; served after.
	hold, held := make(chan struct{}), make(chan struct{})
	flaky.set(func(f *flakySender) { f.hold, f.held = hold, held })
	other := w.request(w.bKey, w.xray, imaging, func(*FetchRequest) {})
	done := make(chan int)
	go func() {
		status, _, _ := postFetch(t, url, other)
		done <- status
	}()
	<-held
	if status, _, ref := postFetch(t, url, other); status != http.StatusConflict || ref.Error != "RequestInProgress" {
		t.Fatalf("the same request meanwhile: HTTP %d %+v, want 409 RequestInProgress", status, ref)
	}
	close(hold)
	if status := <-done; status != http.StatusOK {
		t.Fatalf("the request held: HTTP %d", status)
	}

	// The fetcher sends its request again by itself while the log is pending: one line.
	flaky.set(func(f *flakySender) { f.failWait, f.hold = 1, nil })
	if _, _, err := w.fetcher(w.bKey).Fetch(context.Background(), url, w.a.From(), w.xray, imaging); err != nil {
		t.Fatalf("fetch while the log is pending: %v", err)
	}

	log, err := w.view.AccessLog(context.Background(), w.patient.From())
	if err != nil || len(log) != 3 || log[0].Tx != first.AccessTx || flaky.sent() != 3 {
		t.Fatalf("log: %+v, %v (%d sent), want three accesses, the first %s", log, err, flaky.sent(), first.AccessTx.Hex())
	}
}

// droppingNode is a node that drops the next transactions sent to it (drop of them, all
// while drop is negative): it answers as if it took them, and they never reach its pool.
type droppingNode struct {
	txsend.Backend
	mu    sync.Mutex
	drop  int
	sends map[common.Hash]int // each transaction's sends, dropped or not
}

func (n *droppingNode) set(drop int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.drop = drop
}

func (n *droppingNode) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	n.mu.Lock()
	if n.sends == nil {
		n.sends = map[common.Hash]int{}
	}
	n.sends[tx.Hash()]++
	drop := n.drop != 0
	if n.drop > 0 {
		n.drop--
	}
	n.mu.Unlock()
	if drop {
		return nil
	}
	return n.Backend.SendTransaction(ctx, tx)
}

// sent is how many times each transaction was sent, and how many transactions were.
func (n *droppingNode) sent() (map[common.Hash]int, int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return maps.Clone(n.sends), len(n.sends)
}

// TestExchangeDroppedLog: a holder whose node drops its access's log. The gateway sends the
// same signed transaction again and serves the request under it, once mined; when the
// log's nonce went to another transaction meanwhile (it can never be mined), the same
// request is served afresh, under one new log; a log never mined is given up after
// GiveUpBlocks (AccessStuck, not retried by the fetcher) and never followed by a second.
// Each request is one line in the patient's log, whatever happened.
func TestExchangeDroppedLog(t *testing.T) {
	w := newExchangeWorld(t)
	ctx := context.Background()
	dir := network.Dir(t)
	staff := cmdtest.StaffSender(t, dir)
	key, direct := party(t, staff, w.a.Backend())
	w.send(staff, "addProvider", direct.From(), uint8(1))
	store := t.TempDir()
	xray := w.keep(direct, store, "DICM hand of "+w.patient.From().Hex(), 1)
	node := &droppingNode{Backend: w.a.Backend()}
	abis, _ := deploy.ABIs()
	s, err := txsend.New(ctx, node, key, nil, abis...)
	if err != nil {
		t.Fatal(err)
	}
	gatewayWith := func(giveUp uint64) string {
		g := &Gateway{View: w.view, Contract: w.contract, Holder: direct.From(), Store: DirStore(store), Sender: s, Now: time.Now,
			WaitBlocks: 1, GiveUpBlocks: giveUp}
		srv := httptest.NewServer(g)
		t.Cleanup(srv.Close)
		return srv.URL
	}
	url := gatewayWith(1000)
	imaging := w.consent(w.b.From(), direct.From(), 1<<1)
	request := func() FetchRequest {
		return w.request(w.bKey, xray, imaging, func(r *FetchRequest) { r.Holder = direct.From() })
	}
	// expect posts req until it is answered otherwise than AccessPending (its log mined a
	// moment after the wait), or once when AccessPending is the answer wanted.
	expect := func(t *testing.T, name string, req FetchRequest, wantStatus int, wantErr string) FetchResponse {
		t.Helper()
		status, resp, ref := postFetch(t, url, req)
		for i := 0; i < 5 && ref.Error == "AccessPending" && wantErr != ref.Error; i++ {
			status, resp, ref = postFetch(t, url, req)
		}
		if status != wantStatus || ref.Error != wantErr {
			t.Fatalf("%s: HTTP %d %+v, want %d %s", name, status, ref, wantStatus, wantErr)
		}
		return resp
	}

	t.Run("dropped once: sent again, served under it", func(t *testing.T) {
		node.set(1)
		_, resp, err := w.fetcher(w.bKey).Fetch(ctx, url, direct.From(), xray, imaging)
		if err != nil {
			t.Fatalf("fetch whose log was dropped: %v", err)
		}
		if sends, n := node.sent(); n != 1 || sends[resp.AccessTx] < 2 {
			t.Fatalf("sends %v, want one transaction (%s) sent twice or more", sends, resp.AccessTx.Hex())
		}
	})

	t.Run("dropped, its nonce taken: served afresh", func(t *testing.T) {
		req := request()
		node.set(-1)
		expect(t, "its log dropped", req, http.StatusServiceUnavailable, "AccessPending")
		_, before := node.sent()
		to := direct.From()
		if _, err := direct.Send(ctx, txsend.Candidate{To: &to, Value: big.NewInt(1)}); err != nil { // takes the log's nonce
			t.Fatal(err)
		}
		node.set(0)
		expect(t, "its nonce taken", req, http.StatusBadGateway, "AccessNotLogged")
		resp := expect(t, "sent again", req, http.StatusOK, "")
		if sends, n := node.sent(); n != before+1 || sends[resp.AccessTx] == 0 {
			t.Fatalf("sends %v, want one more transaction (%s)", sends, resp.AccessTx.Hex())
		}
	})

	t.Run("never mined: given up, never sent twice", func(t *testing.T) {
		url := gatewayWith(2)
		node.set(-1)
		t.Cleanup(func() { node.set(0) })
		_, before := node.sent()
		_, _, err := w.fetcher(w.bKey).Fetch(ctx, url, direct.From(), xray, imaging)
		refusedWith(t, err, "AccessStuck")
		if !strings.Contains(err.Error(), "is not mined at block") {
			t.Fatalf("the refusal does not say why: %v", err)
		}
		if _, n := node.sent(); n != before+1 {
			t.Fatalf("%d log transactions for one request, want 1", n-before)
		}
	})

	log, err := w.view.AccessLog(ctx, w.patient.From())
	if err != nil || len(log) != 2 {
		t.Fatalf("log: %+v, %v, want the two requests served", log, err)
	}
}

// TestRetryable: what the fetcher sends again (the gateway could not finish) and what it
// takes as the answer.
func TestRetryable(t *testing.T) {
	refusal := func(name string) error { return &RefusalError{Status: 503, Refusal: Refusal{Error: name}} }
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{refusal("AccessPending"), true},
		{refusal("AccessNotLogged"), true},
		{refusal("ChainUnavailable"), true},
		{refusal("RequestInProgress"), true},
		{&url.Error{Op: "Post", URL: "http://gw", Err: io.ErrUnexpectedEOF}, true},
		{refusal("AccessStuck"), false},
		{refusal("HealthConsentRevoked"), false},
		{refusal("RequestExpired"), false},
		{ErrHashMismatch, false},
	} {
		if got := retryable(tc.err); got != tc.want {
			t.Errorf("retryable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

// TestGatewayJournal: a gateway with a journal, restarted, serves a request it logged
// before under that same line, and follows a log it sent and had not seen mined; nothing
// is sent twice. Expired requests are forgotten.
func TestGatewayJournal(t *testing.T) {
	w := newExchangeWorld(t)
	flaky := &flakySender{Sender: w.a}
	dir := t.TempDir()
	imaging := w.consent(w.b.From(), w.a.From(), 1<<1)
	start := func() (string, func()) { return w.journaledGateway(dir, flaky) }
	served, pending := w.request(w.bKey, w.xray, imaging, func(*FetchRequest) {}), w.request(w.bKey, w.xray, imaging, func(*FetchRequest) {})
	url, stop := start()
	status, first, _ := postFetch(t, url, served)
	if status != http.StatusOK {
		t.Fatalf("first: HTTP %d", status)
	}
	flaky.set(func(f *flakySender) { f.failWait = 1 })
	if status, _, ref := postFetch(t, url, pending); ref.Error != "AccessPending" {
		t.Fatalf("a log not awaited: HTTP %d %+v", status, ref)
	}
	stop()

	url, stop = start()
	if status, again, _ := postFetch(t, url, served); status != http.StatusOK || again.AccessTx != first.AccessTx {
		t.Fatalf("after the restart: HTTP %d, %s, want the first line %s", status, again.AccessTx.Hex(), first.AccessTx.Hex())
	}
	if status, _, ref := postFetch(t, url, pending); status != http.StatusOK {
		t.Fatalf("the pending one after the restart: HTTP %d %+v", status, ref)
	}
	if n := flaky.sent(); n != 2 {
		t.Fatalf("%d log transactions for two requests", n)
	}
	log, err := w.view.AccessLog(context.Background(), w.patient.From())
	if err != nil || len(log) != 2 {
		t.Fatalf("log: %+v, %v, want two lines", log, err)
	}

	stop()
	later := &Gateway{Journal: mustOpen(t, dir)}
	if n, err := later.Restore(time.Now().Add(MaxRequestAge)); err != nil || n != 0 {
		t.Fatalf("restored %d expired requests (%v)", n, err)
	}
	if n, err := later.Restore(time.Now()); err != nil || n != 0 {
		t.Fatalf("the expired requests are still in the journal: %d (%v)", n, err)
	}
}

// journaledGateway is the holder's gateway on the journal in dir, sending through s, as
// `health gateway --journal` started again: its URL, and stop.
func (w *exchangeWorld) journaledGateway(dir string, s Sender) (string, func()) {
	t := w.t
	t.Helper()
	j, err := journal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	g := &Gateway{View: w.view, Contract: w.contract, Holder: w.a.From(), Store: DirStore(w.aStore), Sender: s, Now: time.Now, Journal: j}
	if _, err := g.Restore(time.Now()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(g)
	stop := sync.OnceFunc(func() { srv.Close(); j.Close() })
	t.Cleanup(stop)
	return srv.URL, stop
}

// TestGatewayJournalStopBeforeSend: a gateway that stops after signing an access's log and
// journaling it, before the node took it (here: every send refused, then stopped), sends
// that same transaction when restarted and serves the request under it: one signed log,
// one line in the patient's log, never a second transaction for the request.
func TestGatewayJournalStopBeforeSend(t *testing.T) {
	w := newExchangeWorld(t)
	ctx := context.Background()
	flaky := &flakySender{Sender: w.a}
	dir := t.TempDir()
	imaging := w.consent(w.b.From(), w.a.From(), 1<<1)
	req := w.request(w.bKey, w.xray, imaging, func(*FetchRequest) {})
	nonce, err := w.a.Backend().PendingNonceAt(ctx, w.a.From())
	if err != nil {
		t.Fatal(err)
	}

	url, stop := w.journaledGateway(dir, flaky)
	flaky.set(func(f *flakySender) { f.failSend, f.failWait = 2, 1 })
	status, _, ref := postFetch(t, url, req)
	if ref.Error != "AccessPending" {
		t.Fatalf("a log never sent: HTTP %d %+v, want AccessPending", status, ref)
	}
	stop()
	if n, err := w.a.Backend().PendingNonceAt(ctx, w.a.From()); err != nil || n != nonce {
		t.Fatalf("the holder's pending nonce is %d (%v), want %d: the log reached the node", n, err, nonce)
	}

	url, _ = w.journaledGateway(dir, flaky)
	var got FetchResponse
	for tries := 0; ; tries++ {
		status, out, ref := postFetch(t, url, req)
		if status == http.StatusOK {
			got = out
			break
		}
		if ref.Error != "AccessPending" || tries == 5 {
			t.Fatalf("after the restart: HTTP %d %+v", status, ref)
		}
	}
	if !strings.Contains(ref.Detail, got.AccessTx.Hex()) {
		t.Fatalf("served under %s; the log signed before the restart is named in %q", got.AccessTx.Hex(), ref.Detail)
	}
	if n := flaky.sent(); n != 1 {
		t.Fatalf("%d log transactions signed for one request", n)
	}
	log, err := w.view.AccessLog(ctx, w.patient.From())
	if err != nil || len(log) != 1 || log[0].Tx != got.AccessTx {
		t.Fatalf("log: %+v, %v, want one line, in %s", log, err, got.AccessTx.Hex())
	}
}

// TestGatewayJournalFailureFreesNonce: a log whose journal cannot be written is never sent
// (AccessNotLogged) and gives its nonce back: the next request's log takes it and is mined,
// not left behind a gap in the holder's nonces.
func TestGatewayJournalFailureFreesNonce(t *testing.T) {
	w := newExchangeWorld(t)
	imaging := w.consent(w.b.From(), w.a.From(), 1<<1)
	first, second := w.request(w.bKey, w.xray, imaging, func(*FetchRequest) {}), w.request(w.bKey, w.xray, imaging, func(*FetchRequest) {})
	broken := mustOpen(t, t.TempDir())
	broken.Close()
	srv := httptest.NewServer(&Gateway{View: w.view, Contract: w.contract, Holder: w.a.From(), Store: DirStore(w.aStore), Sender: w.a, Now: time.Now, Journal: broken})
	t.Cleanup(srv.Close)
	if status, _, ref := postFetch(t, srv.URL, first); ref.Error != "AccessNotLogged" || !strings.Contains(ref.Detail, "nothing sent") {
		t.Fatalf("a log whose journal cannot be written: HTTP %d %+v, want AccessNotLogged, nothing sent", status, ref)
	}
	url, _ := w.journaledGateway(t.TempDir(), w.a)
	if status, _, ref := postFetch(t, url, second); status != http.StatusOK {
		t.Fatalf("the next request: HTTP %d %+v, want its log mined", status, ref)
	}
}

func mustOpen(t *testing.T, dir string) *journal.Journal {
	t.Helper()
	j, err := journal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { j.Close() })
	return j
}
