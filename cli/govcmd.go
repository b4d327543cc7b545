package cli

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/citycouncil"
	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// proposalStates are CityCouncil.ProposalState's names.
var proposalStates = []string{"unknown", "awaiting approvals", "waiting (delay)", "ready", "executed", "cancelled"}

func govCommand() *cli.Command {
	flags := []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}
	proposeFlags := flags // and the global --salt
	return &cli.Command{
		Name:  "gov",
		Usage: "city council operations: propose, approve, cancel, execute, list, upgrade",
		Description: `Every admin action on the platform's contracts is a council operation (CityCouncil in
the address book): a member proposes it, k of the n members approve it (the proposal
counts as the proposer's approval), the delay passes, and anyone executes it. Any member
may cancel it until it runs. OPERATION is the id 'gov propose' prints and 'gov list' shows.`,
		Subcommands: []*cli.Command{
			{
				Name:  "propose",
				Usage: "propose an admin action",
				Subcommands: []*cli.Command{
					{Name: "grant", Usage: "grant ROLE of CONTRACT to ADDRESS", ArgsUsage: "CONTRACT ROLE ADDRESS", Flags: proposeFlags, Action: govProposeRole("grantRole")},
					{Name: "revoke", Usage: "revoke ROLE of CONTRACT from ADDRESS", ArgsUsage: "CONTRACT ROLE ADDRESS", Flags: proposeFlags, Action: govProposeRole("revokeRole")},
					{Name: "unpause", Usage: "unpause CONTRACT (pausing is the emergency role's, at once)", ArgsUsage: "CONTRACT", Flags: proposeFlags, Action: govProposeUnpause},
					{Name: "set-forwarder", Usage: "point CONTRACT to a new trusted forwarder", ArgsUsage: "CONTRACT ADDRESS", Flags: proposeFlags, Action: govProposeForwarder},
					{Name: "call", Usage: "any call: CONTRACT (a name in the address book or an address) and its 0x calldata", ArgsUsage: "CONTRACT DATA", Flags: proposeFlags, Action: govProposeCall},
				},
			},
			{
				Name:      "upgrade",
				Usage:     "deploy a new implementation of CONTRACT from this build and propose the upgrade",
				ArgsUsage: "CONTRACT",
				Flags:     proposeFlags,
				Description: `Deploys the implementation of CONTRACT compiled into this binary (with the same
constructor arguments as the deployed one) and proposes upgradeToAndCall on its proxy.
Run the storage-layout check (make test) before: the baseline in contracts/layout is what
the deployed proxy holds.`,
				Action: govUpgrade,
			},
			{Name: "approve", Usage: "approve an operation (as a member)", ArgsUsage: "OPERATION", Flags: flags, Action: govSend("approve", "approve operation %s")},
			{Name: "cancel", Usage: "cancel an operation before it runs (as a member)", ArgsUsage: "OPERATION", Flags: flags, Action: govSend("cancel", "cancel operation %s")},
			{Name: "execute", Usage: "execute an operation whose delay is over (anyone)", ArgsUsage: "OPERATION", Flags: flags, Action: govExecute},
			{Name: "list", Usage: "list the operations with their state and decoded calls", ArgsUsage: " ", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: govList},
		},
	}
}

func councilABI() *abi.ABI { return cmdkit.CouncilABI() }

// target resolves CONTRACT: a name of the address book, with its ABI, or a bare address.
func target(c *cli.Context, book deploy.Addresses, name string) (common.Address, *abi.ABI, error) {
	if addr, ok := book[name]; ok {
		for _, st := range deploy.Steps() {
			if st.Name == name {
				return addr, cmdkit.MustABI(st.Meta), nil
			}
		}
		if name == deploy.CityCouncil {
			return addr, councilABI(), nil
		}
		return addr, nil, nil
	}
	if common.IsHexAddress(name) {
		return common.HexToAddress(name), nil, nil
	}
	return common.Address{}, nil, cmdkit.Usagef("%w: %q is neither in the address book nor an address", deploy.ErrUnknownContract, name)
}

