package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

func contractsCommand() *cli.Command {
	return &cli.Command{
		Name:  "contracts",
		Usage: "deploy the platform's contracts and list their addresses",
		Subcommands: []*cli.Command{
			{
				Name:      "deploy",
				Usage:     "deploy contracts (all by default) that the address book does not have yet",
				ArgsUsage: "[NAME ...]",
				Flags:     []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Description: `Deploys the named contracts, and the contracts they depend on, from the sending account
(--keystore/--from or --devnet), in dependency order. Each deployment is simulated first;
one that would revert is reported by the contract's error and nothing is sent. Each
address is written to the address book as soon as its deployment is mined, so running
the command again after an interruption deploys only what is missing.

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
		_, err = fmt.Fprintln(c.App.Writer, "Dry run: simulated, nothing sent.")
		return err
	}
	addrs, done, err := deploy.Deploy(ctx, sender, names, have, record, tc.Log)
	if err != nil {
		return usageIfUnknown(err)
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"deployed": done, "addresses": addrs})
	}
	if len(done) == 0 {
		_, err := fmt.Fprintln(c.App.Writer, "Nothing to deploy: every contract is in the address book and has code.")
		return err
	}
	for _, d := range done {
		fmt.Fprintf(c.App.Writer, "Deployed %s at %s\n", d.Name, d.Receipt.ContractAddress.Hex())
		if err := cmdkit.PrintReceipt(c.App.Writer, d.Receipt); err != nil {
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

// roleID is the AccessControl role id of a role name: DEFAULT_ADMIN_ROLE is zero, every
// other role the keccak256 of its name.
func roleID(name string) common.Hash {
	if name == "DEFAULT_ADMIN_ROLE" {
		return common.Hash{}
	}
	return crypto.Keccak256Hash([]byte(name))
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
		return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(a, method, roleID(role), who), action)
	}
}
