package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// councilFileFlag names the council file of `contracts deploy`.
var councilFileFlag = &cli.StringFlag{
	Name:  "council",
	Usage: "after deploying, hand every contract to the city council described in this JSON `FILE`",
}

func contractsCommand() *cli.Command {
	return &cli.Command{
		Name:  "contracts",
		Usage: "deploy the platform's contracts and list their addresses",
		Subcommands: []*cli.Command{
			{
				Name:      "deploy",
				Usage:     "deploy contracts (all by default) that the address book does not have yet",
				ArgsUsage: "[NAME ...]",
				Flags:     []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag, councilFileFlag},
				Description: `Deploys the named contracts, and the contracts they depend on, from the sending account
(--keystore/--from or --devnet), in dependency order. Each deployment is simulated first;
one that would revert is reported by the contract's error and nothing is sent. Each
address is written to the address book as soon as its deployment is mined, so running
the command again after an interruption deploys only what is missing. An upgradeable
contract is deployed as its implementation (recorded as NAME.impl) and a proxy (NAME).

--council FILE then hands the contracts to a city council (CityCouncil, recorded in the
address book): FILE is JSON {"members": ["0x…"], "threshold": k, "delaySeconds": 172800,
"emergency": ["0x…"], "operators": {"KRWToken": {"ISSUER_ROLE": ["0xBank…"]}}}. The
council gets every admin role (and the pauser roles, for its emergency pause), the
operators their roles, and the deploying key renounces all of its own. Without --council
the deploying key keeps every role (tests, a devnet).

--dry-run simulates every deployment, with the addresses they would get, and sends
nothing.`,
				Action: contractsDeploy,
			},
			{
				Name:      "grant",
				Usage:     "grant a role of a contract to an account (the contract's admin)",
				ArgsUsage: "CONTRACT ROLE ADDRESS",
				Flags:     []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Description: `Grants ROLE (for example ISSUER_ROLE, PAUSER_ROLE, CLIENT_ROLE or DEFAULT_ADMIN_ROLE) of
CONTRACT (its name in the address book, for example KRWToken) to ADDRESS: the bank gets
the KRW token's ISSUER_ROLE, each city department the escrow's CLIENT_ROLE.`,
				Action: contractsRole("grantRole"),
			},
			{
				Name:      "revoke",
				Usage:     "revoke a role of a contract from an account (the contract's admin)",
				ArgsUsage: "CONTRACT ROLE ADDRESS",
				Flags:     []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Action:    contractsRole("revokeRole"),
			},
			{
				Name:      "roles",
				Usage:     "list who holds which role in every contract",
				ArgsUsage: " ",
				Flags:     []cli.Flag{cmdkit.AddressBookFlag},
				Description: `Lists, for every contract of the address book, each role and its holders, with the
address book's name of a holder that is one of the contracts (CityCouncil: the council).
Holders are found from the contracts' RoleGranted events and checked with hasRole.`,
				Action: contractsRoles,
			},
			{
				Name:      "list",
				Usage:     "list the deployable contracts and their addresses in the address book",
				ArgsUsage: " ",
				Flags:     []cli.Flag{cmdkit.AddressBookFlag},
				Action:    contractsList,
			},
		},
	}
}

