package deploy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/txsend"
)

var (
	// ErrUnknownContract is returned for a name that has no Step.
	ErrUnknownContract = errors.New("unknown contract")
	// ErrNoCode is returned when a recorded address holds no code on the chain.
	ErrNoCode = errors.New("no contract code at recorded address")
)

// Addresses maps contract names to deployed addresses.
type Addresses map[string]common.Address

// Planned is one deployment Deploy would make: a contract, or an upgradeable contract's
// implementation ("SCoin.impl") and then its proxy ("SCoin").
type Planned struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"` // predicted from the sender's nonce
	// Gas is the simulated gas; 0 for a proxy whose implementation is not deployed yet (its
	// creation calls the implementation, so it cannot be simulated before).
	Gas uint64 `json:"gas"`
}

// Deployed is one contract Deploy made. For an upgradeable contract, Receipt is its proxy's
// and Implementation its implementation's (nil when an earlier run deployed it).
type Deployed struct {
	Name           string          `json:"name"`
	Receipt        *txsend.Receipt `json:"receipt"`
	Implementation *txsend.Receipt `json:"implementation,omitempty"`
}

// unit is one creation transaction: a plain contract, an implementation, or a proxy.
type unit struct {
	Step
	key   string // the address-book name it is recorded under
	proxy bool
}

func (u unit) code(from common.Address, addrs Addresses) ([]byte, error) {
	if u.proxy {
		return u.proxyCreationCode(from, addrs, addrs[Impl(u.Name)])
	}
	return u.creationCode(from, addrs)
}

// plan returns the creations needed for names (with their dependencies) that are not in
// have, after checking that every address in have holds code. An upgradeable contract
// whose implementation is recorded but whose proxy is not gets its proxy only.
func plan(ctx context.Context, s *txsend.Sender, names []string, have Addresses) ([]unit, error) {
	steps := make(map[string]Step)
	for _, st := range Steps() {
		steps[st.Name] = st
	}
	want := make(map[string]bool)
	var mark func(name string) error
	mark = func(name string) error {
		st, ok := steps[name]
		if !ok {
			return fmt.Errorf("%w: %q (known: %v)", ErrUnknownContract, name, All())
		}
		want[name] = true
		for _, d := range st.Deps {
			if err := mark(d); err != nil {
				return err
			}
		}
		return nil
	}
	for _, n := range names {
		if err := mark(n); err != nil {
			return nil, err
		}
	}
	var todo []unit
	for _, st := range Steps() {
		if !want[st.Name] {
			continue
		}
		keys := []unit{{Step: st, key: st.Name}}
		if st.Upgradeable() {
			keys = []unit{{Step: st, key: Impl(st.Name)}, {Step: st, key: st.Name, proxy: true}}
		}
		for _, u := range keys {
			addr, ok := have[u.key]
			if !ok {
				todo = append(todo, u)
				continue
			}
			code, err := s.Backend().CodeAt(ctx, addr, nil)
			if err != nil {
				return nil, fmt.Errorf("check %s at %s: %w", u.key, addr, err)
			}
			if len(code) == 0 {
				return nil, fmt.Errorf("%w: %s at %s (was the chain reset under a stale address book?)", ErrNoCode, u.key, addr)
			}
		}
	}
	return todo, nil
}

func copyAddresses(a Addresses) Addresses {
	out := make(Addresses, len(a))
	for k, v := range a {
		out[k] = v
	}
	return out
}

// Simulate plans the deployments of names missing from have and simulates each, with the
// addresses earlier ones will get, without sending anything.
func Simulate(ctx context.Context, s *txsend.Sender, names []string, have Addresses) ([]Planned, error) {
	todo, err := plan(ctx, s, names, have)
	if err != nil {
		return nil, err
	}
	nonce, err := s.Backend().PendingNonceAt(ctx, s.From())
	if err != nil {
		return nil, fmt.Errorf("read nonce of %s: %w", s.From(), err)
	}
	addrs := copyAddresses(have)
	var out []Planned
	for i, u := range todo {
		code, err := u.code(s.From(), addrs)
		if err != nil {
			return nil, err
		}
		var gas uint64
		if _, recorded := have[Impl(u.Name)]; !u.proxy || recorded {
			if gas, err = s.Simulate(ctx, txsend.Candidate{Data: code}); err != nil {
				return nil, fmt.Errorf("deploy %s: %w", u.key, err)
			}
		}
		addr := crypto.CreateAddress(s.From(), nonce+uint64(i))
		addrs[u.key] = addr
		out = append(out, Planned{Name: u.key, Address: addr, Gas: gas})
	}
	return out, nil
}

// Deploy deploys each contract in names (and what they depend on) that is not already in
// have, one transaction at a time, each simulated first, and calls record with all
// addresses after each one so the caller can persist them: a retry after a crash then
// deploys only what is missing. An upgradeable contract is two transactions: its
// implementation (recorded as Impl(name)), then its proxy, created with the initializer
// call (recorded as name, which every other piece of code uses). It returns have plus the
// new addresses and what it sent.
func Deploy(ctx context.Context, s *txsend.Sender, names []string, have Addresses, record func(Addresses) error, log *slog.Logger) (Addresses, []Deployed, error) {
	if log == nil {
		log = slog.Default()
	}
	out := copyAddresses(have)
	todo, err := plan(ctx, s, names, have)
	if err != nil {
		return out, nil, err
	}
	done := []Deployed{}
	var impl *txsend.Receipt
	for _, u := range todo {
		code, err := u.code(s.From(), out)
		if err != nil {
			return out, done, err
		}
		rcpt, err := s.Send(ctx, txsend.Candidate{Data: code})
		if err != nil {
			return out, done, fmt.Errorf("deploy %s: %w", u.key, err)
		}
		out[u.key] = *rcpt.ContractAddress
		switch {
		case u.Upgradeable() && !u.proxy:
			impl = rcpt
		case u.proxy:
			done = append(done, Deployed{Name: u.Name, Receipt: rcpt, Implementation: impl})
			impl = nil
		default:
			done = append(done, Deployed{Name: u.Name, Receipt: rcpt})
		}
		log.Info("Deployed contract", "name", u.key, "address", rcpt.ContractAddress, "tx", rcpt.TxHash, "gas", rcpt.GasUsed)
		if record != nil {
			if err := record(copyAddresses(out)); err != nil {
				return out, done, fmt.Errorf("record address of %s: %w", u.key, err)
			}
		}
	}
	return out, done, nil
}
