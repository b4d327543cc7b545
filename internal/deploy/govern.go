package deploy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/txsend"
)

// DefaultAdminRole is AccessControl's admin role, whose holder grants and revokes the others
// and, on the upgradeable contracts, upgrades them and replaces their forwarder.
const DefaultAdminRole = "DEFAULT_ADMIN_ROLE"

// pauserRole is the role the council needs on a pausable contract for its emergency pause.
const pauserRole = "PAUSER_ROLE"

// RoleID is the AccessControl id of a role name: DEFAULT_ADMIN_ROLE is zero, every other
// role the keccak256 of its name.
func RoleID(name string) common.Hash {
	if name == DefaultAdminRole {
		return common.Hash{}
	}
	return crypto.Keccak256Hash([]byte(name))
}

// Roles lists the role names the contract defines (its public *_ROLE constants and
// DEFAULT_ADMIN_ROLE), sorted; none for a contract without AccessControl.
func (s Step) Roles() ([]string, error) {
	a, err := s.Meta.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("ABI of %s: %w", s.Name, err)
	}
	if _, ok := a.Methods["hasRole"]; !ok {
		return nil, nil
	}
	var roles []string
	for name := range a.Methods {
		if strings.HasSuffix(name, "_ROLE") && s.checkRole(name) == nil {
			roles = append(roles, name)
		}
	}
	sort.Strings(roles)
	return roles, nil
}

// Action is one transaction Govern sent.
type Action struct {
	Action  string          `json:"action"`
	Receipt *txsend.Receipt `json:"receipt"`
}

// Govern hands the contracts recorded in have to a city council: it deploys the council
// (unless have names one; its emergency role may pause the pausable contracts), grants it
// the admin role of every contract and the pauser role of the pausable ones, grants the
// council file's operational roles and then renounces every role the sending (deploying)
// key holds that the file does not give it, the admin role last. From then on every admin
// action is a council operation, delayed. keepDeployer skips the renouncing: the devnet
// keeps its staff key's powers next to the council's. Each step already done is skipped, so
// running it again after an interruption finishes the job; record is called with the book
// once the council is deployed.
func Govern(ctx context.Context, s *txsend.Sender, have Addresses, c *Council, keepDeployer bool, record func(Addresses) error, log *slog.Logger) (Addresses, []Action, error) {
	if log == nil {
		log = slog.Default()
	}
	out := copyAddresses(have)
	if err := c.Check(); err != nil {
		return out, nil, err
	}
	var done []Action
	// The grants are independent: they are sent together (consecutive nonces, a block or
	// two for all of them) and awaited by flush, which also runs before any renouncing, so
	// that the deploying key gives up nothing before every grant to the council is mined.
	type sent struct {
		what string
		p    *txsend.Pending
	}
	var inFlight []sent
	flush := func() error {
		defer func() { inFlight = nil }()
		for _, f := range inFlight {
			rcpt, err := s.Wait(ctx, f.p)
			if err != nil {
				return fmt.Errorf("%s: %w", f.what, err)
			}
			done = append(done, Action{Action: f.what, Receipt: rcpt})
			log.Info("Governance", "action", f.what, "tx", rcpt.TxHash)
		}
		return nil
	}
	start := func(what string, to common.Address, data []byte) error {
		p, err := s.Start(ctx, txsend.Candidate{To: &to, Data: data})
		if err != nil {
			return errors.Join(fmt.Errorf("%s: %w", what, err), flush())
		}
		inFlight = append(inFlight, sent{what, p})
		return nil
	}
	send := func(what string, to common.Address, data []byte) error {
		if err := start(what, to, data); err != nil {
			return err
		}
		return flush()
	}

	council, ok := out[CityCouncil]
	if ok {
		code, err := s.Backend().CodeAt(ctx, council, nil)
		if err != nil {
			return out, done, fmt.Errorf("check %s at %s: %w", CityCouncil, council, err)
		}
		if len(code) == 0 {
			return out, done, fmt.Errorf("%w: %s at %s", ErrNoCode, CityCouncil, council)
		}
	} else {
		targets := []common.Address{}
		for _, st := range Steps() {
			if addr, ok := out[st.Name]; ok && st.pausable() {
				targets = append(targets, addr)
			}
		}
		rcpt, err := DeployCouncil(ctx, s, c, targets)
		if err != nil {
			return out, done, err
		}
		council = *rcpt.ContractAddress
		out[CityCouncil] = council
		done = append(done, Action{Action: "deploy " + CityCouncil, Receipt: rcpt})
		log.Info("Deployed contract", "name", CityCouncil, "address", council, "tx", rcpt.TxHash)
		if record != nil {
			if err := record(copyAddresses(out)); err != nil {
				return out, done, fmt.Errorf("record address of %s: %w", CityCouncil, err)
			}
		}
	}

	for _, st := range Steps() {
		addr, ok := out[st.Name]
		if !ok {
			continue
		}
		roles, err := st.Roles()
		if err != nil || len(roles) == 0 {
			continue
		}
		a, _ := st.Meta.GetAbi()
		grant := func(role string, to common.Address) error {
			has, err := hasRoleOn(ctx, s.Backend(), addr, a, role, to)
			if err != nil || has {
				return err
			}
			return start(fmt.Sprintf("grant %s of %s to %s", role, st.Name, to.Hex()), addr, mustPack(a, "grantRole", RoleID(role), to))
		}
		if err := grant(DefaultAdminRole, council); err != nil {
			return out, done, err
		}
		if st.pausable() {
			if err := grant(pauserRole, council); err != nil {
				return out, done, err
			}
		}
		operators := c.Operators[st.Name]
		for _, role := range sortedKeys(operators) {
			for _, who := range operators[role] {
				if err := grant(role, who); err != nil {
					return out, done, err
				}
			}
		}
	}
	if err := flush(); err != nil {
		return out, done, err
	}
	if keepDeployer {
		return out, done, nil
	}
	for _, st := range Steps() {
		addr, ok := out[st.Name]
		if !ok {
			continue
		}
		roles, err := st.Roles()
		if err != nil || len(roles) == 0 {
			continue
		}
		a, _ := st.Meta.GetAbi()
		operators := c.Operators[st.Name]
		// The admin role last: renouncing it first would leave the rest to the council.
		ordered := []string{}
		for _, role := range roles {
			if role != DefaultAdminRole {
				ordered = append(ordered, role)
			}
		}
		for _, role := range append(ordered, DefaultAdminRole) {
			if contains(operators[role], s.From()) {
				continue
			}
			has, err := hasRoleOn(ctx, s.Backend(), addr, a, role, s.From())
			if err != nil {
				return out, done, err
			}
			if has {
				if err := send(fmt.Sprintf("renounce %s of %s", role, st.Name), addr, mustPack(a, "renounceRole", RoleID(role), s.From())); err != nil {
					return out, done, err
				}
			}
		}
	}
	return out, done, nil
}

