package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/services"
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:      "devnet",
		Usage:     "run a local multi-signer network with the contracts deployed",
		ArgsUsage: " ",
		Flags:     []cli.Flag{DevnetDataDirFlag, ResetFlag, DevnetSignersFlag, DevnetHTTPPortFlag, DevnetP2PPortFlag, DevnetArchiveFlag, DevnetRelayerPortFlag, ChainIDFlag, PeriodFlag},
		Description: `Runs a local seoulchain network in this process until Ctrl-C: signer nodes peered over
127.0.0.1, the platform's contracts deployed from a funded staff account.

The first start creates --datadir (default ./.devnet): keystores and password files for
each signer and for the staff account, a genesis, one data directory per node. Later
starts resume the same chain and deploy only what is missing; --reset starts over. The
nodes keep every block's state on disk as they write the block (archive mode), so a
devnet killed outright (SIGKILL, a crash) resumes with its contracts and latest blocks.
An archive devnet's disk grows with every block that changes state, never shrinking;
--reset gives it back. --archive=false keeps recent state in memory as a node does:
less disk, but a devnet killed outright rewinds to the state last written (the genesis
for a young one), its contracts gone; Ctrl-C still stops it cleanly.

Node 1 serves HTTP JSON-RPC on 127.0.0.1:8545 and WebSocket on 127.0.0.1:8546; node i
uses 8545+2(i-1) and the port above it. The relayer (the same service as
seoulchain-relayer) serves on 127.0.0.1:8600 with its own funded keys, hands each
transaction to every node (so the signer in turn has it), and keeps its journal in
DATADIR/relayer; settings it cannot guess (issuing systems' tokens) go in an optional
DATADIR/relayer.toml. Everything is described in DATADIR/devnet.json, which other commands
read with --devnet DATADIR.`,
		Action: devnetRun,
		Subcommands: []*cli.Command{{
			Name: "fund", Usage: "send gas from the devnet's staff account to test keys", ArgsUsage: "ADDRESS...",
			Description: `Sends --amount ETH (default 10) from the staff account of --devnet DIR to each ADDRESS
and each address of --file, one transfer each, so that keys made with 'seoulchain account
new' can send transactions. Every address is checked first: a malformed or repeated one
sends nothing; each transfer is simulated, and the staff account's balance checked against
the total with the fees, before any is sent. An address funded before gets --amount more.

The transfers are handed to the node together, then waited for. If a wait fails (Ctrl-C,
a node that stops answering), the error lists the addresses funded, those not sent, and
those sent but not seen mined, with their transactions: these may still be mined, so
check them with --balances (which prints each address's balance and sends nothing)
before funding them again.`,
			Flags:  []cli.Flag{FundAmountFlag, FundFileFlag, FundBalancesFlag},
			Action: devnetFund,
		}},
	}
}

func devnetRun(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	log, err := cmdkit.SetupLogging(c, "info")
	if err != nil {
		return err
	}
	// Clique logs a routine "signed recently, must wait for others" at WARN every block or two
	// on a small network; --log.geth warn shows it.
	if err := cmdkit.SetupGethLogging(c, "error"); err != nil {
		return err
	}
	cfg := devnetConfig(c)
	if c.Bool(ResetFlag.Name) {
		if err := devnet.Reset(cfg.DataDir); err != nil {
			return err
		}
		log.Info("Removed the devnet", "datadir", cfg.DataDir)
	}
	nw, err := devnet.New(cfg, log)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	startErr := nw.Start(ctx)
	var rel *relayer.Service
	if startErr == nil && c.Int(DevnetRelayerPortFlag.Name) != 0 {
		rel, startErr = startDevnetRelayer(ctx, nw, cfg.DataDir, c.Int(DevnetRelayerPortFlag.Name), log)
	}
	if startErr == nil {
		startErr = nw.Ready()
	}
	if startErr == nil {
		if err := printDevnet(c, cfg.DataDir, nw.Info()); err != nil {
			startErr = err
		} else {
			<-ctx.Done()
			log.Info("Stopping the devnet")
		}
	}
	stopCtx, cancel := context.WithTimeout(context.Background(), stopTimeout)
	defer cancel()
	if errors.Is(startErr, devnet.ErrNotDevnet) {
		startErr = &cmdkit.UsageError{Err: startErr}
	}
	var relErr error
	if rel != nil {
		relErr = rel.Stop(stopCtx)
	}
	return errors.Join(startErr, relErr, nw.Stop(stopCtx))
}

