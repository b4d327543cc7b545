package relayer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/devnet/devnetinfo"
	"github.com/seoulchain/seoulchain/internal/wallet"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// EnvPrefix starts every flag's environment variable: --rpc is SEOULCHAIN_RELAYER_RPC.
const EnvPrefix = "SEOULCHAIN_RELAYER_"

// PasswordEnv holds the hot keys' password when no --password-file is given.
const PasswordEnv = EnvPrefix + "PASSWORD"

func env(name string) []string {
	return []string{EnvPrefix + strings.NewReplacer(".", "_", "-", "_").Replace(strings.ToUpper(name))}
}

// nodeAlsoUsage says which URLs name one node (Config.Check, rpcurl.Distinct): nothing in a
// node's ws:// and http:// URLs says they reach one node, and the node's identity
// (admin_nodeInfo) is not served over the default APIs (eth, net, web3, txpool).
const nodeAlsoUsage = "further node's JSON-RPC URL each transaction is handed to as well, best effort (repeatable; --devnet: its other nodes). " +
	"The --rpc node and a node named twice are left out however the URL is written (localhost, a trailing slash, the default port); " +
	"a node's ws:// and http:// URLs are known to be one node only with --devnet: otherwise name each node by one URL"

// Flags, in one place; each fills one Config field and overrides the --config file.
var (
	ConfigFlag       = &cli.StringFlag{Name: "config", Usage: "TOML configuration FILE; flags and environment variables override it", EnvVars: env("config")}
	DevnetFlag       = &cli.StringFlag{Name: "devnet", Usage: "take the RPC URL, contract addresses and the relayer key from DIR/devnet.json", EnvVars: env("devnet")}
	RPCFlag          = &cli.StringFlag{Name: "rpc", Usage: "the node's JSON-RPC endpoint", EnvVars: env("rpc")}
	NodeAlsoFlag     = &cli.StringSliceFlag{Name: "node.also", Usage: nodeAlsoUsage, EnvVars: env("node.also")}
	HTTPAddrFlag     = &cli.StringFlag{Name: "http.addr", Usage: "interface of the HTTP API", Value: "127.0.0.1", EnvVars: env("http.addr")}
	HTTPPortFlag     = &cli.IntFlag{Name: "http.port", Usage: "port of the HTTP API", Value: 8600, EnvVars: env("http.port")}
	DataDirFlag      = &cli.StringFlag{Name: "datadir", Usage: "DIR of the journal", EnvVars: env("datadir")}
	KeystoreFlag     = &cli.StringSliceFlag{Name: "keystore", Usage: "keystore FILE of a hot key (repeat for several keys)", EnvVars: env("keystore")}
	PasswordFileFlag = &cli.StringFlag{Name: "password-file", Usage: "FILE holding the hot keys' password (else $" + PasswordEnv + ", else a prompt)", EnvVars: env("password-file")}
	AddressesFlag    = &cli.StringFlag{Name: "addresses", Usage: "address book FILE (contract name to address)", EnvVars: env("addresses")}
	ConfirmFlag      = &cli.Uint64Flag{Name: "confirmations", Usage: "blocks after a transaction's before it counts as confirmed", Value: DefaultConfirmations, EnvVars: env("confirmations")}
	BatchingFlag     = &cli.BoolFlag{Name: "batching", Usage: "send citizen requests together through the forwarder's executeBatch", Value: true, EnvVars: env("batching")}
	BatchMaxFlag     = &cli.IntFlag{Name: "batch.max", Usage: "citizen requests per executeBatch", Value: DefaultBatchMax, EnvVars: env("batch.max")}
	BatchWaitFlag    = &cli.DurationFlag{Name: "batch.wait", Usage: "how long requests gather before they are sent", Value: DefaultBatchWait, EnvVars: env("batch.wait")}
	OriginsFlag      = &cli.StringSliceFlag{Name: "ws.origins", Usage: "browser ORIGIN allowed to open the event feed (repeatable)", EnvVars: env("ws.origins")}
	LogLevelFlag     = &cli.StringFlag{Name: "log.level", Usage: "debug, info, warn or error", Value: "info", EnvVars: env("log.level")}
)