// propose proposes one call to the council (cmdkit.Propose: simulated as the council will
// run it, then proposed) and prints the operation id.
func propose(c *cli.Context, tc *cmdkit.Tx, to common.Address, data []byte, what string) error {
	return cmdkit.Propose(c, tc, to, data, what)
}

// withProposal opens a sender, reads the address book, and proposes what build returns.
func withProposal(c *cli.Context, build func(tc *cmdkit.Tx, book deploy.Addresses) (common.Address, []byte, string, error)) error {
	tc, err := cmdkit.OpenTx(c)
	if err != nil {
		return err
	}
	defer tc.Close()
	book, _, err := cmdkit.AddressBook(c, tc.G)
	if err != nil {
		return err
	}
	to, data, what, err := build(tc, book)
	if err != nil {
		return err
	}
	return propose(c, tc, to, data, what)
}

func govProposeRole(method string) cli.ActionFunc {
	return func(c *cli.Context) error {
		if err := cmdkit.ExactArgs(c, "CONTRACT", "ROLE", "ADDRESS"); err != nil {
			return err
		}
		name, role := c.Args().Get(0), c.Args().Get(1)
		who, err := genesis.ParseAddress(c.Args().Get(2))
		if err != nil {
			return cmdkit.Usagef("ADDRESS: %w", err)
		}
		return withProposal(c, func(_ *cmdkit.Tx, book deploy.Addresses) (common.Address, []byte, string, error) {
			to, a, err := target(c, book, name)
			if err != nil {
				return to, nil, "", err
			}
			if a == nil || a.Methods["hasRole"].ID == nil {
				return to, nil, "", cmdkit.Usagef("%s has no roles", name)
			}
			if _, ok := a.Methods[role]; !ok && role != deploy.DefaultAdminRole {
				return to, nil, "", cmdkit.Usagef("%s has no role %q", name, role)
			}
			verb := map[string]string{"grantRole": "grant", "revokeRole": "revoke"}[method]
			return to, cmdkit.MustPack(a, method, deploy.RoleID(role), who), fmt.Sprintf("%s %s of %s to %s", verb, role, name, who.Hex()), nil
		})
	}
}

func govProposeUnpause(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "CONTRACT"); err != nil {
		return err
	}
	name := c.Args().First()
	return withProposal(c, func(_ *cmdkit.Tx, book deploy.Addresses) (common.Address, []byte, string, error) {
		to, a, err := target(c, book, name)
		if err == nil && (a == nil || a.Methods["unpause"].ID == nil) {
			err = cmdkit.Usagef("%s cannot be paused", name)
		}
		if err != nil {
			return to, nil, "", err
		}
		return to, cmdkit.MustPack(a, "unpause"), "unpause " + name, nil
	})
}

func govProposeForwarder(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "CONTRACT", "ADDRESS"); err != nil {
		return err
	}
	name := c.Args().First()
	fwd, err := genesis.ParseAddress(c.Args().Get(1))
	if err != nil {
		return cmdkit.Usagef("ADDRESS: %w", err)
	}
	return withProposal(c, func(_ *cmdkit.Tx, book deploy.Addresses) (common.Address, []byte, string, error) {
		to, a, err := target(c, book, name)
		if err == nil && (a == nil || a.Methods["setTrustedForwarder"].ID == nil) {
			err = cmdkit.Usagef("%s has no trusted forwarder", name)
		}
		if err != nil {
			return to, nil, "", err
		}
		return to, cmdkit.MustPack(a, "setTrustedForwarder", fwd), fmt.Sprintf("point %s to the forwarder %s", name, fwd.Hex()), nil
	})
}

