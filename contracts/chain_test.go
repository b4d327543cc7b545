package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/simchain"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/voting"
)

// account is one test account that sends through txsend, as the CLI does, so that a
// revert arrives decoded.
type account struct {
	t     *testing.T
	s     *txsend.Sender
	abis  []*abi.ABI
	key   *ecdsa.PrivateKey
	chain *simchain.Chain
}

func (a *account) addr() common.Address { return a.s.From() }

// accounts starts a simulated chain with n funded accounts.
func accounts(t *testing.T, n int) []*account {
	t.Helper()
	chain := simchain.New(t, n)
	abis, err := deploy.ABIs()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*account, n)
	for i, k := range chain.Keys {
		s, err := txsend.New(context.Background(), chain.Client(), k, nil, abis...)
		if err != nil {
			t.Fatal(err)
		}
		s.SetPollInterval(2 * time.Millisecond)
		out[i] = &account{t: t, s: s, abis: abis, key: k, chain: chain}
	}
	return out
}

// now is the head block's time.
func (a *account) now() uint64 {
	a.t.Helper()
	h, err := a.s.Backend().HeaderByNumber(context.Background(), nil)
	if err != nil {
		a.t.Fatal(err)
	}
	return h.Time
}

// rollProof is voter's proof on roll as the contract's bytes32[] argument.
func rollProof(t *testing.T, roll *voting.Roll, voter common.Address) [][32]byte {
	t.Helper()
	p, err := roll.Proof(voter)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// deployOne deploys the named contract from a and returns its address.
func (a *account) deployOne(name string) common.Address {
	a.t.Helper()
	addrs, _, err := deploy.Deploy(context.Background(), a.s, []string{name}, nil, nil, nil)
	if err != nil {
		a.t.Fatalf("deploy %s: %v", name, err)
	}
	return addrs[name]
}

// send calls method on the contract at to and returns the receipt or the error.
func (a *account) send(to common.Address, c *abi.ABI, method string, args ...any) (*txsend.Receipt, error) {
	a.t.Helper()
	data, err := c.Pack(method, args...)
	if err != nil {
		a.t.Fatalf("pack %s: %v", method, err)
	}
	r, err := a.s.Send(context.Background(), txsend.Candidate{To: &to, Data: data})
	if err == nil {
		a.waitHead(r.Block)
	}
	return r, err
}

// waitHead waits until the chain's head is at least block. The simulated chain writes a
// block's receipts before it moves its head, so a receipt can be read while calls (and
// the next send's simulation) still run against the parent block's state: the race behind
// a flaky EscrowUnknownProject(id=0).
func (a *account) waitHead(block uint64) {
	a.t.Helper()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		n, err := a.chain.Client().BlockNumber(context.Background())
		if err != nil {
			a.t.Fatalf("head: %v", err)
		}
		if n >= block {
			return
		}
		if time.Now().After(deadline) {
			a.t.Fatalf("head stays at %d, the receipt is in block %d", n, block)
		}
	}
}

// ok sends and fails the test on error.
func (a *account) ok(to common.Address, c *abi.ABI, method string, args ...any) *txsend.Receipt {
	a.t.Helper()
	r, err := a.send(to, c, method, args...)
	if err != nil {
		a.t.Fatalf("%s: %v", method, err)
	}
	return r
}

// call reads a view function.
func (a *account) call(to common.Address, c *abi.ABI, method string, args ...any) []any {
	a.t.Helper()
	data, err := c.Pack(method, args...)
	if err != nil {
		a.t.Fatalf("pack %s: %v", method, err)
	}
	out, err := a.s.Backend().CallContract(context.Background(), callMsg(a.addr(), to, data), nil)
	if err != nil {
		a.t.Fatalf("call %s: %v", method, err)
	}
	vals, err := c.Unpack(method, out)
	if err != nil {
		a.t.Fatalf("unpack %s: %v", method, err)
	}
	return vals
}

func (a *account) bigCall(to common.Address, c *abi.ABI, method string, args ...any) *big.Int {
	a.t.Helper()
	return a.call(to, c, method, args...)[0].(*big.Int)
}

// reverts asserts that err is a simulated revert with the custom error name and, for
// each given argument name, that value.
func reverts(t *testing.T, err error, name string, args map[string]string) {
	t.Helper()
	var rev *abidecode.Revert
	if !errors.Is(err, txsend.ErrWouldRevert) || !errors.As(err, &rev) {
		t.Fatalf("err = %v, want a revert with %s", err, name)
	}
	if rev.Name != name {
		t.Fatalf("reverted with %s, want %s", rev.Error(), name)
	}
	for k, want := range args {
		found := false
		for _, f := range rev.Args {
			if f.Name == k {
				found = true
				if f.Value != want {
					t.Errorf("%s.%s = %s, want %s", name, k, f.Value, want)
				}
			}
		}
		if !found {
			t.Errorf("%s has no argument %s: %+v", name, k, rev.Args)
		}
	}
}

// event returns the single event named name in r.
func event(t *testing.T, r *txsend.Receipt, name string) map[string]string {
	t.Helper()
	var found map[string]string
	for _, ev := range r.Events {
		if ev.Name == name {
			if found != nil {
				t.Fatalf("two %s events", name)
			}
			found = map[string]string{}
			for _, f := range ev.Fields {
				found[f.Name] = f.Value
			}
		}
	}
	if found == nil {
		t.Fatalf("no %s event in %+v", name, r.Events)
	}
	return found
}

func callMsg(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data}
}

// eventField is the value of the named field of a decoded event, or "".
func eventField(ev abidecode.Event, name string) string {
	for _, f := range ev.Fields {
		if f.Name == name {
			return f.Value
		}
	}
	return ""
}