func contractsDeploy(c *cli.Context) error {
	if err := cmdkit.CheckArgs(c, "[NAME ...]"); err != nil {
		return err
	}
	names := c.Args().Slice()
	if len(names) == 0 {
		names = deploy.All()
	}
	tc, err := cmdkit.OpenTx(c)
	if err != nil {
		return err
	}
	defer tc.Close()
	g, ctx, sender := tc.G, c.Context, tc.Sender
	have, record, err := cmdkit.AddressBook(c, g)
	if err != nil {
		return err
	}
	var council *deploy.Council
	if path := c.String(councilFileFlag.Name); path != "" {
		if council, err = deploy.ReadCouncil(path); err != nil {
			return &cmdkit.UsageError{Err: err}
		}
	}
	if c.Bool(cmdkit.DryRunFlag.Name) {
		planned, err := deploy.Simulate(ctx, sender, names, have)
		if err != nil {
			return usageIfUnknown(err)
		}
		if g.JSON {
			return cmdkit.PrintJSON(c.App.Writer, map[string]any{"dryRun": true, "planned": planned})
		}
		if len(planned) == 0 {
			_, err := fmt.Fprintln(c.App.Writer, "Nothing to deploy: every contract is in the address book and has code.")
			return err
		}
		t := &cmdkit.Table{}
		t.Add("CONTRACT", "WOULD BE AT", "GAS")
		for _, p := range planned {
			t.Add(p.Name, p.Address.Hex(), p.Gas)
		}
		if err := t.Write(c.App.Writer); err != nil {
			return err
		}
		if council != nil {
			fmt.Fprintf(c.App.Writer, "Then: hand every contract to a council of %d members (%d of %d, delay %d s) and renounce the deploying key's roles.\n",
				len(council.Members), council.Threshold, len(council.Members), council.DelaySeconds)
		}
		_, err = fmt.Fprintln(c.App.Writer, "Dry run: simulated, nothing sent.")
		return err
	}
	addrs, done, err := deploy.Deploy(ctx, sender, names, have, record, tc.Log)
	if err != nil {
		return usageIfUnknown(err)
	}
	var governed []deploy.Action
	if council != nil {
		if addrs, governed, err = deploy.Govern(ctx, sender, addrs, council, false, record, tc.Log); err != nil {
			return cmdkit.ExplainRevert(err)
		}
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"deployed": done, "addresses": addrs, "governance": governed})
	}
	if len(done) == 0 && len(governed) == 0 {
		_, err := fmt.Fprintln(c.App.Writer, "Nothing to deploy: every contract is in the address book and has code.")
		return err
	}
	for _, d := range done {
		if d.Implementation != nil {
			fmt.Fprintf(c.App.Writer, "Deployed the implementation of %s at %s\n", d.Name, d.Implementation.ContractAddress.Hex())
			if err := cmdkit.PrintReceipt(c.App.Writer, d.Implementation); err != nil {
				return err
			}
		}
		fmt.Fprintf(c.App.Writer, "Deployed %s at %s\n", d.Name, d.Receipt.ContractAddress.Hex())
		if err := cmdkit.PrintReceipt(c.App.Writer, d.Receipt); err != nil {
			return err
		}
	}
	for _, a := range governed {
		fmt.Fprintf(c.App.Writer, "Done: %s\n", a.Action)
		if err := cmdkit.PrintReceipt(c.App.Writer, a.Receipt); err != nil {
			return err
		}
	}
	return nil
}

func usageIfUnknown(err error) error {
	if errors.Is(err, deploy.ErrUnknownContract) {
		return &cmdkit.UsageError{Err: err}
	}
	return err
}

func contractsList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	have, _, err := cmdkit.AddressBook(c, g)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(c.Context)
	defer cancel()
	rc, ec, err := g.Dial(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	type row struct {
		Name    string `json:"name"`
		Address string `json:"address,omitempty"`
		HasCode bool   `json:"hasCode"`
	}
	var rows []row
	for _, name := range deploy.All() {
		r := row{Name: name}
		if a, ok := have[name]; ok {
			r.Address = a.Hex()
			code, err := ec.CodeAt(ctx, a, nil)
			if err != nil {
				return fmt.Errorf("read code at %s: %w", a, err)
			}
			r.HasCode = len(code) > 0
		}
		rows = append(rows, r)
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rows)
	}
	t := &cmdkit.Table{}
	t.Add("CONTRACT", "ADDRESS", "STATE")
	for _, r := range rows {
		state := "deployed"
		switch {
		case r.Address == "":
			r.Address, state = "-", "not deployed"
		case !r.HasCode:
			state = "NO CODE at this address (stale address book?)"
		}
		t.Add(r.Name, r.Address, state)
	}
	return t.Write(c.App.Writer)
}

