package contracts

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/simchain"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/voting"
)

// account is one test account of the shared harness (internal/chaintest), with the short
// names these tests use; s, key and chain are there for tests that reach past the harness.
type account struct {
	*chaintest.Account
	t     *testing.T
	s     *txsend.Sender
	key   *ecdsa.PrivateKey
	chain *simchain.Chain
}

// accounts starts a simulated chain with n funded accounts.
func accounts(t *testing.T, n int) []*account {
	t.Helper()
	out := make([]*account, n)
	for i, a := range chaintest.Accounts(t, n) {
		out[i] = &account{Account: a, t: t, s: a.S, key: a.Key, chain: a.Chain}
	}
	return out
}

func (a *account) addr() common.Address { return a.Addr() }
func (a *account) now() uint64          { return a.Now() }

// deployOne deploys the named contract from a and returns its address.
func (a *account) deployOne(name string) common.Address { return a.Deploy(name)[name] }

// send calls method on the contract at to and returns the receipt or the error.
func (a *account) send(to common.Address, c *abi.ABI, method string, args ...any) (*txsend.Receipt, error) {
	a.t.Helper()
	return a.Send(to, c, method, args...)
}

// ok sends and fails the test on error.
func (a *account) ok(to common.Address, c *abi.ABI, method string, args ...any) *txsend.Receipt {
	a.t.Helper()
	return a.Must(to, c, method, args...)
}

// call reads a view function.
func (a *account) call(to common.Address, c *abi.ABI, method string, args ...any) []any {
	a.t.Helper()
	return a.Call(to, c, method, args...)
}

func (a *account) bigCall(to common.Address, c *abi.ABI, method string, args ...any) *big.Int {
	a.t.Helper()
	return a.BigCall(to, c, method, args...)
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

// eventField is the value of the named field of a decoded event, or "".
func eventField(ev abidecode.Event, name string) string {
	for _, f := range ev.Fields {
		if f.Name == name {
			return f.Value
		}
	}
	return ""
}