// Flags are the relayer's flags.
var Flags = []cli.Flag{ConfigFlag, DevnetFlag, RPCFlag, NodeAlsoFlag, HTTPAddrFlag, HTTPPortFlag, DataDirFlag, KeystoreFlag, PasswordFileFlag,
	AddressesFlag, ConfirmFlag, BatchingFlag, BatchMaxFlag, BatchWaitFlag, OriginsFlag, LogLevelFlag}

// ConfigFromFlags builds the configuration: defaults, then the --config file, then the
// devnet's settings, then every flag or environment variable that was given.
func ConfigFromFlags(c *cli.Context) (Config, error) {
	cfg := Config{Batching: true}
	if f := c.String(ConfigFlag.Name); f != "" {
		if err := cfg.LoadFile(f); err != nil {
			return cfg, err
		}
	}
	if dir := c.String(DevnetFlag.Name); dir != "" {
		if err := DevnetConfig(&cfg, dir); err != nil {
			return cfg, err
		}
	}
	if c.IsSet(RPCFlag.Name) {
		cfg.RPC = c.String(RPCFlag.Name)
	}
	if c.IsSet(NodeAlsoFlag.Name) {
		cfg.Node.Also = c.StringSlice(NodeAlsoFlag.Name)
	}
	if c.IsSet(HTTPAddrFlag.Name) || c.IsSet(HTTPPortFlag.Name) || cfg.Listen == "" {
		cfg.Listen = net.JoinHostPort(c.String(HTTPAddrFlag.Name), strconv.Itoa(c.Int(HTTPPortFlag.Name)))
	}
	if c.IsSet(DataDirFlag.Name) {
		cfg.DataDir = c.String(DataDirFlag.Name)
	}
	if c.IsSet(KeystoreFlag.Name) {
		cfg.Keys, cfg.KeyPasswordFiles = c.StringSlice(KeystoreFlag.Name), nil
	}
	if c.IsSet(PasswordFileFlag.Name) {
		cfg.PasswordFile = c.String(PasswordFileFlag.Name)
	}
	if c.IsSet(AddressesFlag.Name) {
		cfg.AddressBook = c.String(AddressesFlag.Name)
	}
	if c.IsSet(ConfirmFlag.Name) || cfg.Confirmations == 0 {
		cfg.Confirmations = c.Uint64(ConfirmFlag.Name)
	}
	if c.IsSet(BatchingFlag.Name) {
		cfg.Batching = c.Bool(BatchingFlag.Name)
	}
	if c.IsSet(BatchMaxFlag.Name) {
		cfg.BatchMax = c.Int(BatchMaxFlag.Name)
	}
	if c.IsSet(BatchWaitFlag.Name) {
		cfg.BatchWait = c.Duration(BatchWaitFlag.Name)
	}
	if c.IsSet(OriginsFlag.Name) {
		cfg.WS.Origins = c.StringSlice(OriginsFlag.Name)
	}
	return cfg, cfg.Check()
}

// DevnetConfig fills cfg with a devnet's node (and its nodes as node.also: Check leaves
// out the one at RPC), contracts and relayer keys, each with its own password file.
func DevnetConfig(cfg *Config, dir string) error {
	info, err := devnetinfo.ReadInfo(dir)
	if err != nil {
		return fmt.Errorf("%w: --devnet %s: %v", ErrConfig, dir, err)
	}
	if info.Relayer.Keystore == "" {
		return fmt.Errorf("%w: the devnet in %s has no relayer key yet: start it once with 'seoulchain devnet'", ErrConfig, dir)
	}
	cfg.RPC = info.RPC()
	// Every signer's node, so that the signer in turn has each batch in its pool. Check
	// drops the one sent to, whichever --rpc names in the end, by any of its URLs: they
	// are known here.
	cfg.Node.Also, cfg.Node.same = info.NodeURLs(), nil
	for _, n := range info.Nodes {
		cfg.Node.same = append(cfg.Node.same, []string{n.HTTP, n.WS, n.IPC})
	}
	cfg.Contracts = info.Contracts
	cfg.Keys = []string{info.Relayer.Keystore}
	cfg.PasswordFile = info.Relayer.PasswordFile
	cfg.KeyPasswordFiles = []string{info.Relayer.PasswordFile}
	for _, hot := range info.RelayerHot {
		cfg.Keys = append(cfg.Keys, hot.Keystore)
		cfg.KeyPasswordFiles = append(cfg.KeyPasswordFiles, hot.PasswordFile)
	}
	if cfg.DataDir == "" {
		abs, _ := filepath.Abs(dir)
		cfg.DataDir = filepath.Join(abs, "relayer")
	}
	return nil
}

