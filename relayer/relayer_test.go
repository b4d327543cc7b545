package relayer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/gorilla/websocket"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/internal/fanout/fanouttest"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/relayer/plugin"
	"github.com/seoulchain/seoulchain/services"
	"github.com/seoulchain/seoulchain/services/mileage"
)

const ecoToken = "eco-system-secret-token"

// world is a 3-signer devnet with S-Coin program 1 (eco mileage; the staff account and the
// devnet's relayer key are its issuers), a merchant, and the relayer serving on loopback.
type world struct {
	t     *testing.T
	dir   string
	info  *devnet.Info
	ec    *ethclient.Client
	staff *txsend.Sender
	sc    *abi.ABI
	shop  common.Address
	svc   *Service
	url   string
}

func newEnv(t *testing.T) *world {
	t.Helper()
	dir := t.TempDir()
	nw := devnettest.Start(t, devnettest.Config(t, dir))
	e := &world{t: t, dir: dir, info: nw.Info(), shop: common.HexToAddress("0x5409")}
	var err error
	if e.ec, err = ethclient.Dial(e.info.RPC()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.ec.Close)
	key, err := e.info.Staff.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	abis, _ := deploy.ABIs()
	if e.staff, err = txsend.New(context.Background(), e.ec, key.PrivateKey, nil, abis...); err != nil {
		t.Fatal(err)
	}
	e.staff.SetPollInterval(50 * time.Millisecond)
	e.sc, _ = scoin.SCoinMetaData.GetAbi()
	e.send("addProgram", "eco mileage", big.NewInt(1e12), []common.Address{e.staff.From(), e.info.Relayer.Address})
	e.send("addMerchant", e.shop, "Mangwon stall 12")
	return e
}

func (e *world) scoin() common.Address { return e.info.Contracts[deploy.SCoin] }

func (e *world) send(method string, args ...any) *txsend.Receipt {
	e.t.Helper()
	return e.sendFrom(e.staff, method, args...)
}

// sendAs sends from a devnet account; only before the relayer starts for its hot key, whose
// nonces the relayer then tracks.
func (e *world) sendAs(a devnet.Account, method string, args ...any) *txsend.Receipt {
	e.t.Helper()
	key, err := a.Unlock()
	if err != nil {
		e.t.Fatal(err)
	}
	abis, _ := deploy.ABIs()
	s, err := txsend.New(context.Background(), e.ec, key.PrivateKey, nil, abis...)
	if err != nil {
		e.t.Fatal(err)
	}
	s.SetPollInterval(50 * time.Millisecond)
	return e.sendFrom(s, method, args...)
}

func (e *world) sendFrom(from *txsend.Sender, method string, args ...any) *txsend.Receipt {
	e.t.Helper()
	data, err := e.sc.Pack(method, args...)
	if err != nil {
		e.t.Fatal(err)
	}
	to := e.scoin()
	r, err := from.Send(context.Background(), txsend.Candidate{To: &to, Data: data})
	if err != nil {
		e.t.Fatalf("%s: %v", method, err)
	}
	return r
}

// config is the relayer's devnet configuration for tests: fast polling, one confirmation.
func (e *world) config() Config {
	mileageCfg, err := plugin.SectionOf(mileage.RelayerConfig{Issuers: []mileage.Issuer{{Name: "eco", TokenHash: HashToken(ecoToken), Program: 1}}})
	if err != nil {
		e.t.Fatal(err)
	}
	cfg := Config{Batching: true, Listen: "127.0.0.1:0", Confirmations: 1, BatchWait: 100 * time.Millisecond,
		Plugins: map[string]any{"mileage": mileageCfg}}
	if err := DevnetConfig(&cfg, e.dir); err != nil {
		e.t.Fatal(err)
	}
	cfg.DataDir = e.t.TempDir()
	cfg.TxMgr.PollInterval = 50 * time.Millisecond
	return cfg
}