func govProposeCall(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "CONTRACT", "DATA"); err != nil {
		return err
	}
	data, err := hexutil.Decode(c.Args().Get(1))
	if err != nil || len(data) < 4 {
		return cmdkit.Usagef("DATA %q: want 0x calldata (a 4-byte selector and its arguments)", c.Args().Get(1))
	}
	return withProposal(c, func(_ *cmdkit.Tx, book deploy.Addresses) (common.Address, []byte, string, error) {
		to, a, err := target(c, book, c.Args().First())
		if err != nil {
			return to, nil, "", err
		}
		return to, data, "call " + decodeCall(a, data), nil
	})
}

func govUpgrade(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "CONTRACT"); err != nil {
		return err
	}
	name := c.Args().First()
	if _, err := deploy.UpgradeCall(name, common.Address{}); err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	return withProposal(c, func(tc *cmdkit.Tx, book deploy.Addresses) (common.Address, []byte, string, error) {
		proxy, ok := book[name]
		if !ok {
			return proxy, nil, "", cmdkit.Usagef("%s is not in the address book", name)
		}
		if c.Bool(cmdkit.DryRunFlag.Name) {
			// The upgrade call needs the implementation's address: simulate against the
			// current one, which has the same interface.
			impl, err := deploy.ImplementationOf(c.Context, tc.EC, proxy)
			if err != nil {
				return proxy, nil, "", err
			}
			data, err := deploy.UpgradeCall(name, impl)
			return proxy, data, "upgrade " + name + " (dry run: to the current implementation)", err
		}
		r, err := deploy.DeployImplementation(c.Context, tc.Sender, name, book)
		if err != nil {
			return proxy, nil, "", cmdkit.ExplainRevert(err)
		}
		impl := *r.ContractAddress
		fmt.Fprintf(c.App.ErrWriter, "Deployed a new implementation of %s at %s (tx %s)\n", name, impl.Hex(), r.TxHash.Hex())
		data, err := deploy.UpgradeCall(name, impl)
		return proxy, data, fmt.Sprintf("upgrade %s to %s", name, impl.Hex()), err
	})
}

// operationArg parses OPERATION, a 32-byte hex id.
func operationArg(c *cli.Context) ([32]byte, error) {
	var id [32]byte
	if err := cmdkit.ExactArgs(c, "OPERATION"); err != nil {
		return id, err
	}
	b, err := hexutil.Decode(c.Args().First())
	if err != nil || len(b) != 32 {
		return id, cmdkit.Usagef("OPERATION %q: want the 32-byte 0x id that 'gov propose' printed", c.Args().First())
	}
	copy(id[:], b)
	return id, nil
}

func govSend(method, action string) cli.ActionFunc {
	return func(c *cli.Context) error {
		id, err := operationArg(c)
		if err != nil {
			return err
		}
		return cmdkit.Send(c, deploy.CityCouncil, councilABI(), fmt.Sprintf(action, common.Hash(id).Hex()), method, id)
	}
}

// govExecute executes the operation and then records, for an upgrade, the proxies' new
// implementations in the address book.
func govExecute(c *cli.Context) error {
	id, err := operationArg(c)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.CityCouncil, councilABI(), func(tx *cmdkit.Tx) error {
		if err := tx.Send(c, "execute operation "+common.Hash(id).Hex(), "executeProposal", id); err != nil || c.Bool(cmdkit.DryRunFlag.Name) {
			return err
		}
		book, record, err := cmdkit.AddressBook(c, tx.G)
		if err != nil {
			return err
		}
		changed := false
		for _, st := range deploy.Steps() {
			proxy, ok := book[st.Name]
			if !ok || !st.Upgradeable() {
				continue
			}
			impl, err := deploy.ImplementationOf(c.Context, tx.EC, proxy)
			if err != nil {
				return err
			}
			if book[deploy.Impl(st.Name)] != impl {
				book[deploy.Impl(st.Name)], changed = impl, true
			}
		}
		if changed {
			return record(book)
		}
		return nil
	})
}

