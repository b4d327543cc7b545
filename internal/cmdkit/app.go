package cmdkit

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"
	expslog "golang.org/x/exp/slog"
	"golang.org/x/term"

	"github.com/seoulchain/seoulchain/internal/devnet/devnetinfo"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/internal/relayclient"
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

// Usagef formats a *UsageError.
func Usagef(format string, args ...any) error {
	return &UsageError{Err: fmt.Errorf(format, args...)}
}

// NewApp returns an application with the conventions every seoulchain command follows:
// the global flags, lists given by repeating a flag, bad usage reported as *UsageError
// (exit 2), errors left to Run to print. The binary (package cli) and the command tests
// (cmdtest) build their apps with it, so a service's tests run its commands exactly as the
// binary does. stdout receives results; stderr logs.
func NewApp(stdout, stderr io.Writer, commands ...*cli.Command) *cli.App {
	app := &cli.App{
		Writer:               stdout,
		ErrWriter:            stderr,
		Flags:                GlobalFlags,
		EnableBashCompletion: true,
		// Lists are given by repeating a flag: a comma belongs to the value, as in
		// --alloc 0x…=1,000,000.
		DisableSliceFlagSeparator: true,
		Commands:                  commands,
		Before: func(c *cli.Context) error {
			for _, f := range []*cli.StringFlag{LogLevelFlag, GethLogLevelFlag} {
				if v := c.String(f.Name); v != "" {
					if _, err := ParseLevel(v); err != nil {
						return Usagef("--%s: %w", f.Name, err)
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
		SetUsageErrors(cmd)
	}
	return app
}

// SetUsageErrors makes cmd and its subcommands report bad flags as *UsageError, and
// print one JSON document with --json.
func SetUsageErrors(cmd *cli.Command) {
	cmd.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return &UsageError{Err: err} }
	if cmd.Action != nil {
		cmd.Action = jsonCommand(cmd.Action)
	}
	for _, sub := range cmd.Subcommands {
		SetUsageErrors(sub)
	}
}

// Run runs app and returns the process exit code: the error, if any, is printed to stderr
// prefixed with the app's name. Options may follow arguments (ReorderArgs).
func Run(ctx context.Context, app *cli.App, args []string) int {
	if app.Metadata == nil {
		app.Metadata = map[string]any{}
	}
	app.Metadata[reorderedKey] = true
	err := app.RunContext(ctx, ReorderArgs(app, args))
	if err == nil {
		return ExitOK
	}
	fmt.Fprintf(app.ErrWriter, "%s: %v\n", app.Name, err)
	if IsUsage(err) {
		return ExitUsage
	}
	return ExitFailed
}

// IsUsage reports whether err is bad usage, including urfave/cli's own usage errors.
func IsUsage(err error) bool {
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

// SetupLogging returns seoulchain's logger, writing to stderr; ownDefault applies when
// --log.level is not given. Daemons log at info; one-shot commands at warn, because what
// they did is their output.
func SetupLogging(c *cli.Context, ownDefault string) (*slog.Logger, error) {
	lvl, err := flagLevel(c, LogLevelFlag, ownDefault)
	if err != nil {
		return nil, err
	}
	return slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: lvl})), nil
}

// SetupGethLogging routes go-ethereum's own logs to stderr. go-ethereum logs through a
// process-wide logger, so only the commands that run a node in this process set it.
func SetupGethLogging(c *cli.Context, gethDefault string) error {
	lvl, err := flagLevel(c, GethLogLevelFlag, gethDefault)
	if err != nil {
		return err
	}
	color := false
	if f, ok := c.App.ErrWriter.(*os.File); ok {
		color = IsTerminal(f)
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
	lvl, err := ParseLevel(text)
	if err != nil {
		return 0, Usagef("--%s: %w", f.Name, err)
	}
	return lvl, nil
}

// ParseLevel parses a log level name.
func ParseLevel(s string) (slog.Level, error) {
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

// Account is the sending account the global flags (or --devnet) name.
type Account struct {
	Keystore     string
	From         common.Address
	PasswordFile string
}

// Globals are the global flags with --devnet applied: a flag given explicitly wins over
// the devnet's value.
type Globals struct {
	RPC  string
	JSON bool
	// Relayer is the relayer's URL that citizens' actions go through; empty: none.
	Relayer string
	Devnet  *devnetinfo.Info
	Account Account
	// ViaCouncil proposes sending commands' transactions to the council (--via-council),
	// with Salt (zero: random).
	ViaCouncil bool
	Salt       [32]byte
}

// ReadGlobals reads the global flags and applies --devnet.
func ReadGlobals(c *cli.Context) (*Globals, error) {
	g := &Globals{RPC: c.String(RPCFlag.Name), JSON: c.Bool(JSONFlag.Name)}
	g.Account.Keystore = c.String(KeystoreFlag.Name)
	g.Account.PasswordFile = c.String(PasswordFileFlag.Name)
	if from := c.String(FromFlag.Name); from != "" {
		a, err := hexaddr.Parse(from)
		if err != nil {
			return nil, Usagef("--from: %w", err)
		}
		g.Account.From = a
	}
	g.Relayer = c.String(RelayerFlag.Name)
	g.ViaCouncil = c.Bool(ViaCouncilFlag.Name)
	if s := c.String(SaltFlag.Name); s != "" {
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != 32 {
			return nil, Usagef("--%s %q: want 32 bytes of 0x hex", SaltFlag.Name, s)
		}
		copy(g.Salt[:], b)
	}
	if dir := c.String(DevnetFlag.Name); dir != "" {
		info, err := readDevnet(c.Context, dir)
		if err != nil {
			return nil, err
		}
		g.Devnet = info
		if !c.IsSet(RelayerFlag.Name) {
			g.Relayer = info.RelayerURL
		}
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
	if c.Bool(NoRelayerFlag.Name) {
		g.Relayer = ""
	}
	if g.Relayer != "" {
		if _, err := relayclient.New(g.Relayer); err != nil {
			return nil, Usagef("--%s: %w", RelayerFlag.Name, err)
		}
	}
	return g, nil
}

// DevnetWait is how long a command waits for a devnet that is still deploying its
// contracts before it gives up.
var DevnetWait = 15 * time.Second

// readDevnet reads a devnet's devnet.json, waiting while the devnet is still deploying its
// contracts: a command in that window would otherwise be told to deploy them itself.
func readDevnet(ctx context.Context, dir string) (*devnetinfo.Info, error) {
	deadline := time.Now().Add(DevnetWait)
	for {
		info, err := devnetinfo.ReadInfo(dir)
		if err != nil || !info.Deploying {
			return info, err
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("the devnet in %s is still deploying its contracts; try again in a few seconds (if no 'seoulchain devnet' is running, start it: seoulchain devnet --datadir %s)", dir, dir)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// Dial connects to the --rpc endpoint and checks that it answers.
func (g *Globals) Dial(ctx context.Context) (*rpc.Client, *ethclient.Client, error) {
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

// LoadKey unlocks the sending account named by the global flags.
func (g *Globals) LoadKey() (*keystore.Key, error) {
	if g.Account.Keystore == "" {
		return nil, Usagef("no sending account: pass --keystore (and --from) or --devnet")
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

// IsTerminal reports whether f is a terminal (progress is drawn only there).
func IsTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
