package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"
	expslog "golang.org/x/exp/slog"
	"golang.org/x/term"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/internal/wallet"
)

// Exit codes.
const (
	ExitOK     = 0
	ExitFailed = 1
	ExitUsage  = 2
)

// UsageError marks bad usage: a missing or malformed argument or flag. It exits with 2.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

func usagef(format string, args ...any) error {
	return &UsageError{Err: fmt.Errorf(format, args...)}
}

// NewApp returns the seoulchain command line. stdout receives results; stderr logs.
func NewApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:  "seoulchain",
		Usage: "run and use a city's seoulchain network",
		Description: `seoulchain runs the nodes of a city's permissioned Clique network and lets operators and
staff use the platform's contracts without raw JSON-RPC.

Start a local network with 'seoulchain devnet'; create a real one with 'seoulchain genesis
new', 'seoulchain node init' and 'seoulchain node run' on each agency's machine.`,
		Writer:               stdout,
		ErrWriter:            stderr,
		Flags:                GlobalFlags,
		EnableBashCompletion: true,
		// Lists are given by repeating a flag: a comma belongs to the value, as in
		// --alloc 0x…=1,000,000.
		DisableSliceFlagSeparator: true,
		Commands: []*cli.Command{
			genesisCommand(),
			nodeCommand(),
			signerCommand(),
			devnetCommand(),
			contractsCommand(),
			krwCommand(),
			escrowCommand(),
			voteCommand(),
			mileageCommand(),
		},
		Before: func(c *cli.Context) error {
			for _, f := range []*cli.StringFlag{LogLevelFlag, GethLogLevelFlag} {
				if v := c.String(f.Name); v != "" {
					if _, err := parseLevel(v); err != nil {
						return usagef("--%s: %w", f.Name, err)
					}
				}
			}
			return nil
		},
		// Errors are printed and mapped to exit codes by Run, not by urfave/cli.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return &UsageError{Err: err}
		},
	}
	for _, cmd := range app.Commands {
		setUsageErrors(cmd)
	}
	return app
}

func setUsageErrors(cmd *cli.Command) {
	cmd.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return &UsageError{Err: err} }
	for _, sub := range cmd.Subcommands {
		setUsageErrors(sub)
	}
}

// Run runs the command line and returns the process exit code. Long-running commands
// stop when ctx is cancelled or on SIGINT or SIGTERM.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	app := NewApp(stdout, stderr)
	err := app.RunContext(ctx, args)
	if err == nil {
		return ExitOK
	}
	fmt.Fprintf(stderr, "seoulchain: %v\n", err)
	if isUsage(err) {
		return ExitUsage
	}
	return ExitFailed
}

func isUsage(err error) bool {
	var u *UsageError
	if errors.As(err, &u) {
		return true
	}
	// An unknown command: urfave/cli answers "No help topic for ..." with exit code 3.
	var ec cli.ExitCoder
	if errors.As(err, &ec) && ec.ExitCode() == 3 {
		return true
	}
	// urfave/cli reports missing required flags and bad flag values as plain errors.
	msg := err.Error()
	return strings.HasPrefix(msg, "Required flag") || strings.HasPrefix(msg, "invalid value") ||
		strings.HasPrefix(msg, "flag provided but not defined")
}

// setupLogging returns seoulchain's logger, writing to stderr; ownDefault applies when
// --log.level is not given. Daemons log at info; one-shot commands at warn, because what
// they did is their output.
func setupLogging(c *cli.Context, ownDefault string) (*slog.Logger, error) {
	lvl, err := flagLevel(c, LogLevelFlag, ownDefault)
	if err != nil {
		return nil, err
	}
	return slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: lvl})), nil
}