// LoadKeys unlocks the configured keystore files with one password.
func LoadKeys(cfg Config) ([]*ecdsa.PrivateKey, error) {
	pw, err := wallet.PasswordSource{File: cfg.PasswordFile, Env: PasswordEnv, Prompt: "Password of the relayer's keys: "}.Read()
	if err != nil {
		return nil, err
	}
	var keys []*ecdsa.PrivateKey
	for i, f := range cfg.Keys {
		pw := pw
		if i < len(cfg.KeyPasswordFiles) && cfg.KeyPasswordFiles[i] != "" {
			if pw, err = (wallet.PasswordSource{File: cfg.KeyPasswordFiles[i]}).Read(); err != nil {
				return nil, err
			}
		}
		k, err := wallet.LoadKey(f, pw)
		if err != nil {
			return nil, err
		}
		keys = append(keys, k.PrivateKey)
	}
	return keys, nil
}

// NewApp is the seoulchain-relayer command line, hosting plugins (services.RelayerPlugins).
func NewApp(stdout, stderr io.Writer, plugins []plugin.Plugin) *cli.App {
	return &cli.App{
		Name:  "seoulchain-relayer",
		Usage: "pay gas for citizens' signed requests, credit mileage exactly once, stream contract events",
		Description: `Serves, on --http.addr:--http.port (127.0.0.1:8600):
  POST /v1/relay, GET /v1/relay/{id}, GET /v1/forwarder     citizens' ERC-2771 requests
  POST /v1/mileage/credits, GET /v1/mileage/credits/{id}    back-office S-Coin credits
  GET /v1/events                                            WebSocket feed of confirmed events
  GET /healthz, /readyz, /metrics                           operations

Settings come from --config FILE (TOML), overridden by environment variables
(SEOULCHAIN_RELAYER_*) and flags. With --devnet DIR it takes a devnet's node, contracts
and relayer key. Accepted work is journaled in --datadir before it is acknowledged.`,
		Flags:     Flags,
		Writer:    stdout,
		ErrWriter: stderr,
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("%w: unexpected arguments %q (options only)", ErrConfig, c.Args().Slice())
			}
			var level slog.Level
			if err := level.UnmarshalText([]byte(c.String(LogLevelFlag.Name))); err != nil {
				return fmt.Errorf("%w: --log.level: %v", ErrConfig, err)
			}
			log := slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: level}))
			cfg, err := ConfigFromFlags(c)
			if err != nil {
				return err
			}
			keys, err := LoadKeys(cfg)
			if err != nil {
				return err
			}
			svc, err := New(cfg, keys, plugins, log)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			if err := svc.Start(ctx); err != nil {
				return err
			}
			<-ctx.Done()
			log.Info("Stopping the relayer: finishing in-flight steps")
			stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			return svc.Stop(stopCtx)
		},
	}
}

// Run runs the command line and returns the exit code: 2 for a configuration problem.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer, plugins []plugin.Plugin) int {
	err := NewApp(stdout, stderr, plugins).RunContext(ctx, args)
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "seoulchain-relayer: %v\n", err)
	if errors.Is(err, ErrConfig) {
		return 2
	}
	return 1
}
