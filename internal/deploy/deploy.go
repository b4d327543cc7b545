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

// Planned is one deployment Deploy would make.
type Planned struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"` // predicted from the sender's nonce
	Gas     uint64         `json:"gas"`
}

// Deployed is one deployment Deploy made.
type Deployed struct {
	Name    string          `json:"name"`
	Receipt *txsend.Receipt `json:"receipt"`
}

// plan returns the steps needed for names (with their dependencies) that are not in have,
// after checking that every address in have holds code.
func plan(ctx context.Context, s *txsend.Sender, names []string, have Addresses) ([]Step, error) {
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
	var todo []Step
	for _, st := range Steps() {
		if !want[st.Name] {
			continue
		}
		addr, ok := have[st.Name]
		if !ok {
			todo = append(todo, st)
			continue
		}
		code, err := s.Backend().CodeAt(ctx, addr, nil)
		if err != nil {
			return nil, fmt.Errorf("check %s at %s: %w", st.Name, addr, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("%w: %s at %s (was the chain reset under a stale address book?)", ErrNoCode, st.Name, addr)
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
	for i, st := range todo {
		code, err := st.creationCode(s.From(), addrs)
		if err != nil {
			return nil, err
		}
		gas, err := s.Simulate(ctx, txsend.Candidate{Data: code})
		if err != nil {
			return nil, fmt.Errorf("deploy %s: %w", st.Name, err)
		}
		addr := crypto.CreateAddress(s.From(), nonce+uint64(i))
		addrs[st.Name] = addr
		out = append(out, Planned{Name: st.Name, Address: addr, Gas: gas})
	}
	return out, nil
}

// Deploy deploys each contract in names (and what they depend on) that is not already in
// have, one transaction at a time, each simulated first, and calls record with all
// addresses after each one so the caller can persist them: a retry after a crash then
// deploys only what is missing. It returns have plus the new addresses and what it sent.
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
	for _, st := range todo {
		code, err := st.creationCode(s.From(), out)
		if err != nil {
			return out, done, err
		}
		rcpt, err := s.Send(ctx, txsend.Candidate{Data: code})
		if err != nil {
			return out, done, fmt.Errorf("deploy %s: %w", st.Name, err)
		}
		out[st.Name] = *rcpt.ContractAddress
		done = append(done, Deployed{Name: st.Name, Receipt: rcpt})
		log.Info("Deployed contract", "name", st.Name, "address", rcpt.ContractAddress, "tx", rcpt.TxHash, "gas", rcpt.GasUsed)
		if record != nil {
			if err := record(copyAddresses(out)); err != nil {
				return out, done, fmt.Errorf("record address of %s: %w", st.Name, err)
			}
		}
	}
	return out, done, nil
}