// opView is one operation as `gov list` prints it.
type opView struct {
	ID        common.Hash    `json:"id"`
	State     string         `json:"state"`
	Proposer  common.Address `json:"proposer"`
	Approvals uint64         `json:"approvals"`
	Threshold uint64         `json:"threshold"`
	ReadyAt   uint64         `json:"readyAt,omitempty"`
	Calls     []string       `json:"calls"`
}

func govList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	r, err := cmdkit.OpenReader(c, deploy.CityCouncil)
	if err != nil {
		return err
	}
	defer r.Close()
	book, _, err := cmdkit.AddressBook(c, r.G)
	if err != nil {
		return err
	}
	council, err := citycouncil.NewCityCouncilCaller(r.Addr, r.EC)
	if err != nil {
		return err
	}
	opts := cmdkit.CallOpts(c)
	n, err := council.ProposalCount(opts)
	if err != nil {
		return fmt.Errorf("read the council at %s: %w", r.Addr, err)
	}
	threshold, err := council.Threshold(opts)
	if err != nil {
		return err
	}
	names := map[common.Address]string{}
	for name, a := range book {
		names[a] = name
	}
	ops := []opView{}
	for i := int64(0); i < n.Int64(); i++ {
		id, err := council.ProposalAt(opts, big.NewInt(i))
		if err != nil {
			return err
		}
		p, err := council.Proposal(opts, id)
		if err != nil {
			return err
		}
		v := opView{ID: id, State: proposalStates[p.State], Proposer: p.Proposer, Approvals: p.Approvals.Uint64(), Threshold: threshold.Uint64(), ReadyAt: p.ReadyAt.Uint64()}
		for j, to := range p.Targets {
			_, a, _ := target(c, book, names[to])
			label := names[to]
			if label == "" {
				label = to.Hex()
			}
			v.Calls = append(v.Calls, label+"."+decodeCall(a, p.Payloads[j]))
		}
		ops = append(ops, v)
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, ops)
	}
	if len(ops) == 0 {
		_, err := fmt.Fprintln(c.App.Writer, "No operations.")
		return err
	}
	t := &cmdkit.Table{}
	t.Add("OPERATION", "STATE", "APPROVALS", "READY AT", "CALLS")
	for _, o := range ops {
		ready := "-"
		if o.ReadyAt > 0 {
			ready = time.Unix(int64(o.ReadyAt), 0).UTC().Format(time.RFC3339)
		}
		t.Add(o.ID.Hex(), o.State, fmt.Sprintf("%d/%d", o.Approvals, o.Threshold), ready, strings.Join(o.Calls, "; "))
	}
	return t.Write(c.App.Writer)
}

// decodeCall renders calldata as method(arg, ...) with a's method, or as hex.
func decodeCall(a *abi.ABI, data []byte) string {
	if a != nil && len(data) >= 4 {
		if m, err := a.MethodById(data[:4]); err == nil {
			if args, err := m.Inputs.Unpack(data[4:]); err == nil {
				parts := make([]string, len(args))
				for i, v := range args {
					switch x := v.(type) {
					case [32]byte:
						parts[i] = roleName(a, x)
					case common.Address:
						parts[i] = x.Hex()
					case []byte:
						parts[i] = hexutil.Encode(x)
					default:
						parts[i] = fmt.Sprint(x)
					}
				}
				return m.Name + "(" + strings.Join(parts, ", ") + ")"
			}
		}
	}
	return hexutil.Encode(data)
}

// roleName names a bytes32 argument that is one of a's roles, or prints it in hex.
func roleName(a *abi.ABI, v [32]byte) string {
	for name := range a.Methods {
		if strings.HasSuffix(name, "_ROLE") && deploy.RoleID(name) == common.Hash(v) {
			return name
		}
	}
	if v == [32]byte{} {
		return deploy.DefaultAdminRole
	}
	return common.Hash(v).Hex()
}