// pausable reports whether the contract has pause() for the council's emergency role.
func (s Step) pausable() bool {
	a, err := s.Meta.GetAbi()
	if err != nil {
		return false
	}
	_, ok := a.Methods["pause"]
	return ok
}

// HasRole reads whether who holds role of the contract at addr.
func HasRole(ctx context.Context, b txsend.Backend, addr common.Address, name, role string, who common.Address) (bool, error) {
	st, ok := stepByName(name)
	if !ok {
		return false, fmt.Errorf("%w: %q", ErrUnknownContract, name)
	}
	a, err := st.Meta.GetAbi()
	if err != nil {
		return false, err
	}
	return hasRoleOn(ctx, b, addr, a, role, who)
}

func hasRoleOn(ctx context.Context, b txsend.Backend, addr common.Address, a *abi.ABI, role string, who common.Address) (bool, error) {
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: mustPack(a, "hasRole", RoleID(role), who)}, nil)
	if err != nil {
		return false, fmt.Errorf("read %s of %s at %s: %w", role, who, addr, err)
	}
	v, err := a.Unpack("hasRole", out)
	if err != nil || len(v) != 1 {
		return false, fmt.Errorf("read %s of %s at %s: %w (no AccessControl there?)", role, who, addr, err)
	}
	return v[0].(bool), nil
}

// mustPack packs a call whose arguments the caller built from the ABI's own types.
func mustPack(a *abi.ABI, method string, args ...any) []byte {
	data, err := a.Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("pack %s: %v", method, err))
	}
	return data
}

func contains(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// grantBetween grants the roles contracts hold on each other (Step.Grants) that are not
// held yet, sent together and then awaited. The deploying key must still be the admin of
// the contract granting; where it is not (a governed deployment), the grant is the
// council's, and a warning names the command that proposes it.
func grantBetween(ctx context.Context, s *txsend.Sender, addrs Addresses, log *slog.Logger) error {
	type sent struct {
		what string
		p    *txsend.Pending
	}
	var pending []sent
	var errs []error
	for _, st := range Steps() {
		holder, ok := addrs[st.Name]
		for _, g := range st.Grants {
			on, deployed := addrs[g.On]
			target, known := stepByName(g.On)
			if !ok || !deployed || !known {
				continue
			}
			a, err := target.Meta.GetAbi()
			if err != nil {
				return fmt.Errorf("ABI of %s: %w", g.On, err)
			}
			if has, err := hasRoleOn(ctx, s.Backend(), on, a, g.Role, holder); err != nil || has {
				errs = append(errs, err)
				continue
			}
			what := fmt.Sprintf("grant %s of %s to %s", g.Role, g.On, st.Name)
			if admin, err := hasRoleOn(ctx, s.Backend(), on, a, DefaultAdminRole, s.From()); err != nil || !admin {
				// A governed contract grants through the council; the deployment itself
				// stands, so this is said, not failed on.
				errs = append(errs, err)
				log.Warn("Grant needed from the council", "grant", what, "why", s.From().Hex()+" does not administer "+g.On,
					"propose", fmt.Sprintf("seoulchain gov propose grant %s %s %s", g.On, g.Role, holder.Hex()))
				continue
			}
			p, err := s.Start(ctx, txsend.Candidate{To: &on, Data: mustPack(a, "grantRole", RoleID(g.Role), holder)})
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", what, err))
				break
			}
			pending = append(pending, sent{what, p})
		}
	}
	for _, x := range pending {
		rcpt, err := s.Wait(ctx, x.p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", x.what, err))
			continue
		}
		log.Info("Granted", "action", x.what, "tx", rcpt.TxHash)
	}
	return errors.Join(errs...)
}