// devnetConfig is the devnet's configuration from devnet's flags.
func devnetConfig(c *cli.Context) devnet.Config {
	cfg := devnet.DefaultConfig()
	cfg.DataDir = c.String(DevnetDataDirFlag.Name)
	cfg.Signers = c.Int(DevnetSignersFlag.Name)
	cfg.HTTPPort = c.Int(DevnetHTTPPortFlag.Name)
	cfg.P2PPort = c.Int(DevnetP2PPortFlag.Name)
	cfg.ChainID = c.Uint64(ChainIDFlag.Name)
	cfg.Period = c.Uint64(PeriodFlag.Name)
	cfg.Archive = c.Bool(DevnetArchiveFlag.Name)
	// devnet.json says deploying until the relayer serves too: a citizen's command in
	// between would otherwise send directly, without the relayer.
	cfg.HoldReady = true
	return cfg
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// startDevnetRelayer runs the relayer in this process with the devnet's settings.
func startDevnetRelayer(ctx context.Context, nw *devnet.Network, dir string, port int, log *slog.Logger) (*relayer.Service, error) {
	cfg := relayer.Config{Batching: true}
	// Issuing systems' tokens and other settings a devnet cannot guess live in an optional
	// DATADIR/relayer.toml; the devnet's node, contracts and key override it.
	if conf := filepath.Join(dir, "relayer.toml"); fileExists(conf) {
		if err := cfg.LoadFile(conf); err != nil {
			return nil, err
		}
	}
	cfg.Listen = fmt.Sprintf("127.0.0.1:%d", port)
	// Agencies' test keys have no gas: the devnet's relayer issues their credentials by
	// delegation (services/cred), unless relayer.toml has its own [cred] table.
	if cfg.Plugins == nil {
		cfg.Plugins = map[string]any{}
	}
	if _, ok := cfg.Plugins["cred"]; !ok {
		cfg.Plugins["cred"] = map[string]any{"delegation": map[string]any{"enabled": true}}
	}
	if err := relayer.DevnetConfig(&cfg, dir); err != nil {
		return nil, err
	}
	keys, err := relayer.LoadKeys(cfg)
	if err != nil {
		return nil, err
	}
	svc, err := relayer.New(cfg, keys, services.RelayerPlugins(), log.With("part", "relayer"))
	if err != nil {
		return nil, err
	}
	if err := svc.Start(ctx); err != nil {
		return nil, fmt.Errorf("relayer: %w (--relayer.port 0 runs the devnet without it)", err)
	}
	if err := nw.SetRelayerURL("http://" + svc.Addr()); err != nil {
		svc.Stop(context.Background())
		return nil, err
	}
	return svc, nil
}

func relayerLine(info *devnet.Info) string {
	if info.RelayerURL == "" {
		return "not started"
	}
	return fmt.Sprintf("%s (key %s; make it an S-Coin issuer with 'mileage program update ID --issuer %s')", info.RelayerURL, info.Relayer.Address.Hex(), info.Relayer.Address.Hex())
}

func printDevnet(c *cli.Context, dir string, info *devnet.Info) error {
	if c.Bool(cmdkit.JSONFlag.Name) {
		// The devnet keeps running: its document is printed now, not when it stops.
		if err := cmdkit.PrintJSON(c.App.Writer, info); err != nil {
			return err
		}
		return cmdkit.FlushJSON(c)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "seoulchain devnet is up: chain ID %d, %d signers, data in %s\n\n", info.ChainID, len(info.Nodes), dir)
	t := &cmdkit.Table{}
	t.Add("NODE", "SIGNER", "HTTP", "WEBSOCKET")
	for _, n := range info.Nodes {
		t.Add(n.Name, n.Signer.Address.Hex(), n.HTTP, n.WS)
	}
	if err := t.Write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	t = &cmdkit.Table{}
	t.Add("CONTRACT", "ADDRESS")
	for _, name := range cmdkit.SortedKeys(info.Contracts) {
		t.Add(name, info.Contracts[name].Hex())
	}
	if err := t.Write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if err := cmdkit.KeyValues(w,
		[2]string{"Staff account", info.Staff.Address.Hex()},
		[2]string{"Staff keystore", info.Staff.Keystore},
		[2]string{"Staff password", info.Staff.PasswordFile},
		[2]string{"Relayer", relayerLine(info)},
		[2]string{"Described in", dir + "/" + devnet.InfoFile},
	); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\nTry:  seoulchain --devnet %s node status\nStop: Ctrl-C (the chain resumes on the next start; --reset starts over)\n", dir)
	return err
}