func contractsRole(method string) cli.ActionFunc {
	return func(c *cli.Context) error {
		if err := cmdkit.ExactArgs(c, "CONTRACT", "ROLE", "ADDRESS"); err != nil {
			return err
		}
		name, role := c.Args().Get(0), c.Args().Get(1)
		if !strings.HasSuffix(role, "_ROLE") {
			return cmdkit.Usagef("ROLE %q: want a role name such as ISSUER_ROLE or CLIENT_ROLE", role)
		}
		who, err := genesis.ParseAddress(c.Args().Get(2))
		if err != nil {
			return cmdkit.Usagef("ADDRESS: %w", err)
		}
		var meta *bind.MetaData
		for _, st := range deploy.Steps() {
			if st.Name == name {
				meta = st.Meta
			}
		}
		if meta == nil {
			return cmdkit.Usagef("%w: %q (known: %v)", deploy.ErrUnknownContract, name, deploy.All())
		}
		a, err := meta.GetAbi()
		if err != nil {
			return err
		}
		if _, ok := a.Methods[method]; !ok {
			return cmdkit.Usagef("%s has no roles", name)
		}
		tc, addr, err := cmdkit.OpenTxFor(c, name)
		if err != nil {
			return err
		}
		defer tc.Close()
		action := fmt.Sprintf("grant %s of %s to %s", role, name, who.Hex())
		if method == "revokeRole" {
			action = fmt.Sprintf("revoke %s of %s from %s", role, name, who.Hex())
		}
		return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(a, method, deploy.RoleID(role), who), action)
	}
}

// roleRow is one holder of one role of one contract.
type roleRow struct {
	Contract   string         `json:"contract"`
	Address    common.Address `json:"address"`
	Role       string         `json:"role"`
	Holder     common.Address `json:"holder"`
	HolderName string         `json:"holderName,omitempty"`
}

func contractsRoles(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	have, _, err := cmdkit.AddressBook(c, g)
	if err != nil {
		return err
	}
	rc, ec, err := g.Dial(c.Context)
	if err != nil {
		return err
	}
	defer rc.Close()
	names := map[common.Address]string{}
	for name, a := range have {
		names[a] = name
	}
	rows := []roleRow{}
	for _, st := range deploy.Steps() {
		addr, ok := have[st.Name]
		if !ok {
			continue
		}
		roles, err := st.Roles()
		if err != nil || len(roles) == 0 {
			continue
		}
		a := cmdkit.MustABI(st.Meta)
		logs, err := ec.FilterLogs(c.Context, ethereum.FilterQuery{Addresses: []common.Address{addr}, Topics: [][]common.Hash{{a.Events["RoleGranted"].ID}}})
		if err != nil {
			return fmt.Errorf("read the role grants of %s: %w", st.Name, err)
		}
		for _, role := range roles {
			id, seen := deploy.RoleID(role), map[common.Address]bool{}
			for _, l := range logs {
				if len(l.Topics) < 3 || l.Topics[1] != id {
					continue
				}
				who := common.BytesToAddress(l.Topics[2].Bytes())
				if seen[who] {
					continue
				}
				seen[who] = true
				holds, err := deploy.HasRole(c.Context, ec, addr, st.Name, role, who)
				if err != nil {
					return err
				}
				if holds {
					rows = append(rows, roleRow{Contract: st.Name, Address: addr, Role: role, Holder: who, HolderName: names[who]})
				}
			}
		}
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rows)
	}
	t := &cmdkit.Table{}
	t.Add("CONTRACT", "ROLE", "HOLDER", "")
	for _, r := range rows {
		t.Add(r.Contract, r.Role, r.Holder.Hex(), r.HolderName)
	}
	return t.Write(c.App.Writer)
}
