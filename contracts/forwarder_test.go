package contracts

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/voting"
)

// forwarderWorld: the real CityForwarder that S-Coin and MVoting both trust. The city holds
// every role and issues S-Coin; alice and bob are citizens (credited 100 S-Coin, on the roll
// of an open election that is running); shop is a merchant; relayer pays the gas.
type forwarderWorld struct {
	t                               *testing.T
	city, alice, bob, shop, relayer *account
	fwd, scoinAddr, mvotingAddr     common.Address
	fwdABI, scABI, mvABI            *abi.ABI
	dom                             forwarder.Domain
	election                        *big.Int
	roll                            *voting.Roll
}

func newForwarderWorld(t *testing.T) *forwarderWorld {
	t.Helper()
	acc := accounts(t, 5)
	w := &forwarderWorld{t: t, city: acc[0], alice: acc[1], bob: acc[2], shop: acc[3], relayer: acc[4]}
	addrs := w.city.Deploy(deploy.SCoin, deploy.MVoting)
	w.fwd, w.scoinAddr, w.mvotingAddr = addrs[deploy.CityForwarder], addrs[deploy.SCoin], addrs[deploy.MVoting]
	w.fwdABI, _ = cityforwarder.CityForwarderMetaData.GetAbi()
	w.scABI, _ = scoin.SCoinMetaData.GetAbi()
	w.mvABI, _ = mvoting.MVotingMetaData.GetAbi()
	chainID, err := w.city.s.Backend().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	w.dom = forwarder.Domain{ChainID: chainID, Forwarder: w.fwd}

	w.city.ok(w.scoinAddr, w.scABI, "addProgram", "eco mileage", big.NewInt(1_000_000), []common.Address{w.city.addr()})
	w.city.ok(w.scoinAddr, w.scABI, "addMerchant", w.shop.addr(), "Mangwon market stall 12")
	w.city.ok(w.scoinAddr, w.scABI, "credit", uint32(1), w.alice.addr(), big.NewInt(100), uint64(1))
	w.city.ok(w.scoinAddr, w.scABI, "credit", uint32(1), w.bob.addr(), big.NewInt(100), uint64(2))

	w.roll, err = voting.NewRoll([]common.Address{w.alice.addr(), w.bob.addr()})
	if err != nil {
		t.Fatal(err)
	}
	start := w.now() + 10
	w.city.ok(w.mvotingAddr, w.mvABI, "create", mvoting.MVotingNewElection{Title: "Namsan gondola", OptionNames: []string{"Yes", "No"},
		MaxChoices: 1, Start: start, End: start + 100_000, RollRoot: w.roll.Root, RollSize: 2})
	w.election = w.city.bigCall(w.mvotingAddr, w.mvABI, "electionCount")
	if err := w.city.chain.AdjustTime(20 * time.Second); err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *forwarderWorld) now() uint64 { return w.city.now() }

func (w *forwarderWorld) nonce(a *account) *big.Int {
	w.t.Helper()
	return w.city.bigCall(w.fwd, w.fwdABI, "nonces", a.addr())
}

// pay is from's request to pay the shop amt S-Coin; nonceAhead counts from from's current nonce.
func (w *forwarderWorld) pay(from *account, amt int64, nonceAhead int64) forwarder.Request {
	w.t.Helper()
	data, err := w.scABI.Pack("pay", w.shop.addr(), big.NewInt(amt), "ORDER-"+new(big.Int).Add(w.nonce(from), big.NewInt(nonceAhead)).String())
	if err != nil {
		w.t.Fatal(err)
	}
	return w.request(from, w.scoinAddr, data, nonceAhead)
}

// vote is from's request to cast an open ballot for option choice.
func (w *forwarderWorld) vote(from *account, choice uint8, nonceAhead int64) forwarder.Request {
	w.t.Helper()
	data, err := w.mvABI.Pack("castOpen", w.election, []uint8{choice}, rollProof(w.t, w.roll, from.addr()))
	if err != nil {
		w.t.Fatal(err)
	}
	return w.request(from, w.mvotingAddr, data, nonceAhead)
}

func (w *forwarderWorld) request(from *account, to common.Address, data []byte, nonceAhead int64) forwarder.Request {
	w.t.Helper()
	return forwarder.Request{From: from.addr(), To: to, Gas: big.NewInt(300_000),
		Nonce: new(big.Int).Add(w.nonce(from), big.NewInt(nonceAhead)), Deadline: w.now() + 600, Data: data}
}

// signed is r signed with key (the from account's own, or another to forge).
func (w *forwarderWorld) signed(r forwarder.Request, key *ecdsa.PrivateKey) cityforwarder.ERC2771ForwarderForwardRequestData {
	w.t.Helper()
	sig, err := w.dom.Sign(r, key)
	if err != nil {
		w.t.Fatal(err)
	}
	return r.Signed(sig)
}

