package deploy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"

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
	ws, err := waves(todo, have)
	if err != nil {
		return nil, err
	}
	todo = todo[:0]
	for _, w := range ws {
		todo = append(todo, w...)
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

// maxWave bounds the creations sent together: a wave of the largest implementations
// (about 5M gas each) stays well inside one block.
const maxWave = 8

// ready reports whether u can be simulated now: what its creation calls (its dependencies,
// and for a proxy its implementation) is mined.
func (u unit) ready(mined Addresses) bool {
	for _, d := range u.Deps {
		if _, ok := mined[d]; !ok {
			return false
		}
	}
	if u.proxy {
		_, ok := mined[Impl(u.Name)]
		return ok
	}
	return true
}

// waves orders the creations of todo into waves: each holds up to maxWave creations whose
// dependencies are in have or in an earlier wave. Simulate predicts addresses in this order.
func waves(todo []unit, have Addresses) ([][]unit, error) {
	mined := copyAddresses(have)
	var out [][]unit
	for len(todo) > 0 {
		var wave, rest []unit
		for _, u := range todo {
			if len(wave) < maxWave && u.ready(mined) {
				wave = append(wave, u)
			} else {
				rest = append(rest, u)
			}
		}
		if len(wave) == 0 {
			return nil, fmt.Errorf("deploy: %s cannot be deployed: a dependency is missing from the plan", todo[0].key)
		}
		for _, u := range wave {
			mined[u.key] = common.Address{}
		}
		out, todo = append(out, wave), rest
	}
	return out, nil
}

// Deploy deploys each contract in names (and what they depend on) that is not already in
// have, each simulated first, and calls record with all addresses after each one is mined
// so the caller can persist them: a retry after a crash then deploys only what is missing.
// An upgradeable contract is two transactions: its implementation (recorded as
// Impl(name)), then its proxy, created with the initializer call (recorded as name, which
// every other piece of code uses). Creations go in waves: every creation whose
// dependencies are mined is sent at once (consecutive nonces, one block), then the wave's
// receipts are awaited in order; a dozen contracts take four blocks, not two dozen. A
// crash inside a wave can leave a contract of it deployed but unrecorded: the next run
// deploys it again, and nothing ever points to the orphan. It returns have plus the new
// addresses and what it sent.
func Deploy(ctx context.Context, s *txsend.Sender, names []string, have Addresses, record func(Addresses) error, log *slog.Logger) (Addresses, []Deployed, error) {
	if log == nil {
		log = slog.Default()
	}
	out := copyAddresses(have)
	todo, err := plan(ctx, s, names, have)
	if err != nil {
		return out, nil, err
	}
	ws, err := waves(todo, have)
	if err != nil {
		return out, nil, err
	}
	done := []Deployed{}
	impls := map[string]*txsend.Receipt{}
	for _, wave := range ws {
		pending := make([]*txsend.Pending, 0, len(wave))
		var sendErr error
		for _, u := range wave {
			code, err := u.code(s.From(), out)
			if err != nil {
				sendErr = err
				break
			}
			p, err := s.Start(ctx, txsend.Candidate{Data: code})
			if err != nil {
				sendErr = fmt.Errorf("deploy %s: %w", u.key, err)
				break
			}
			pending = append(pending, p)
		}
		// What was sent is awaited and recorded even when a later creation of the wave
		// failed to send, so that a retry does not deploy it twice.
		for i, p := range pending {
			u := wave[i]
			rcpt, err := s.Wait(ctx, p)
			if err != nil {
				// The wave's other creations are still awaited and recorded.
				sendErr = errors.Join(sendErr, fmt.Errorf("deploy %s: %w", u.key, err))
				continue
			}
			out[u.key] = *rcpt.ContractAddress
			switch {
			case u.Upgradeable() && !u.proxy:
				impls[u.Name] = rcpt
			case u.proxy:
				done = append(done, Deployed{Name: u.Name, Receipt: rcpt, Implementation: impls[u.Name]})
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
		if sendErr != nil {
			return out, done, sendErr
		}
	}
	if err := grantBetween(ctx, s, out, log); err != nil {
		return out, done, err
	}
	// In the order of Steps, as before waves: callers and tests read them in that order.
	order := map[string]int{}
	for i, st := range Steps() {
		order[st.Name] = i
	}
	sort.SliceStable(done, func(i, j int) bool { return order[done[i].Name] < order[done[j].Name] })
	return out, done, nil
}
