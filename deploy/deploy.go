package deploy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// ErrUnknownContract is returned for a name that has no Step.
var ErrUnknownContract = errors.New("unknown contract")

// ErrNoCode is returned when a recorded address holds no code on the chain.
var ErrNoCode = errors.New("no contract code at recorded address")

// Addresses maps contract names to deployed addresses.
type Addresses map[string]common.Address

// Backend is what deploying needs from a chain.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Deploy deploys each contract in names (and what they depend on) that is not already in
// have, waiting for each to be mined, and calls record with all addresses after each one so
// the caller can persist them: a retry after a crash then deploys only what is missing.
// Addresses in have are checked to hold code. It returns have plus the new addresses.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, names []string, have Addresses, record func(Addresses) error, log *slog.Logger) (Addresses, error) {
	if log == nil {
		log = slog.Default()
	}
	steps := make(map[string]Step)
	for _, s := range Steps() {
		steps[s.Name] = s
	}
	want := make(map[string]bool)
	var mark func(name string) error
	mark = func(name string) error {
		s, ok := steps[name]
		if !ok {
			return fmt.Errorf("%w: %q (known: %v)", ErrUnknownContract, name, All())
		}
		want[name] = true
		for _, d := range s.Deps {
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

	out := make(Addresses, len(have))
	for k, v := range have {
		out[k] = v
	}
	for _, s := range Steps() {
		if !want[s.Name] {
			continue
		}
		if addr, ok := out[s.Name]; ok {
			code, err := b.CodeAt(ctx, addr, nil)
			if err != nil {
				return out, fmt.Errorf("check %s at %s: %w", s.Name, addr, err)
			}
			if len(code) == 0 {
				return out, fmt.Errorf("%w: %s at %s (was the chain reset under a stale address book?)", ErrNoCode, s.Name, addr)
			}
			continue
		}
		txOpts := *opts
		txOpts.Context = ctx
		addr, tx, err := s.Deploy(&txOpts, b, out)
		if err != nil {
			return out, fmt.Errorf("deploy %s: %w", s.Name, err)
		}
		if _, err := bind.WaitDeployed(ctx, b, tx); err != nil {
			return out, fmt.Errorf("deploy %s (tx %s): %w", s.Name, tx.Hash(), err)
		}
		out[s.Name] = addr
		log.Info("Deployed contract", "name", s.Name, "address", addr, "tx", tx.Hash())
		if record != nil {
			if err := record(out); err != nil {
				return out, fmt.Errorf("record address of %s: %w", s.Name, err)
			}
		}
	}
	return out, nil
}
