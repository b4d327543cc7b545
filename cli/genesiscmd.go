package cli

import (
	"errors"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

func genesisCommand() *cli.Command {
	return &cli.Command{
		Name:  "genesis",
		Usage: "create the genesis file of a city network",
		Subcommands: []*cli.Command{{
			Name:      "new",
			Usage:     "write a Clique genesis file",
			ArgsUsage: " ",
			Flags:     []cli.Flag{SpecFlag, ChainIDFlag, PeriodFlag, EpochFlag, GasLimitFlag, TimestampFlag, SignerAddrFlag, AllocFlag, OutFlag, ForceFlag},
			Description: `Writes the genesis of a seoulchain network: a Clique proof-of-authority chain whose
signers are the city agencies' nodes, with every Ethereum fork up to London active from
block 0 and none after (geth v1.13.15's Clique cannot run Shanghai or later).

The file is what 'seoulchain node init' and stock 'geth init' (v1.13.15) read. Give the
settings as flags, as a spec file (--spec), or both (flags override the file):

   {"chainId": 820001, "period": 1, "epoch": 30000, "gasLimit": 100000000,
    "signers": ["0x…", "0x…", "0x…"], "alloc": {"0x…": "1000000"}}

Alloc amounts are in ether (the chain's native coin, only used for gas). Every problem
is reported before anything is written: no signer, a duplicate or malformed address, a
period of 0, a gas limit too low to deploy a contract, a public network's chain ID, a
missing output directory. The file is written whole or not at all.

Example:
   seoulchain genesis new --signer 0xA… --signer 0xB… --signer 0xC… \
       --alloc 0xD…=1000000 --out genesis.json`,
			Action: genesisNew,
		}},
	}
}

func genesisNew(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	spec := genesis.DefaultSpec()
	if path := c.String(SpecFlag.Name); path != "" {
		s, err := genesis.LoadSpec(path)
		if err != nil {
			return &cmdkit.UsageError{Err: err}
		}
		spec = s
	}
	for _, f := range []struct {
		flag *cli.Uint64Flag
		dst  *uint64
	}{{ChainIDFlag, &spec.ChainID}, {PeriodFlag, &spec.Period}, {EpochFlag, &spec.Epoch}, {GasLimitFlag, &spec.GasLimit}, {TimestampFlag, &spec.Timestamp}} {
		if c.IsSet(f.flag.Name) {
			*f.dst = c.Uint64(f.flag.Name)
		}
	}
	for _, s := range c.StringSlice(SignerAddrFlag.Name) {
		a, err := genesis.ParseAddress(s)
		if err != nil {
			return cmdkit.Usagef("--signer: %w", err)
		}
		spec.Signers = append(spec.Signers, a)
	}
	for _, s := range c.StringSlice(AllocFlag.Name) {
		a, err := genesis.ParseAlloc(s)
		if err != nil {
			return cmdkit.Usagef("--alloc: %w", err)
		}
		spec.Alloc = append(spec.Alloc, a)
	}
	g, err := spec.Genesis()
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	out := c.String(OutFlag.Name)
	if out == "-" {
		data, err := genesis.Marshal(g)
		if err != nil {
			return err
		}
		_, err = c.App.Writer.Write(data)
		return err
	}
	if err := genesis.Write(out, g, c.Bool(ForceFlag.Name)); err != nil {
		if errors.Is(err, genesis.ErrOutputDir) || errors.Is(err, genesis.ErrExists) {
			return &cmdkit.UsageError{Err: err}
		}
		return err
	}
	hash := g.ToBlock().Hash()
	if c.Bool(cmdkit.JSONFlag.Name) {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"file": out, "genesisHash": hash, "chainId": spec.ChainID, "signers": spec.Signers})
	}
	return cmdkit.KeyValues(c.App.Writer,
		[2]string{"Wrote", out},
		[2]string{"Chain ID", cmdkit.FormatUint(spec.ChainID)},
		[2]string{"Genesis hash", hash.Hex()},
		[2]string{"Signers", cmdkit.FormatUint(uint64(len(spec.Signers)))},
		[2]string{"Next", "seoulchain node init --genesis " + out + " --datadir DIR   (on each node)"},
	)
}