// start runs the relayer in this process until the test ends.
func (e *world) start(cfg Config) {
	e.t.Helper()
	keys, err := LoadKeys(cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	var logw io.Writer = io.Discard
	if os.Getenv("RELAYER_TEST_LOG") != "" {
		logw = os.Stderr
	}
	svc, err := New(cfg, keys, services.RelayerPlugins(), slog.New(slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		e.t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { svc.Stop(context.Background()) })
	e.svc, e.url = svc, "http://"+svc.Addr()
}

func (e *world) balance(a common.Address) int64 {
	e.t.Helper()
	sc, _ := scoin.NewSCoinCaller(e.scoin(), e.ec)
	b, err := sc.BalanceOf(nil, a)
	if err != nil {
		e.t.Fatal(err)
	}
	return b.Int64()
}

// do sends an HTTP request and decodes the JSON answer.
func (e *world) do(method, path, contentType string, body []byte, header map[string]string) (int, map[string]any) {
	e.t.Helper()
	req, _ := http.NewRequest(method, e.url+path, bytes.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := map[string]any{}
	json.Unmarshal(raw, &out)
	out["_raw"] = string(raw)
	return resp.StatusCode, out
}

// citizen is a key with S-Coin and no ether: it can only act through the relayer.
type citizen struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func (e *world) newCitizen(points int64, record uint64) citizen {
	e.t.Helper()
	k, _ := crypto.GenerateKey()
	c := citizen{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	if points > 0 {
		e.send("credit", uint32(1), c.addr, big.NewInt(points), record)
	}
	return c
}

// newCitizens makes n citizens holding points each, credited by the staff in one batch
// (records first, first+1, ...).
func (e *world) newCitizens(n int, points int64, first uint64) []citizen {
	e.t.Helper()
	var cs []citizen
	var credits []scoin.SCoinCredit
	for i := 0; i < n; i++ {
		k, _ := crypto.GenerateKey()
		c := citizen{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		cs = append(cs, c)
		credits = append(credits, scoin.SCoinCredit{Citizen: c.addr, Amount: big.NewInt(points), RecordId: first + uint64(i)})
	}
	e.send("creditBatch", uint32(1), credits)
	return cs
}

// hotKeys are the addresses of the devnet relayer's hot keys.
func (e *world) hotKeys() []common.Address {
	out := []common.Address{e.info.Relayer.Address}
	for _, h := range e.info.RelayerHot {
		out = append(out, h.Address)
	}
	return out
}

// nonces is the sum of the hot keys' nonces: the transactions they sent.
func (e *world) nonces() uint64 {
	e.t.Helper()
	var n uint64
	for _, k := range e.hotKeys() {
		v, err := e.ec.NonceAt(context.Background(), k, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		n += v
	}
	return n
}

// signed is the body of POST /v1/relay for a call c signs, as a wallet would sign it.
func (e *world) signed(c citizen, to common.Address, data []byte, nonce int64, deadline uint64) []byte {
	e.t.Helper()
	return e.signedGas(c, to, data, nonce, deadline, 300_000)
}

// signedGas is signed with gas for the call.
func (e *world) signedGas(c citizen, to common.Address, data []byte, nonce int64, deadline, gas uint64) []byte {
	e.t.Helper()
	id, _ := e.ec.ChainID(context.Background())
	dom := forwarder.Domain{ChainID: id, Forwarder: e.info.Contracts[deploy.CityForwarder]}
	r := forwarder.Request{From: c.addr, To: to, Gas: new(big.Int).SetUint64(gas), Nonce: big.NewInt(nonce), Deadline: deadline, Data: data}
	sig, err := dom.Sign(r, c.key)
	if err != nil {
		e.t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]any{
		"request": map[string]any{"from": c.addr, "to": to, "value": "0", "gas": fmt.Sprint(gas), "nonce": fmt.Sprint(nonce),
			"deadline": fmt.Sprint(deadline), "data": hexutil.Encode(data)},
		"signature": hexutil.Encode(sig),
	})
	return body
}

func (e *world) pay(c citizen, amount int64, ref string, nonce int64) []byte {
	data, _ := e.sc.Pack("pay", e.shop, big.NewInt(amount), ref)
	return e.signed(c, e.scoin(), data, nonce, uint64(time.Now().Add(time.Hour).Unix()))
}

// waitFor polls path until its status is final.
func (e *world) waitFor(path string, header map[string]string) map[string]any {
	e.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		code, out := e.do("GET", path, "", nil, header)
		if code != http.StatusOK {
			e.t.Fatalf("GET %s: %d %s", path, code, out["_raw"])
		}
		if st := fmt.Sprint(out["status"]); st == StatusConfirmed || st == StatusFailed || st == mileage.StatusAlreadyCredited {
			return out
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("GET %s: not final after 60 s: %s", path, out["_raw"])
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestRelayer(t *testing.T) {
	e := newEnv(t)
	cfg := e.config()
	cfg.RateBurst, cfg.RatePerMinute = 4, 1
	// Beside the devnet's other nodes, a further node that refuses every transaction:
	// each is handed to it, and its refusal fails nothing.
	further := fanouttest.Start(t)
	cfg.Node.Also = append(cfg.Node.Also, further.URL)
	// Record 5006 credited by the relayer's own key by another route (a relayer whose
	// journal was lost), before it starts: its key's records are the ones it skips.
	e.sendAs(e.info.Relayer, "credit", uint32(1), common.HexToAddress("0xb0b"), big.NewInt(40), uint64(5006))
	e.start(cfg)

	t.Run("health", func(t *testing.T) {
		if code, _ := e.do("GET", "/healthz", "", nil, nil); code != 200 {
			t.Fatalf("healthz %d", code)
		}
		code, out := e.do("GET", "/readyz", "", nil, nil)
		if code != 200 || out["ready"] != true || out["checks"].(map[string]any)["issuers"] == nil {
			t.Fatalf("readyz %d %s", code, out["_raw"])
		}
	})

	t.Run("a citizen pays without gas", func(t *testing.T) {
		alice := e.newCitizen(1000, 1)
		code, out := e.do("GET", "/v1/forwarder?signer="+alice.addr.Hex(), "", nil, nil)
		if code != 200 || out["nonce"] != "0" {
			t.Fatalf("forwarder info %d %s", code, out["_raw"])
		}
		code, out = e.do("POST", "/v1/relay", "application/json", e.pay(alice, 300, "ORDER-1", 0), nil)
		if code != http.StatusAccepted {
			t.Fatalf("relay: %d %s", code, out["_raw"])
		}
		st := e.waitFor("/v1/relay/"+out["id"].(string), nil)
		if st["status"] != StatusConfirmed || st["txHash"] == nil {
			t.Fatalf("status %s", st["_raw"])
		}
		if e.balance(alice.addr) != 700 || e.balance(e.shop) != 300 {
			t.Fatalf("alice %d shop %d", e.balance(alice.addr), e.balance(e.shop))
		}
		if !slices.ContainsFunc(further.Sent(), func(tx *types.Transaction) bool { return tx.Hash().Hex() == st["txHash"] }) {
			t.Errorf("the further node was not handed transaction %s", st["txHash"])
		}
		if eth, _ := e.ec.BalanceAt(context.Background(), alice.addr, nil); eth.Sign() != 0 {
			t.Fatalf("alice holds ether %s", eth)
		}
		// The same signed request again: refused, nothing spent.
		code, out = e.do("POST", "/v1/relay", "application/json", e.pay(alice, 300, "ORDER-1", 0), nil)
		if code != http.StatusConflict {
			t.Fatalf("replay: %d %s", code, out["_raw"])
		}
	})

	t.Run("refusals", func(t *testing.T) {
		bob := e.newCitizen(100, 2)
		cancel, _ := e.sc.Pack("requestRecovery", bob.addr, e.shop) // not on the allow-list
		good := e.pay(bob, 10, "ORDER-9", 0)
		tampered := bytes.Replace(good, []byte(`"gas":"300000"`), []byte(`"gas":"300001"`), 1)
		toCitizen, _ := e.sc.Pack("transfer", bob.addr, big.NewInt(1))
		payData, _ := e.sc.Pack("pay", e.shop, big.NewInt(10), "ORDER-9")
		hour := uint64(time.Now().Add(time.Hour).Unix())
		for _, tc := range []struct {
			name string
			body []byte
			code int
			want string
		}{
			{"malformed", []byte(`{"request": 5}`), 400, "malformed request"},
			{"signature of another request", tampered, 400, "signature does not match"},
			{"deadline passed", e.signed(bob, e.scoin(), toCitizen, 0, uint64(time.Now().Add(-time.Minute).Unix())), 400, "deadline"},
			{"target not allowed", e.signed(bob, e.info.Contracts[deploy.KRWToken], toCitizen, 0, uint64(time.Now().Add(time.Hour).Unix())), 403, "allow-list"},
			{"function not allowed", e.signed(bob, e.scoin(), cancel, 0, uint64(time.Now().Add(time.Hour).Unix())), 403, "allow-list"},
			{"nonce out of order", e.pay(bob, 10, "ORDER-9", 5), 409, "out of order"},
			{"would revert", e.signed(bob, e.scoin(), toCitizen, 0, uint64(time.Now().Add(time.Hour).Unix())), 400, "SCoinNotMerchant"},
			{"too much", e.pay(bob, 1000, "ORDER-10", 0), 400, "SCoinInsufficientBalance"},
			{"too little gas signed", e.signedGas(bob, e.scoin(), payData, 0, hour, 25_000), 400, "needs more than the 25000 gas signed"},
		} {
			code, out := e.do("POST", "/v1/relay", "application/json", tc.body, nil)
			if code != tc.code || !strings.Contains(fmt.Sprint(out["error"]), tc.want) {
				t.Errorf("%s: %d %s; want %d with %q", tc.name, code, out["_raw"], tc.code, tc.want)
			}
		}
		// The rate limit (a burst of 4 above): four of bob's requests got past the signature.
		code, out := e.do("POST", "/v1/relay", "application/json", good, nil)
		if code != http.StatusTooManyRequests {
			t.Fatalf("rate limit: %d %s", code, out["_raw"])
		}
		if e.balance(bob.addr) != 100 {
			t.Fatalf("a refused request moved points: bob has %d", e.balance(bob.addr))
		}
	})

	t.Run("several requests go out in one batch", func(t *testing.T) {
		var cs []citizen
		var credits []scoin.SCoinCredit
		for i := 0; i < 6; i++ {
			c := e.newCitizen(0, 0)
			cs = append(cs, c)
			credits = append(credits, scoin.SCoinCredit{Citizen: c.addr, Amount: big.NewInt(50), RecordId: uint64(100 + i)})
		}
		e.send("creditBatch", uint32(1), credits)
		var ids []string
		for _, c := range cs {
			code, out := e.do("POST", "/v1/relay", "application/json", e.pay(c, 20, "B", 0), nil)
			if code != http.StatusAccepted {
				t.Fatalf("relay: %d %s", code, out["_raw"])
			}
			ids = append(ids, out["id"].(string))
		}
		txs := map[string]bool{}
		for _, id := range ids {
			st := e.waitFor("/v1/relay/"+id, nil)
			if st["status"] != StatusConfirmed {
				t.Fatalf("status %s", st["_raw"])
			}
			txs[fmt.Sprint(st["txHash"])] = true
		}
		if len(txs) >= len(ids) {
			t.Fatalf("%d requests in %d transactions: no batching", len(ids), len(txs))
		}
	})

	t.Run("a request executed by an earlier transaction is not reported failed", func(t *testing.T) {
		// A batch sent again under a new nonce (txmgr concluded another sender had used
		// the first one) finds its requests executed by the first transaction, mined
		// after all: they are confirmed, with that transaction; one executed nowhere
		// still fails with the reason.
		fwd := e.info.Contracts[deploy.CityForwarder]
		fa, _ := cityforwarder.CityForwarderMetaData.GetAbi()
		id, _ := e.ec.ChainID(context.Background())
		dom := forwarder.Domain{ChainID: id, Forwarder: fwd}
		call, _ := e.sc.Pack("balanceOf", e.shop)
		request := func(c citizen) (forwarder.Request, []byte) {
			r := forwarder.Request{From: c.addr, To: e.scoin(), Gas: big.NewInt(100_000), Nonce: big.NewInt(0),
				Deadline: uint64(time.Now().Add(time.Hour).Unix()), Data: call}
			sig, err := dom.Sign(r, c.key)
			if err != nil {
				t.Fatal(err)
			}
			return r, sig
		}
		ran, lost := e.newCitizen(0, 0), e.newCitizen(0, 0)
		r1, sig1 := request(ran)
		r2, sig2 := request(lost)
		data, err := fa.Pack("execute", cityforwarder.ERC2771ForwarderForwardRequestData{From: r1.From, To: r1.To, Value: big.NewInt(0),
			Gas: r1.Gas, Deadline: new(big.Int).SetUint64(r1.Deadline), Data: r1.Data, Signature: sig1})
		if err != nil {
			t.Fatal(err)
		}
		first, err := e.staff.Send(context.Background(), txsend.Candidate{To: &fwd, Data: data})
		if err != nil {
			t.Fatal(err)
		}
		const job = "relay-test-sent-again"
		for i, r := range []struct {
			req forwarder.Request
			sig []byte
		}{{r1, sig1}, {r2, sig2}} {
			rec := &relayRecord{ID: common.Hash{0xe1, byte(i)}, Request: r.req, Sig: r.sig, Accepted: time.Now().UTC(), Status: StatusSent, Job: job}
			if ok, err := e.svc.relays.add(rec); !ok || err != nil {
				t.Fatalf("add record: %v %v", ok, err)
			}
		}
		// The job was sent again under a new nonce; its first transaction (here: the
		// staff's) executed one request, its last (here: any later one) neither.
		if err := e.svc.onRelayJob(txmgr.Job{ID: job, State: txmgr.Confirmed, TxHash: common.Hash{0xbe}, Block: first.Block + 1,
			Resent: []common.Hash{first.TxHash}}); err != nil {
			t.Fatal(err)
		}
		got := map[common.Address]*relayRecord{}
		for i := range 2 {
			if r, ok := e.svc.relays.Get(common.Hash{0xe1, byte(i)}); ok { // finished: out of OfJob's open records
				got[r.Request.From] = r
			}
		}
		if r := got[ran.addr]; r == nil || r.Status != StatusConfirmed || r.TxHash != first.TxHash || r.Block != first.Block {
			t.Errorf("the request executed earlier: %+v; want confirmed by %s in block %d", r, first.TxHash, first.Block)
		}
		if r := got[lost.addr]; r == nil || r.Status != StatusFailed || !strings.Contains(r.Reason, "not executed") {
			t.Errorf("the request executed nowhere: %+v; want failed, not executed", r)
		}
	})

	t.Run("back-office credits", func(t *testing.T) {
		auth := map[string]string{"Authorization": "Bearer " + ecoToken}
		citizenA, citizenB := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
		body := fmt.Sprintf(`{"credits": [{"citizen": "%s", "amount": "1,500", "recordId": 5001}, {"citizen": "%s", "amount": 700, "recordId": "5002"}]}`, citizenA.Hex(), citizenB.Hex())
		if code, out := e.do("POST", "/v1/mileage/credits", "application/json", []byte(body), map[string]string{"Authorization": "Bearer wrong"}); code != 401 {
			t.Fatalf("bad token: %d %s", code, out["_raw"])
		}
		code, out := e.do("POST", "/v1/mileage/credits", "application/json", []byte(body), auth)
		if code != http.StatusAccepted || out["accepted"] != float64(2) {
			t.Fatalf("post: %d %s", code, out["_raw"])
		}
		// The same post again (a retry after a timeout): acknowledged, not credited again.
		code, out = e.do("POST", "/v1/mileage/credits", "application/json", []byte(body), auth)
		if code != http.StatusAccepted || out["accepted"] != float64(0) || out["duplicates"] != float64(2) {
			t.Fatalf("duplicate post: %d %s", code, out["_raw"])
		}
		conflict := strings.Replace(body, `"amount": 700`, `"amount": 900`, 1)
		if code, out = e.do("POST", "/v1/mileage/credits", "application/json", []byte(conflict), auth); code != http.StatusConflict {
			t.Fatalf("conflicting post: %d %s", code, out["_raw"])
		}
		csv := fmt.Sprintf("citizen,amount,record\n%s,100,5003\n0xnope,5,5004\n", citizenA.Hex())
		if code, out = e.do("POST", "/v1/mileage/credits", "text/csv", []byte(csv), auth); code != 400 || !strings.Contains(out["_raw"].(string), "line 3 citizen") {
			t.Fatalf("malformed CSV: %d %s", code, out["_raw"])
		}
		merchant := fmt.Sprintf("%s,5,5005\n", e.shop.Hex())
		// More than the program's remaining budget: refused at intake, naming it.
		over := fmt.Sprintf("%s,2000000000000,5900\n", citizenA.Hex())
		if code, out = e.do("POST", "/v1/mileage/credits", "text/csv", []byte(over), auth); code != http.StatusConflict || !strings.Contains(fmt.Sprint(out["error"]), "budget left") {
			t.Fatalf("over budget: %d %s", code, out["_raw"])
		}
		if code, out = e.do("POST", "/v1/mileage/credits", "text/csv", []byte(merchant), auth); code != 400 || !strings.Contains(fmt.Sprint(out["error"]), "merchant") {
			t.Fatalf("credit to a merchant: %d %s", code, out["_raw"])
		}
		// The relayer key's record credited by another route is reported, not credited twice;
		// the same number credited by another issuer (the staff) is another record.
		e.send("credit", uint32(1), citizenB, big.NewInt(10), uint64(5003))
		csv = fmt.Sprintf("%s,100,5003\n%s,40,5006\n", citizenA.Hex(), citizenB.Hex())
		if code, out = e.do("POST", "/v1/mileage/credits", "text/csv", []byte(csv), auth); code != http.StatusAccepted {
			t.Fatalf("CSV post: %d %s", code, out["_raw"])
		}
		for rec, want := range map[string]string{"5001": StatusConfirmed, "5002": StatusConfirmed, "5003": StatusConfirmed, "5006": mileage.StatusAlreadyCredited} {
			if st := e.waitFor("/v1/mileage/credits/"+rec, auth); st["status"] != want {
				t.Errorf("record %s: %s, want %s", rec, st["_raw"], want)
			}
		}
		if a, b := e.balance(citizenA), e.balance(citizenB); a != 1600 || b != 750 {
			t.Fatalf("balances %d %d, want 1600 and 750 (700 + 40 before + 10 by the staff)", a, b)
		}
		if code, _ := e.do("GET", "/v1/mileage/credits/999999", "", nil, auth); code != 404 {
			t.Fatalf("unknown record: %d", code)
		}
	})

	t.Run("metrics", func(t *testing.T) {
		_, out := e.do("GET", "/metrics", "", nil, nil)
		for _, m := range []string{"relayer_tx_sent_total", "relayer_tx_confirmed_total", "relayer_queue_depth", "relayer_ws_clients",
			"relayer_request_latency_seconds_bucket", `relayer_refused_total{kind="relay",status="409"}`} {
			if !strings.Contains(out["_raw"].(string), m) {
				t.Errorf("/metrics lacks %s", m)
			}
		}
	})
}

// feed opens the event feed with a subscription.
func (e *world) feed(sub Subscription, dialer *websocket.Dialer) *websocket.Conn {
	e.t.Helper()
	if dialer == nil {
		dialer = websocket.DefaultDialer
	}
	conn, _, err := dialer.Dial("ws"+strings.TrimPrefix(e.url, "http")+"/v1/events", nil)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := conn.WriteJSON(sub); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { conn.Close() })
	return conn
}

// next reads events until n have come, failing after the timeout.
func next(t *testing.T, conn *websocket.Conn, n int, timeout time.Duration) []Event {
	t.Helper()
	var out []Event
	conn.SetReadDeadline(time.Now().Add(timeout))
	for len(out) < n {
		var ev Event
		if err := conn.ReadJSON(&ev); err != nil {
			t.Fatalf("after %d of %d events: %v", len(out), n, err)
		}
		out = append(out, ev)
	}
	return out
}

func (e *world) creditRange(first, n int) {
	e.t.Helper()
	var cs []scoin.SCoinCredit
	for i := first; i < first+n; i++ {
		cs = append(cs, scoin.SCoinCredit{Citizen: common.BigToAddress(big.NewInt(int64(0xfeed0000 + i))), Amount: big.NewInt(1), RecordId: uint64(i)})
	}
	e.send("creditBatch", uint32(1), cs)
}

func recordIDs(evs []Event) string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.Fields["recordId"])
	}
	return strings.Join(out, " ")
}

func TestEventFeed(t *testing.T) {
	e := newEnv(t)
	cfg := e.config()
	cfg.WS.SendBuffer, cfg.WS.SocketBuffer, cfg.WS.WriteWait = 4, 16<<10, 5*time.Second
	e.start(cfg)
	credited := Subscription{Contracts: []string{"SCoin"}, Events: []string{"Credited"}}

	t.Run("reconnect with the last cursor: every event once, no gap", func(t *testing.T) {
		a := e.feed(credited, nil)
		e.creditRange(7000, 10)
		got := next(t, a, 10, 30*time.Second)
		if recordIDs(got) != "7000 7001 7002 7003 7004 7005 7006 7007 7008 7009" {
			t.Fatalf("live events: %s", recordIDs(got))
		}
		if got[0].Contract != "SCoin" || got[0].Event != "Credited" || got[0].Tx == (common.Hash{}) {
			t.Fatalf("event %+v", got[0])
		}
		a.Close() // the client stops after the 4th, say: its last cursor is that one's
		e.creditRange(7010, 10)
		sub := credited
		sub.Cursor = got[3].Cursor
		b := e.feed(sub, nil)
		defer b.Close()
		replayed := next(t, b, 16, 30*time.Second)
		e.creditRange(7020, 5)
		live := next(t, b, 5, 30*time.Second)
		var want []string
		for i := 7004; i < 7025; i++ {
			want = append(want, fmt.Sprint(i))
		}
		if got := recordIDs(append(replayed, live...)); got != strings.Join(want, " ") {
			t.Fatalf("after reconnecting:\n got %s\nwant %s", got, strings.Join(want, " "))
		}
	})

	t.Run("address filter", func(t *testing.T) {
		who := common.BigToAddress(big.NewInt(0xfeed0000 + 8001))
		c := e.feed(Subscription{Address: who.Hex()}, nil)
		defer c.Close()
		e.creditRange(8000, 3)
		got := next(t, c, 2, 30*time.Second) // its Transfer and its Credited
		for _, ev := range got {
			if ev.Fields["to"] != who.Hex() && ev.Fields["citizen"] != who.Hex() {
				t.Fatalf("event for someone else: %+v", ev)
			}
		}
	})

	t.Run("a slow client is dropped, a fast one keeps receiving", func(t *testing.T) {
		// The slow client reads nothing, on a socket with a small receive buffer: the
		// relayer's writes to it block on the first 1,000 events, its queue of 4 polls
		// fills with the next blocks' events, and it is dropped.
		small := &websocket.Dialer{NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			d := net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
				return c.Control(func(fd uintptr) { syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 2048) })
			}}
			return d.DialContext(ctx, network, addr)
		}}
		slow := e.feed(Subscription{}, small)
		fast := e.feed(Subscription{}, nil)
		time.Sleep(200 * time.Millisecond) // both registered
		type result struct {
			evs []Event
			err error
		}
		fastDone := make(chan result, 1)
		go func() { // the fast client reads all along, until the last credit's event
			var r result
			fast.SetReadDeadline(time.Now().Add(90 * time.Second))
			for {
				var ev Event
				if r.err = fast.ReadJSON(&ev); r.err != nil {
					break
				}
				r.evs = append(r.evs, ev)
				if ev.Event == "Credited" && ev.Fields["recordId"] == "9539" {
					break
				}
			}
			fastDone <- r
		}()
		e.creditRange(9000, 500)
		for i := 0; i < 8; i++ {
			e.creditRange(9500+5*i, 5) // a block each
		}
		r := <-fastDone
		seen := map[string]int{}
		for _, ev := range r.evs {
			if ev.Event == "Credited" {
				seen[ev.Fields["recordId"]]++
			}
		}
		for i := 9000; i < 9540; i++ {
			if seen[fmt.Sprint(i)] != 1 {
				t.Fatalf("fast client saw record %d %d times (err %v)", i, seen[fmt.Sprint(i)], r.err)
			}
		}
		_, m := e.do("GET", "/metrics", "", nil, nil)
		if !strings.Contains(m["_raw"].(string), "relayer_ws_dropped_total 1") {
			t.Fatalf("no slow client dropped:\n%s", grep(m["_raw"].(string), "relayer_ws"))
		}
		// The slow client finds its connection closed before the end.
		n := 0
		slow.SetReadDeadline(time.Now().Add(10 * time.Second))
		for {
			var ev Event
			if err := slow.ReadJSON(&ev); err != nil {
				// 1008 with the reason when the close frame got through; 1006 when the
				// socket was still full of unread events.
				if ce, ok := err.(*websocket.CloseError); ok && !(ce.Code == websocket.CloseAbnormalClosure ||
					ce.Code == websocket.ClosePolicyViolation && strings.Contains(ce.Text, "too slow")) {
					t.Fatalf("closed with %v, want the reason 'too slow'", ce)
				}
				break
			}
			n++
		}
		if n >= len(r.evs) {
			t.Fatalf("the slow client got all %d events", n)
		}
	})

	t.Run("origin allow-list", func(t *testing.T) {
		h := http.Header{"Origin": {"https://evil.example"}}
		_, resp, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(e.url, "http")+"/v1/events", h)
		if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
			t.Fatalf("a foreign origin was let in: %v", err)
		}
	})
}

func grep(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