// setupGethLogging routes go-ethereum's own logs to stderr. go-ethereum logs through a
// process-wide logger, so only the commands that run a node in this process set it.
func setupGethLogging(c *cli.Context, gethDefault string) error {
	lvl, err := flagLevel(c, GethLogLevelFlag, gethDefault)
	if err != nil {
		return err
	}
	color := false
	if f, ok := c.App.ErrWriter.(*os.File); ok {
		color = isTerminal(f)
	}
	// go-ethereum v1.13 logs through golang.org/x/exp/slog, whose levels have the same
	// numbers as log/slog's.
	gethlog.SetDefault(gethlog.NewLogger(gethlog.NewTerminalHandlerWithLevel(c.App.ErrWriter, expslog.Level(lvl), color)))
	return nil
}

func flagLevel(c *cli.Context, f *cli.StringFlag, def string) (slog.Level, error) {
	text := c.String(f.Name)
	if text == "" {
		text = def
	}
	lvl, err := parseLevel(text)
	if err != nil {
		return 0, usagef("--%s: %w", f.Name, err)
	}
	return lvl, nil
}

func parseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(s) {
	case "trace":
		return slog.Level(gethlog.LevelTrace), nil
	case "debug":
		return slog.LevelDebug, nil
	case "info":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("unknown log level %q (want trace, debug, info, warn or error)", s)
}

// account is the sending account the global flags (or --devnet) name.
type account struct {
	Keystore     string
	From         common.Address
	PasswordFile string
}

// globals are the global flags with --devnet applied: a flag given explicitly wins over
// the devnet's value.
type globals struct {
	RPC     string
	JSON    bool
	Devnet  *devnet.Info
	Account account
}

func readGlobals(c *cli.Context) (*globals, error) {
	g := &globals{RPC: c.String(RPCFlag.Name), JSON: c.Bool(JSONFlag.Name)}
	g.Account.Keystore = c.String(KeystoreFlag.Name)
	g.Account.PasswordFile = c.String(PasswordFileFlag.Name)
	if from := c.String(FromFlag.Name); from != "" {
		a, err := genesis.ParseAddress(from)
		if err != nil {
			return nil, usagef("--from: %w", err)
		}
		g.Account.From = a
	}
	if dir := c.String(DevnetFlag.Name); dir != "" {
		info, err := devnet.ReadInfo(dir)
		if err != nil {
			return nil, err
		}
		g.Devnet = info
		if !c.IsSet(RPCFlag.Name) {
			g.RPC = info.RPC()
		}
		if !c.IsSet(KeystoreFlag.Name) {
			g.Account.Keystore = info.Staff.Keystore
			if !c.IsSet(FromFlag.Name) {
				g.Account.From = info.Staff.Address
			}
		}
		if !c.IsSet(PasswordFileFlag.Name) && !c.IsSet(KeystoreFlag.Name) {
			g.Account.PasswordFile = info.Staff.PasswordFile
		}
	}
	return g, nil
}

// dial connects to the --rpc endpoint and checks that it answers.
func (g *globals) dial(ctx context.Context) (*rpc.Client, *ethclient.Client, error) {
	rc, err := rpc.DialContext(ctx, g.RPC)
	if err != nil {
		return nil, nil, fmt.Errorf("connect to %s: %w (is a node running? see --rpc or --devnet)", g.RPC, err)
	}
	ec := ethclient.NewClient(rc)
	if _, err := ec.ChainID(ctx); err != nil {
		rc.Close()
		return nil, nil, fmt.Errorf("connect to %s: %w (is a node running? see --rpc or --devnet)", g.RPC, err)
	}
	return rc, ec, nil
}

// loadKey unlocks the sending account named by the global flags.
func (g *globals) loadKey() (*keystore.Key, error) {
	if g.Account.Keystore == "" {
		return nil, usagef("no sending account: pass --keystore (and --from) or --devnet")
	}
	file, err := wallet.FindKeyFile(g.Account.Keystore, g.Account.From)
	if err != nil {
		return nil, err
	}
	pw, err := wallet.PasswordSource{File: g.Account.PasswordFile, Env: PasswordEnv, Prompt: "Password for " + file + ": "}.Read()
	if err != nil {
		return nil, err
	}
	return wallet.LoadKey(file, pw)
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
