// Package chaintest is the one harness of contract tests and gas benchmarks: funded
// accounts on a simulated chain (internal/simchain), each sending through txsend as the
// command line does, so that a revert arrives decoded, and the platform's deploy routine.
// Before it, the contract tests and each benchmark set the same chain, sender and deploy up
// by hand.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/abidecode"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/simchain"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// Account is one funded test account.
type Account struct {
	TB    testing.TB
	S     *txsend.Sender
	ABIs  []*abi.ABI
	Key   *ecdsa.PrivateKey
	Chain *simchain.Chain
	book  *abidecode.Book
}

// Accounts starts a simulated chain with n funded accounts; it stops when the test ends.
func Accounts(tb testing.TB, n int) []*Account {
	tb.Helper()
	chain := simchain.New(tb, n)
	abis, err := deploy.ABIs()
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]*Account, n)
	book := &abidecode.Book{} // shared: what one account deploys, all decode by its ABI
	for i, k := range chain.Keys {
		s, err := txsend.New(context.Background(), chain.Client(), k, nil, abis...)
		if err != nil {
			tb.Fatal(err)
		}
		// The chain seals within milliseconds; txsend's default poll suits a real node.
		s.SetPollInterval(time.Millisecond)
		s.SetBook(book)
		out[i] = &Account{TB: tb, S: s, ABIs: abis, Key: k, Chain: chain, book: book}
	}
	return out
}

// Addr is the account's address.
func (a *Account) Addr() common.Address { return a.S.From() }

// Deploy deploys the named contracts (and what they depend on) from a.
func (a *Account) Deploy(names ...string) deploy.Addresses {
	a.TB.Helper()
	addrs, _, err := deploy.Deploy(context.Background(), a.S, names, nil, nil, nil)
	if err != nil {
		a.TB.Fatalf("deploy %v: %v", names, err)
	}
	if a.book != nil {
		for _, st := range deploy.Steps() {
			if addr, ok := addrs[st.Name]; ok {
				if ab, err := st.Meta.GetAbi(); err == nil {
					a.book.Add(addr, ab)
				}
			}
		}
	}
	return addrs
}

// DeployCouncil deploys a city council from a whose emergency role may pause pauseTargets.
func (a *Account) DeployCouncil(c *deploy.Council, pauseTargets ...common.Address) common.Address {
	a.TB.Helper()
	if pauseTargets == nil {
		pauseTargets = []common.Address{}
	}
	r, err := deploy.DeployCouncil(context.Background(), a.S, c, pauseTargets)
	if err != nil {
		a.TB.Fatalf("deploy council: %v", err)
	}
	return *r.ContractAddress
}

// Now is the head block's time.
func (a *Account) Now() uint64 {
	a.TB.Helper()
	h, err := a.S.Backend().HeaderByNumber(context.Background(), nil)
	if err != nil {
		a.TB.Fatal(err)
	}
	return h.Time
}

// Send calls method on the contract at to and returns the receipt or the error (a
// simulated revert is txsend.ErrWouldRevert, decoded).
func (a *Account) Send(to common.Address, c *abi.ABI, method string, args ...any) (*txsend.Receipt, error) {
	a.TB.Helper()
	data, err := c.Pack(method, args...)
	if err != nil {
		a.TB.Fatalf("pack %s: %v", method, err)
	}
	// txsend returns once the head holds the receipt's block, so calls right after see it.
	return a.S.Send(context.Background(), txsend.Candidate{To: &to, Data: data})
}

// Must sends and fails the test on error.
func (a *Account) Must(to common.Address, c *abi.ABI, method string, args ...any) *txsend.Receipt {
	a.TB.Helper()
	r, err := a.Send(to, c, method, args...)
	if err != nil {
		a.TB.Fatalf("%s: %v", method, err)
	}
	return r
}

// Call reads a view function.
func (a *Account) Call(to common.Address, c *abi.ABI, method string, args ...any) []any {
	a.TB.Helper()
	data, err := c.Pack(method, args...)
	if err != nil {
		a.TB.Fatalf("pack %s: %v", method, err)
	}
	out, err := a.S.Backend().CallContract(context.Background(), ethereum.CallMsg{From: a.Addr(), To: &to, Data: data}, nil)
	if err != nil {
		a.TB.Fatalf("call %s: %v", method, err)
	}
	vals, err := c.Unpack(method, out)
	if err != nil {
		a.TB.Fatalf("unpack %s: %v", method, err)
	}
	return vals
}

// BigCall reads a view function that returns one integer.
func (a *Account) BigCall(to common.Address, c *abi.ABI, method string, args ...any) *big.Int {
	a.TB.Helper()
	return a.Call(to, c, method, args...)[0].(*big.Int)
}