func (w *forwarderWorld) execute(req cityforwarder.ERC2771ForwarderForwardRequestData) error {
	w.t.Helper()
	_, err := w.relayer.send(w.fwd, w.fwdABI, "execute", req)
	return err
}

func (w *forwarderWorld) scoinBalance(a *account) int64 {
	w.t.Helper()
	return w.city.bigCall(w.scoinAddr, w.scABI, "balanceOf", a.addr()).Int64()
}

func (w *forwarderWorld) voted(a *account) bool {
	w.t.Helper()
	return w.city.call(w.mvotingAddr, w.mvABI, "hasVoted", w.election, a.addr())[0].(bool)
}

// TestForwarderRefusesBadRequests: each kind of bad request, to S-Coin and to MVoting, is
// refused with OpenZeppelin's error and moves nothing; the same request made right passes.
func TestForwarderRefusesBadRequests(t *testing.T) {
	w := newForwarderWorld(t)
	tests := []struct {
		name string
		req  func() cityforwarder.ERC2771ForwarderForwardRequestData
		err  string
		args map[string]string
	}{
		{"expired deadline (pay)", func() cityforwarder.ERC2771ForwarderForwardRequestData {
			r := w.pay(w.alice, 10, 0)
			r.Deadline = w.now() - 1
			return w.signed(r, w.alice.key)
		}, "ERC2771ForwarderExpiredRequest", nil},
		{"expired deadline (vote)", func() cityforwarder.ERC2771ForwarderForwardRequestData {
			r := w.vote(w.alice, 0, 0)
			r.Deadline = w.now() - 1
			return w.signed(r, w.alice.key)
		}, "ERC2771ForwarderExpiredRequest", nil},
		{"out-of-order nonce (pay)", func() cityforwarder.ERC2771ForwarderForwardRequestData {
			return w.signed(w.pay(w.alice, 10, 1), w.alice.key)
		}, "ERC2771ForwarderInvalidSigner", map[string]string{"from": w.alice.addr().Hex()}},
		{"out-of-order nonce (vote)", func() cityforwarder.ERC2771ForwarderForwardRequestData {
			return w.signed(w.vote(w.alice, 0, 1), w.alice.key)
		}, "ERC2771ForwarderInvalidSigner", map[string]string{"from": w.alice.addr().Hex()}},
		{"signed by someone else (pay)", func() cityforwarder.ERC2771ForwarderForwardRequestData {
			return w.signed(w.pay(w.alice, 10, 0), w.bob.key)
		}, "ERC2771ForwarderInvalidSigner", map[string]string{"signer": w.bob.addr().Hex(), "from": w.alice.addr().Hex()}},
		{"signed by someone else (vote)", func() cityforwarder.ERC2771ForwarderForwardRequestData {
			return w.signed(w.vote(w.alice, 0, 0), w.bob.key)
		}, "ERC2771ForwarderInvalidSigner", map[string]string{"signer": w.bob.addr().Hex(), "from": w.alice.addr().Hex()}},
		{"data changed after signing", func() cityforwarder.ERC2771ForwarderForwardRequestData {
			req := w.signed(w.pay(w.alice, 10, 0), w.alice.key)
			req.Data, _ = w.scABI.Pack("pay", w.shop.addr(), big.NewInt(100), "ORDER-0")
			return req
		}, "ERC2771ForwarderInvalidSigner", map[string]string{"from": w.alice.addr().Hex()}},
		{"malformed signature", func() cityforwarder.ERC2771ForwarderForwardRequestData {
			req := w.signed(w.vote(w.alice, 0, 0), w.alice.key)
			req.Signature = req.Signature[:64]
			return req
		}, "ERC2771ForwarderInvalidSigner", map[string]string{"signer": common.Address{}.Hex()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { reverts(t, w.execute(tt.req()), tt.err, tt.args) })
	}
	if w.scoinBalance(w.alice) != 100 || w.voted(w.alice) || w.nonce(w.alice).Sign() != 0 {
		t.Fatalf("a refused request moved something: alice has %d, voted %v, nonce %s", w.scoinBalance(w.alice), w.voted(w.alice), w.nonce(w.alice))
	}

	// Made right, the same requests pass; a request signed ahead becomes valid in its turn.
	ahead := w.signed(w.vote(w.alice, 1, 1), w.alice.key)
	if err := w.execute(w.signed(w.pay(w.alice, 10, 0), w.alice.key)); err != nil {
		t.Fatal(err)
	}
	if err := w.execute(ahead); err != nil {
		t.Fatalf("the request signed with the next nonce: %v", err)
	}
	if w.scoinBalance(w.shop) != 10 || !w.voted(w.alice) {
		t.Fatalf("shop has %d, alice voted %v", w.scoinBalance(w.shop), w.voted(w.alice))
	}
}

// TestForwarderNonceIsUsedOnce: a request's nonce is spent when it executes, so neither the
// request nor another one signed with the same nonce executes again.
func TestForwarderNonceIsUsedOnce(t *testing.T) {
	w := newForwarderWorld(t)
	first := w.pay(w.bob, 10, 0)
	if err := w.execute(w.signed(first, w.bob.key)); err != nil {
		t.Fatal(err)
	}
	reverts(t, w.execute(w.signed(first, w.bob.key)), "ERC2771ForwarderInvalidSigner", map[string]string{"from": w.bob.addr().Hex()})
	other := w.vote(w.bob, 0, 0)
	other.Nonce = first.Nonce // a different request under the spent nonce
	reverts(t, w.execute(w.signed(other, w.bob.key)), "ERC2771ForwarderInvalidSigner", map[string]string{"from": w.bob.addr().Hex()})
	if w.scoinBalance(w.bob) != 90 || w.voted(w.bob) {
		t.Fatalf("bob has %d S-Coin (want 90), voted %v (want false)", w.scoinBalance(w.bob), w.voted(w.bob))
	}
}

// TestForwarderBatch: with a refund receiver, executeBatch runs the good requests, skips an
// invalid one and sends its value to the refund receiver; a request whose call reverts
// spends its nonce and reports failure. Without one, any invalid request reverts all.
func TestForwarderBatch(t *testing.T) {
	w := newForwarderWorld(t)
	forged := w.pay(w.bob, 10, 0)
	forged.Value = big.NewInt(5) // value the relayer fronts for it; must come back
	overdraft := w.pay(w.bob, 1_000, 0)
	batch := []cityforwarder.ERC2771ForwarderForwardRequestData{
		w.signed(w.pay(w.alice, 30, 0), w.alice.key),
		w.signed(forged, w.alice.key),  // from bob, signed by alice: skipped
		w.signed(overdraft, w.bob.key), // valid, but bob has only 100: the call reverts
		w.signed(w.vote(w.alice, 0, 1), w.alice.key),
	}

	// Atomic (no refund receiver): the forged request reverts the whole batch.
	_, err := w.relayer.s.Send(context.Background(), txsend.Candidate{To: &w.fwd, Value: big.NewInt(5),
		Data: mustPackT(t, w.fwdABI, "executeBatch", batch, common.Address{})})
	reverts(t, err, "ERC2771ForwarderInvalidSigner", map[string]string{"signer": w.alice.addr().Hex(), "from": w.bob.addr().Hex()})
	if w.scoinBalance(w.shop) != 0 || w.voted(w.alice) {
		t.Fatal("an atomic batch with an invalid request executed part of it")
	}

	refundTo := common.HexToAddress("0x00000000000000000000000000000000000fee01")
	r, err := w.relayer.s.Send(context.Background(), txsend.Candidate{To: &w.fwd, Value: big.NewInt(5),
		Data: mustPackT(t, w.fwdABI, "executeBatch", batch, refundTo)})
	if err != nil {
		t.Fatal(err)
	}
	var executed []string
	for _, ev := range r.Events {
		if ev.Name == "ExecutedForwardRequest" {
			f := map[string]string{}
			for _, x := range ev.Fields {
				f[x.Name] = x.Value
			}
			executed = append(executed, f["signer"]+" "+f["nonce"]+" "+f["success"])
		}
	}
	want := []string{w.alice.addr().Hex() + " 0 true", w.bob.addr().Hex() + " 0 false", w.alice.addr().Hex() + " 1 true"}
	if len(executed) != len(want) || executed[0] != want[0] || executed[1] != want[1] || executed[2] != want[2] {
		t.Fatalf("ExecutedForwardRequest events %v, want %v (the forged request skipped)", executed, want)
	}
	if w.scoinBalance(w.shop) != 30 || w.scoinBalance(w.alice) != 70 || w.scoinBalance(w.bob) != 100 || !w.voted(w.alice) {
		t.Fatalf("after the batch: shop %d alice %d bob %d, alice voted %v", w.scoinBalance(w.shop), w.scoinBalance(w.alice), w.scoinBalance(w.bob), w.voted(w.alice))
	}
	backend := w.city.chain.Client()
	if got, _ := backend.BalanceAt(context.Background(), refundTo, nil); got.Int64() != 5 {
		t.Fatalf("refund receiver got %s wei, want the skipped request's 5", got)
	}
	if got, _ := backend.BalanceAt(context.Background(), w.fwd, nil); got.Sign() != 0 {
		t.Fatalf("the forwarder kept %s wei", got)
	}
	if w.nonce(w.bob).Int64() != 1 {
		t.Fatalf("bob's nonce %s, want 1 (spent by the reverted call, not by the forged request)", w.nonce(w.bob))
	}
}

func mustPackT(t *testing.T, a *abi.ABI, method string, args ...any) []byte {
	t.Helper()
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatalf("pack %s: %v", method, err)
	}
	return data
}
